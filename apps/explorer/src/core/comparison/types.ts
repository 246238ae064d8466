import type { Citation, ComparisonTable, DimensionValue } from "../graph/types";
import type { Direction } from "../i18n/labels";

/** One dimension of a comparison table, with each compared node's value (null: not in this table). */
export interface ComparisonRow {
  dimension: string;
  cells: (DimensionValue | null)[];
}

/** A comparison table cut down to the compared nodes, rows in the table's order. */
export interface AlignedTable {
  table: ComparisonTable;
  /** How many of the compared nodes are columns of this table. */
  coverage: number;
  rows: ComparisonRow[];
  /** Columns that stand for compared nodes the table lacks (see standIns). */
  standIns: StandIn[];
}

/** A column of a table linked to a compared node that is no column of it: "Social Planning renamed to Social Planning/Policy". */
export interface StandIn {
  /** The compared node the table lacks. */
  absent: string;
  /** The column linked to it, which no compared node is. */
  column: string;
  relation: string;
  /** How the relation reads from `absent`. */
  direction: Direction;
}

/** "Has role: Enabler" — a relation to a neighbour, held by one or more compared nodes. */
export interface RelationFact {
  relation: string;
  direction: Direction;
  neighbour: string;
  /** Which compared nodes state it, and through which edge. */
  holders: { node: string; edge: string; citations: Citation[] }[];
}

/** Relations of the compared nodes: held by all, by some (three nodes), by one only. */
export interface RelationSplit {
  shared: RelationFact[];
  partial: RelationFact[];
  /** `only[i]`: facts only the i-th compared node holds. */
  only: RelationFact[][];
}

/** An edge joining two of the compared nodes, such as `contrasts_with`. */
export interface ExplicitLink {
  edge: string;
  source: string;
  target: string;
  relation: string;
  citations: Citation[];
  provenance: string[];
}

/** What the graph stresses during a comparison. */
export interface ComparisonHighlight {
  compared: Set<string>;
  /** Neighbours of at least two compared nodes. */
  shared: Set<string>;
  /** Nodes and edges on a shortest path between two compared nodes. */
  pathNodes: Set<string>;
  pathEdges: Set<string>;
}
