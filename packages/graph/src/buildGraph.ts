import type { ParsedNote, PositionedCitation, WikiLink } from "@simpul/markdown";
import {
  compareStrings,
  type Diagnostic,
  diagnostic,
  didYouMean,
  lookupRelation,
  MENTIONS,
  type RelationDef,
  type Vocabulary,
} from "@simpul/schema";
import Graph from "graphology";
import { EdgeDrafts, edgeKey, splitProvenance } from "./edgeDrafts";
import { findCycles } from "./findCycles";
import { createNameIndex, type NameIndex, nodeKey, resolveLink } from "./nameIndex";
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
} {
  const diagnostics: Diagnostic[] = [];
  const kept = uniqueNotes(notes, diagnostics);
  const index = createNameIndex(kept);
  const typeOf = new Map(kept.map((note) => [nodeKey(note), note.type]));
  const edges = new EdgeDrafts();
  const dimensions = new Map<string, DimensionValue[]>();
  const comparisons: ComparisonTable[] = [];
  const pendingMentions: { from: string; to: string; citations: PositionedCitation[]; at: string }[] = [];

  for (const note of kept) {
    const self = nodeKey(note);
    const resolve = (link: WikiLink) => resolveOrReport(index, link, note.file, diagnostics);
    const isSelf = (key: string, link: WikiLink) => {
      if (key !== self) return false;
      diagnostics.push(diagnostic("self-link", `"${link.target}" links this note to itself`, note.file, link));
      return true;
    };
    for (const statement of note.relations) {
      const found = lookupRelation(vocabulary, statement.name);
      const other = found && resolve(statement.link);
      if (!found || other === undefined || isSelf(other, statement.link)) continue;
      const [source, target] = found.reversed ? [other, self] : [self, other];
      if (!allowed(found.relation, typeOf.get(source), typeOf.get(target), statement.link, note.file, diagnostics))
        continue;
      const at = `${note.file}:${statement.link.line}`;
      edges.add(found.relation.name, found.relation.symmetric, source, target, statement.citations, at);
    }
    for (const mention of note.mentions) {
      const other = resolve(mention.link);
      if (other === undefined || isSelf(other, mention.link)) continue;
      pendingMentions.push({
        from: self,
        to: other,
        citations: mention.citations,
        at: `${note.file}:${mention.link.line}`,
      });
    }
    for (const table of note.tables) {
      const columns = table.columns.map(resolve);
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
  for (const mention of pendingMentions) {
    if (!edges.hasTypedPair(mention.from, mention.to)) {
      edges.add(MENTIONS, false, mention.from, mention.to, mention.citations, mention.at);
    }
  }

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
  return { graph, diagnostics };
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

function resolveOrReport(
  index: NameIndex,
  link: WikiLink,
  file: string,
  diagnostics: Diagnostic[],
): string | undefined {
  if (/(^|\/)\.\.(\/|$)/.test(link.target) || link.target.startsWith("/")) {
    const message = `"${link.target}" points outside the content folder; links name notes inside it`;
    diagnostics.push(diagnostic("link-outside-vault", message, file, link));
    return undefined;
  }
  const resolution = resolveLink(index, link);
  if (resolution.status === "found") return resolution.key;
  if (resolution.status === "missing") {
    diagnostics.push(
      diagnostic("broken-link", `No note is named "${link.target}"${didYouMean(resolution.suggestion)}`, file, link),
    );
  } else {
    const candidates = resolution.candidates.map((key) => `${key} (${index.files.get(key)})`).join(", ");
    diagnostics.push(
      diagnostic(
        "ambiguous-link",
        `"${link.target}" names ${resolution.candidates.length} notes: ${candidates}; link by id or path instead`,
        file,
        link,
      ),
    );
  }
  return undefined;
}

function allowed(
  relation: RelationDef,
  sourceType: string | undefined,
  targetType: string | undefined,
  link: WikiLink,
  file: string,
  diagnostics: Diagnostic[],
): boolean {
  for (const [end, types, type] of [
    ["start at", relation.from, sourceType],
    ["end at", relation.to, targetType],
  ] as const) {
    if (types === null || type === undefined || types.includes(type)) continue;
    diagnostics.push(
      diagnostic(
        "relation-domain",
        `"${relation.name}" cannot ${end} a ${type} ("${link.target}"); it allows ${types.join(", ")}`,
        file,
        link,
      ),
    );
    return false;
  }
  return true;
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
