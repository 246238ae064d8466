/** The graph types the explorer reads, re-exported so features import them from one place. */
export type {
  ComparisonTable,
  DimensionValue,
  EdgeAttributes,
  GraphAttributes,
  KnowledgeGraph,
  NodeAttributes,
  SerializedKnowledgeGraph,
} from "@simpul/graph/types";
export type { Citation, Reference, RelationDef, Vocabulary } from "@simpul/schema";

import type { KnowledgeGraph } from "@simpul/graph/types";

/** Why a graph could not be shown; each kind gets its own explanation on the error page. */
export type GraphErrorKind = "fetch" | "json" | "format" | "version" | "shape";

/** The graph slice of the store: what the app shows instead of the explorer while it is not ready. */
export type GraphState =
  | { status: "loading" }
  | { status: "ready"; graph: KnowledgeGraph }
  | { status: "error"; kind: GraphErrorKind; detail: string };

/**
 * The relation plain wiki links become. Same value as `MENTIONS` in
 * @simpul/schema, repeated so the browser bundle imports no schema code.
 */
export const MENTIONS = "mentions";

/** The relation that builds the topic hierarchy (outline, relation order). */
export const HIERARCHY = "broader";
