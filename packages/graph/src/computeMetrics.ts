import louvain from "graphology-communities-louvain";
import pagerank from "graphology-metrics/centrality/pagerank";
import seedrandom from "seedrandom";
import type { PlacedGraph } from "./types";

export const METRICS_DEFAULTS = {
  /** Seed of the random walk Louvain takes, so communities are reproducible. */
  seed: "simpul",
  minSize: 3,
  maxSize: 15,
};

/**
 * Adds degree, PageRank centrality, a Louvain community and a display size
 * (by centrality) to every node.
 */
export function computeMetrics(graph: PlacedGraph, options: Partial<typeof METRICS_DEFAULTS> = {}): void {
  const { seed, minSize, maxSize } = { ...METRICS_DEFAULTS, ...options };
  if (graph.order === 0) return;
  const ranks = graph.size > 0 ? pagerank(graph, { getEdgeWeight: null }) : {};
  const communities =
    graph.size > 0 ? louvain(graph, { rng: seedrandom(seed), getEdgeWeight: null }) : ({} as Record<string, number>);
  const top = Math.max(...graph.mapNodes((node) => ranks[node] ?? 0), Number.MIN_VALUE);
  // In place: a copy of every node's attributes is most of the cost on large graphs.
  graph.updateEachNodeAttributes((node, attributes) => {
    const rank = ranks[node] ?? 0;
    attributes.degree = graph.degree(node);
    attributes.centrality = round(rank, 6);
    attributes.community = communities[node] ?? 0;
    attributes.size = round(minSize + (maxSize - minSize) * Math.sqrt(rank / top), 2);
    return attributes;
  });
}

/** Rounds so that floating-point noise never reaches the output. */
export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor || 0;
}
