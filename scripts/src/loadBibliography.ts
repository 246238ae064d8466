import { Worker } from "node:worker_threads";
import type { SchemaSource } from "@simpul/graph";
import type { parseBibliography } from "@simpul/markdown";
import type { BuildCache } from "./buildCache";
import type { WorkerSetup } from "./parseWorker";

export type ParsedBibliography = ReturnType<typeof parseBibliography>;

/**
 * `references.bib` parsed when first asked for, or the last build's parse of
 * the same text. A parse runs in a worker of its own, started at once so that
 * it has loaded the BibTeX parser by the time it is asked; the caller asks
 * once the notes are parsed, so that it does not compete with their workers,
 * and builds the graph meanwhile. `signal` stops it.
 */
export function loadBibliography(
  source: SchemaSource["bibliography"],
  worker: URL,
  cache?: BuildCache,
  signal?: AbortSignal,
): () => Promise<ParsedBibliography | undefined> {
  const cached = source && cache?.getBibliography(source.path, source.text);
  if (source === undefined || cached) {
    const known = Promise.resolve(cached);
    return () => known;
  }
  const thread = new Worker(worker, { workerData: { job: "bibliography" } satisfies WorkerSetup });
  // A worker that fails before it is asked fails the ask, not the process.
  const failed = new Promise<never>((_, reject) => thread.once("error", reject));
  failed.catch(() => {});
  const stopped = new Promise<never>((_, reject) => {
    signal?.addEventListener(
      "abort",
      () => {
        void thread.terminate();
        reject(new Error("simpul: the bibliography was no longer needed"));
      },
      { once: true },
    );
  });
  stopped.catch(() => {});
  let parsed: Promise<ParsedBibliography> | undefined;
  const parse = async () => {
    const reply = new Promise<ParsedBibliography>((resolve) => thread.once("message", resolve));
    thread.postMessage({ path: source.path, text: source.text });
    const result = await Promise.race([reply, failed, stopped]);
    void thread.terminate();
    cache?.setBibliography(source.path, source.text, result);
    return result;
  };
  return () => {
    parsed ??= parse();
    return parsed;
  };
}
