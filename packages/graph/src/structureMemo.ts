import type { ParsedNote } from "@simpul/markdown";
import type { Vocabulary } from "@simpul/schema";
import { editEdges, type MemoEdges } from "./editEdges";
import type { GraphStructure } from "./layoutStructure";
import { type Named, nodeKey } from "./nameIndex";
import { type LinkContext, type NoteLinks, redraftAround, resolveNoteLinks, structuralLinks } from "./noteLinks";

/**
 * What a build knew of its graph's structure, kept so that the next build,
 * after a few notes changed, can tell its structure (speculateStructure)
 * before it has decoded the other notes and built the graph.
 */
export interface StructureMemo {
  /** Each kept note's identity (what names and types it gives the index), by file, in note order. */
  identities: Map<string, string>;
  context: Omit<LinkContext, "vocabulary">;
  /**
   * Each kept note's links (structuralLinks), by file, as JSON: a rebuild
   * decodes those of the few notes it drafts again. (Kept as objects, one per
   * link, they took most of the time a rebuild spent reading its cache.)
   */
  links: Map<string, string>;
  edges: MemoEdges;
}

export function memoize(
  kept: readonly ParsedNote[],
  context: LinkContext,
  links: Map<string, NoteLinks>,
  edges: MemoEdges,
): StructureMemo {
  const { index, typeOf } = context;
  return {
    identities: new Map(kept.map((note) => [note.file, identityOf(note)])),
    context: { index, typeOf },
    links: new Map([...links].map(([file, each]) => [file, JSON.stringify(structuralLinks(each))])),
    edges,
  };
}

/** The links the memo keeps of the note with this key (structural only). */
export function memoLinks(memo: StructureMemo, key: string): NoteLinks | undefined {
  const file = memo.context.index.files.get(key);
  const json = file === undefined ? undefined : memo.links.get(file);
  return json === undefined ? undefined : (JSON.parse(json) as NoteLinks);
}

/** Everything of a note that the name index, the types and the kept notes are made from. */
export function identityOf(note: ParsedNote): string {
  return JSON.stringify([note.type, note.id, note.title, note.titleEn, note.aliases]);
}

/**
 * Everything of a note that the graph holds outside its own node and edges:
 * its identity (how every link resolves) and its tables (the comparisons,
 * and the values they give other nodes). Notes edited with their tables
 * unchanged, and all but one with their identities too, can be patched into
 * the last graph (patchStructure, renameNotes).
 */
export function frameOf(note: ParsedNote): string {
  return frameWith(identityOf(note), note);
}

/** The note's frame had its identity been this one: its frame before, if only its names changed since. */
export function frameWith(identity: string, note: ParsedNote): string {
  return JSON.stringify([identity, note.tables]);
}

/** What an identity (identityOf) holds: all of a note's names come from it, and its file. */
export function identityFields(identity: string): Omit<Named, "file"> {
  const [type, id, title, titleEn, aliases] = JSON.parse(identity) as [string, string, string, string, string[]];
  return { type, id, title, titleEn, aliases };
}

/**
 * The structure buildGraph would give once these notes have changed and no
 * other, if none of them changed its identity: the memo's edges, but those
 * touching the changed notes, drafted again (redraftAround) from their links
 * resolved against the memo's index and their neighbours' as they were.
 * Undefined when a note changed identity or was not kept, as that can change
 * how every link resolves. A guess all the same (the memo may be older than
 * the notes it is given with), to be checked against the structure the graph
 * has (sameStructure).
 */
export function speculateStructure(
  memo: StructureMemo,
  changed: readonly ParsedNote[],
  vocabulary: Vocabulary,
): GraphStructure | undefined {
  const context = { ...memo.context, vocabulary };
  const edited = new Map<string, NoteLinks>();
  for (const note of changed) {
    if (memo.identities.get(note.file) !== identityOf(note)) return undefined;
    edited.set(nodeKey(note), resolveNoteLinks(note, context, []));
  }
  const edit = editEdges(memo.edges, edited.keys(), (joinedBefore) =>
    redraftAround(edited, joinedBefore, (key) => memoLinks(memo, key)),
  );
  return edit && { order: edit.edges.nodes.length, ends: edit.edges.ends };
}

export function sameStructure(a: GraphStructure, b: GraphStructure): boolean {
  return a.order === b.order && a.ends.length === b.ends.length && a.ends.every((end, at) => end === b.ends[at]);
}
