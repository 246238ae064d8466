import type { KnowledgeGraph } from "../graph/types";
import type { ExplicitLink } from "./types";

/** Edges joining two compared nodes, contrasts first: what the sources say about the pair itself. */
export function explicitLinks(graph: KnowledgeGraph, keys: string[]): ExplicitLink[] {
  const compared = new Set(keys.filter((key) => graph.hasNode(key)));
  const links: ExplicitLink[] = [];
  for (const key of compared) {
    graph.forEachOutEdge(key, (edge, attributes, source, target) => {
      if (!compared.has(target) || source === target) return;
      links.push({
        edge,
        source,
        target,
        relation: attributes.type,
        citations: attributes.citations,
        provenance: attributes.provenance,
      });
    });
  }
  const rank = (link: ExplicitLink) => (link.relation === "contrasts_with" ? 0 : 1);
  return links.sort((a, b) => rank(a) - rank(b));
}
