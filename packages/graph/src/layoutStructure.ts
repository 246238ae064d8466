import Graph from "graphology";
import { computeMetrics } from "./computeMetrics";
import { LAYOUT_DEFAULTS, layoutGraph } from "./layoutGraph";
import type { KnowledgeGraph, PlacedAttributes, PlacedGraph } from "./types";

/**
 * A graph's structure as plain data, so that its metrics and layout can be
 * computed in another thread: its nodes by their index in graph order, and
 * the two ends of each edge, in graph order.
 */
export interface GraphStructure {
  order: number;
  /** Source and target index of each edge, one pair after another. */
  ends: Uint32Array;
}

/** What layoutStructure gives: PLACED.length numbers per node, in graph order. */
export type Placement = Float64Array;

export const PLACED = [
  "degree",
  "centrality",
  "community",
  "size",
  "x",
  "y",
] as const satisfies (keyof PlacedAttributes)[];

/**
 * computeMetrics then layoutGraph, over the structure alone. Both read no
 * attribute but their own and follow the graph's order, which the rebuilt
 * graph keeps, so the numbers are those the graph itself would get.
 */
export function layoutStructure(structure: GraphStructure): Placement {
  const graph = structureGraph(structure);
  computeMetrics(graph);
  layoutGraph(graph);
  const placement: Placement = new Float64Array(structure.order * PLACED.length);
  let at = 0;
  graph.forEachNode((_, attributes) => {
    for (const name of PLACED) placement[at++] = attributes[name];
  });
  return placement;
}

/**
 * Lays out a small graph of its own, and throws the result away: V8
 * optimizes code once it has run hot, so a worker that does this while it
 * waits for a large structure lays that out sooner (10,000 nodes in a fresh
 * worker: about 1.15 s instead of 1.4 s). Past barnesHutAbove, and with no
 * overlap removal, as large graphs get. In steps (each `next()` runs one),
 * so that a worker can stop warming up once its structure comes.
 */
export function* warmLayout(): Generator<void, void> {
  const order = LAYOUT_DEFAULTS.barnesHutAbove + 100;
  const ends = new Uint32Array(order * 6);
  for (let node = 0; node < order; node++) {
    // A ring with short chords: communities for Louvain, and work for ForceAtlas2.
    ends.set([node, (node + 1) % order, node, (node + 7) % order, node, (node + 13) % order], node * 6);
  }
  const graph = structureGraph({ order, ends });
  yield;
  computeMetrics(graph);
  // An iteration a step: about 10 ms each, before V8 has optimized them.
  for (let step = 0; step < WARM_ITERATIONS; step++) {
    yield;
    layoutGraph(graph, { minIterations: 1, maxIterations: 1, noverlapBelow: 0 });
  }
}

const WARM_ITERATIONS = 12;

/** The numbers layoutStructure computed for the node at this index. */
export function placedAt(placement: Placement, index: number): PlacedAttributes {
  const at = index * PLACED.length;
  const number = (offset: number) => placement[at + offset] as number;
  // In PLACED's order.
  return {
    degree: number(0),
    centrality: number(1),
    community: number(2),
    size: number(3),
    x: number(4),
    y: number(5),
  };
}

/**
 * Nodes keyed by their index. graphology keeps each node's neighbours in an
 * object keyed by theirs, and V8 stores integer keys as elements rather than
 * as properties each with its own hidden class: at 10,000 nodes, building the
 * graph, PageRank and Louvain take about 150 ms less than with keys `n0`, `n1`…
 */
function structureGraph({ order, ends }: GraphStructure): PlacedGraph {
  const graph: PlacedGraph = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
  for (let node = 0; node < order; node++) {
    graph.addNode(String(node), { degree: 0, centrality: 0, community: 0, size: 1, x: 0, y: 0 });
  }
  // Keyed by position: a key graphology makes up for each edge costs a third of building the graph.
  for (let at = 0; at < ends.length; at += 2) graph.addEdgeWithKey(at, String(ends[at]), String(ends[at + 1]));
  return graph;
}

/** Gives each node of the graph the numbers layoutStructure computed for its structure. */
export function applyPlacement(graph: KnowledgeGraph, placement: Placement): void {
  if (placement.length !== graph.order * PLACED.length) {
    throw new Error(`simpul: a placement of ${placement.length / PLACED.length} nodes for a graph of ${graph.order}`);
  }
  let at = 0;
  graph.updateEachNodeAttributes((_, attributes) => {
    for (const name of PLACED) attributes[name] = placement[at++] as number;
    return attributes;
  });
}
