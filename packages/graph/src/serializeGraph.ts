import type { ParsedNote } from "@simpul/markdown";
import { compareStrings, type Vocabulary } from "@simpul/schema";
import { nodeAttributes } from "./buildGraph";
import type { DimensionValue, EdgeAttributes, KnowledgeGraph, NodeAttributes } from "./types";

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
 * The JSON serializeGraph writes for the node of an edited note, whose
 * metrics and layout are still to be placed (as nodeAttributes leaves
 * them): everything taken from the note again but its dimensions, which
 * tables give (patchTables).
 */
export function editedNodeJson(key: string, note: ParsedNote, vocabulary: Vocabulary, dimensions: DimensionValue[]) {
  return JSON.stringify({ attributes: nodeAttributes(note, vocabulary, dimensions), key });
}

/** The dimensions of a node as serializeGraph writes it. */
export function writtenDimensions(json: string): DimensionValue[] {
  return (JSON.parse(json) as SerializedNode).attributes.dimensions;
}

/** A node's JSON as serializeGraph writes it, with other dimensions (patchTables): the rest is written as it was. */
export function withDimensions(json: string, dimensions: DimensionValue[]): string {
  const node = JSON.parse(json) as SerializedNode;
  node.attributes.dimensions = dimensions;
  return JSON.stringify(node);
}

interface SerializedNode {
  attributes: NodeAttributes;
  key: string;
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
