import { Worker } from "node:worker_threads";
import type { GraphStructure, Placement } from "@simpul/graph";
import { POOL_DEFAULTS } from "./parsePool";
import type { WorkerSetup } from "./parseWorker";

/**
 * A worker that computes one graph's metrics and layout (layoutStructure),
 * started before the graph is built so that it has loaded by then;
 * meanwhile this thread checks citations and serializes the graph.
 */
export class LayoutThread {
  readonly #worker: Worker;
  #failure: Error | undefined;

  constructor(url: URL) {
    this.#worker = new Worker(url, {
      workerData: { job: "layout" } satisfies WorkerSetup,
      // Louvain makes short-lived objects by the million too (see POOL_DEFAULTS).
      resourceLimits: { maxYoungGenerationSizeMb: POOL_DEFAULTS.youngGenerationMb },
    });
    // A worker that fails before it is given the job fails the job, not the process.
    this.#worker.on("error", (error) => {
      this.#failure = error;
    });
  }

  /** Lays the structure out there; its array moves to the worker, and the placement comes back. */
  run(structure: GraphStructure): Promise<Placement> {
    return new Promise((resolve, reject) => {
      if (this.#failure) return reject(this.#failure);
      this.#worker.once("message", (placement: Placement) => {
        resolve(placement);
        this.stop();
      });
      this.#worker.once("error", reject);
      this.#worker.once("exit", () => reject(new Error("simpul: the layout worker stopped before it answered")));
      this.#worker.postMessage(structure, [structure.ends.buffer as ArrayBuffer]);
    });
  }

  stop(): void {
    void this.#worker.terminate();
  }
}
