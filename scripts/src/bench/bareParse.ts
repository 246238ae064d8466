import { availableParallelism } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import remarkParse from "remark-parse";
import { unified } from "unified";

/**
 * The floor the build is measured against: `unified().use(remarkParse).parse`
 * of the same texts, split over every core, with nothing else around it.
 * Resolves to the wall time in milliseconds, from handing out the texts to
 * the last parse.
 */
export function bareParseMs(texts: readonly string[], worker: URL, threads = availableParallelism()): Promise<number> {
  const slices = Array.from({ length: threads }, (_, t) => texts.filter((_, i) => i % threads === t));
  const workers = slices.map(() => new Worker(worker, { workerData: { bareParse: true } }));
  return new Promise((resolve, reject) => {
    let ready = 0;
    let done = 0;
    let started = 0;
    for (const w of workers) {
      w.on("error", reject);
      w.on("message", (message: "ready" | "done") => {
        if (message === "ready" && ++ready === workers.length) {
          started = performance.now();
          for (const [i, each] of workers.entries()) each.postMessage(slices[i]);
        } else if (message === "done" && ++done === workers.length) {
          resolve(performance.now() - started);
          for (const each of workers) void each.terminate();
        }
      });
    }
  });
}

/** The worker side: parse what it is given, say when done. */
export function runBareParseWorker(): boolean {
  if (isMainThread || !(workerData as { bareParse?: boolean })?.bareParse) return false;
  const processor = unified().use(remarkParse);
  // Warm the parser up so the measurement is of parsing, not of first compilation.
  for (let i = 0; i < 50; i++) processor.parse("# warm\n\nup *a* [b](c) - d\n");
  parentPort?.on("message", (texts: string[]) => {
    for (const text of texts) processor.parse(text);
    parentPort?.postMessage("done");
  });
  parentPort?.postMessage("ready");
  return true;
}
