import { useEffect } from "react";
import { searchIndex } from "../core/search/searchIndex";
import { preloadDetails } from "../hooks/useDetails";
import { useGraph } from "../hooks/useGraph";
import { INTERACTIVE_MARK } from "./firstFrame";

/**
 * Once the graph is on screen, starts fetching note details (small vaults)
 * and builds the search index while the page is idle, so the first query
 * does not wait for it; marks when search is ready, for the bench.
 */
export function ReadinessController() {
  const graph = useGraph();
  useEffect(() => {
    preloadDetails(graph);
    const idle = requestIdleCallback(() => {
      searchIndex(graph);
      performance.mark(INTERACTIVE_MARK);
    });
    return () => cancelIdleCallback(idle);
  }, [graph]);
  return null;
}
