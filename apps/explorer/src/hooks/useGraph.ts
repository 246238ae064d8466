import type { KnowledgeGraph } from "../core/graph/types";
import { useExplorer } from "../core/store/explorerStore";

/**
 * The loaded graph. Only for components rendered once the graph is ready;
 * they re-render when note details arrive, since the graph is the same object.
 */
export function useGraph(): KnowledgeGraph {
  const graph = useExplorer((state) => state.graph);
  useExplorer((state) => state.detailsRevision);
  if (graph.status !== "ready") throw new Error("simpul explorer: useGraph() called before the graph loaded");
  return graph.graph;
}
