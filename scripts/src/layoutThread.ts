import { Worker } from "node:worker_threads";
import type { LayoutJob } from "@simpul/graph";
import type { WorkerSetup } from "./parseWorker";

/**
 * A worker for one ForceAtlas2 run (runLayout), started before the run is
 * planned so that it has loaded by then. The run is most of a large graph's
 * layout; meanwhile this thread checks citations and serializes the graph.
 */
export class LayoutThread {
  readonly #worker: Worker;
  #failure: Error | undefined;

  constructor(url: URL) {
    this.#worker = new Worker(url, { workerData: { job: "layout" } satisfies WorkerSetup });
    // A worker that fails before it is given the job fails the job, not the process.
    this.#worker.on("error", (error) => {
      this.#failure = error;
    });
  }

  /** Runs the job there; the job's arrays move to the worker, and the node matrix comes back. */
  run(job: LayoutJob): Promise<Float32Array> {
    return new Promise((resolve, reject) => {
      if (this.#failure) return reject(this.#failure);
      this.#worker.once("message", (nodes: Float32Array) => {
        resolve(nodes);
        this.stop();
      });
      this.#worker.once("error", reject);
      this.#worker.once("exit", () => reject(new Error("simpul: the layout worker stopped before it answered")));
      // Made by graphology as plain arrays, never shared ones.
      this.#worker.postMessage(job, [job.nodes.buffer as ArrayBuffer, job.edges.buffer as ArrayBuffer]);
    });
  }

  stop(): void {
    void this.#worker.terminate();
  }
}
