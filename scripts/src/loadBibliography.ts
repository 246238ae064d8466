import { Worker } from "node:worker_threads";
import type { SchemaSource } from "@simpul/graph";
import type { parseBibliography } from "@simpul/markdown";
import type { BuildCache } from "./buildCache";
import type { WorkerSetup } from "./parseWorker";

export type ParsedBibliography = ReturnType<typeof parseBibliography>;

/**
 * Parses `references.bib`, or takes the last build's parse of the same text.
 * The parse runs in a worker of its own: it takes a while on a large
 * bibliography, and the main thread meanwhile keeps the note workers busy.
 */
export async function loadBibliography(
  source: SchemaSource["bibliography"],
  worker: URL,
  cache?: BuildCache,
  signal?: AbortSignal,
): Promise<ParsedBibliography | undefined> {
  if (source === undefined) return undefined;
  const cached = cache?.getBibliography(source.path, source.text);
  if (cached) return cached;
  const parsed = await new Promise<ParsedBibliography>((resolve, reject) => {
    const thread = new Worker(worker, { workerData: { job: "bibliography", ...source } satisfies WorkerSetup });
    const stop = () => {
      void thread.terminate();
      reject(new Error("simpul: the bibliography was no longer needed"));
    };
    signal?.addEventListener("abort", stop, { once: true });
    thread.once("message", (reply: ParsedBibliography) => {
      signal?.removeEventListener("abort", stop);
      resolve(reply);
      void thread.terminate();
    });
    thread.once("error", reject);
  });
  cache?.setBibliography(source.path, source.text, parsed);
  return parsed;
}
