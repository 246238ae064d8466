import {
  editedNodeJson,
  frameOf,
  frameWith,
  patchStructure,
  placedAt,
  snapshotFits,
  speculateStructure,
} from "@simpul/graph";
import type { ParsedNote } from "@simpul/markdown";
import { compareDiagnostics, parseVocabulary } from "@simpul/schema";
import { hash } from "./buildCache";
import type { RebuiltGraph, WrittenOutput } from "./buildDirectory";
import { BuildLayout } from "./layoutThread";
import type { NoteOutcome } from "./parseWorker";
import type { DirectoryRead } from "./readDirectory";
import { inBytes, numbersToPlace, reusing, textAt } from "./writtenGraph";

/** Past this many edited notes, building the graph whole costs about as much as patching it. */
const MOST_EDITED = 100;

/** Diagnostics about a note's path, not its text: they stay while the note keeps its path. */
const ABOUT_PATHS = new Set(["path-clash", "symlink"]);

/** Diagnostics over the whole graph, which patchStructure gives again. */
const OVER_GRAPH = new Set(["orphan", "relation-cycle"]);

/**
 * A written graph with these notes edited into it, as a whole build would
 * write it: the structure patched (patchStructure), metrics and layout
 * computed again (or taken from the cache) for it, the edited notes' nodes
 * written again and every other node's numbers replaced. Only the edited
 * notes and their neighbours are decoded. None when an edited note changed
 * its tables, or its names in a way patchStructure cannot follow, the memo
 * of the written graph is not kept, or the written graph (`onDisk`, read once
 * the layout has started on the structure guessed) is not as written: the
 * graph must then be built whole.
 */
export async function patchOutputFile(
  onDisk: () => Buffer | undefined,
  written: WrittenOutput,
  edited: ReadonlyMap<string, NoteOutcome>,
  read: DirectoryRead,
): Promise<RebuiltGraph | undefined> {
  const { cache, listing, notes, schema } = read;
  if (cache === undefined || edited.size > MOST_EDITED) return undefined;
  const indices = new Map(listing.notes.map((path, index) => [path, index]));
  const frames = [...written.frames];
  const editedNotes: ParsedNote[] = [];
  /**
   * Notes whose frames changed: they must have changed their names alone
   * (checked against the memo), in a graph written with every link resolved
   * (which renameNotes counts on: `build` writes no graph with errors).
   */
  const reframed: [index: number, note: ParsedNote][] = [];
  for (const [path, { note }] of edited) {
    if (note === undefined) return undefined;
    const index = indices.get(path) as number;
    const frame = hash(frameOf(note));
    if (frame !== written.frames[index]) reframed.push([index, note]);
    editedNotes.push(note);
    frames[index] = frame;
  }
  // Started before the memo is decoded, it has loaded by the time the structure is guessed.
  const layout = new BuildLayout(read.worker, read.layoutThread(false));
  try {
    const memo = cache.getStructure(written.inputs);
    const resolved = !written.diagnostics.some((d) => d.severity === "error");
    const identityAlone = ([index, note]: [number, ParsedNote]) => {
      const identity = memo?.identities.get(note.file);
      return resolved && identity !== undefined && hash(frameWith(identity, note)) === written.frames[index];
    };
    if (memo === undefined || !reframed.every(identityAlone)) {
      layout.stop();
      return undefined;
    }
    const { vocabulary } = parseVocabulary(schema.types, schema.relations);
    // The layout starts on the structure the memo gives while the written graph is read and patched.
    const guessed = speculateStructure(memo, editedNotes, vocabulary);
    if (guessed) layout.guess(guessed);
    const bytes = onDisk();
    if (bytes === undefined) {
      layout.stop();
      return undefined;
    }
    const patch = patchStructure({
      memo,
      vocabulary,
      references: (await read.bibliography())?.references ?? {},
      edges: textAt(bytes, written.edges),
      attributes: textAt(bytes, written.attributes),
      edited: editedNotes,
      noteOf: (file) => {
        const index = indices.get(file);
        return index === undefined ? undefined : notes.outcome(index)?.note;
      },
    });
    // The written nodes are those of the memo's graph, in key order.
    const files = patch?.nodes.map((key) => patch.memo.context.index.files.get(key));
    const same =
      files?.length === written.nodes.length && files.every((file, index) => file === written.nodes[index]?.[0]);
    if (patch === undefined || !same) {
      layout.stop();
      return undefined;
    }
    // Taken now: the structure's array moves to the layout worker.
    const size = patch.structure.ends.length / 2;
    const cached = cache.getLayout(patch.signature);
    const reused = cached && snapshotFits(cached, patch.nodes.length) ? cached : undefined;
    const computing = reused ? Promise.resolve(reused.placement) : layout.run(patch.structure);
    // Awaited below; should anything fail first, that failure is the one reported.
    computing.catch(() => {});
    if (reused) layout.stop();
    const diagnostics = [
      ...written.diagnostics.filter((d) => !OVER_GRAPH.has(d.rule) && (!edited.has(d.file) || ABOUT_PATHS.has(d.rule))),
      ...[...edited.values()].flatMap((outcome) => outcome.diagnostics),
      ...patch.diagnostics,
    ].sort(compareDiagnostics);
    // While the layout runs: the graph written with the numbers it had, edited nodes anew (theirs at 0).
    const editedByFile = new Map(editedNotes.map((note) => [note.file, note]));
    const nodes = written.nodes.map(([file, start, end], index) => {
      const note = editedByFile.get(file);
      const key = patch.nodes[index] as string;
      const json = note
        ? editedNodeJson({ key, file, json: bytes.toString("utf8", start, end) }, note, vocabulary)
        : bytes.subarray(start, end);
      return { file, json };
    });
    const pieces = {
      attributes: textAt(bytes, written.attributes),
      edges: patch.edges,
      nodes,
      options: textAt(bytes, written.options),
    };
    const encoded = inBytes(pieces, read.allocate);
    // Once encoded, the written graph is spent: a single build places the numbers in the memory it was read into.
    const place = numbersToPlace(encoded, read.allocate ?? reusing(bytes));
    if (!reused) {
      // While the layout runs: the parses saved, and the memo made ready to keep once the graph is written (keep).
      cache.prepareStructure(patch.memo);
      cache.save();
    }
    const placement = await computing;
    const output = place((index) => placedAt(placement, index));
    if (!reused) cache.setLayout({ signature: patch.signature, placement });
    return { ...output, diagnostics, order: nodes.length, size, frames, memo: patch.memo };
  } catch (error) {
    layout.stop();
    throw error;
  }
}
