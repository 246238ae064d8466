import { parentPort } from "node:worker_threads";
import { parseBibliography } from "@simpul/markdown";

/** A worker's bibliography job (see parseWorker): parse the file it is sent, once, and post the result. */
export function runBibliographyJob(): void {
  parentPort?.once("message", ({ path, text }: { path: string; text: string }) => {
    parentPort?.postMessage(parseBibliography(path, text));
  });
}
