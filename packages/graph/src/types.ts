import type { Citation, Reference, Vocabulary } from "@simpul/schema";
import type Graph from "graphology";
import type { SerializedGraph } from "graphology-types";

export type { Citation, Reference, Vocabulary };

/** One entity's value for one row of a comparison table. */
export interface DimensionValue {
  /** Id of the comparison table (`<node key>#<heading slug>`). */
  table: string;
  /** The row's label, as written in the table's first column. */
  dimension: string;
  /** Zero-based row index, so rows line up in the table's own order. */
  row: number;
  value: string;
  /** The value's English, when the note gives it. */
  valueEn?: string;
  citations: Citation[];
}

/** A comparison table: entities as columns, dimensions as rows. */
export interface ComparisonTable {
  id: string;
  title: string;
  /** `file:line` of the table. */
  provenance: string;
  /** Node keys, in column order. */
  columns: string[];
  /** Dimension labels, in row order. */
  rows: string[];
  /** English of the title and of each dimension ("" where the note gives none): only when the note gives some. */
  titleEn?: string;
  rowsEn?: string[];
}

/** What metrics and layout give a node: all they read or write of it. */
export interface PlacedAttributes {
  degree: number;
  /** PageRank, in [0, 1]. */
  centrality: number;
  /** Louvain community index. */
  community: number;
  x: number;
  y: number;
  size: number;
}

export interface NodeAttributes extends PlacedAttributes {
  type: string;
  /** Indonesian label (the note's `title`). */
  label: string;
  /** English label (`title_en`); empty when the note has none. */
  labelEn: string;
  aliases: string[];
  summary: string;
  summaryEn: string;
  /** Plain text of the note body (no HTML, no Markdown syntax). */
  body: string;
  /** Path of the note relative to the content folder, with `/`. */
  file: string;
  /** Extra frontmatter fields the node type declares (e.g. `bibkey`, `year`). */
  fields: Record<string, string>;
  tags: string[];
  dimensions: DimensionValue[];
  color: string;
}

export interface EdgeAttributes {
  /** Relation name from the vocabulary, or `mentions`. */
  type: string;
  citations: Citation[];
  /** `file:line` of every place that states this relation. */
  provenance: string[];
  /** True for symmetric relations: read the same both ways. */
  symmetric: boolean;
}

export interface GraphAttributes {
  /** Format marker, so readers can refuse what they do not understand. */
  format: "simpul-graph";
  version: 1;
  vocabulary: Vocabulary;
  references: Record<string, Reference>;
  comparisons: ComparisonTable[];
}

export type KnowledgeGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;
/** Any graph metrics and layout can run on: a KnowledgeGraph, or its structure alone (placeStructure). */
export type PlacedGraph = Graph<PlacedAttributes>;
export type SerializedKnowledgeGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
