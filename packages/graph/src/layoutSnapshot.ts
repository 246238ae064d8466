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
  return signatureOf(graph.nodes().sort(compareStrings), graph.edges().sort(compareStrings));
}

/** structureSignature of the graph with these node and edge keys, each in key order. */
export function signatureOf(nodes: readonly string[], edges: readonly string[]): string {
  return `${nodes.join("\n")}\n\n${edges.join("\n")}`;
}

export function snapshotLayout(graph: KnowledgeGraph, signature: string): LayoutSnapshot {
  const nodes: Record<string, PlacedAttributes> = {};
  graph.forEachNode((key, { degree, centrality, community, x, y, size }) => {
    nodes[key] = { degree, centrality, community, x, y, size };
  });
  return { signature, nodes };
}

/** A snapshot of what metrics and layout gave these nodes, by key. */
export function snapshotOf(
  signature: string,
  nodes: readonly string[],
  placed: (index: number) => PlacedAttributes,
): LayoutSnapshot {
  return { signature, nodes: Object.fromEntries(nodes.map((key, index) => [key, placed(index)])) };
}

/** Applies a snapshot taken of the same structure; false if it does not fit. */
export function restoreLayout(graph: KnowledgeGraph, snapshot: LayoutSnapshot): boolean {
  if (!graph.everyNode((key) => key in snapshot.nodes)) return false;
  graph.updateEachNodeAttributes((key, attributes) => Object.assign(attributes, snapshot.nodes[key]));
  return true;
}
