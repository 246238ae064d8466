import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import {
  frameOf,
  type GraphStructure,
  type StructureMemo,
  serializeGraphPieces,
  speculateStructure,
} from "@simpul/graph";
import type { ParsedNote } from "@simpul/markdown";
import { type Diagnostic, parseVocabulary } from "@simpul/schema";
import { hash } from "./buildCache";
import { type AssembledDirectory, assembleDirectory } from "./compileDirectory";
import { BuildLayout } from "./layoutThread";
import type { NoteOutcome } from "./parseWorker";
import { patchOutputFile } from "./patchOutputFile";
import { type DirectoryOptions, type DirectoryRead, readDirectory } from "./readDirectory";
import type { NoteOutcomes } from "./readNotes";
import { replaceProseInFile } from "./replaceProseInFile";
import { writeAtomicSoon } from "./writeAtomic";
import { type GraphBytes, inBytes, numbersRoom, numbersToPlace } from "./writtenGraph";

/** What `build` prints, and the graph it writes. */
export interface BuiltGraph {
  diagnostics: Diagnostic[];
  noteCount: number;
  /** Nodes and edges in the graph. */
  order: number;
  size: number;
  /**
   * How the graph was had: as the last one written (no note changed since:
   * `write` then leaves the file as it is), by editing its prose or patching
   * its structure, or built whole.
   */
  rebuilt: "unchanged" | "prose" | "structure" | "whole";
  /** Writes the graph to the out file. */
  write(): Promise<void>;
  /**
   * Keeps in the cache what write writes: called while the file is written,
   * or after. Should the graph not be written, the hash kept is not that of
   * the file, and the next build is whole. Returns what the system refused,
   * if the cache could not be written (BuildCache.unwritable).
   */
  keep(): NodeJS.ErrnoException | undefined;
}

/** What a build wrote, as the cache keeps it. */
export interface WrittenOutput extends Omit<GraphBytes, "bytes"> {
  /** Hash of the file as written: a rebuild edits the file only if it still holds these bytes. */
  hash: string;
  /**
   * The notes' paths, in listing order, joined by NUL (which no path holds):
   * one string, which the cache keeps and reads back at once.
   */
  listing: string;
  /** Each note as this build read it, in listing order: the hash of its bytes, its shape, and the hash of its frame (frameOf). */
  notes: (string | undefined)[];
  shapes: string[];
  frames: (string | undefined)[];
  /** What the graph was built from (outputInputs): the key of its structure memo. */
  inputs: string;
}

/** A graph a build gives, with what the cache keeps of it: each note's frame, and the memo when the structure changed. */
export interface RebuiltGraph extends GraphBytes {
  frames: (string | undefined)[];
  memo?: StructureMemo;
}

/**
 * The pipeline over a folder as `build` runs it, with the cache. When some
 * notes differ from those of the build that wrote `outFile`, that file is
 * edited: their prose replaced when nothing else of theirs changed, else the
 * structure and tables patched (patchOutputFile), when their names changed
 * nothing else. Otherwise the graph is assembled (reusing the last layout if the structure
 * is the same) and serialized.
 */
export function buildDirectory(
  contentDir: string,
  outFile: string,
  options: Partial<DirectoryOptions> = {},
): Promise<BuiltGraph> {
  return readDirectory(contentDir, options, async (read) => {
    const { cache, listing, notes } = read;
    const inputs = outputInputs(read);
    const folder = outputKey(read);
    const previous = inputs === undefined ? undefined : cache?.getOutput(folder);
    const changes = previous && changedSince(read, previous);
    const edited = changes?.edited;
    let rebuilt: BuiltGraph["rebuilt"] = "whole";
    let output: RebuiltGraph | undefined;
    if (previous && changes && edited) {
      const room = numbersRoom(previous.nodes.length);
      const onDisk = () =>
        options.session?.written(outFile, previous.hash) ?? readWritten(outFile, previous.hash, room);
      const proseOnly =
        changes.removed.length === 0 &&
        [...edited.keys()].every(
          (path) => notes.shapes[listing.notes.indexOf(path)] === previous.shapes[changes.writtenIndex(path)],
        );
      if (proseOnly) {
        const bytes = onDisk();
        output = bytes && replaceProseInFile(bytes, previous, edited);
      } else output = await patchOutputFile(onDisk, previous, changes, read);
      rebuilt = edited.size === 0 && proseOnly ? "unchanged" : proseOnly ? "prose" : "structure";
    }
    if (output === undefined) {
      output = await assemble(read, previous, changes);
      rebuilt = "whole";
    }
    const built = output;
    // A session has its cache in memory: a patched or prose build saves it once the graph is out (keep), but for
    // the parses a patched build saves while its layout runs.
    if (options.session === undefined) cache?.save();
    // Unchanged, the bytes are those the hash was checked against (onDisk).
    let hashed = rebuilt === "unchanged" ? previous?.hash : undefined;
    // Once, for the cache's record and a session's check of the file (after the write: not in the way of either).
    const bytesHash = () => {
      hashed ??= hash(built.bytes);
      return hashed;
    };
    return {
      diagnostics: built.diagnostics,
      noteCount: listing.notes.length,
      order: built.order,
      size: built.size,
      rebuilt,
      async write() {
        // The file holds these very bytes (onDisk checked them), and keeps its time for what watches it.
        if (rebuilt !== "unchanged") await writeAtomicSoon(outFile, built.bytes);
        options.session?.wrote(outFile, built.bytes, bytesHash, read.worker);
      },
      keep() {
        if (cache === undefined) return undefined;
        if (inputs !== undefined) {
          const { bytes, memo, ...kept } = built;
          const written = {
            ...kept,
            hash: bytesHash(),
            listing: listing.notes.join(NUL),
            notes: notes.hashes,
            shapes: notes.shapes as string[],
            inputs,
          };
          cache.setOutput(folder, written);
          if (memo) cache.setStructure(inputs, memo);
        }
        cache.save();
        return cache.unwritable;
      },
    };
  });
}

/** What a written graph can be edited for: the same vocabulary and bibliography, and what listing the notes found. */
function outputKey({ schema, listing }: DirectoryRead): string {
  return hash(JSON.stringify(schema), JSON.stringify(listing.diagnostics));
}

/** Everything the output depends on but the notes: the output's key (outputKey), and the notes' paths. */
function folderKey(read: DirectoryRead): string {
  return hash(outputKey(read), ...read.listing.notes);
}

/**
 * Everything the output depends on but the notes' prose: the folder
 * (folderKey), and every note's shape. None when a note timed out, as its
 * shape is unknown.
 */
function outputInputs(read: DirectoryRead): string | undefined {
  const { shapes } = read.notes;
  if (shapes.includes(undefined)) return undefined;
  return hash(folderKey(read), ...(shapes as string[]));
}

/** The notes edited or added since an output was written, by path, with their outcomes; and the paths of notes taken out. */
export interface NotesChanged {
  edited: Map<string, NoteOutcome>;
  removed: string[];
  /** The paths of the notes the output was built from, in listing order. */
  writtenPaths: readonly string[];
  /** Where a path was among them; -1 if not. */
  writtenIndex: (path: string) => number;
}

const NUL = "\0";

/**
 * The notes whose bytes differ from those the output was built from, or
 * that it had not, with their outcomes: not only those this build parsed, as
 * a build that failed stored the parses of notes it did not write; and the
 * notes it had that are gone. None if a note has no outcome.
 */
function changedSince({ listing, notes }: DirectoryRead, written: WrittenOutput): NotesChanged | undefined {
  // Most builds list the notes the last one did: their indices are the same then.
  const same = written.listing === listing.notes.join(NUL);
  const writtenPaths = same ? listing.notes : written.listing === "" ? [] : written.listing.split(NUL);
  const writtenAt = same ? undefined : new Map(writtenPaths.map((path, index) => [path, index]));
  const writtenIndex = (path: string) => (writtenAt ? (writtenAt.get(path) ?? -1) : listing.notes.indexOf(path));
  const edited = new Map<string, NoteOutcome>();
  for (const [index, path] of listing.notes.entries()) {
    if (notes.hashes[index] === written.notes[writtenAt ? writtenIndex(path) : index]) continue;
    const outcome = notes.outcome(index);
    if (outcome === undefined) return undefined;
    edited.set(path, outcome);
  }
  const listed = new Set(same ? [] : listing.notes);
  const removed = same ? [] : writtenPaths.filter((path) => !listed.has(path));
  return { edited, removed, writtenPaths, writtenIndex };
}

/**
 * The out file's bytes, if it holds those of the hash, in memory with `room`
 * bytes more, and a sixteenth for what edits add: a patch (patchOutputFile)
 * writes its output there once it has copied what it needs. (Memory not
 * written to costs nothing.)
 */
function readWritten(outFile: string, bytesHash: string, room: number): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(outFile, "r");
    const size = fstatSync(fd).size;
    const memory = Buffer.allocUnsafeSlow(size + Math.ceil(size / 16) + room);
    let filled = 0;
    while (filled < size) {
      const read = readSync(fd, memory, filled, size - filled, filled);
      if (read === 0) break;
      filled += read;
    }
    const bytes = memory.subarray(0, filled);
    return hash(bytes) === bytesHash ? bytes : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

async function assemble(read: DirectoryRead, written?: WrittenOutput, changes?: NotesChanged): Promise<RebuiltGraph> {
  const { cache } = read;
  // Started now, it has loaded by the time the graph is built, or the structure is guessed.
  const thread = new BuildLayout(read.worker, read.layoutThread(true));
  let assembled: AssembledDirectory;
  let outcomes: NoteOutcomes;
  try {
    // Decoding every stored parse and building the graph take longer than the guessed structure's layout.
    const guessed = cache && written && changes && guessStructure(read, cache.getStructure(written.inputs), changes);
    if (guessed) thread.guess(guessed);
    const options = { layout: true, reuseLayout: (signature: string) => cache?.getLayout(signature) };
    outcomes = await read.notes.complete();
    assembled = await assembleDirectory(read, outcomes, options, thread);
  } catch (error) {
    thread.stop();
    throw error;
  }
  const { compiled, place } = assembled;
  // While metrics and layout run in their worker: the graph written with its nodes at 0, the parses stored.
  const pieces = serializeGraphPieces(compiled.graph);
  const keys = pieces.nodes.map((node) => node.key);
  const early = inBytes(pieces, read.allocate);
  const frames = outcomes.outcomes.map((outcome) => outcome?.note && hash(frameOf(outcome.note)));
  cache?.save();
  const placeIn = place && numbersToPlace(early, read.allocate);
  const { graph, diagnostics, layout } = place ? await place() : compiled;
  if (layout) cache?.setLayout(layout);
  const output = placeIn ? placeIn((index) => graph.getNodeAttributes(keys[index] as string)) : early;
  const memo = compiled.memo;
  return { ...output, diagnostics, order: graph.order, size: graph.size, frames, ...(memo ? { memo } : {}) };
}

/**
 * The structure the graph will have, guessed from the memo of the graph last
 * written and the notes changed since (speculateStructure); none if a note
 * changed in a way that may change how any link resolves, or could not be
 * parsed.
 */
function guessStructure(
  { schema }: DirectoryRead,
  memo: StructureMemo | undefined,
  { edited, removed }: NotesChanged,
): GraphStructure | undefined {
  const changed = [...edited.values()].map((outcome) => outcome.note);
  if (memo === undefined || changed.some((note) => note === undefined)) return undefined;
  const { vocabulary } = parseVocabulary(schema.types, schema.relations);
  return speculateStructure(memo, changed as ParsedNote[], vocabulary, removed);
}
