import type { ParsedNote } from "@simpul/markdown";
import type { Diagnostic, Reference, Vocabulary } from "@simpul/schema";
import { citationDiagnostics } from "./citeReferences";
import { type EdgesEdit, type EditedEdge, editEdges, type MemoEdges, withNode } from "./editEdges";
import { cycleDiagnostics, orphanDiagnostic } from "./graphDiagnostics";
import { signatureOf } from "./layoutSnapshot";
import type { GraphStructure } from "./layoutStructure";
import { nodeKey } from "./nameIndex";
import { type NoteLinks, redraftAround, resolveNoteLinks, structuralLinks } from "./noteLinks";
import { relinkAround } from "./notesAround";
import { type ResolvedTable, resolveTables } from "./noteTables";
import { type Renaming, renameNotes } from "./renameNote";
import type { SerializedEdge } from "./serializeGraph";
import { identityFields, memoLinks, type StructureMemo } from "./structureMemo";

export interface StructurePatchInput {
  /** The memo of the graph patched. */
  memo: StructureMemo;
  vocabulary: Vocabulary;
  references: Record<string, Reference>;
  /** The graph's edges as serialized (serializeEdges): those of the memo, in its order. */
  edges: string;
  /** The graph's own attributes as serialized: its comparisons name their columns by key. */
  attributes: string;
  /** The notes edited since, their names changed as renameNotes allows; those whose nodes the memo has not are added. */
  edited: readonly ParsedNote[];
  /** The files of the notes taken out since, as renameNotes allows (among them, the one a note moved from). */
  removed?: readonly string[];
  /** Any other note of the graph, by file, as parsed; undefined if it cannot be had. */
  noteOf: (file: string) => ParsedNote | undefined;
  /** renameNotes of the memo, the edited notes and those taken out, when the caller has it (see speculateStructure). */
  renaming?: Renaming | undefined;
}

/** What the graph becomes once the notes are edited, but for their nodes' text and the layout. */
export interface StructurePatch {
  /** Every edge, as serializeGraph writes them. */
  edges: string;
  structure: GraphStructure;
  /** Node keys, in key order: the structure's nodes, and the graph's as serialized. */
  nodes: string[];
  /** The structure's signature (signatureOf). */
  signature: string;
  /**
   * The edited notes' diagnostics from resolving their links and tables and
   * checking their citations, those of the notes `relinked` and of the
   * tables `retabled` from resolving them again, then every orphan and
   * cycle of the graph.
   */
  diagnostics: Diagnostic[];
  /** The files of the notes whose links were resolved again (relinkAround): their links' diagnostics are given anew. */
  relinked: string[];
  /**
   * The edited notes' tables, by file, resolved: those that changed are for
   * patchTables to patch in; and those of `retabled`.
   */
  tables: Map<string, ResolvedTable[]>;
  /**
   * Files whose tables patchTables must patch in though they are as they
   * were: when a note's key changed, its own (their ids hold its key) and
   * those that have it for a column.
   */
  retabled: string[];
  /** The memo of the graph patched. */
  memo: StructureMemo;
}

/**
 * The structure, edges and diagnostics buildGraph would give once these
 * notes are edited, from the last graph's edges rather than every note: an
 * edge is stated only by the notes at its two ends, so the edges touching
 * an edited note are drafted again from the edited notes and their
 * neighbours (editEdges), and every other edge stays as it was, its JSON
 * copied. The edited notes' tables are resolved, for the caller to patch
 * those that changed into the comparisons (patchTables). A note the graph
 * had not is added, and a note taken out goes with its edges. A note whose
 * type or id changed is one taken out and one added. Around a note that lost
 * names or changed its key, and one taken out, the links and tables of the
 * notes that could name it are resolved again (relinkAround): those that
 * named it by a name it no longer has now name no note, and are reported as
 * a whole build reports them. Holds only while the edited notes' names make
 * no other link resolve to another note (renameNotes); undefined if not, if
 * a neighbour cannot be had, or the edges given are not as many as the
 * memo's.
 */
export function patchStructure(input: StructurePatchInput): StructurePatch | undefined {
  const { memo, vocabulary, edited, removed = [] } = input;
  const renaming = input.renaming ?? renameNotes(memo, edited, removed);
  if (renaming === undefined) return undefined;
  const context = { index: renaming.index, typeOf: renaming.typeOf, vocabulary };
  const { narrowed, rekeyed } = renaming;
  // A note taken out goes with its edges and tables. One moved keeps its edges.
  const gone = goneKeys(memo, removed, renaming);
  // The notes that may have named a note by a name it no longer has, or one gone, resolve their links again.
  const around = relinkAround(
    [...new Set([...(narrowed === undefined ? [] : [narrowed]), ...gone])],
    new Set([...edited.map((note) => note.file), ...removed]),
    input,
    context,
  );
  if (around === undefined) return undefined;
  const diagnostics: Diagnostic[] = [...around.complaints];
  const links = new Map<string, NoteLinks>();
  const tables = new Map<string, ResolvedTable[]>();
  for (const note of edited) {
    links.set(nodeKey(note), resolveNoteLinks(note, context, diagnostics));
    tables.set(note.file, resolveTables(note, context, diagnostics));
  }
  for (const file of removed) tables.set(file, []);
  for (const [file, resolved] of around.tables) tables.set(file, resolved);
  // Those of an edited note too, though written as they were (their frame is the same); and a note's own tables,
  // which hold its key in their ids.
  const retabled = [
    ...new Set([
      ...[...around.naming].filter((file) => !removed.includes(file)),
      ...(rekeyed ? [renaming.index.files.get(rekeyed[1]) as string] : []),
    ]),
  ];
  diagnostics.push(...citationDiagnostics(edited, vocabulary, input.references));
  const texts = edgeTexts(input.edges, memo.edges.keys.length);
  const relinked = new Map<string, NoteLinks | undefined>(around.links);
  const neighbourLinks = (key: string) => {
    if (relinked.has(key)) return relinked.get(key);
    const file = memo.context.index.files.get(key);
    const note = file === undefined ? undefined : input.noteOf(file);
    const found = note && resolveNoteLinks(note, context, []);
    relinked.set(key, found);
    return found;
  };
  const edit = texts && editedEdges(memo, gone, links, neighbourLinks);
  if (texts === undefined || edit === undefined) return undefined;
  const { edges, from } = edit;
  const json = from.map((edge) => {
    if (typeof edge === "number") return texts[edge] as string;
    const [key, { attributes, source, target }] = edge;
    return JSON.stringify({ attributes, key, source, target });
  });
  const { nodes, keys, ends } = edges;
  const structure = { order: nodes.length, ends: ends.slice() };
  const statements = keys.map((key, at) => ({
    type: key.slice(key.lastIndexOf("#") + 1),
    source: nodes[ends[2 * at] as number] as string,
    target: nodes[ends[2 * at + 1] as number] as string,
  }));
  const provenance = (at: number) => {
    const edge = from[at] as EditedEdge;
    if (typeof edge !== "number") return edge[1].attributes.provenance;
    return (JSON.parse(texts[edge] as string) as SerializedEdge).attributes.provenance;
  };
  diagnostics.push(...orphans(renaming, nodes, structure), ...cycleDiagnostics(statements, provenance, vocabulary));
  const patchedLinks = new Map(memo.links);
  for (const note of edited) {
    patchedLinks.set(note.file, JSON.stringify(structuralLinks(links.get(nodeKey(note)) as NoteLinks)));
  }
  for (const file of removed) patchedLinks.delete(file);
  // Their links may name a note by its new key, or no longer name one.
  for (const [key, each] of around.links) {
    patchedLinks.set(memo.context.index.files.get(key) as string, JSON.stringify(structuralLinks(each)));
  }
  return {
    edges: `[${json.join(",")}]`,
    structure,
    nodes,
    signature: signatureOf(nodes, keys),
    diagnostics,
    relinked: around.files,
    tables,
    retabled,
    memo: {
      ...memo,
      identities: renaming.identities,
      context: { index: renaming.index, typeOf: renaming.typeOf },
      links: patchedLinks,
      edges,
    },
  };
}

/**
 * The keys of the nodes that go: those of the notes of these files taken out
 * but the one a note moved from, and the one a note's key changed from
 * (renameNotes).
 */
function goneKeys(memo: StructureMemo, removed: readonly string[], { moved, rekeyed }: Renaming): string[] {
  const gone = removed.filter((file) => file !== moved?.[0]).map((file) => keyOf(memo, file));
  return rekeyed ? [...gone, rekeyed[0]] : gone;
}

/** The key of the note of this file, from the identity the memo holds of it (it must hold one). */
function keyOf(memo: StructureMemo, file: string): string {
  return nodeKey(identityFields(memo.identities.get(file) as string));
}

/**
 * The memo's edges once these notes are edited, with their links (those
 * whose nodes it has not added), and the nodes of these keys taken out
 * (linking to nothing now), the edges touching them drafted again from their
 * links and their neighbours' (`linksOf`); undefined if a neighbour's links
 * cannot be had, or an edge still touches a node taken out.
 */
function editedEdges(
  memo: StructureMemo,
  removedKeys: readonly string[],
  editedLinks: ReadonlyMap<string, NoteLinks>,
  linksOf: (key: string) => NoteLinks | undefined,
): EdgesEdit | undefined {
  const links = new Map(editedLinks);
  for (const key of removedKeys) links.set(key, { relations: [], mentions: [] });
  let before: MemoEdges | undefined = memo.edges;
  for (const key of links.keys())
    if (!memo.context.index.files.has(key)) before = before && withNode(before, key, true);
  const edit = before && editEdges(before, links.keys(), (joined) => redraftAround(links, joined, linksOf));
  let edges = edit?.edges;
  for (const key of removedKeys) edges = edges && withNode(edges, key, false);
  return edit && edges && { edges, from: edit.from };
}

/**
 * The structure buildGraph would give once these notes are edited and those
 * of these files taken out, from the memo alone (the edited notes' links
 * resolved against its index, renamed as renameNotes allows, and their
 * neighbours' links as it keeps them), before the other notes are decoded
 * or the last graph read. A guess all the same (the memo may be older than
 * the notes it is given with, and a name lost may change a neighbour's
 * link), to be checked against the structure the graph has (sameStructure);
 * undefined when renameNotes cannot follow the edits. A caller that patches
 * the structure next passes the renaming to both: each of its maps is a copy
 * of one as large as the vault.
 */
export function speculateStructure(
  memo: StructureMemo,
  changed: readonly ParsedNote[],
  vocabulary: Vocabulary,
  removed: readonly string[] = [],
  renaming = renameNotes(memo, changed, removed),
): GraphStructure | undefined {
  if (renaming === undefined) return undefined;
  const context = { index: renaming.index, typeOf: renaming.typeOf, vocabulary };
  const links = new Map(changed.map((note) => [nodeKey(note), resolveNoteLinks(note, context, [])]));
  const { rekeyed } = renaming;
  // The neighbours' links as the memo keeps them, but naming a note whose key changed by its new key.
  const linksOf = (key: string) => {
    const kept = memoLinks(memo, key);
    return kept && rekeyed ? followKey(kept, rekeyed) : kept;
  };
  const edit = editedEdges(memo, goneKeys(memo, removed, renaming), links, linksOf);
  return edit && { order: edit.edges.nodes.length, ends: edit.edges.ends };
}

/** The links, with every end that was the first key made the second. */
function followKey({ relations, mentions }: NoteLinks, [from, to]: [string, string]): NoteLinks {
  const follow = (key: string) => (key === from ? to : key);
  return {
    relations: relations.map((each) => ({ ...each, source: follow(each.source), target: follow(each.target) })),
    mentions: mentions.map((each) => ({ ...each, from: follow(each.from), to: follow(each.to) })),
  };
}

/** Between two edges as serializeEdges writes them: as every quote in a string is escaped, only there. */
const BETWEEN_EDGES = '},{"attributes":';

/** The JSON of each edge in serialized edges, if there are `count`. */
function edgeTexts(json: string, count: number): string[] | undefined {
  if (count === 0) return json === "[]" ? [] : undefined;
  const texts: string[] = [];
  let start = 1;
  for (let end = json.indexOf(BETWEEN_EDGES, start); end >= 0; end = json.indexOf(BETWEEN_EDGES, start)) {
    texts.push(json.slice(start, end + 1));
    start = end + 2;
  }
  texts.push(json.slice(start, json.length - 1));
  return texts.length === count ? texts : undefined;
}

/** A diagnostic for each node no edge reaches, with the title its identity gives. */
function orphans(
  { identities, index: names }: Renaming,
  nodes: readonly string[],
  { ends }: GraphStructure,
): Diagnostic[] {
  const reached = new Uint8Array(nodes.length);
  for (const end of ends) reached[end] = 1;
  return nodes.flatMap((key, index) => {
    const file = names.files.get(key) as string;
    return reached[index] ? [] : [orphanDiagnostic(identityFields(identities.get(file) as string).title, file)];
  });
}
