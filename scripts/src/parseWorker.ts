import { parentPort, workerData } from "node:worker_threads";
import { type NoteSource, parseNote } from "@simpul/markdown";
import type { Vocabulary } from "@simpul/schema";

export interface ParseRequest {
  batch: { index: number; source: NoteSource }[];
}

export type ParseReply =
  | { index: number; result: ReturnType<typeof parseNote> }
  | { index: number; failure: string }
  | { ready: true };

const vocabulary = (workerData as { vocabulary: Vocabulary }).vocabulary;

parentPort?.on("message", ({ batch }: ParseRequest) => {
  for (const { index, source } of batch) {
    let reply: ParseReply;
    try {
      reply = { index, result: parseNote(source, vocabulary) };
    } catch (error) {
      reply = { index, failure: error instanceof Error ? error.message : String(error) };
    }
    parentPort?.postMessage(reply);
  }
});

// Loading the parser takes a while; time limits start once it is loaded.
parentPort?.postMessage({ ready: true } satisfies ParseReply);
