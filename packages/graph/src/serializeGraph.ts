import type { ParsedNote } from "@simpul/markdown";
import { compareStrings, type Vocabulary } from "@simpul/schema";
import { nodeAttributes } from "./buildGraph";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes, PlacedAttributes } from "./types";

/**
 * A serialized graph in pieces: the text of `{"attributes":…,"edges":…,"nodes":[…],"options":…}`
 * with each of them apart (graphText joins them), and each node's JSON apart.
 */
export interface GraphPieces {
  attributes: string;
  edges: string;
  nodes: NodeJson[];
  options: string;
}

export interface NodeJson {
  key: string;
  file: string;
  json: string;
}

/** The serialized graph's text, in the order its pieces are written: head, edges, between, the nodes with commas, tail. */
export function graphText({
  attributes,
  edges,
  nodes,
  options,
}: GraphPieces): [string, string, string, string, string] {
  return [
    `{"attributes":${attributes},"edges":`,
    edges,
    ',"nodes":[',
    nodes.map((node) => node.json).join(","),
    `],"options":${options}}\n`,
  ];
}

/**
 * graphology's serialized format (`graph.export()`) as text, byte-stable:
 * nodes and edges in key order, object keys sorted, no timestamps, LF and a
 * final newline.
 */
export function serializeGraph(graph: KnowledgeGraph): string {
  return graphText(serializeGraphPieces(graph)).join("");
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
  const edges: SerializedEdge[] = graph.mapEdges((key, attributes, source, target) => ({
    attributes,
    key,
    source,
    target,
  }));
  nodes.sort((a, b) => compareStrings(a.key, b.key));
  return {
    attributes: JSON.stringify(sortedKeys(graph.getAttributes())),
    edges: serializeEdges(edges),
    nodes: nodes.map((node) => ({ key: node.key, file: node.attributes.file, json: JSON.stringify(node) })),
    options: JSON.stringify({ allowSelfLoops: graph.allowSelfLoops, multi: graph.multi, type: graph.type }),
  };
}

/** An edge as graphology exports it, keys in sorted order. */
export interface SerializedEdge {
  attributes: EdgeAttributes;
  key: string;
  source: string;
  target: string;
}

/** Edges as serializeGraph writes them: in key order (sorted here, in place). */
export function serializeEdges(edges: SerializedEdge[]): string {
  return JSON.stringify(edges.sort((a, b) => compareStrings(a.key, b.key)));
}

/**
 * Pieces serialized while metrics and layout ran (the nodes holding
 * nodeAttributes' zeros), given the graph since placed: the same text
 * serializeGraphPieces gives now, without serializing every node again.
 */
export function placePieces(pieces: GraphPieces, graph: KnowledgeGraph): GraphPieces {
  const nodes = pieces.nodes.map((node) => ({ ...node, json: nodeTemplate(node)(graph.getNodeAttributes(node.key)) }));
  return { ...pieces, nodes };
}

/**
 * A node's JSON as serialized, as serializeGraph would write it with other
 * numbers (metrics and layout): the text around them, found at once, and
 * the numbers put in when known. Its keys are sorted, so only strings
 * (aliases, body, color) come before the first two numbers and after the
 * last two; as every quote inside a JSON string is escaped, none of them can
 * hold the texts sought. If the node's note was edited, everything but the
 * numbers is taken from the note again, but its dimensions, which other
 * notes' tables give.
 */
export function nodeTemplate(
  node: { key: string; json: string },
  edited?: { note: ParsedNote; vocabulary: Vocabulary },
): (placed: PlacedAttributes) => string {
  if (edited !== undefined) {
    const { dimensions } = (JSON.parse(node.json) as { attributes: NodeAttributes }).attributes;
    const attributes = nodeAttributes(edited.note, edited.vocabulary, dimensions);
    // Spread over nodeAttributes' sorted keys, the numbers keep their places.
    return (placed) => JSON.stringify({ attributes: { ...attributes, ...placed }, key: node.key });
  }
  const { json } = node;
  const centrality = numberAfter(json, json.indexOf('"centrality":'), '"centrality":', ',"color":');
  const community = numberAfter(json, json.indexOf('"community":', centrality.end), '"community":', ',"degree":');
  const degree = numberAfter(json, community.end + 1, '"degree":', ',"dimensions":');
  const size = numberAfter(json, json.lastIndexOf('"size":'), '"size":', ',"summary":');
  const x = numberAfter(json, json.lastIndexOf('"x":'), '"x":', ',"y":');
  const y = numberAfter(json, x.end + 1, '"y":', '},"key":');
  if (!(centrality.end < community.start && degree.end < size.start && size.end < x.start)) {
    throw new Error(`simpul: node ${node.key} does not hold its numbers where serializeGraph writes them`);
  }
  const [a, b, c, d, e, f, g] = [
    json.slice(0, centrality.start),
    json.slice(centrality.end, community.start),
    json.slice(community.end, degree.start),
    json.slice(degree.end, size.start),
    json.slice(size.end, x.start),
    json.slice(x.end, y.start),
    json.slice(y.end),
  ];
  const text = JSON.stringify;
  return (placed) =>
    `${a}${text(placed.centrality)}${b}${text(placed.community)}${c}${text(placed.degree)}${d}${text(placed.size)}${e}${text(placed.x)}${f}${text(placed.y)}${g}`;
}

/** Where the number after `name` (found at `at`) starts and ends; it must be followed by `next`. */
function numberAfter(json: string, at: number, name: string, next: string): { start: number; end: number } {
  const start = at + name.length;
  const end = json.indexOf(next, start);
  if (at < 0 || !json.startsWith(name, at) || end < 0 || !/^-?[0-9][0-9.e+-]*$/.test(json.slice(start, end))) {
    throw new Error(`simpul: a node's JSON has no number after ${name} where serializeGraph writes it`);
  }
  return { start, end };
}

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
