import { createHash } from "node:crypto";
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import seedrandom from "seedrandom";
import { describe, expect, it } from "vitest";

/**
 * `count` nodes, half of them in stacks of 8 at one point each (placing
 * one there splits a region until its attempts run out: the most regions
 * a node can make), the rest scattered; each linked to two others.
 */
function crowded(count: number): Graph {
  const random = seedrandom("crowded");
  const graph = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
  for (let node = 0; node < count; node++) {
    const stack = Math.floor(node / 8);
    const [x, y] =
      node < count / 2 ? [Math.cos(stack) * stack, Math.sin(stack) * stack] : [random() * 100, random() * 100];
    graph.addNode(String(node), { x, y });
  }
  for (let node = 0; node < count; node++) {
    for (const other of [Math.floor(random() * count), Math.floor(random() * count)]) {
      if (other !== node) graph.addEdge(String(node), String(other));
    }
  }
  return graph;
}

function positionsHash(graph: Graph): string {
  const positions = graph.mapNodes((_, { x, y }) => [x, y]);
  return createHash("sha256").update(JSON.stringify(positions)).digest("hex").slice(0, 16);
}

describe("ForceAtlas2 as patched (patches/graphology-layout-forceatlas2+0.10.1.patch)", () => {
  // The patch keeps the Barnes-Hut regions in memory reused from iteration to iteration; it must move no node.
  // These hashes are those of the positions the published 0.10.1 gives the same graphs.
  it.each([
    [1_200, 10, "fc0402e319502e46"],
    [6_000, 4, "0baf68d58bd3debe"],
  ])("places %i crowded nodes over %i iterations as the published version does", (count, iterations, expected) => {
    const graph = crowded(count);
    forceAtlas2.assign(graph, {
      iterations,
      getEdgeWeight: null,
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true, barnesHutTheta: 1.2 },
    });
    expect(positionsHash(graph)).toBe(expected);
  });
});
