import { useEffect } from "react";
import { detailsState, detailsStatus } from "../core/graph/details";
import { loadDetails } from "../core/graph/loadGraph";
import type { KnowledgeGraph } from "../core/graph/types";
import { explorerStore } from "../core/store/explorerStore";
import { useGraph } from "./useGraph";

/** Tells the store a shard arrived, so everything that shows details renders again. */
export const detailsMerged = (): void =>
  explorerStore.set((state) => ({ ...state, detailsRevision: state.detailsRevision + 1 }));

/** Details of every note, fetched in the background when the whole set is this small. */
export const BACKGROUND_DETAILS_BYTES = 16 * 1024 * 1024;

/** Starts fetching every detail shard at once when the vault is small enough to hold them all. */
export function preloadDetails(graph: KnowledgeGraph): void {
  if ((detailsState(graph)?.bytes ?? 0) <= BACKGROUND_DETAILS_BYTES) void loadDetails(graph, null, detailsMerged);
}

/**
 * The details (summaries, note text, table values) of these nodes, fetched
 * if not yet there; `null` asks for every node. Returns where they stand.
 */
export function useDetails(keys: readonly string[] | null): "ready" | "loading" | "error" {
  const graph = useGraph();
  const id = keys ? keys.join("\n") : "*";
  useEffect(() => {
    void loadDetails(graph, id === "*" ? null : id.split("\n"), detailsMerged);
  }, [graph, id]);
  return detailsStatus(graph, keys);
}
