import { compareStrings } from "@simpul/schema";
import type { KnowledgeGraph } from "./types";

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

/** How a node's JSON ends when serialized before placeNodes: x and y are its last attributes, then comes its key. */
const UNPLACED = '"x":0,"y":0},"key":';

/**
 * Pieces serialized while the layout ran (planLayout leaves every node at 0),
 * given the positions it has since placed: the same text serializeGraphPieces
 * gives now, without serializing every node again.
 */
export function placePieces(pieces: GraphPieces, graph: KnowledgeGraph): GraphPieces {
  const nodes = pieces.nodes.map((node) => {
    const at = node.json.lastIndexOf(UNPLACED);
    if (at < 0) throw new Error(`simpul: node ${node.key} was serialized after its layout, not before`);
    const { x, y } = graph.getNodeAttributes(node.key);
    const placed = `"x":${JSON.stringify(x)},"y":${JSON.stringify(y)}},"key":`;
    return { ...node, json: node.json.slice(0, at) + placed + node.json.slice(at + UNPLACED.length) };
  });
  return { ...pieces, nodes };
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
