import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import seedrandom from "seedrandom";
import { round } from "./computeMetrics";
import type { KnowledgeGraph } from "./types";

export const LAYOUT_DEFAULTS = {
  seed: "simpul",
  /** Total node-iterations to spend: iterations shrink as the graph grows. */
  budget: 2_000_000,
  minIterations: 50,
  maxIterations: 600,
  /** Barnes-Hut approximation above this many nodes. */
  barnesHutAbove: 1000,
  /** Overlap removal only below this many nodes, where it is cheap. */
  noverlapBelow: 2000,
};

/**
 * Places every node at build time, deterministically (seeded start, fixed
 * iteration count), so the browser does no layout work on load.
 */
export function layoutGraph(graph: KnowledgeGraph, options: Partial<typeof LAYOUT_DEFAULTS> = {}): void {
  const settings = { ...LAYOUT_DEFAULTS, ...options };
  if (graph.order === 0) return;
  const rng = seedrandom(settings.seed);
  graph.updateEachNodeAttributes((_, attributes) => ({ ...attributes, x: rng() * 100, y: rng() * 100 }));
  const iterations = Math.round(
    Math.min(settings.maxIterations, Math.max(settings.minIterations, settings.budget / (graph.order + graph.size))),
  );
  forceAtlas2.assign(graph, {
    iterations,
    getEdgeWeight: null,
    settings: {
      ...forceAtlas2.inferSettings(graph),
      barnesHutOptimize: graph.order > settings.barnesHutAbove,
    },
  });
  if (graph.order < settings.noverlapBelow) {
    noverlap.assign(graph, { maxIterations: 150, settings: { margin: 1, ratio: 1.1 } });
  }
  graph.updateEachNodeAttributes((_, attributes) => ({
    ...attributes,
    x: round(attributes.x, 2),
    y: round(attributes.y, 2),
  }));
}
