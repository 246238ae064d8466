import { compareStrings } from "@simpul/schema";
import type { KnowledgeGraph, PlacedAttributes } from "./types";

/** A serialized graph in pieces: `head`, then each node's JSON (comma-separated), then `tail`. */
export interface GraphPieces {
  head: string;
  nodes: { key: string; file: string; json: string }[];
  tail: string;
}

/**
 * graphology's serialized format (`graph.export()`) as text, byte-stable:
 * nodes and edges in key order, object keys sorted, no timestamps, LF and a
 * final newline.
 */
export function serializeGraph(graph: KnowledgeGraph): string {
  const { head, nodes, tail } = serializeGraphPieces(graph);
  return `${head}${nodes.map((node) => node.json).join(",")}${tail}`;
}

/**
 * serializeGraph in pieces, one per node, so that a later build can find a
 * node's text and replace it (replaceProse) without writing the rest again.
 *
 * Node and edge attributes are built with their keys in sorted order (see
 * buildGraph), so they are written as they are: no copy per node and no
 * replacer, which would make JSON.stringify leave its fast path. Only the
 * graph's own attributes (vocabulary, bibliography), read from user files,
 * are sorted here.
 */
export function serializeGraphPieces(graph: KnowledgeGraph): GraphPieces {
  const nodes = graph.mapNodes((key, attributes) => ({ attributes, key }));
  const edges = graph.mapEdges((key, attributes, source, target) => ({ attributes, key, source, target }));
  nodes.sort((a, b) => compareStrings(a.key, b.key));
  edges.sort((a, b) => compareStrings(a.key, b.key));
  const options = { allowSelfLoops: graph.allowSelfLoops, multi: graph.multi, type: graph.type };
  // Pieces of JSON.stringify({ attributes, edges, nodes, options }).
  return {
    head: `{"attributes":${JSON.stringify(sortedKeys(graph.getAttributes()))},"edges":${JSON.stringify(edges)},"nodes":[`,
    nodes: nodes.map((node) => ({ key: node.key, file: node.attributes.file, json: JSON.stringify(node) })),
    tail: `],"options":${JSON.stringify(options)}}\n`,
  };
}

/**
 * Pieces serialized while metrics and layout ran (the nodes holding
 * nodeAttributes' zeros), given the graph since placed: the same text
 * serializeGraphPieces gives now, without serializing every node again.
 */
export function placePieces(pieces: GraphPieces, graph: KnowledgeGraph): GraphPieces {
  const nodes = pieces.nodes.map((node) => ({ ...node, json: placeNode(node, graph.getNodeAttributes(node.key)) }));
  return { ...pieces, nodes };
}

/**
 * A node's JSON with its unplaced numbers replaced. Its keys are sorted, so
 * only strings (aliases, body, color) come before the first two numbers and
 * after the last two; as every quote inside a JSON string is escaped, none
 * of them can hold these texts.
 */
function placeNode(node: { key: string; json: string }, placed: PlacedAttributes): string {
  const { json } = node;
  const centrality = json.indexOf(UNPLACED.centrality);
  const community = json.indexOf(UNPLACED.communityDegree, centrality);
  const size = json.lastIndexOf(UNPLACED.size);
  const xy = json.lastIndexOf(UNPLACED.xy);
  if (!(centrality >= 0 && community > centrality && size > community && xy > size)) {
    throw new Error(`simpul: node ${node.key} was serialized after its layout, not before`);
  }
  const number = (value: number) => JSON.stringify(value);
  return [
    json.slice(0, centrality),
    `"centrality":${number(placed.centrality)},"color":`,
    json.slice(centrality + UNPLACED.centrality.length, community),
    `"community":${number(placed.community)},"degree":${number(placed.degree)},"dimensions":`,
    json.slice(community + UNPLACED.communityDegree.length, size),
    `"size":${number(placed.size)},"summary":`,
    json.slice(size + UNPLACED.size.length, xy),
    `"x":${number(placed.x)},"y":${number(placed.y)}},"key":`,
    json.slice(xy + UNPLACED.xy.length),
  ].join("");
}

/** The texts of the numbers metrics and layout set, as nodeAttributes leaves them, with their neighbours' keys. */
const UNPLACED = {
  centrality: '"centrality":0,"color":',
  communityDegree: '"community":0,"degree":0,"dimensions":',
  size: '"size":1,"summary":',
  xy: '"x":0,"y":0},"key":',
};

/** A copy with every object's keys in code-unit order. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .sort(compareStrings)
      .map((key) => [key, sortedKeys(record[key])]),
  );
}
