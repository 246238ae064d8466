import type { KnowledgeGraph } from "../graph/types";
import type { ViewState } from "../view/types";
import { viewContext } from "./viewContext";

const NOTHING_POINTED = { node: null, edge: null };

/**
 * The relations the view itself draws its highlighted edges in (a node's,
 * a comparison's paths, a citation view's claims), whatever is pointed at:
 * the legend lists them first.
 */
export function viewRelations(graph: KnowledgeGraph, view: ViewState): Set<string> {
  const context = viewContext(graph, view, NOTHING_POINTED, null);
  const relations = new Set<string>();
  for (const edge of context.strongEdges) {
    const relation = graph.getEdgeAttribute(edge, "type");
    const drawn = graph.extremities(edge).every((end) => context.visible.has(end));
    if (drawn && !context.hiddenRelations.has(relation)) relations.add(relation);
  }
  return relations;
}
