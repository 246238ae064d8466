import { type GraphPieces, graphText } from "@simpul/graph";
import type { Diagnostic } from "@simpul/schema";

/** Where one note's node sits in a written graph, in bytes: its file, the start and end of its JSON. */
export type NodeRange = [file: string, start: number, end: number];

/** Where a piece of a written graph sits in it, in bytes. */
export type ByteRange = [start: number, end: number];

/** A graph as serialized, with where its pieces are (see GraphPieces) and what building it reported. */
export interface GraphBytes {
  bytes: Buffer;
  attributes: ByteRange;
  edges: ByteRange;
  nodes: NodeRange[];
  options: ByteRange;
  diagnostics: Diagnostic[];
  /** Nodes and edges in the graph. */
  order: number;
  size: number;
}

/** The pieces of a written graph, as UTF-8, with where each is: sized first, then written into one buffer (no copy per node). */
export function inBytes(pieces: GraphPieces): Pick<GraphBytes, "bytes" | "attributes" | "edges" | "nodes" | "options"> {
  const [head, edges, between, , tail] = graphText({ ...pieces, nodes: [] });
  // The attributes end the head, but for the edges' key; the options end the tail, but for its close.
  const headEnd = Buffer.byteLength(head) - EDGES.length;
  const attributes: ByteRange = [headEnd - Buffer.byteLength(pieces.attributes), headEnd];
  const edgesAt: ByteRange = [Buffer.byteLength(head), Buffer.byteLength(head) + Buffer.byteLength(edges)];
  const ranges: NodeRange[] = [];
  let offset = edgesAt[1] + Buffer.byteLength(between);
  for (const [index, { file, json }] of pieces.nodes.entries()) {
    const start = offset + (index > 0 ? 1 : 0);
    offset = start + Buffer.byteLength(json);
    ranges.push([file, start, offset]);
  }
  const optionsEnd = offset + Buffer.byteLength(tail) - END.length;
  const options: ByteRange = [optionsEnd - Buffer.byteLength(pieces.options), optionsEnd];
  const bytes = Buffer.allocUnsafe(offset + Buffer.byteLength(tail));
  bytes.write(head, 0);
  bytes.write(edges, edgesAt[0]);
  bytes.write(between, edgesAt[1]);
  for (const [index, { json }] of pieces.nodes.entries()) {
    const [, start] = ranges[index] as NodeRange;
    if (index > 0) bytes[start - 1] = COMMA;
    bytes.write(json, start);
  }
  bytes.write(tail, offset);
  return { bytes, attributes, edges: edgesAt, nodes: ranges, options };
}

/** A range of the bytes, as text. */
export function textAt(bytes: Buffer, [start, end]: ByteRange): string {
  return bytes.toString("utf8", start, end);
}

const COMMA = 0x2c;
const EDGES = ',"edges":';
const END = "}\n";
