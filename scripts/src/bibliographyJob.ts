import { parentPort } from "node:worker_threads";
import { parseBibliography } from "@simpul/markdown";

/** A worker's bibliography job (see parseWorker): parse once, post the result. */
export function runBibliographyJob({ path, text }: { path: string; text: string }): void {
  parentPort?.postMessage(parseBibliography(path, text));
}
