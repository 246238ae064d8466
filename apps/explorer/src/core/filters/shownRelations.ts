import type { KnowledgeGraph } from "../graph/types";

/**
 * How many edges of each relation join two nodes the filters and focus
 * leave: a relation whose ends are hidden (authored, once authors are) has
 * none drawn, whatever its checkbox says.
 */
export function shownRelations(graph: KnowledgeGraph, visible: ReadonlySet<string>): Map<string, number> {
  const shown = new Map<string, number>();
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (visible.has(source) && visible.has(target)) shown.set(attributes.type, (shown.get(attributes.type) ?? 0) + 1);
  });
  return shown;
}
