import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import seedrandom from "seedrandom";
import { round } from "./computeMetrics";
import type { PlacedGraph } from "./types";

export const LAYOUT_DEFAULTS = {
  seed: "simpul",
  /**
   * Time the layout may take, whatever the graph's size (ms, on one core of
   * this class). Small graphs settle in it. On large ones, ForceAtlas2 has
   * only begun to spread the community discs it starts from, and more
   * iterations only blur them into one ball: on 10,000 nodes in 40 planted
   * communities, a community's nodes lie from its centre 0.34 of the way to
   * the next community's after 6 iterations (what this gives), 0.39 after 12
   * and 0.53 after 30; at 5,000 nodes 12 iterations keep them as apart.
   */
  budgetMs: 300,
  minIterations: 5,
  maxIterations: 300,
  /**
   * Barnes-Hut approximation above this many nodes. The costs below cross at
   * about 300 nodes (one iteration at 1,000: 20 ms exact against 4 ms); up to
   * 500, the exact pass keeps small graphs' pictures as they were.
   */
  barnesHutAbove: 500,
  /**
   * How coarse that approximation is: Gephi's default. graphology's 0.5 makes
   * an iteration about three times dearer (10,000 nodes: 150 ms against 45 ms).
   */
  barnesHutTheta: 1.2,
  /** Overlap removal only below this many nodes, where it is cheap. */
  noverlapBelow: 2000,
};

/** Measured cost of one ForceAtlas2 iteration: exact ∝ n², Barnes-Hut (θ = 1.2) about ∝ n. */
function iterationCostMs(nodes: number, barnesHut: boolean): number {
  return barnesHut ? 0.005 * nodes : 1.6e-5 * nodes * nodes;
}

/**
 * Places every node at build time so the browser does no layout on load.
 * Communities start as separate discs (computeMetrics must have run), so a
 * few ForceAtlas2 iterations go a long way; the iteration count is a fixed
 * function of the graph's size, never of the clock, so the same graph always
 * gets the same positions.
 */
export function layoutGraph(graph: PlacedGraph, options: Partial<typeof LAYOUT_DEFAULTS> = {}): void {
  const settings = { ...LAYOUT_DEFAULTS, ...options };
  if (graph.order === 0) return;
  placeByCommunity(graph, seedrandom(settings.seed));
  const barnesHut = graph.order > settings.barnesHutAbove;
  const iterations = Math.round(
    Math.min(
      settings.maxIterations,
      Math.max(settings.minIterations, settings.budgetMs / iterationCostMs(graph.order, barnesHut)),
    ),
  );
  forceAtlas2.assign(graph, {
    iterations,
    // Edges count once each, whatever their relation.
    getEdgeWeight: null,
    settings: {
      ...forceAtlas2.inferSettings(graph),
      barnesHutOptimize: barnesHut,
      barnesHutTheta: settings.barnesHutTheta,
    },
  });
  if (graph.order < settings.noverlapBelow) {
    noverlap.assign(graph, { maxIterations: 50, settings: { margin: 1, ratio: 1.1 } });
  }
  circleIsolated(graph);
  // In place, like forceAtlas2.assign: a copy of every node's attributes is most of the cost on large graphs.
  graph.updateEachNodeAttributes((_, attributes) => {
    attributes.x = round(attributes.x, 2);
    attributes.y = round(attributes.y, 2);
    return attributes;
  });
}

/** The golden angle: consecutive discs of a sunflower spiral never line up. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Each community a disc, its members scattered inside it, the discs packed on
 * a sunflower spiral, largest first (nearest the centre): the graph starts as
 * a filled disc, close to where ForceAtlas2 settles. (On a ring, the few
 * iterations a large graph gets left a crescent around an empty middle.)
 */
function placeByCommunity(graph: PlacedGraph, rng: () => number): void {
  const sizes = new Map<number, number>();
  graph.forEachNode((_, { community }) => sizes.set(community, (sizes.get(community) ?? 0) + 1));
  const communities = [...sizes].sort(([a, sizeA], [b, sizeB]) => sizeB - sizeA || a - b);
  const discRadius = (members: number) => 5 * Math.sqrt(members);
  const centres = new Map<number, [number, number]>();
  let area = 0;
  for (const [index, [community, members]] of communities.entries()) {
    const ownArea = Math.PI * discRadius(members) ** 2;
    // Spaced as if each disc took 1.5 times its radius, so neighbouring discs barely touch.
    const radius = 1.5 * Math.sqrt((area + ownArea / 2) / Math.PI);
    area += ownArea;
    const angle = index * GOLDEN_ANGLE;
    centres.set(community, [radius * Math.cos(angle), radius * Math.sin(angle)]);
  }
  graph.updateEachNodeAttributes((_, attributes) => {
    const [cx, cy] = centres.get(attributes.community) ?? [0, 0];
    const radius = discRadius(sizes.get(attributes.community) ?? 1) * Math.sqrt(rng());
    const angle = 2 * Math.PI * rng();
    attributes.x = cx + radius * Math.cos(angle);
    attributes.y = cy + radius * Math.sin(angle);
    return attributes;
  });
}

/**
 * Nodes with no relation, evenly on a circle just around the others, in key
 * order. Nothing pulls them in but gravity, so the few iterations a large
 * graph gets leave them where they started, scattered beyond the others,
 * stretching the picture the camera fits; their place says nothing anyway.
 */
function circleIsolated(graph: PlacedGraph): void {
  const isolated: string[] = [];
  const placed: [number, number][] = [];
  graph.forEachNode((node, { x, y }) => {
    if (graph.degree(node) === 0) isolated.push(node);
    else placed.push([x, y]);
  });
  if (isolated.length === 0 || placed.length === 0) return;
  const cx = placed.reduce((sum, [x]) => sum + x, 0) / placed.length;
  const cy = placed.reduce((sum, [, y]) => sum + y, 0) / placed.length;
  const reach = placed.reduce((far, [x, y]) => Math.max(far, Math.hypot(x - cx, y - cy)), 0);
  const radius = reach * 1.05 + 1;
  isolated.forEach((node, index) => {
    const angle = (2 * Math.PI * index) / isolated.length;
    graph.mergeNodeAttributes(node, { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) });
  });
}
