import Graph from "graphology";
import seedrandom from "seedrandom";
import { describe, expect, it } from "vitest";
import { computeMetrics, type KnowledgeGraph, layoutGraph, layoutStructure, type NodeAttributes } from "../src/index";
import { restoreLayout } from "../src/layoutSnapshot";
import { applyPlacement } from "../src/layoutStructure";
import { structureOf, structureSignature } from "./graphStructure";

/** A ring of `connected` related nodes and `isolated` nodes with no relation, measured (computeMetrics). */
function ringWithIsolated(connected: number, isolated: number): KnowledgeGraph {
  const graph = unmeasuredRing(connected, isolated);
  computeMetrics(graph);
  return graph;
}

function unmeasuredRing(connected: number, isolated: number): KnowledgeGraph {
  const graph: KnowledgeGraph = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
  const attributes = { x: 0, y: 0, size: 1, community: 0 } as NodeAttributes;
  for (let index = 0; index < connected + isolated; index++) graph.addNode(`n${index}`, { ...attributes });
  for (let index = 0; index < connected; index++) {
    const edge = { type: "related", citations: [], provenance: [], symmetric: false };
    graph.addEdge(`n${index}`, `n${(index + 1) % connected}`, edge);
    graph.addEdge(`n${index}`, `n${(index + 7) % connected}`, edge);
  }
  return graph;
}

/**
 * `count` nodes in `groups` groups: each node linked to three others of its
 * group near it in order, and about one in three to any node.
 */
function plantedCommunities(count: number, groups: number): KnowledgeGraph {
  const random = seedrandom("planted");
  const graph: KnowledgeGraph = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
  const key = (index: number) => `n${String(index).padStart(6, "0")}`;
  const attributes = { x: 0, y: 0, size: 1, community: 0 } as NodeAttributes;
  for (let index = 0; index < count; index++) graph.addNode(key(index), { ...attributes });
  const size = count / groups;
  const link = (from: number, to: number) => {
    const edge = { type: "related", citations: [], provenance: [], symmetric: false };
    if (from !== to) graph.addEdge(key(from), key(to), edge);
  };
  for (let index = 0; index < count; index++) {
    const start = index - (index % size);
    for (let near = 0; near < 3; near++) link(index, start + ((index + 1 + Math.floor(random() * 10)) % size));
    if (random() < 0.3) link(index, Math.floor(random() * count));
  }
  return graph;
}

/**
 * How far a community's nodes lie from its centre, as a share of the way to
 * the nearest other community's centre, on average over communities of more
 * than 20 nodes: small when communities stand apart.
 */
function spreadOfCommunities(graph: KnowledgeGraph): number {
  const members = new Map<number, [number, number][]>();
  graph.forEachNode((_, { community, x, y }) => members.set(community, [...(members.get(community) ?? []), [x, y]]));
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const centres = [...members.values()]
    .filter((points) => points.length > 20)
    .map((points) => ({ points, x: mean(points.map(([x]) => x)), y: mean(points.map(([, y]) => y)) }));
  return mean(
    centres.map(({ points, x, y }) => {
      const spread = mean(points.map(([px, py]) => Math.hypot(px - x, py - y)));
      const nearest = Math.min(
        ...centres.filter((other) => other.points !== points).map((other) => Math.hypot(other.x - x, other.y - y)),
      );
      return spread / nearest;
    }),
  );
}

describe("layoutGraph", () => {
  it("puts nodes with no relation evenly on a circle just around the others", () => {
    // Above the Barnes-Hut threshold, where few iterations run.
    const graph = ringWithIsolated(2400, 6);
    layoutGraph(graph);
    const connected = graph.filterNodes((node) => graph.degree(node) > 0);
    const isolated = graph.filterNodes((node) => graph.degree(node) === 0);
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const cx = mean(connected.map((node) => graph.getNodeAttribute(node, "x")));
    const cy = mean(connected.map((node) => graph.getNodeAttribute(node, "y")));
    const distance = (node: string) =>
      Math.hypot(graph.getNodeAttribute(node, "x") - cx, graph.getNodeAttribute(node, "y") - cy);
    const reach = Math.max(...connected.map(distance));
    for (const node of isolated) {
      expect(distance(node)).toBeGreaterThan(reach);
      expect(distance(node)).toBeLessThan(reach * 1.1 + 2);
    }
    const angles = isolated.map((node) =>
      Math.atan2(graph.getNodeAttribute(node, "y") - cy, graph.getNodeAttribute(node, "x") - cx),
    );
    const gaps = angles.map((angle, index) => {
      const next = angles[(index + 1) % angles.length] as number;
      return (next - angle + 2 * Math.PI) % (2 * Math.PI);
    });
    for (const gap of gaps) expect(gap).toBeCloseTo((2 * Math.PI) / isolated.length, 1);
  });

  it("keeps the communities of a large graph apart", () => {
    const graph = plantedCommunities(10_000, 40);
    computeMetrics(graph);
    layoutGraph(graph);
    // 12 iterations gave 0.39; 30 gave 0.53, one ball.
    expect(spreadOfCommunities(graph)).toBeLessThan(0.36);
  });

  it("gives the same positions to the same graph", () => {
    const first = ringWithIsolated(300, 3);
    const second = ringWithIsolated(300, 3);
    layoutGraph(first);
    layoutGraph(second);
    expect(first.mapNodes((_, { x, y }) => [x, y])).toEqual(second.mapNodes((_, { x, y }) => [x, y]));
  });
});

describe("restoreLayout", () => {
  it("applies a snapshot of as many nodes, and refuses one of another size (a damaged cache file)", () => {
    const graph = unmeasuredRing(40, 2);
    const placement = layoutStructure(structureOf(graph));
    const signature = structureSignature(graph);
    expect(restoreLayout(graph, { signature, placement: placement.subarray(0, placement.length - 6) })).toBe(false);
    expect(graph.getNodeAttribute("n0", "x")).toBe(0);
    expect(restoreLayout(graph, { signature, placement })).toBe(true);
    expect(graph.mapNodes((_, { x, y }) => [x, y]).some(([x, y]) => x !== 0 || y !== 0)).toBe(true);
  });
});

describe("layoutStructure", () => {
  it("gives the numbers computeMetrics and layoutGraph give the graph itself", () => {
    // Keys unlike the structure's own, in an order unlike theirs: neither may change the result.
    for (const [connected, isolated] of [
      [40, 2],
      [900, 4],
    ] as const) {
      const graph = unmeasuredRing(connected, isolated);
      const renamed: KnowledgeGraph = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
      graph.forEachNode((key, attributes) =>
        renamed.addNode(`concept/${connected + isolated - Number(key.slice(1))}`, { ...attributes }),
      );
      const keyOf = (key: string) => `concept/${connected + isolated - Number(key.slice(1))}`;
      graph.forEachEdge((_, attributes, source, target) => renamed.addEdge(keyOf(source), keyOf(target), attributes));
      const placedHere = renamed.copy();
      computeMetrics(placedHere);
      layoutGraph(placedHere);
      applyPlacement(renamed, layoutStructure(structureOf(renamed)));
      const placed = (each: KnowledgeGraph) =>
        each.mapNodes((_, { degree, centrality, community, size, x, y }) => [
          degree,
          centrality,
          community,
          size,
          x,
          y,
        ]);
      expect(placed(renamed)).toEqual(placed(placedHere));
      expect(new Set(placed(renamed).map(([, , community]) => community)).size).toBeGreaterThan(1);
    }
  });
});
