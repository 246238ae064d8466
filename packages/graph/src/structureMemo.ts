import type { ParsedNote } from "@simpul/markdown";
import { compareStrings, type Vocabulary } from "@simpul/schema";
import type { GraphStructure } from "./layoutStructure";
import { draftEdges, type LinkContext, type NoteLinks, resolveNoteLinks, structuralLinks } from "./noteLinks";

/**
 * What a build knew of its graph's structure, kept so that the next build,
 * after a few notes changed, can tell its structure (speculateStructure)
 * before it has decoded the other notes and built the graph.
 */
export interface StructureMemo {
  /** Each kept note's identity (what names and types it gives the index), by file, in note order. */
  identities: Map<string, string>;
  context: Omit<LinkContext, "vocabulary">;
  /** Each kept note's links, by file (structuralLinks). */
  links: Map<string, NoteLinks>;
}

export function memoize(
  kept: readonly ParsedNote[],
  context: LinkContext,
  links: Map<string, NoteLinks>,
): StructureMemo {
  const { index, typeOf } = context;
  return {
    identities: new Map(kept.map((note) => [note.file, identityOf(note)])),
    context: { index, typeOf },
    links: new Map([...links].map(([file, each]) => [file, structuralLinks(each)])),
  };
}

/** Everything of a note that the name index, the types and the kept notes are made from. */
export function identityOf(note: ParsedNote): string {
  return JSON.stringify([note.type, note.id, note.title, note.titleEn, note.aliases]);
}

/**
 * Everything of a note that the graph holds outside its own node and edges:
 * its identity (how every link resolves) and its tables (the comparisons,
 * and the values they give other nodes). Notes edited with their frames
 * unchanged can be patched into the last graph (patchStructure).
 */
export function frameOf(note: ParsedNote): string {
  return JSON.stringify([identityOf(note), note.tables]);
}

/** The title a memo's identity holds (see identityOf). */
export function titleOf(identity: string): string {
  return (JSON.parse(identity) as [string, string, string])[2];
}

/**
 * The structure buildGraph would give once these notes have changed and no
 * other, if none of them changed its identity: their links resolved against
 * the memo's index, the others' as they were. Undefined when a note changed
 * identity or was not kept, as that can change how every link resolves. A
 * guess all the same (the memo may be older than the notes it is given
 * with), to be checked against the structure the graph has (sameStructure).
 */
export function speculateStructure(
  memo: StructureMemo,
  changed: readonly ParsedNote[],
  vocabulary: Vocabulary,
): GraphStructure | undefined {
  const links = new Map(memo.links);
  const context = { ...memo.context, vocabulary };
  for (const note of changed) {
    if (memo.identities.get(note.file) !== identityOf(note)) return undefined;
    links.set(note.file, resolveNoteLinks(note, context, []));
  }
  const nodes = [...memo.context.typeOf.keys()].sort(compareStrings);
  const indices = new Map(nodes.map((key, index) => [key, index]));
  const entries = draftEdges(links.values()).entries();
  const ends = new Uint32Array(entries.length * 2);
  entries.forEach(([, { source, target }], at) => {
    ends[2 * at] = indices.get(source) as number;
    ends[2 * at + 1] = indices.get(target) as number;
  });
  return { order: nodes.length, ends };
}

export function sameStructure(a: GraphStructure, b: GraphStructure): boolean {
  return a.order === b.order && a.ends.length === b.ends.length && a.ends.every((end, at) => end === b.ends[at]);
}
