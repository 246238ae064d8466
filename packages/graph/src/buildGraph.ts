import type { ParsedNote } from "@simpul/markdown";
import { compareStrings, type Diagnostic, diagnostic, type Vocabulary } from "@simpul/schema";
import Graph from "graphology";
import { edgeKey, splitProvenance } from "./edgeDrafts";
import { findCycles } from "./findCycles";
import { createNameIndex, nodeKey } from "./nameIndex";
import { draftEdges, type LinkContext, type NoteLinks, resolveNoteLinks, resolveOrReport } from "./noteLinks";
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
    const self = nodeKey(note);
    for (const table of note.tables) {
      const columns = table.columns.map((link) => resolveOrReport(context.index, link, note.file, diagnostics));
      const id = `${self}#${table.slug}`;
      comparisons.push({
        id,
        title: table.title,
        provenance: `${note.file}:${table.line}`,
        columns: columns.filter((key): key is string => key !== undefined),
        rows: table.rows.map((row) => row.dimension),
      });
      table.rows.forEach((row, rowIndex) => {
        row.cells.forEach((cell, column) => {
          const key = columns[column];
          if (key === undefined) return;
          const values = dimensions.get(key) ?? [];
          const citations = cell.citations.map(({ key: k, page }) =>
            page === undefined ? { key: k } : { key: k, page },
          );
          values.push({ citations, dimension: row.dimension, row: rowIndex, table: id, value: cell.value });
          dimensions.set(key, values);
        });
      });
    }
  }
  const edges = draftEdges(links.values());

  const graph: KnowledgeGraph = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
  graph.replaceAttributes({ format: "simpul-graph", version: 1, vocabulary, references: {}, comparisons });
  const byKey = kept.map((note) => [nodeKey(note), note] as const).sort(([a], [b]) => compareStrings(a, b));
  for (const [key, note] of byKey) graph.addNode(key, nodeAttributes(note, vocabulary, dimensions.get(key) ?? []));
  for (const [key, draft] of edges.entries()) graph.addEdgeWithKey(key, draft.source, draft.target, draft.attributes);
  reportCycles(graph, vocabulary, diagnostics);
  graph.forEachNode((key, attributes) => {
    if (graph.degree(key) === 0) {
      diagnostics.push(
        diagnostic("orphan", `"${attributes.label}" has no relation to any other note`, attributes.file),
      );
    }
  });
  return { graph, diagnostics, memo: memoize(kept, context, links) };
}

function uniqueNotes(notes: readonly ParsedNote[], diagnostics: Diagnostic[]): ParsedNote[] {
  const firstFile = new Map<string, string>();
  const kept: ParsedNote[] = [];
  for (const note of [...notes].sort((a, b) => compareStrings(a.file, b.file))) {
    const key = nodeKey(note);
    const first = firstFile.get(key);
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

function nodeAttributes(note: ParsedNote, vocabulary: Vocabulary, dimensions: DimensionValue[]): NodeAttributes {
  // Keys in sorted order: serialization then copies nothing.
  return {
    aliases: note.aliases,
    body: note.body,
    centrality: 0,
    color: vocabulary.types[note.type]?.color ?? "#888888",
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

function reportCycles(graph: KnowledgeGraph, vocabulary: Vocabulary, diagnostics: Diagnostic[]): void {
  for (const relation of Object.values(vocabulary.relations)) {
    if (!relation.acyclic) continue;
    const pairs: [string, string][] = [];
    graph.forEachEdge((_, attributes, source, target) => {
      if (attributes.type === relation.name) pairs.push([source, target]);
    });
    for (const cycle of findCycles(pairs)) {
      const [from, to] = cycle as [string, string];
      const provenance = graph.getEdgeAttribute(edgeKey(relation.name, from, to), "provenance");
      const [file, line] = splitProvenance(provenance[0] ?? ":1");
      diagnostics.push(
        diagnostic("relation-cycle", `"${relation.name}" loops: ${cycle.join(" → ")}`, file, { line, column: 1 }),
      );
    }
  }
}
