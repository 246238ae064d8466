import { checkSerializedGraph } from "./checkSerializedGraph.ts";
import {
  type DetailsShard,
  edgeKey,
  type GraphViewPayload,
  type NodeDetails,
  VIEW_FORMAT,
  VIEW_VERSION,
  type ViewEdge,
  type ViewNode,
  viewCitation,
} from "./payload.ts";

/** Shards of about this many bytes: one fetch per node shown stays quick on a slow line. */
export const SHARD_BYTES = 256 * 1024;

export interface SplitGraph {
  view: GraphViewPayload;
  shards: DetailsShard[];
}

/**
 * Splits a checked `graph.json` into the view and its detail shards (see
 * payload.ts). Pure and deterministic: the same graph gives the same files.
 */
export function splitGraph(data: unknown, shardBytes = SHARD_BYTES): SplitGraph {
  const graph = checkSerializedGraph(data);
  const index = new Map(graph.nodes.map((node, i) => [node.key, i]));
  const relations = [...new Set(graph.edges.map((edge) => edge.attributes?.type ?? ""))].sort();
  const relationIndex = new Map(relations.map((relation, i) => [relation, i]));
  const nodes: ViewNode[] = [];
  const details: NodeDetails[] = [];
  for (const { key, attributes: a } of graph.nodes) {
    if (!a) continue;
    nodes.push([
      key,
      a.type,
      a.label,
      a.labelEn,
      a.aliases,
      a.fields,
      a.x,
      a.y,
      a.size,
      a.color,
      a.degree,
      a.centrality,
      a.community,
    ]);
    details.push({
      summary: a.summary,
      summaryEn: a.summaryEn,
      body: a.body,
      file: a.file,
      tags: a.tags,
      dimensions: a.dimensions,
    });
  }
  const edges = graph.edges.map(({ key, source, target, attributes: a }): ViewEdge => {
    const relation = a?.type ?? "";
    const edge: ViewEdge = [
      index.get(source) ?? -1,
      index.get(target) ?? -1,
      relationIndex.get(relation) ?? -1,
      a?.symmetric ? 1 : 0,
      (a?.citations ?? []).map(viewCitation),
      a?.provenance ?? [],
    ];
    if (key !== undefined && key !== edgeKey(source, target, relation)) edge.push(key);
    return edge;
  });
  const bytes = details.reduce((sum, each) => sum + JSON.stringify(each).length, 0);
  const shardCount = Math.max(1, Math.ceil(bytes / shardBytes));
  const perShard = Math.max(1, Math.ceil(nodes.length / shardCount));
  const shards: DetailsShard[] = [];
  for (let first = 0, shard = 0; first < nodes.length || shard === 0; first += perShard, shard++) {
    shards.push({
      format: "simpul-details",
      version: VIEW_VERSION,
      shard,
      keys: nodes.slice(first, first + perShard).map((node) => node[0]),
      nodes: details.slice(first, first + perShard),
    });
  }
  const { vocabulary, references, comparisons } = graph.attributes;
  const { citing, cells } = citedInTables(details, perShard);
  return {
    view: {
      format: VIEW_FORMAT,
      version: VIEW_VERSION,
      attributes: { vocabulary, references, comparisons },
      options: graph.options ?? {},
      relations,
      nodes,
      edges,
      details: { shards: shards.length, perShard, bytes, citing, cells },
    },
    shards,
  };
}

/** For each reference key, the shards (ascending) whose table values cite it, and how many values do. */
function citedInTables(details: NodeDetails[], perShard: number) {
  const citing = new Map<string, number[]>();
  const cells = new Map<string, number>();
  details.forEach(({ dimensions }, i) => {
    const shard = Math.floor(i / perShard);
    for (const { citations } of dimensions) {
      // A cell citing one work at two pages is one claim of it.
      for (const key of new Set(citations.map((citation) => citation.key))) {
        const shards = citing.get(key) ?? [];
        if (shards.at(-1) !== shard) shards.push(shard);
        citing.set(key, shards);
        cells.set(key, (cells.get(key) ?? 0) + 1);
      }
    }
  });
  return { citing: Object.fromEntries(citing), cells: Object.fromEntries(cells) };
}
