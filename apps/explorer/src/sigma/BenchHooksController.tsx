import { useEffect } from "react";
import { searchOptions } from "../core/search/resultOptions";
import { useGraph } from "../hooks/useGraph";

declare global {
  interface Window {
    /** Bench builds only: what the search box lists for a query, for `npm run bench` to time. */
    __simpulSearch?: (query: string) => ReturnType<typeof searchOptions>;
  }
}

/** Exposes the search to `npm run bench`; rendered only in builds made with SIMPUL_BENCH=1. */
export function BenchHooksController() {
  const graph = useGraph();
  useEffect(() => {
    window.__simpulSearch = (query) => searchOptions(graph, query);
  }, [graph]);
  return null;
}
