import { compareStrings } from "@simpul/schema";
import { signatureOf } from "../src/layoutSnapshot";
import type { GraphStructure } from "../src/layoutStructure";
import type { KnowledgeGraph } from "../src/types";

/** A graph's structure read from the graph itself, in its order: what the memo's must equal. */
export function structureOf(graph: KnowledgeGraph): GraphStructure {
  const indices = new Map<string, number>();
  graph.forEachNode((key) => indices.set(key, indices.size));
  const ends = new Uint32Array(graph.size * 2);
  let at = 0;
  graph.forEachEdge((_, __, source, target) => {
    ends[at++] = indices.get(source) as number;
    ends[at++] = indices.get(target) as number;
  });
  return { order: graph.order, ends };
}

/** A graph's signature read from the graph itself, its keys sorted here. */
export function structureSignature(graph: KnowledgeGraph): string {
  return signatureOf(graph.nodes().sort(compareStrings), graph.edges().sort(compareStrings));
}
