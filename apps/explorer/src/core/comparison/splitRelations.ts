import { type KnowledgeGraph, MENTIONS } from "../graph/types";
import { relationRank } from "../relations/nodeRelations";
import type { RelationFact, RelationSplit } from "./types";

/**
 * Splits the typed relations of the compared nodes into those all of them
 * hold, those some hold, and those only one holds. Edges between compared
 * nodes are left out: they are the explicit links, shown on their own.
 */
export function splitRelations(graph: KnowledgeGraph, keys: string[]): RelationSplit {
  const facts = new Map<string, RelationFact>();
  const compared = new Set(keys);
  for (const node of keys) {
    if (!graph.hasNode(node)) continue;
    graph.forEachEdge(node, (edge, attributes, source, target) => {
      const neighbour = source === node ? target : source;
      if (attributes.type === MENTIONS || compared.has(neighbour)) return;
      const direction = source === node || attributes.symmetric ? "out" : "in";
      const id = `${attributes.type}|${direction}|${neighbour}`;
      const fact = facts.get(id) ?? { relation: attributes.type, direction, neighbour, holders: [] };
      if (!fact.holders.some((holder) => holder.node === node)) {
        fact.holders.push({ node, edge, citations: attributes.citations });
      }
      facts.set(id, fact);
    });
  }
  const vocabulary = graph.getAttribute("vocabulary");
  const sorted = [...facts.values()].sort(
    (a, b) => relationRank(vocabulary, a.relation, a.direction) - relationRank(vocabulary, b.relation, b.direction),
  );
  return {
    shared: sorted.filter((fact) => fact.holders.length === keys.length),
    partial: sorted.filter((fact) => fact.holders.length > 1 && fact.holders.length < keys.length),
    only: keys.map((key) => sorted.filter((fact) => fact.holders.length === 1 && fact.holders[0]?.node === key)),
  };
}
