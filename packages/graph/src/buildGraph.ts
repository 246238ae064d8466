import type { ParsedNote } from "@simpul/markdown";
import { compareStrings, type Diagnostic, diagnostic, isValidId, lookupType, type Vocabulary } from "@simpul/schema";
import Graph from "graphology";
import { memoEdges } from "./editEdges";
import { cycleDiagnostics, orphanDiagnostic } from "./graphDiagnostics";
import { createNameIndex, nodeKey } from "./nameIndex";
import { draftEdges, type LinkContext, type NoteLinks, resolveNoteLinks } from "./noteLinks";
import { resolveTables } from "./noteTables";
import { memoize, type StructureMemo } from "./structureMemo";
import type { ComparisonTable, DimensionValue, KnowledgeGraph, NodeAttributes } from "./types";

export interface BuildInput {
  notes: readonly ParsedNote[];
  vocabulary: Vocabulary;
}

/**
 * Turns parsed notes into a typed graph: resolves links, types and checks
 * relations, attaches citations and provenance to edges and comparison
 * values to nodes. Metrics and layout come after, in their own steps, and
 * the bibliography last (citeReferences), so it can be parsed meanwhile.
 */
export function buildGraph({ notes, vocabulary }: BuildInput): {
  graph: KnowledgeGraph;
  diagnostics: Diagnostic[];
  memo: StructureMemo;
} {
  const diagnostics: Diagnostic[] = [];
  const kept = uniqueNotes(notes, diagnostics);
  const context: LinkContext = {
    index: createNameIndex(kept),
    typeOf: new Map(kept.map((note) => [nodeKey(note), note.type])),
    vocabulary,
  };
  const links = new Map<string, NoteLinks>();
  const dimensions = new Map<string, DimensionValue[]>();
  const comparisons: ComparisonTable[] = [];

  for (const note of kept) {
    links.set(note.file, resolveNoteLinks(note, context, diagnostics));
    for (const { table, values } of resolveTables(note, context, diagnostics)) {
      comparisons.push(table);
      for (const { node, value } of values) {
        const known = dimensions.get(node);
        if (known) known.push(value);
        else dimensions.set(node, [value]);
      }
    }
  }
  const edges = draftEdges(links.values());

  const graph: KnowledgeGraph = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
  graph.replaceAttributes({ format: "simpul-graph", version: 1, vocabulary, references: {}, comparisons });
  const byKey = kept.map((note) => [nodeKey(note), note] as const).sort(([a], [b]) => compareStrings(a, b));
  for (const [key, note] of byKey) graph.addNode(key, nodeAttributes(note, vocabulary, dimensions.get(key) ?? []));
  const drafted = edges.entries();
  for (const [key, draft] of drafted) graph.addEdgeWithKey(key, draft.source, draft.target, draft.attributes);
  const ends = drafted.map(([, { source, target, attributes }]) => ({ type: attributes.type, source, target }));
  diagnostics.push(...cycleDiagnostics(ends, (index) => drafted[index]?.[1].attributes.provenance ?? [], vocabulary));
  graph.forEachNode((key, { label, file }) => {
    if (graph.degree(key) === 0) diagnostics.push(orphanDiagnostic(label, file));
  });
  const memo = memoize(
    kept,
    context,
    links,
    memoEdges(
      byKey.map(([key]) => key),
      drafted.map(([key, { source, target }]) => ({ key, source, target })),
    ),
  );
  return { graph, diagnostics, memo };
}

function uniqueNotes(notes: readonly ParsedNote[], diagnostics: Diagnostic[]): ParsedNote[] {
  const firstFile = new Map<string, string>();
  const kept: ParsedNote[] = [];
  for (const note of [...notes].sort((a, b) => compareStrings(a.file, b.file))) {
    const key = nodeKey(note);
    const first = firstFile.get(key);
    // Notes whose ids are reported as invalid share the key of an empty id: that is no second problem to tell.
    if (first !== undefined && !isValidId(note.id)) continue;
    if (first !== undefined) {
      diagnostics.push(
        diagnostic(
          "duplicate-id",
          `"${key}" is already defined by ${first}; give one of them another id`,
          note.file,
          note.idPoint,
        ),
      );
      continue;
    }
    firstFile.set(key, note.file);
    kept.push(note);
  }
  return kept;
}

export function nodeAttributes(note: ParsedNote, vocabulary: Vocabulary, dimensions: DimensionValue[]): NodeAttributes {
  // Keys in sorted order: serialization then copies nothing.
  return {
    aliases: note.aliases,
    body: note.body,
    centrality: 0,
    color: lookupType(vocabulary, note.type)?.color ?? "#888888",
    community: 0,
    degree: 0,
    dimensions,
    fields: note.fields,
    file: note.file,
    label: note.title,
    labelEn: note.titleEn,
    size: 1,
    summary: note.summary,
    summaryEn: note.summaryEn,
    tags: note.tags,
    type: note.type,
    x: 0,
    y: 0,
  };
}
