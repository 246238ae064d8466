import type { ParsedNote } from "@simpul/markdown";
import { compareStrings, type Diagnostic, type Reference, type Vocabulary } from "@simpul/schema";
import { citationDiagnostics } from "./citeReferences";
import { cycleDiagnostics, orphanDiagnostic } from "./graphDiagnostics";
import { signatureOf } from "./layoutSnapshot";
import type { GraphStructure } from "./layoutStructure";
import { nodeKey } from "./nameIndex";
import { draftEdges, type NoteLinks, resolveNoteLinks, structuralLinks } from "./noteLinks";
import { resolveTables } from "./noteTables";
import { type SerializedEdge, serializeEdges } from "./serializeGraph";
import { identityOf, type StructureMemo, titleOf } from "./structureMemo";

export interface StructurePatchInput {
  /** The memo of the graph patched. */
  memo: StructureMemo;
  vocabulary: Vocabulary;
  references: Record<string, Reference>;
  /** The graph's edges, as serialized. */
  edges: readonly SerializedEdge[];
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
  /** The structure's signature, as structureSignature gives it. */
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
 * neighbours, and every other edge stays as it was. Holds only while no
 * edited note changed its frame (frameOf), which the caller checks;
 * undefined if an edited note was not in the graph, or a neighbour cannot be
 * had.
 */
export function patchStructure(input: StructurePatchInput): StructurePatch | undefined {
  const { memo, vocabulary, edited } = input;
  const context = { ...memo.context, vocabulary };
  const diagnostics: Diagnostic[] = [];
  const editedKeys = new Set<string>();
  const links = new Map<string, NoteLinks>();
  for (const note of edited) {
    if (memo.identities.get(note.file) !== identityOf(note)) return undefined;
    editedKeys.add(nodeKey(note));
    links.set(note.file, resolveNoteLinks(note, context, diagnostics));
    resolveTables(note, context, diagnostics);
  }
  diagnostics.push(...citationDiagnostics(edited, vocabulary, input.references));
  const touches = (edge: { source: string; target: string }) =>
    editedKeys.has(edge.source) || editedKeys.has(edge.target);
  const neighbours = new Set<string>();
  const meet = (a: string, b: string) => {
    for (const key of [a, b]) if (!editedKeys.has(key)) neighbours.add(key);
  };
  for (const edge of input.edges) if (touches(edge)) meet(edge.source, edge.target);
  for (const { relations, mentions } of links.values()) {
    for (const { source, target } of relations) meet(source, target);
    for (const { from, to } of mentions) meet(from, to);
  }
  for (const key of neighbours) {
    const file = memo.context.index.files.get(key);
    const note = file === undefined ? undefined : input.noteOf(file);
    if (note === undefined) return undefined;
    links.set(note.file, resolveNoteLinks(note, context, []));
  }
  const redrafted = draftEdges(links.values())
    .entries()
    .filter(([, edge]) => touches(edge))
    .map(([key, { attributes, source, target }]) => ({ attributes, key, source, target }));
  const edges = [...input.edges.filter((edge) => !touches(edge)), ...redrafted];
  const edgesJson = serializeEdges(edges);
  const nodes = [...memo.context.typeOf.keys()].sort(compareStrings);
  const structure = structureOfEdges(nodes, edges);
  diagnostics.push(...orphans(memo, nodes, structure), ...cycleDiagnostics(edgeStatements(edges), vocabulary));
  const patchedLinks = new Map(memo.links);
  for (const note of edited) patchedLinks.set(note.file, structuralLinks(links.get(note.file) as NoteLinks));
  return {
    edges: edgesJson,
    structure,
    nodes,
    signature: signatureOf(
      nodes,
      edges.map((edge) => edge.key),
    ),
    diagnostics,
    memo: { ...memo, links: patchedLinks },
  };
}

function structureOfEdges(nodes: readonly string[], edges: readonly SerializedEdge[]): GraphStructure {
  const indices = new Map(nodes.map((key, index) => [key, index]));
  const ends = new Uint32Array(edges.length * 2);
  edges.forEach(({ source, target }, at) => {
    ends[2 * at] = indices.get(source) as number;
    ends[2 * at + 1] = indices.get(target) as number;
  });
  return { order: nodes.length, ends };
}

function edgeStatements(edges: readonly SerializedEdge[]) {
  return edges.map(({ attributes, source, target }) => ({ ...attributes, source, target }));
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
