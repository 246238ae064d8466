import {
  type DimensionValue,
  editedNodeJson,
  frameOf,
  frameWith,
  LINK_RULES,
  patchStructure,
  patchTables,
  placedAt,
  renameNotes,
  type StructurePatch,
  snapshotFits,
  speculateStructure,
  type TablesPatch,
  withDimensions,
  writtenDimensions,
} from "@simpul/graph";
import type { ParsedNote } from "@simpul/markdown";
import { parseVocabulary, sortDiagnostics } from "@simpul/schema";
import { hash } from "./buildCache";
import type { NotesChanged, RebuiltGraph, WrittenOutput } from "./buildDirectory";
import { BuildLayout } from "./layoutThread";
import { clashesWithin } from "./pathClashes";
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
 * write it: the structure patched (patchStructure) and the tables that
 * changed (patchTables), metrics and layout computed again (or taken from
 * the cache) for it, the edited notes' nodes written again, and those of the
 * columns of their tables, and every other node's numbers replaced. Only the
 * edited notes, their neighbours and those columns are decoded. None when
 * an edited note changed its names in a way patchStructure cannot follow,
 * the memo of the written graph is not kept, or the written graph (`onDisk`,
 * read once the layout has started on the structure guessed) is not as
 * written: the graph must then be built whole.
 */
export async function patchOutputFile(
  onDisk: () => Buffer | undefined,
  written: WrittenOutput,
  { edited, removed, writtenPaths, writtenIndex }: NotesChanged,
  read: DirectoryRead,
): Promise<RebuiltGraph | undefined> {
  const { cache, listing, notes, schema } = read;
  if (cache === undefined || edited.size + removed.length > MOST_EDITED) return undefined;
  const added = [...edited.keys()].filter((path) => writtenIndex(path) < 0);
  if (clashesWithin(added, listing.notes) || clashesWithin(removed, writtenPaths)) return undefined;
  const indices = new Map(listing.notes.map((path, index) => [path, index]));
  const writtenFrame = (path: string) => written.frames[writtenIndex(path)];
  const frames = writtenPaths === listing.notes ? [...written.frames] : listing.notes.map(writtenFrame);
  const editedNotes: ParsedNote[] = [];
  /** Notes whose frames changed (every note added), with their frames. */
  const reframed: [note: ParsedNote, frame: string][] = [];
  for (const [path, { note }] of edited) {
    if (note === undefined) return undefined;
    const frame = hash(frameOf(note));
    if (frame !== writtenFrame(path)) reframed.push([note, frame]);
    editedNotes.push(note);
    frames[indices.get(path) as number] = frame;
  }
  // Started before the memo is decoded, it has loaded by the time the structure is guessed.
  const layout = new BuildLayout(read.worker, read.layoutThread(false));
  try {
    const memo = cache.getStructure(written.inputs);
    // A note's frame had it kept the identity the memo holds: its frame as written if its tables are the same.
    const changes = reframed.map(([note, frame]) => {
      const identity = memo?.identities.get(note.file);
      const before = identity === undefined ? undefined : hash(frameWith(identity, note));
      // A note added has a frame of its own (and its tables are new), unlike any before.
      return { note, renamed: before !== frame, retabled: before === undefined || before !== writtenFrame(note.file) };
    });
    // Names changed, and notes taken out, count on a graph written with every link resolved (`build` writes no graph
    // with errors): a link that did not (one naming two notes, say) is in no memo, yet may resolve once they change.
    const resolved = !written.diagnostics.some((d) => d.severity === "error");
    if (memo === undefined || ((removed.length > 0 || changes.some((each) => each.renamed)) && !resolved)) {
      layout.stop();
      return undefined;
    }
    // Those of a note taken out are taken out.
    const retabled = [...changes.filter((each) => each.retabled).map((each) => each.note.file), ...removed];
    const renaming = renameNotes(memo, editedNotes, removed);
    if (renaming === undefined) {
      layout.stop();
      return undefined;
    }
    const { vocabulary } = parseVocabulary(schema.types, schema.relations);
    // The layout starts on the structure the memo gives while the written graph is read and patched.
    const guessed = speculateStructure(memo, editedNotes, vocabulary, removed, renaming);
    if (guessed) layout.guess(guessed);
    const bytes = onDisk();
    if (bytes === undefined) {
      layout.stop();
      return undefined;
    }
    const attributes = textAt(bytes, written.attributes);
    const patch = patchStructure({
      memo,
      vocabulary,
      references: (await read.bibliography())?.references ?? {},
      edges: textAt(bytes, written.edges),
      attributes,
      edited: editedNotes,
      removed,
      renaming,
      noteOf: (file) => {
        const index = indices.get(file);
        return index === undefined ? undefined : notes.outcome(index)?.note;
      },
    });
    // The written nodes are those of the memo's graph, in key order: each node now is one of them, or added.
    const writtenNodes = new Map(written.nodes.map(([file, start, end]) => [file, [start, end] as const]));
    const files = patch?.nodes.map((key) => patch.memo.context.index.files.get(key) as string);
    const addedNodes = editedNotes.filter((note) => !writtenNodes.has(note.file)).length;
    const same =
      files?.length === written.nodes.length + addedNodes - removed.length &&
      files.every((file) => writtenNodes.has(file) || edited.has(file));
    const writtenJson = (file: string | undefined) => {
      const range = file === undefined ? undefined : writtenNodes.get(file);
      return range && bytes.toString("utf8", range[0], range[1]);
    };
    const retabling = (key: string) => writtenJson(memo.context.index.files.get(key));
    const tables = patch && same ? retable(attributes, patch, [...retabled, ...patch.retabled], retabling) : undefined;
    if (patch === undefined || files === undefined || !same || tables === undefined) {
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
    const gone = new Set(removed);
    const relinked = new Set(patch.relinked);
    // Their tables were resolved again: what that says of their columns is said anew.
    const resolvedAgain = new Set(patch.retabled);
    const diagnostics = sortDiagnostics([
      ...written.diagnostics.filter(
        (d) =>
          !OVER_GRAPH.has(d.rule) &&
          !gone.has(d.file) &&
          (!edited.has(d.file) || ABOUT_PATHS.has(d.rule)) &&
          !(relinked.has(d.file) && LINK_RULES.has(d.rule)) &&
          !(resolvedAgain.has(d.file) && d.rule === "duplicate-column"),
      ),
      ...[...edited.values()].flatMap((outcome) => outcome.diagnostics),
      ...patch.diagnostics,
    ]);
    // While the layout runs: the graph written with the numbers it had, edited nodes anew (theirs at 0).
    const editedByFile = new Map(editedNotes.map((note) => [note.file, note]));
    const nodes = files.map((file, index) => {
      const note = editedByFile.get(file);
      const key = patch.nodes[index] as string;
      const dimensions = tables.dimensions.get(key);
      const range = writtenNodes.get(file);
      let json: string | Uint8Array = range ? bytes.subarray(range[0], range[1]) : "";
      // A note moved was written under the file it had (the memo's).
      if (note) json = editedNodeJson(key, note, vocabulary, dimensions ?? dimensionsIn(retabling(key)));
      else if (dimensions) json = withDimensions(writtenJson(file) as string, dimensions);
      return { file, json };
    });
    const pieces = {
      attributes: tables.attributes,
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

/**
 * The graph's attributes and its nodes' dimensions once the tables of these
 * notes (by file) are patched in (patchTables), from the JSON each node had as
 * written (none for a node added); as written when no note's tables
 * changed, and undefined when they cannot be patched.
 */
function retable(
  attributes: string,
  patch: StructurePatch,
  retabled: readonly string[],
  writtenJson: (key: string) => string | undefined,
): TablesPatch | undefined {
  if (retabled.length === 0) return { attributes, dimensions: new Map() };
  const tables = new Map(retabled.map((file) => [file, patch.tables.get(file) ?? []]));
  return patchTables(attributes, tables, (key) => dimensionsIn(writtenJson(key)));
}

/** A node's dimensions as written; none for a node not written (one added). */
function dimensionsIn(json: string | undefined): DimensionValue[] {
  return json === undefined ? [] : writtenDimensions(json);
}
