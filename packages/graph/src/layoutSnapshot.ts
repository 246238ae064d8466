import { applyPlacement, PLACED, type Placement } from "./layoutStructure";
import type { KnowledgeGraph } from "./types";

/** What metrics and layout computed for a structure, so that a graph of the same structure can reuse it. */
export interface LayoutSnapshot {
  signature: string;
  /** layoutStructure's numbers for each node, in key order (the signature's). */
  placement: Placement;
}

/**
 * Everything metrics and layout depend on, given a graph's node keys and
 * edge keys (which name both ends and the relation), each in key order. Text
 * edits leave it unchanged.
 */
export function signatureOf(nodes: readonly string[], edges: readonly string[]): string {
  return `${nodes.join("\n")}\n\n${edges.join("\n")}`;
}

/** Whether a snapshot holds numbers for this many nodes (a stored one may not, if its file was damaged). */
export function snapshotFits(snapshot: LayoutSnapshot, order: number): boolean {
  return snapshot.placement.length === order * PLACED.length;
}

/**
 * Applies a snapshot taken of the same structure (the graph's nodes in key
 * order, as buildGraph adds them); false if it does not fit.
 */
export function restoreLayout(graph: KnowledgeGraph, snapshot: LayoutSnapshot): boolean {
  if (!snapshotFits(snapshot, graph.order)) return false;
  applyPlacement(graph, snapshot.placement);
  return true;
}
