import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { NoteSource, ParseResult } from "@simpul/markdown";
import { type Diagnostic, diagnostic, type Vocabulary } from "@simpul/schema";
import type { ParseReply } from "./parseWorker";

export const POOL_DEFAULTS = {
  /** A note whose parse makes no progress for this long is given up. */
  timeoutMs: 10_000,
  threads: availableParallelism(),
  /** Notes sent to a worker at once: fewer messages, same timeout per note. */
  batchSize: 16,
  /** Below this many notes per thread, fewer threads start. */
  notesPerThread: 64,
  /** The bundled worker script, beside the bundled CLI. */
  worker: new URL("./parseWorker.mjs", import.meta.url),
};

export interface ParsedNotes {
  /** One entry per source, in order; undefined where the note could not be parsed. */
  results: (ParseResult | undefined)[];
  /** Why those notes could not be parsed. */
  diagnostics: Diagnostic[];
}

/**
 * Parses notes in worker threads, in input order. Markdown can be made
 * pathologically slow to parse, so each note gets a time limit: a worker
 * stuck on one is terminated, the note reported, and the rest go on. A
 * parser exception is a bug in simpul, not in the note, and is thrown.
 */
export function parseInWorkers(
  sources: readonly NoteSource[],
  vocabulary: Vocabulary,
  options: Partial<typeof POOL_DEFAULTS> = {},
): Promise<ParsedNotes> {
  const settings = { ...POOL_DEFAULTS, ...options };
  const replies: (NoteReply | Timeout | undefined)[] = new Array(sources.length);
  const queue = sources.map((_, index) => index);
  const threads = Math.max(1, Math.min(settings.threads, Math.ceil(sources.length / settings.notesPerThread)));
  return new Promise((resolve, reject) => {
    let pending = sources.length;
    let running = 0;
    const finish = () => {
      if (pending > 0 || running > 0) return;
      resolve(collect(sources, replies));
    };
    const start = () => {
      if (queue.length === 0) return finish();
      running++;
      const worker = new Worker(settings.worker, { workerData: { vocabulary } });
      let batch: number[] = [];
      let timer: NodeJS.Timeout | undefined;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          const stuck = batch.find((index) => replies[index] === undefined) as number;
          replies[stuck] = { index: stuck, timeout: true };
          pending--;
          queue.unshift(...batch.filter((index) => replies[index] === undefined));
          batch = [];
          worker.terminate().then(() => {
            running--;
            start();
          }, reject);
        }, settings.timeoutMs);
      };
      const next = () => {
        batch = queue.splice(0, settings.batchSize);
        if (batch.length === 0) {
          clearTimeout(timer);
          worker.terminate().then(() => {
            running--;
            finish();
          }, reject);
          return;
        }
        arm();
        worker.postMessage({ batch: batch.map((index) => ({ index, source: sources[index] })) });
      };
      worker.on("message", (reply: ParseReply) => {
        if ("ready" in reply) return next();
        // A reply racing a timeout's termination is for a batch already handed back.
        if (!batch.includes(reply.index) || replies[reply.index] !== undefined) return;
        replies[reply.index] = reply;
        pending--;
        if (batch.every((index) => replies[index] !== undefined)) next();
        else arm();
      });
      worker.on("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
    };
    if (sources.length === 0) resolve({ results: [], diagnostics: [] });
    else for (let i = 0; i < threads; i++) start();
  });
}

interface Timeout {
  index: number;
  timeout: true;
}

type NoteReply = Exclude<ParseReply, { ready: true }>;

function collect(sources: readonly NoteSource[], replies: readonly (NoteReply | Timeout | undefined)[]): ParsedNotes {
  const diagnostics: Diagnostic[] = [];
  const results = sources.map((source, index) => {
    const reply = replies[index];
    if (reply === undefined || "timeout" in reply) {
      const message = "This note took too long to parse; simplify deeply nested lists, quotes or brackets";
      diagnostics.push(diagnostic("parse-timeout", message, source.path));
      return undefined;
    }
    if ("failure" in reply) throw new Error(`simpul: internal error while parsing ${source.path}: ${reply.failure}`);
    return reply.result;
  });
  return { results, diagnostics };
}
