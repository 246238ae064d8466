import type { GraphOptions } from "graphology-types";
import type { Citation, ComparisonTable, DimensionValue, Reference, Vocabulary } from "./types";

/**
 * What the explorer fetches. The build's `graph.json` is split in two so a
 * vault of tens of thousands of notes still opens: one light view with what
 * the canvas, filters, outline, name search and citation index need, and
 * note details (summaries, text, table values) in shards fetched when shown.
 */
export const VIEW_FORMAT = "simpul-view";
export const VIEW_VERSION = 1;

/** Paths relative to index.html. */
export const VIEW_FILE = "graph/view.json";
export const shardFile = (shard: number): string => `graph/details-${shard}.json`;

/** A node of the view, as a tuple: a 50,000-node view stays a few megabytes. */
export type ViewNode = [
  key: string,
  type: string,
  label: string,
  labelEn: string,
  aliases: string[],
  fields: Record<string, string>,
  x: number,
  y: number,
  size: number,
  color: string,
  degree: number,
  centrality: number,
  community: number,
];

/** A citation of the view: `[key]` or `[key, page]`. */
export type ViewCitation = [key: string, page?: string];

/**
 * An edge of the view; ends are node indexes, the relation an index into
 * `relations`. The key is there only when it is not `edgeKey(...)` of its ends.
 */
export type ViewEdge = [
  source: number,
  target: number,
  relation: number,
  symmetric: 0 | 1,
  citations: ViewCitation[],
  provenance: string[],
  key?: string,
];

/** The key the build gives an edge; the view leaves out keys that follow it. */
export const edgeKey = (source: string, target: string, relation: string): string => `${source}->${target}#${relation}`;

export interface GraphViewPayload {
  format: typeof VIEW_FORMAT;
  version: typeof VIEW_VERSION;
  attributes: { vocabulary: Vocabulary; references: Record<string, Reference>; comparisons: ComparisonTable[] };
  options: GraphOptions;
  relations: string[];
  nodes: ViewNode[];
  edges: ViewEdge[];
  /**
   * Node `i` has its details in shard `Math.floor(i / perShard)`. For each
   * reference key, `citing`: the shards whose table values cite it, so the
   * claims citing one work need only those (absent: every shard); `cells`:
   * how many table values cite it, so claim counts are right before any
   * shard arrives.
   */
  details: {
    shards: number;
    perShard: number;
    bytes: number;
    citing?: Record<string, number[]>;
    cells?: Record<string, number>;
  };
}

/** The part of a node the view leaves out. */
export interface NodeDetails {
  summary: string;
  summaryEn: string;
  body: string;
  file: string;
  tags: string[];
  dimensions: DimensionValue[];
}

export interface DetailsShard {
  format: "simpul-details";
  version: typeof VIEW_VERSION;
  shard: number;
  /** Keys of the shard's nodes, in order, each with its details. */
  keys: string[];
  nodes: NodeDetails[];
}

export const citationOf = ([key, page]: ViewCitation): Citation => (page === undefined ? { key } : { key, page });
export const viewCitation = ({ key, page }: Citation): ViewCitation => (page === undefined ? [key] : [key, page]);
