import type { ParsedNote } from "@simpul/markdown";
import type { Diagnostic, Reference, Vocabulary } from "@simpul/schema";
import { citationDiagnostics } from "./citeReferences";
import { type EditedEdge, editEdges } from "./editEdges";
import { cycleDiagnostics, orphanDiagnostic } from "./graphDiagnostics";
import { signatureOf } from "./layoutSnapshot";
import type { GraphStructure } from "./layoutStructure";
import { nodeKey } from "./nameIndex";
import { type NoteLinks, redraftAround, resolveNoteLinks, structuralLinks } from "./noteLinks";
import { resolveTables } from "./noteTables";
import type { SerializedEdge } from "./serializeGraph";
import { identityOf, type StructureMemo, titleOf } from "./structureMemo";

export interface StructurePatchInput {
  /** The memo of the graph patched. */
  memo: StructureMemo;
  vocabulary: Vocabulary;
  references: Record<string, Reference>;
  /** The graph's edges as serialized (serializeEdges): those of the memo, in its order. */
  edges: string;
  /** The notes edited since, each with the frame (frameOf) it had. */
  edited: readonly ParsedNote[];
  /** Any other note of the graph, by file, as parsed; undefined if it cannot be had. */
  noteOf: (file: string) => ParsedNote | undefined;
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
  /** The edited notes' diagnostics from resolving their links and tables and checking their citations, then every orphan and cycle of the graph. */
  diagnostics: Diagnostic[];
  /** The memo of the graph patched. */
  memo: StructureMemo;
}

/**
 * The structure, edges and diagnostics buildGraph would give once these
 * notes are edited, from the last graph's edges rather than every note: an
 * edge is stated only by the notes at its two ends, so the edges touching
 * an edited note are drafted again from the edited notes and their
 * neighbours (editEdges), and every other edge stays as it was, its JSON
 * copied. Holds only while no edited note changed its frame (frameOf), which
 * the caller checks; undefined if an edited note was not in the graph, a
 * neighbour cannot be had, or the edges given are not as many as the memo's.
 */
export function patchStructure(input: StructurePatchInput): StructurePatch | undefined {
  const { memo, vocabulary, edited } = input;
  const context = { ...memo.context, vocabulary };
  const diagnostics: Diagnostic[] = [];
  const links = new Map<string, NoteLinks>();
  for (const note of edited) {
    if (memo.identities.get(note.file) !== identityOf(note)) return undefined;
    links.set(nodeKey(note), resolveNoteLinks(note, context, diagnostics));
    resolveTables(note, context, diagnostics);
  }
  diagnostics.push(...citationDiagnostics(edited, vocabulary, input.references));
  const texts = edgeTexts(input.edges, memo.edges.keys.length);
  const neighbourLinks = (key: string) => {
    const file = memo.context.index.files.get(key);
    const note = file === undefined ? undefined : input.noteOf(file);
    return note && resolveNoteLinks(note, context, []);
  };
  const edit = texts && editEdges(memo.edges, links.keys(), (joined) => redraftAround(links, joined, neighbourLinks));
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
  diagnostics.push(...orphans(memo, nodes, structure), ...cycleDiagnostics(statements, provenance, vocabulary));
  const patchedLinks = new Map(memo.links);
  for (const note of edited) {
    patchedLinks.set(note.file, JSON.stringify(structuralLinks(links.get(nodeKey(note)) as NoteLinks)));
  }
  return {
    edges: `[${json.join(",")}]`,
    structure,
    nodes,
    signature: signatureOf(nodes, keys),
    diagnostics,
    memo: { ...memo, links: patchedLinks, edges },
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

/** A diagnostic for each node no edge reaches. */
function orphans(memo: StructureMemo, nodes: readonly string[], { ends }: GraphStructure): Diagnostic[] {
  const reached = new Uint8Array(nodes.length);
  for (const end of ends) reached[end] = 1;
  return nodes.flatMap((key, index) => {
    const file = memo.context.index.files.get(key) as string;
    return reached[index] ? [] : [orphanDiagnostic(titleOf(memo.identities.get(file) as string), file)];
  });
}
