import { UndirectedGraph } from "graphology";
import { bidirectional } from "graphology-shortest-path/unweighted";
import type { KnowledgeGraph } from "../graph/types";
import type { ComparisonHighlight } from "./types";

const skeletons = new WeakMap<KnowledgeGraph, UndirectedGraph>();

/** The graph without directions or attributes: paths between ideas ignore which way a relation was stated. */
function skeleton(graph: KnowledgeGraph): UndirectedGraph {
  let undirected = skeletons.get(graph);
  if (!undirected) {
    undirected = new UndirectedGraph();
    graph.forEachNode((key) => undirected?.addNode(key));
    graph.forEachEdge((_edge, _attributes, source, target) => {
      if (source !== target) undirected?.mergeEdge(source, target);
    });
    skeletons.set(graph, undirected);
  }
  return undirected;
}

/** The compared nodes, their shared neighbours and a shortest path between each pair. */
export function comparisonHighlight(graph: KnowledgeGraph, keys: string[]): ComparisonHighlight {
  const present = keys.filter((key) => graph.hasNode(key));
  const compared = new Set(present);
  const seen = new Map<string, number>();
  for (const key of present) {
    for (const neighbour of graph.neighbors(key)) seen.set(neighbour, (seen.get(neighbour) ?? 0) + 1);
  }
  const shared = new Set([...seen].filter(([key, count]) => count >= 2 && !compared.has(key)).map(([key]) => key));
  const pathNodes = new Set<string>();
  const pathEdges = new Set<string>();
  for (const [i, a] of present.entries()) {
    for (const b of present.slice(i + 1)) {
      const path = bidirectional(skeleton(graph), a, b) ?? [];
      path.forEach((node, step) => {
        pathNodes.add(node);
        const next = path[step + 1];
        if (next) for (const edge of graph.edges(node, next).concat(graph.edges(next, node))) pathEdges.add(edge);
      });
    }
  }
  return { compared, shared, pathNodes, pathEdges };
}
