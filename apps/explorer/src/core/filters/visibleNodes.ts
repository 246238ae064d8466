import type { KnowledgeGraph } from "../graph/types";
import type { FocusDepth, ViewState } from "../view/types";

type Filters = Pick<ViewState, "hiddenTypes" | "hiddenRelations" | "hiddenNodes">;

/** Whether an edge's relation is shown at all. */
const relationVisible = (filters: Filters, relation: string): boolean => !filters.hiddenRelations.includes(relation);

/**
 * The nodes left after the type and hub filters and, when `centers` are
 * given and `depth` > 0, only those within `depth` steps of a center
 * (walking shown relations in either direction). Centers stay visible, even
 * of a hidden type, so neither filters nor focus hide what the reader is
 * looking at.
 */
export function visibleNodes(
  graph: KnowledgeGraph,
  filters: Filters,
  centers: string[] = [],
  depth: FocusDepth = 0,
): Set<string> {
  const hiddenTypes = new Set(filters.hiddenTypes);
  const hiddenNodes = new Set(filters.hiddenNodes);
  const kept = new Set(graph.filterNodes((key, node) => !hiddenTypes.has(node.type) && !hiddenNodes.has(key)));
  const starts = centers.filter((key) => graph.hasNode(key));
  for (const key of starts) kept.add(key);
  if (depth === 0 || starts.length === 0) return kept;
  const reached = new Set(starts);
  let frontier = starts;
  for (let step = 0; step < depth; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (_edge, attributes, source, target) => {
        const other = source === node ? target : source;
        if (kept.has(other) && !reached.has(other) && relationVisible(filters, attributes.type)) {
          reached.add(other);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  return reached;
}

/** The best connected nodes: the hubs a reader may want to hide to see the rest. */
export function hubCandidates(graph: KnowledgeGraph, count = 8): string[] {
  return graph
    .nodes()
    .sort((a, b) => graph.degree(b) - graph.degree(a) || a.localeCompare(b))
    .slice(0, count);
}
