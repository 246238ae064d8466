import type { KnowledgeGraph } from "../core/graph/types";
import { useExplorer } from "../core/store/explorerStore";

/** The loaded graph. Only for components rendered once the graph is ready. */
export function useGraph(): KnowledgeGraph {
  const graph = useExplorer((state) => state.graph);
  if (graph.status !== "ready") throw new Error("simpul explorer: useGraph() called before the graph loaded");
  return graph.graph;
}
