import type { ParsedNote } from "@simpul/markdown";
import type { MemoEdges } from "./editEdges";
import type { GraphStructure } from "./layoutStructure";
import type { Named } from "./nameIndex";
import { type LinkContext, type NoteLinks, structuralLinks } from "./noteLinks";

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

export function sameStructure(a: GraphStructure, b: GraphStructure): boolean {
  return a.order === b.order && a.ends.length === b.ends.length && a.ends.every((end, at) => end === b.ends[at]);
}
