import { parentPort, workerData } from "node:worker_threads";
import { type GraphStructure, layoutStructure, warmLayout } from "@simpul/graph";
import { type ParsedNote, parseNote } from "@simpul/markdown";
import { type Diagnostic, parseVocabulary, type Vocabulary, type VocabularySource } from "@simpul/schema";
import { NoteProgress } from "./noteProgress";
import { packOutcome } from "./packedOutcome";
import { hashNote, type NoteHash, type ReadOptions, readNote } from "./readNote";

/** What reading and parsing one note gave: the note, unless it could not be read, and every problem found. */
export interface NoteOutcome {
  note?: ParsedNote;
  diagnostics: Diagnostic[];
}

/**
 * What a worker is for: reading and parsing notes (against the vocabulary,
 * which it reads itself), parsing the bibliography once it is sent
 * (bibliographyJob), or running one layout job when it is sent (LayoutThread).
 */
export type WorkerSetup =
  | (ReadOptions & {
      job: "notes";
      contentDir: string;
      types: VocabularySource;
      relations: VocabularySource;
      /** NoteProgress.shared, with the parent. */
      progress: BigInt64Array;
    })
  | { job: "bibliography" }
  /** `warm`: lay out a small graph of its own while the structure is awaited (warmLayout). */
  | { job: "layout"; warm: boolean };

export type WorkerRequest = { hash: string[] } | { batch: { index: number; path: string }[] };

/** One note of a batch: parsed, or failed with an exception (a bug in simpul). */
export type BatchResult =
  // The outcome travels packed (packOutcome): the parent unpacks it once, and the build cache keeps these very bytes.
  (Partial<NoteHash> & { index: number; shape: string; outcome: Uint8Array }) | { index: number; failure: string };

export type WorkerReply = { ready: true } | { hashes: (NoteHash | undefined)[] } | { results: BatchResult[] };

export type NotesSetup = Extract<WorkerSetup, { job: "notes" }>;

/** Reads, decodes and parses one note; the outcome serialized, with its shape and the hash of the note's bytes. */
function readAndParse(
  setup: NotesSetup,
  vocabulary: Vocabulary,
  path: string,
): Partial<NoteHash> & { shape: string; outcome: Uint8Array } {
  const read = readNote(setup.contentDir, path, setup);
  const parsed = read.source && parseNote(read.source, vocabulary);
  const outcome: NoteOutcome = parsed
    ? { note: parsed.note, diagnostics: [...read.diagnostics, ...parsed.diagnostics] }
    : { diagnostics: read.diagnostics };
  const { shape, bytes } = packOutcome(outcome);
  return { hash: read.hash, stamp: read.stamp, shape, outcome: bytes };
}

function serveNotes(setup: NotesSetup): void {
  const { vocabulary } = parseVocabulary(setup.types, setup.relations);
  const progress = new NoteProgress(setup.progress);
  parentPort?.on("message", (request: WorkerRequest) => {
    if ("hash" in request) {
      const hashes = request.hash.map((path) => hashNote(setup.contentDir, path, setup));
      parentPort?.postMessage({ hashes } satisfies WorkerReply);
      return;
    }
    const results: BatchResult[] = [];
    for (const { index, path } of request.batch) {
      progress.start();
      try {
        results.push({ index, ...readAndParse(setup, vocabulary, path) });
      } catch (error) {
        results.push({ index, failure: error instanceof Error ? error.message : String(error) });
      }
      progress.finish();
    }
    parentPort?.postMessage({ results } satisfies WorkerReply);
  });

  // Loading the parser takes a while; time limits start once it is loaded.
  parentPort?.postMessage({ ready: true } satisfies WorkerReply);
}

const setup = workerData as WorkerSetup;
if (setup.job === "bibliography") {
  // Bundled on its own beside this file, so note workers never load the BibTeX parser.
  const job: typeof import("./bibliographyJob") = await import(new URL("./bibliographyJob.mjs", import.meta.url).href);
  job.runBibliographyJob();
} else if (setup.job === "layout") {
  const warming = setup.warm ? warmLayout() : undefined;
  // A step at a time, so that the structure, once it comes, waits for one step at most.
  const warm = () => {
    if (warming?.next().done === false) setImmediate(warm);
  };
  setImmediate(warm);
  parentPort?.once("message", (structure: GraphStructure) => {
    warming?.return(undefined);
    const placement = layoutStructure(structure);
    parentPort?.postMessage(placement, [placement.buffer as ArrayBuffer]);
  });
} else serveNotes(setup);
