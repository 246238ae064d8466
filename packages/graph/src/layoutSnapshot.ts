import { compareStrings } from "@simpul/schema";
import type { KnowledgeGraph, PlacedAttributes } from "./types";

/** What metrics and layout computed, by node key, so an unchanged structure can reuse it. */
export interface LayoutSnapshot {
  signature: string;
  nodes: Record<string, PlacedAttributes>;
}

/**
 * Everything metrics and layout depend on: node keys and edge keys (which
 * name both ends and the relation). Text edits leave it unchanged.
 */
export function structureSignature(graph: KnowledgeGraph): string {
  return `${graph.nodes().sort(compareStrings).join("\n")}\n\n${graph.edges().sort(compareStrings).join("\n")}`;
}

export function snapshotLayout(graph: KnowledgeGraph, signature: string): LayoutSnapshot {
  const nodes: Record<string, PlacedAttributes> = {};
  graph.forEachNode((key, { degree, centrality, community, x, y, size }) => {
    nodes[key] = { degree, centrality, community, x, y, size };
  });
  return { signature, nodes };
}

/** Applies a snapshot taken of the same structure; false if it does not fit. */
export function restoreLayout(graph: KnowledgeGraph, snapshot: LayoutSnapshot): boolean {
  if (!graph.everyNode((key) => key in snapshot.nodes)) return false;
  graph.updateEachNodeAttributes((key, attributes) => Object.assign(attributes, snapshot.nodes[key]));
  return true;
}
