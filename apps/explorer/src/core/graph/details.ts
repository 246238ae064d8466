import { GraphFormatError } from "./GraphFormatError";
import { type DetailsShard, type GraphViewPayload, type NodeDetails, VIEW_VERSION } from "./payload";
import type { DimensionValue, KnowledgeGraph } from "./types";

/** Which detail shards of a graph are in it; `revision` counts merges, for memos that read details. */
export interface DetailsState {
  shards: number;
  perShard: number;
  bytes: number;
  /** Node keys in graph order; a node's place fixes its shard. */
  keys: string[];
  index: Map<string, number>;
  loaded: Set<number>;
  /** Shards whose table values cite each reference key; null when the view does not say. */
  citing: Map<string, number[]> | null;
  /** How many table values cite each reference key; null when the view does not say. */
  cells: Map<string, number> | null;
  /** Shards that could not be fetched or read, with why. */
  failed: Map<number, string>;
  revision: number;
}

const states = new WeakMap<KnowledgeGraph, DetailsState>();

/** Records where a graph's details are; a graph read whole (tests) has them all. */
export function registerDetails(graph: KnowledgeGraph, details: GraphViewPayload["details"]): DetailsState {
  const keys = graph.nodes();
  const index = new Map(keys.map((key, i) => [key, i]));
  const { shards, perShard, bytes } = details;
  const citing = details.citing ? new Map(Object.entries(details.citing)) : null;
  const cells = details.cells ? new Map(Object.entries(details.cells)) : null;
  const state = {
    shards,
    perShard,
    bytes,
    keys,
    index,
    citing,
    cells,
    loaded: new Set<number>(),
    failed: new Map<number, string>(),
    revision: 0,
  };
  states.set(graph, state);
  return state;
}

export function detailsState(graph: KnowledgeGraph): DetailsState | undefined {
  return states.get(graph);
}

/** The shards that hold these nodes' details (every shard for `null`); unknown keys have none. */
export function shardsOf(state: DetailsState, keys: readonly string[] | null): number[] {
  if (!keys) return Array.from({ length: state.shards }, (_, shard) => shard);
  const shards = new Set<number>();
  for (const key of keys) {
    const index = state.index.get(key);
    if (index !== undefined) shards.add(Math.floor(index / state.perShard));
  }
  return [...shards].sort((a, b) => a - b);
}

/**
 * One node of each shard whose table values cite these references: asking
 * for their details fetches just those shards. `null` (every node) when the
 * view does not say which shards cite what.
 */
export function nodesCiting(graph: KnowledgeGraph, bibkeys: readonly string[]): string[] | null {
  const state = states.get(graph);
  if (!state?.citing) return null;
  const shards = new Set(bibkeys.flatMap((bibkey) => state.citing?.get(bibkey) ?? []));
  return [...shards]
    .sort((a, b) => a - b)
    .flatMap((shard) => state.keys.slice(shard * state.perShard, shard * state.perShard + 1));
}

/** The keys of the nodes a shard describes. */
export function keysOfShard(state: DetailsState, shard: number): string[] {
  return state.keys.slice(shard * state.perShard, (shard + 1) * state.perShard);
}

/** Whether the details of these nodes are in the graph, still coming, or could not be had. */
export function detailsStatus(graph: KnowledgeGraph, keys: readonly string[] | null): "ready" | "loading" | "error" {
  const state = states.get(graph);
  if (!state) return "ready";
  const shards = shardsOf(state, keys);
  if (shards.some((shard) => state.failed.has(shard))) return "error";
  return shards.every((shard) => state.loaded.has(shard)) ? "ready" : "loading";
}

/** Revision of the details in a graph: memos of what reads details compare it. */
export function detailsRevision(graph: KnowledgeGraph): number {
  return states.get(graph)?.revision ?? 0;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === "string" ? value : "");

/**
 * Merges one parsed shard into the graph. Untrusted like the view: values of
 * the wrong type become empty, and a shard that is not the one asked for is refused.
 */
export function mergeShard(graph: KnowledgeGraph, shard: number, data: unknown): void {
  const state = states.get(graph);
  if (!state) throw new Error("simpul explorer: details merged into a graph read without a view");
  if (!isObject(data) || data.format !== "simpul-details" || data.version !== VIEW_VERSION || data.shard !== shard) {
    throw new GraphFormatError("format", `details shard ${shard} is not a simpul details file of this version`);
  }
  const { keys, nodes } = data as Partial<DetailsShard>;
  if (!Array.isArray(keys) || !Array.isArray(nodes) || keys.length !== nodes.length) {
    throw new GraphFormatError("shape", `details shard ${shard} has no matching \`keys\` and \`nodes\``);
  }
  // Written into the attributes in place, without graph events: sigma would
  // redraw every node for each shard (seconds at 50,000 nodes in software
  // WebGL) though it draws none of this. The store's revision re-renders the panels.
  keys.forEach((key, i) => {
    if (typeof key === "string" && graph.hasNode(key))
      Object.assign(graph.getNodeAttributes(key), checkDetails(nodes[i]));
  });
  state.loaded.add(shard);
  state.revision++;
}

/** Records a shard that could not be had, so panels say so instead of waiting forever. */
export function failShard(graph: KnowledgeGraph, shard: number, reason: string): void {
  const state = states.get(graph);
  if (!state) return;
  state.failed.set(shard, reason);
  state.revision++;
}

function checkDetails(value: unknown): NodeDetails {
  const details = isObject(value) ? value : {};
  return {
    summary: text(details.summary),
    summaryEn: text(details.summaryEn),
    body: text(details.body),
    file: text(details.file),
    tags: Array.isArray(details.tags) ? details.tags.filter((tag) => typeof tag === "string") : [],
    dimensions: Array.isArray(details.dimensions) ? details.dimensions.filter(isDimension) : [],
  };
}

function isDimension(value: unknown): value is DimensionValue {
  return (
    isObject(value) &&
    typeof value.table === "string" &&
    typeof value.dimension === "string" &&
    Number.isInteger(value.row) &&
    typeof value.value === "string" &&
    Array.isArray(value.citations) &&
    value.citations.every((citation) => isObject(citation) && typeof citation.key === "string")
  );
}
