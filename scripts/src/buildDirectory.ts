import { readFileSync } from "node:fs";
import {
  type GraphPieces,
  type GraphStructure,
  placePieces,
  serializeGraphPieces,
  speculateStructure,
} from "@simpul/graph";
import type { ParsedNote } from "@simpul/markdown";
import { type Diagnostic, parseVocabulary } from "@simpul/schema";
import { type BuildCache, hash } from "./buildCache";
import { type AssembledDirectory, assembleDirectory } from "./compileDirectory";
import { BuildLayout } from "./layoutThread";
import type { NoteOutcome } from "./parseWorker";
import { type DirectoryOptions, type DirectoryRead, readDirectory } from "./readDirectory";
import { replaceProseInFile } from "./replaceProseInFile";
import { writeAtomic } from "./writeAtomic";

/** What `build` prints, and the graph it writes. */
export interface BuiltGraph {
  diagnostics: Diagnostic[];
  noteCount: number;
  /** Nodes and edges in the graph. */
  order: number;
  size: number;
  /** Writes the graph to the out file, and keeps in the cache what was written. */
  write(): void;
}

/** Where one note's node sits in a written graph, in bytes: its file, the start and end of its JSON. */
export type NodeRange = [file: string, start: number, end: number];

/** What a build wrote, as the cache keeps it. */
export interface WrittenOutput extends Omit<BuiltGraph, "noteCount" | "write"> {
  /** Hash of the file as written: a rebuild edits the file only if it still holds these bytes. */
  hash: string;
  /** Where each note's node sits in the file, in bytes. */
  nodes: NodeRange[];
  /** The hash of each note's bytes as this build read them, in listing order. */
  notes: (string | undefined)[];
}

/** A graph as serialized, with what the cache keeps of it but its hash and the notes it was built from. */
export type OutputBytes = Omit<WrittenOutput, "hash" | "notes"> & { bytes: Buffer };

/**
 * The pipeline over a folder as `build` runs it, with the cache. When the
 * notes differ from those of the build that wrote `outFile` in prose only,
 * that file is edited, replacing their prose: no graph is built. Otherwise
 * the graph is assembled (reusing the last layout if the structure is the
 * same) and serialized.
 */
export function buildDirectory(
  contentDir: string,
  outFile: string,
  options: Partial<DirectoryOptions> = {},
): Promise<BuiltGraph> {
  return readDirectory(contentDir, options, async (read) => {
    const { cache } = read;
    const inputs = outputInputs(read);
    const previous = inputs === undefined ? undefined : cache?.getOutput(inputs);
    const onDisk = previous && readWritten(outFile, previous.hash);
    const edited = previous && editedSince(read, previous);
    const output = onDisk && edited ? replaceProseInFile(onDisk, previous, edited) : await assemble(read);
    cache?.save();
    return {
      diagnostics: output.diagnostics,
      noteCount: read.listing.notes.length,
      order: output.order,
      size: output.size,
      write() {
        writeAtomic(outFile, output.bytes);
        if (cache === undefined || inputs === undefined) return;
        const { bytes, ...kept } = output;
        cache.setOutput(inputs, { ...kept, hash: hash(bytes), notes: read.notes.hashes });
        cache.save();
      },
    };
  });
}

/**
 * Everything the output depends on but the notes' prose: the vocabulary and
 * the bibliography as written, what listing the folder found, and every
 * note's shape. None when a note timed out, as its shape is unknown.
 */
function outputInputs({ schema, listing, notes }: DirectoryRead): string | undefined {
  if (notes.shapes.includes(undefined)) return undefined;
  const shapes = listing.notes.flatMap((path, index) => [path, notes.shapes[index] as string]);
  return hash(JSON.stringify(schema), JSON.stringify(listing.diagnostics), ...shapes);
}

/**
 * The notes whose bytes differ from those the output was built from, with
 * their outcomes: not only those this build parsed, as a build that failed
 * stored the parses of notes it did not write. None if one has no outcome.
 */
function editedSince({ listing, notes }: DirectoryRead, written: WrittenOutput): Map<string, NoteOutcome> | undefined {
  const edited = new Map<string, NoteOutcome>();
  for (const [index, path] of listing.notes.entries()) {
    if (notes.hashes[index] === written.notes[index]) continue;
    const outcome = notes.outcome(index);
    if (outcome === undefined) return undefined;
    edited.set(path, outcome);
  }
  return edited;
}

/** The out file's bytes, if it holds those of the hash. */
function readWritten(outFile: string, bytesHash: string): Buffer | undefined {
  try {
    const bytes = readFileSync(outFile);
    return hash(bytes) === bytesHash ? bytes : undefined;
  } catch {
    return undefined;
  }
}

async function assemble(read: DirectoryRead): Promise<OutputBytes> {
  const { cache, listing } = read;
  // Started now, it has loaded by the time the graph is built, or the structure is guessed.
  const thread = new BuildLayout(read.worker);
  let assembled: AssembledDirectory;
  try {
    // Decoding every stored parse and building the graph take longer than the guessed structure's layout.
    const guessed = cache && guessStructure(read, cache);
    if (guessed) thread.guess(guessed);
    const options = { layout: true, reuseLayout: (signature: string) => cache?.getLayout(signature) };
    assembled = await assembleDirectory(read, await read.notes.complete(), options, thread);
  } catch (error) {
    thread.stop();
    throw error;
  }
  const { compiled, place } = assembled;
  if (compiled.memo) cache?.setStructure(listing.notes, compiled.memo);
  // While metrics and layout run in their worker: the graph serialized without them, the parses stored.
  const early = serializeGraphPieces(compiled.graph);
  cache?.save();
  const { graph, diagnostics, layout } = place ? await place() : compiled;
  if (layout) cache?.setLayout(layout);
  const pieces = place ? placePieces(early, graph) : early;
  return { ...inBytes(pieces), diagnostics, order: graph.order, size: graph.size };
}

/**
 * The structure the graph will have, guessed from the last build's memo and
 * the notes parsed again (speculateStructure); none if a note changed in a
 * way that may change how any link resolves, or could not be parsed.
 */
function guessStructure({ schema, listing, notes }: DirectoryRead, cache: BuildCache): GraphStructure | undefined {
  const memo = cache.getStructure(listing.notes);
  const changed = [...notes.fresh.values()].map((outcome) => outcome.note);
  if (memo === undefined || changed.some((note) => note === undefined)) return undefined;
  const { vocabulary } = parseVocabulary(schema.types, schema.relations);
  return speculateStructure(memo, changed as ParsedNote[], vocabulary);
}

/** The graph as UTF-8, with where each node is: sized first, then written into one buffer (no copy per node). */
function inBytes({ head, nodes, tail }: GraphPieces): { bytes: Buffer; nodes: NodeRange[] } {
  const ranges: NodeRange[] = [];
  let offset = Buffer.byteLength(head);
  for (const [index, { file, json }] of nodes.entries()) {
    const start = offset + (index > 0 ? 1 : 0);
    offset = start + Buffer.byteLength(json);
    ranges.push([file, start, offset]);
  }
  const bytes = Buffer.allocUnsafe(offset + Buffer.byteLength(tail));
  bytes.write(head, 0);
  for (const [index, { json }] of nodes.entries()) {
    const [, start] = ranges[index] as NodeRange;
    if (index > 0) bytes[start - 1] = COMMA;
    bytes.write(json, start);
  }
  bytes.write(tail, offset);
  return { bytes, nodes: ranges };
}

const COMMA = 0x2c;
