import Graph from "graphology";
import { GraphFormatError } from "./GraphFormatError";
import {
  citationOf,
  edgeKey,
  type GraphViewPayload,
  VIEW_FORMAT,
  VIEW_VERSION,
  type ViewEdge,
  type ViewNode,
} from "./payload";
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from "./types";

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((each) => typeof each === "string");

/** The view as read: the graph, with details still empty, and where its details are. */
export interface ReadView {
  graph: KnowledgeGraph;
  details: GraphViewPayload["details"];
}

/**
 * Parses `graph/view.json` into a graphology graph, or throws a
 * `GraphFormatError` naming the first problem. The file is untrusted: every
 * field is checked before it reaches the graph, and text only ever becomes text.
 */
export function readView(text: string): ReadView {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new GraphFormatError("json", `the graph is not valid JSON (${(error as Error).message})`);
  }
  const view = checkView(data);
  const graph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({
    ...view.options,
    type: "mixed",
    multi: true,
    allowSelfLoops: true,
  });
  graph.replaceAttributes({ format: "simpul-graph", version: 1, ...view.attributes });
  view.nodes.forEach((node, index) => {
    const [key, type, label, labelEn, aliases, fields, x, y, size, color, degree, centrality, community] = checkNode(
      node,
      index,
    );
    if (graph.hasNode(key)) throw new GraphFormatError("shape", `node "${key}" appears twice`);
    graph.addNode(key, {
      type,
      label,
      labelEn,
      aliases,
      fields,
      x,
      y,
      size,
      color,
      degree,
      centrality,
      community,
      summary: "",
      summaryEn: "",
      body: "",
      file: "",
      tags: [],
      dimensions: [],
    });
  });
  const keys = graph.nodes();
  view.edges.forEach((edge, index) => {
    const [source, target, relation, symmetric, citations, provenance, givenKey] = checkEdge(
      edge,
      index,
      view,
      keys.length,
    );
    const type = view.relations[relation] as string;
    const sourceKey = keys[source] as string;
    const targetKey = keys[target] as string;
    const key = givenKey ?? edgeKey(sourceKey, targetKey, type);
    if (graph.hasEdge(key)) throw new GraphFormatError("shape", `edge "${key}" appears twice`);
    graph.addDirectedEdgeWithKey(key, sourceKey, targetKey, {
      type,
      symmetric: symmetric === 1,
      citations: citations.map(citationOf),
      provenance,
    });
  });
  return { graph, details: view.details };
}

function checkView(data: unknown): GraphViewPayload {
  if (!isObject(data) || data.format !== VIEW_FORMAT) {
    throw new GraphFormatError(
      "format",
      `not a simpul graph view (format ${JSON.stringify(isObject(data) ? data.format : undefined)})`,
    );
  }
  if (data.version !== VIEW_VERSION) {
    throw new GraphFormatError(
      "version",
      `unsupported version ${JSON.stringify(data.version)}, expected ${VIEW_VERSION}`,
    );
  }
  const attributes = data.attributes;
  if (!isObject(attributes) || !isObject(attributes.vocabulary)) {
    throw new GraphFormatError("shape", "`attributes.vocabulary` is missing");
  }
  const vocabulary = attributes.vocabulary;
  if (!isObject(vocabulary.types) || !isObject(vocabulary.relations)) {
    throw new GraphFormatError("shape", "`attributes.vocabulary` must have `types` and `relations`");
  }
  if (!isObject(attributes.references)) attributes.references = {};
  if (!Array.isArray(attributes.comparisons)) attributes.comparisons = [];
  if (!isObject(data.options)) data.options = {};
  if (!Array.isArray(data.nodes) || !Array.isArray(data.edges) || !isStrings(data.relations)) {
    throw new GraphFormatError("shape", "`nodes`, `edges` and `relations` must be arrays");
  }
  const details = data.details;
  if (!isObject(details) || !Number.isInteger(details.shards) || !Number.isInteger(details.perShard)) {
    throw new GraphFormatError("shape", "`details` must say how many shards there are and how many nodes each holds");
  }
  const shards = details.shards as number;
  const isShard = (shard: unknown) => Number.isInteger(shard) && (shard as number) >= 0 && (shard as number) < shards;
  details.citing = validRecord(details.citing, (listed) => Array.isArray(listed) && listed.every(isShard));
  details.cells = validRecord(details.cells, (count) => Number.isInteger(count) && (count as number) >= 0);
  return data as unknown as GraphViewPayload;
}

/** An object whose every value passes `valid`; otherwise none, which readers take as "not said" (ask every shard). */
function validRecord(record: unknown, valid: (value: unknown) => boolean): Record<string, never> | undefined {
  return isObject(record) && Object.values(record).every(valid) ? (record as Record<string, never>) : undefined;
}

const finite = (value: unknown): number => (Number.isFinite(value) ? (value as number) : 0);

function checkNode(node: unknown, index: number): ViewNode {
  if (
    !Array.isArray(node) ||
    typeof node[0] !== "string" ||
    typeof node[1] !== "string" ||
    typeof node[2] !== "string"
  ) {
    throw new GraphFormatError("shape", `node #${index} has no string key, type or label`);
  }
  if (!Number.isFinite(node[6]) || !Number.isFinite(node[7])) {
    throw new GraphFormatError(
      "shape",
      `node "${node[0]}" has no numeric \`x\`/\`y\`; the build's layout step did not run`,
    );
  }
  const fields = isObject(node[5]) ? node[5] : {};
  for (const [name, value] of Object.entries(fields)) if (typeof value !== "string") delete fields[name];
  return [
    node[0],
    node[1],
    node[2],
    typeof node[3] === "string" ? node[3] : "",
    isStrings(node[4]) ? node[4] : [],
    fields as Record<string, string>,
    node[6],
    node[7],
    finite(node[8]),
    typeof node[9] === "string" ? node[9] : "",
    finite(node[10]),
    finite(node[11]),
    finite(node[12]),
  ];
}

function checkEdge(edge: unknown, index: number, view: GraphViewPayload, order: number): ViewEdge {
  const end = (value: unknown) => Number.isInteger(value) && (value as number) >= 0 && (value as number) < order;
  if (!Array.isArray(edge) || !end(edge[0]) || !end(edge[1])) {
    throw new GraphFormatError("shape", `edge #${index} does not join two nodes of the graph`);
  }
  if (!Number.isInteger(edge[2]) || view.relations[edge[2]] === undefined) {
    throw new GraphFormatError("shape", `edge #${index} has no known relation`);
  }
  const citations = Array.isArray(edge[4])
    ? edge[4].filter(
        (citation): citation is ViewEdge[4][number] =>
          Array.isArray(citation) &&
          typeof citation[0] === "string" &&
          ["string", "undefined"].includes(typeof citation[1]),
      )
    : [];
  const checked: ViewEdge = [
    edge[0],
    edge[1],
    edge[2],
    edge[3] === 1 ? 1 : 0,
    citations,
    isStrings(edge[5]) ? edge[5] : [],
  ];
  if (typeof edge[6] === "string") checked.push(edge[6]);
  return checked;
}
