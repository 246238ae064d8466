import { Worker } from "node:worker_threads";
import { type GraphStructure, type Placement, sameStructure } from "@simpul/graph";
import type { WorkerSetup } from "./parseWorker";

/**
 * The layout worker's young generation, in MB. Smaller than the parse
 * workers' (POOL_DEFAULTS): a job of a second never reuses much of it, and
 * the first write to each page of it costs a fault (here 13 µs per 4 KB).
 * A fresh worker laid out 10,000 nodes in 1.04 s with 16 MB, 1.15 s with 64,
 * 1.1 s with V8's default.
 */
const LAYOUT_YOUNG_GENERATION_MB = 16;

/**
 * A worker that computes one graph's metrics and layout (layoutStructure),
 * started before the graph is built so that it has loaded by then;
 * meanwhile this thread checks citations and serializes the graph.
 */
export class LayoutThread {
  readonly #worker: Worker;
  #failure: Error | undefined;

  /**
   * `warm`: whether it warms up while it waits (warmLayout), which pays when
   * it is started long before its structure and a core is free meanwhile
   * (a session's spare, or while a whole graph is built); a one-note
   * rebuild's structure comes within a few hundred milliseconds, while this
   * thread reads the cache, and warming up only competes with it (10,000
   * notes: a link edit took about 80 ms longer with it).
   */
  constructor(url: URL, warm = false) {
    this.#worker = new Worker(url, {
      workerData: { job: "layout", warm } satisfies WorkerSetup,
      resourceLimits: { maxYoungGenerationSizeMb: LAYOUT_YOUNG_GENERATION_MB },
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

/**
 * The layout of one build: a LayoutThread started at once, which may be
 * given a guess of the structure (guess) before the graph is built. When the
 * graph's structure is the one guessed, its layout is already under way, or
 * done; else the guess is dropped and a thread started for the right one.
 */
export class BuildLayout {
  readonly #url: URL;
  #thread: LayoutThread;
  #guess: { structure: GraphStructure; placement: Promise<Placement> } | undefined;

  /** `first`: the thread to start with, if one was started earlier. */
  constructor(url: URL, first: LayoutThread = new LayoutThread(url)) {
    this.#url = url;
    this.#thread = first;
  }

  guess(structure: GraphStructure): void {
    if (this.#guess) throw new Error("simpul: a build's layout is guessed once");
    // The thread is given a copy: the structure's array moves to it, and this one is compared with the graph's.
    const placement = this.#thread.run({ order: structure.order, ends: structure.ends.slice() });
    // Awaited only if the guess is right; a wrong one's failure is no one's.
    placement.catch(() => {});
    this.#guess = { structure, placement };
  }

  run(structure: GraphStructure): Promise<Placement> {
    if (this.#guess && sameStructure(this.#guess.structure, structure)) return this.#guess.placement;
    if (this.#guess) {
      this.#thread.stop();
      this.#thread = new LayoutThread(this.#url);
    }
    return this.#thread.run(structure);
  }

  stop(): void {
    this.#thread.stop();
  }
}
