import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { type Diagnostic, diagnostic } from "@simpul/schema";
import { NoteProgress } from "./noteProgress";
import { unpackOutcome } from "./packedOutcome";
import type { BatchResult, NoteOutcome, NotesSetup, WorkerReply, WorkerRequest } from "./parseWorker";
import { hashNote, type NoteHash, stampNote } from "./readNote";

export const POOL_DEFAULTS = {
  /** A note whose parse makes no progress for this long is given up. */
  timeoutMs: 10_000,
  threads: availableParallelism(),
  /** Notes sent to a worker at once, and answered in one message: fewer messages, same timeout per note. */
  batchSize: 16,
  /** Batches a worker holds at once: it starts the next as it answers one. */
  batchesAhead: 2,
  /** Below this many notes per thread, fewer threads start. */
  notesPerThread: 64,
  /** The bundled worker script, beside the bundled CLI. */
  worker: new URL("./parseWorker.mjs", import.meta.url),
  /**
   * Each worker's young generation, in MB. Parsing makes short-lived objects
   * by the million; V8's default space for them made a worker spend 1.5 s of
   * a 10,000-note build collecting garbage, this one 1.25 s.
   */
  youngGenerationMb: 64,
};

export type PoolOptions = typeof POOL_DEFAULTS;

/** A note read and parsed; no hash for a note refused unread. */
export interface ParsedFile extends Partial<NoteHash> {
  outcome: NoteOutcome;
  /** The outcome as the worker packed it (packOutcome), for the build cache. */
  packed: Uint8Array;
  /** Hash of the outcome with the note's prose blanked: equal shapes give the same graph but for prose. */
  shape: string;
}

export interface ParsedNotes {
  /** One entry per path, in order; undefined where the note took too long. */
  results: (ParsedFile | undefined)[];
  /** Why those notes could not be parsed. */
  diagnostics: Diagnostic[];
}

/** What the pool is given: each thread adds its own progress. */
export type PoolSetup = Omit<NotesSetup, "progress">;

/**
 * Worker threads that read and parse notes. They start when the pool is
 * made, so they load the parser while the caller does other work. Markdown
 * can be made pathologically slow to parse, so each note gets a time limit:
 * a worker stuck on one is terminated, the note reported, and the rest go on.
 * A parser exception is a bug in simpul, not in the note, and is thrown.
 * One request at a time.
 */
export class ParsePool {
  readonly #setup: PoolSetup;
  readonly #options: PoolOptions;
  readonly #threads: Thread[] = [];
  readonly #stopping: Promise<number>[] = [];
  #closed = false;

  /** Starts one thread at once; parseNotes starts more if the notes are worth them. */
  constructor(setup: PoolSetup, options: Partial<PoolOptions> = {}) {
    this.#setup = setup;
    this.#options = { ...POOL_DEFAULTS, ...options };
    this.#grow(1);
  }

  /**
   * The hash readNote gives each note, from one worker: enough to tell which
   * notes changed. Asked at once, so the worker answers as soon as it has
   * loaded, whatever this thread is doing then.
   */
  hashNotes(paths: readonly string[]): Promise<(NoteHash | undefined)[]> {
    this.#grow(1);
    const thread = this.#threads[0] as Thread;
    return new Promise((resolve, reject) => {
      thread.onReply = (reply) => "hashes" in reply && resolve(reply.hashes);
      thread.onError = reject;
      thread.worker.postMessage({ hash: [...paths] } satisfies WorkerRequest);
    });
  }

  /** What hashNotes gives, computed in this thread: sooner when it has nothing else to do, as no worker must load. */
  hashNotesHere(paths: readonly string[]): (NoteHash | undefined)[] {
    return paths.map((path) => hashNote(this.#setup.contentDir, path, this.#setup));
  }

  /** Each note's stamp (see stampNote), in this thread: a stat each, no read. */
  stampNotes(paths: readonly string[]): (string | undefined)[] {
    return paths.map((path) => stampNote(this.#setup.contentDir, path));
  }

  /** Reads and parses notes, in input order; `onSettled` is told how many are done as each is. */
  parseNotes(paths: readonly string[], onSettled?: (done: number, total: number) => void): Promise<ParsedNotes> {
    if (paths.length === 0) return Promise.resolve({ results: [], diagnostics: [] });
    const { batchSize, batchesAhead, timeoutMs } = this.#options;
    const results: (ParsedFile | "timeout" | undefined)[] = new Array(paths.length);
    const queue = paths.map((_, index) => index);
    let pending = paths.length;
    this.#grow(this.#threadsFor(paths.length));
    return new Promise((resolve, reject) => {
      const settle = (index: number, result: ParsedFile | "timeout") => {
        results[index] = result;
        pending--;
        onSettled?.(paths.length - pending, paths.length);
        if (pending === 0) resolve(collect(paths, results));
      };
      const run = (thread: Thread) => {
        // Notes sent and not yet answered, in the order the worker parses them; its finished count before the first.
        let sent: number[] = [];
        let finishedBefore = 0;
        let timer: NodeJS.Timeout | undefined;
        // The worker answers once per batch; between answers, its progress tells how long its current note has run.
        const arm = (ms: number) => {
          clearTimeout(timer);
          timer = setTimeout(check, ms).unref();
        };
        const check = () => {
          if (this.#closed) return;
          const running = thread.progress.runningMs;
          if (running < timeoutMs) return arm(timeoutMs - running);
          const stuck = sent[thread.progress.finished - finishedBefore];
          // Every note is done and the answer on its way.
          if (stuck === undefined) return arm(timeoutMs);
          // The notes it finished but has not answered yet are parsed again with the rest.
          queue.unshift(...sent.filter((index) => index !== stuck));
          sent = [];
          thread.onReply = () => {};
          if (queue.length > 0) run(this.#replace(thread));
          else this.#retire(thread);
          settle(stuck, "timeout");
        };
        const send = () => {
          const batch = queue.splice(0, batchSize);
          if (batch.length === 0) return;
          if (sent.length === 0) {
            // An idle worker: its time starts now (a busy one keeps the start of the note it is on).
            finishedBefore = thread.progress.finished;
            thread.progress.start();
            arm(timeoutMs);
          }
          sent.push(...batch);
          const request = { batch: batch.map((index) => ({ index, path: paths[index] as string })) };
          thread.worker.postMessage(request satisfies WorkerRequest);
        };
        thread.onReply = (reply) => {
          if (!("results" in reply)) return;
          for (const result of reply.results) {
            if ("failure" in result) {
              clearTimeout(timer);
              return reject(
                new Error(`simpul: internal error while parsing ${paths[result.index]}: ${result.failure}`),
              );
            }
            settle(result.index, unpack(result));
          }
          sent.splice(0, reply.results.length);
          finishedBefore += reply.results.length;
          send();
          if (sent.length === 0) clearTimeout(timer);
        };
        thread.onError = (error) => {
          clearTimeout(timer);
          reject(error);
        };
        // Batches ahead, so a worker never waits for this thread between two.
        thread.ready.then(() => {
          for (let ahead = 0; ahead < batchesAhead; ahead++) send();
        }, thread.onError);
      };
      for (const thread of this.#threads) run(thread);
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const thread of this.#threads.splice(0)) this.#retire(thread);
    await Promise.all(this.#stopping);
  }

  #threadsFor(notes: number): number {
    const { threads, notesPerThread } = this.#options;
    return Math.max(1, Math.min(threads, Math.ceil(notes / notesPerThread)));
  }

  #grow(count: number): void {
    while (this.#threads.length < count) this.#threads.push(new Thread(this.#options, this.#setup));
  }

  #replace(thread: Thread): Thread {
    const fresh = new Thread(this.#options, this.#setup);
    this.#threads.splice(this.#threads.indexOf(thread), 1, fresh);
    this.#retire(thread);
    return fresh;
  }

  #retire(thread: Thread): void {
    const index = this.#threads.indexOf(thread);
    if (index >= 0) this.#threads.splice(index, 1);
    this.#stopping.push(thread.worker.terminate());
  }
}

/** One worker and whoever listens to it now. */
class Thread {
  readonly worker: Worker;
  /** Settles once the worker has loaded the parser. */
  readonly ready: Promise<void>;
  onReply: (reply: Exclude<WorkerReply, { ready: true }>) => void = () => {};
  onError: (error: Error) => void = () => {};
  readonly progress = new NoteProgress();

  constructor({ worker, youngGenerationMb }: PoolOptions, setup: PoolSetup) {
    this.worker = new Worker(worker, {
      workerData: { ...setup, progress: this.progress.shared } satisfies NotesSetup,
      resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb },
    });
    this.ready = new Promise((resolve, reject) => {
      this.worker.on("message", (reply: WorkerReply) => ("ready" in reply ? resolve() : this.onReply(reply)));
      this.worker.on("error", (error) => {
        reject(error);
        this.onError(error);
      });
    });
    // A thread that fails before anyone asks it for work fails that request, not the process.
    this.ready.catch(() => {});
  }
}

function unpack(reply: Extract<BatchResult, { outcome: Uint8Array }>): ParsedFile {
  const outcome = unpackOutcome(reply.outcome);
  if (outcome === undefined) throw new Error("simpul: a parse worker sent an outcome that cannot be read");
  return { outcome, packed: reply.outcome, shape: reply.shape, hash: reply.hash, stamp: reply.stamp };
}

function collect(paths: readonly string[], results: readonly (ParsedFile | "timeout" | undefined)[]): ParsedNotes {
  const diagnostics: Diagnostic[] = [];
  const parsed = paths.map((path, index) => {
    const result = results[index];
    if (result !== undefined && result !== "timeout") return result;
    const message = "This note took too long to parse; simplify deeply nested lists, quotes or brackets";
    diagnostics.push(diagnostic("parse-timeout", message, path));
    return undefined;
  });
  return { results: parsed, diagnostics };
}
