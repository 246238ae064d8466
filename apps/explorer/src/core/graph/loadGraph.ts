import { detailsState, failShard, mergeShard, registerDetails, shardsOf } from "./details";
import { GraphFormatError } from "./GraphFormatError";
import { shardFile, VIEW_FILE } from "./payload";
import { readView } from "./readView";
import type { GraphState, KnowledgeGraph } from "./types";

/** Fetches and reads the graph view the build put next to the app; never throws. */
export async function loadGraph(base = ""): Promise<GraphState> {
  const url = `${base}${VIEW_FILE}`;
  try {
    const response = await fetch(url, { cache: "no-cache" });
    if (!response.ok) {
      return { status: "error", kind: "fetch", detail: `${url}: HTTP ${response.status} ${response.statusText}` };
    }
    const { graph, details } = readView(await response.text());
    registerDetails(graph, details);
    return { status: "ready", graph };
  } catch (error) {
    if (error instanceof GraphFormatError) return { status: "error", kind: error.kind, detail: error.message };
    return { status: "error", kind: "fetch", detail: `${url}: ${(error as Error).message}` };
  }
}

const pending = new WeakMap<KnowledgeGraph, Map<number, Promise<void>>>();

async function fetchShard(graph: KnowledgeGraph, shard: number, base: string): Promise<void> {
  const url = `${base}${shardFile(shard)}`;
  try {
    const response = await fetch(url, { cache: "no-cache" });
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
    mergeShard(graph, shard, await response.json());
  } catch (error) {
    failShard(graph, shard, `${url}: ${(error as Error).message}`);
  }
}

/**
 * Fetches the detail shards of these nodes (all of them without `keys`), one
 * at a time and each once; `onMerged` runs after every shard, so the view can
 * show what arrived. Resolves when all are in or have failed.
 */
export async function loadDetails(
  graph: KnowledgeGraph,
  keys: readonly string[] | null,
  onMerged: () => void,
  base = "",
): Promise<void> {
  const state = detailsState(graph);
  if (!state) return;
  const wanted = shardsOf(state, keys);
  const inFlight = pending.get(graph) ?? new Map<number, Promise<void>>();
  pending.set(graph, inFlight);
  for (const shard of wanted) {
    if (state.loaded.has(shard) || state.failed.has(shard)) continue;
    let request = inFlight.get(shard);
    if (!request) {
      request = fetchShard(graph, shard, base).then(onMerged);
      inFlight.set(shard, request);
    }
    await request;
  }
}
