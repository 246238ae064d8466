import { type GraphPieces, graphText, type PlacedAttributes } from "@simpul/graph";
import type { Diagnostic } from "@simpul/schema";

/** Where one note's node sits in a written graph, in bytes: its file, the start and end of its JSON. */
export type NodeRange = [file: string, start: number, end: number];

/** Where a piece of a written graph sits in it, in bytes. */
export type ByteRange = [start: number, end: number];

/** A graph as serialized, with where its pieces are (see GraphPieces). */
export interface PiecesInBytes {
  bytes: Buffer;
  attributes: ByteRange;
  edges: ByteRange;
  nodes: NodeRange[];
  options: ByteRange;
}

/** A graph as serialized, with where its pieces are and what building it reported. */
export interface GraphBytes extends PiecesInBytes {
  diagnostics: Diagnostic[];
  /** Nodes and edges in the graph. */
  order: number;
  size: number;
}

/** GraphPieces whose nodes may be bytes already: those of a written graph, kept as they are. */
export type PiecesToWrite = Omit<GraphPieces, "nodes"> & { nodes: { file: string; json: string | Uint8Array }[] };

/** Memory for a graph's bytes: a buffer of that size, whatever it holds. */
export type Allocate = (size: number) => Buffer;

const allocateNew: Allocate = (size) => Buffer.allocUnsafe(size);

/** The pieces of a graph, as UTF-8, with where each is: sized first, then written into one buffer (no copy per node). */
export function inBytes(pieces: PiecesToWrite, allocate = allocateNew): PiecesInBytes {
  const [head, edges, between, , tail] = graphText({ ...pieces, nodes: [] });
  // The attributes end the head, but for the edges' key; the options end the tail, but for its close.
  const headEnd = Buffer.byteLength(head) - EDGES.length;
  const attributes: ByteRange = [headEnd - Buffer.byteLength(pieces.attributes), headEnd];
  const edgesAt: ByteRange = [Buffer.byteLength(head), Buffer.byteLength(head) + Buffer.byteLength(edges)];
  const ranges: NodeRange[] = [];
  let offset = edgesAt[1] + Buffer.byteLength(between);
  for (const [index, { file, json }] of pieces.nodes.entries()) {
    const start = offset + (index > 0 ? 1 : 0);
    offset = start + (typeof json === "string" ? Buffer.byteLength(json) : json.length);
    ranges.push([file, start, offset]);
  }
  const optionsEnd = offset + Buffer.byteLength(tail) - END.length;
  const options: ByteRange = [optionsEnd - Buffer.byteLength(pieces.options), optionsEnd];
  const bytes = allocate(offset + Buffer.byteLength(tail));
  bytes.write(head, 0);
  bytes.write(edges, edgesAt[0]);
  bytes.write(between, edgesAt[1]);
  for (const [index, { json }] of pieces.nodes.entries()) {
    const [, start] = ranges[index] as NodeRange;
    if (index > 0) bytes[start - 1] = COMMA;
    if (typeof json === "string") bytes.write(json, start);
    else bytes.set(json, start);
  }
  bytes.write(tail, offset);
  return { bytes, attributes, edges: edgesAt, nodes: ranges, options };
}

/** A range of the bytes, as text. */
export function textAt(bytes: Buffer, [start, end]: ByteRange): string {
  return bytes.toString("utf8", start, end);
}

/** What metrics and layout give a node, in the order its JSON holds them (serializeGraph sorts keys). */
const NUMBERS = ["centrality", "community", "degree", "size", "x", "y"] as const satisfies (keyof PlacedAttributes)[];

/** A start and an end for each number of each node, in NUMBERS' order: numberSlots. */
const SLOTS = NUMBERS.length * 2;

/**
 * Where each node's numbers (NUMBERS) are in a serialized graph, so that
 * placeNumbers can put others there: the graph can be written while metrics
 * and layout still run, or a written graph given the numbers of another
 * structure. Keys are sorted, so only strings (aliases, body, color) come
 * before the first two numbers and only strings after the last two; as
 * every quote inside a JSON string is escaped, none of them can hold the
 * texts sought.
 */
export function numberSlots({ bytes, nodes }: Pick<PiecesInBytes, "bytes" | "nodes">): Uint32Array {
  const slots = new Uint32Array(nodes.length * SLOTS);
  for (const [index, [file, start, end]] of nodes.entries()) {
    const number = (at: number, name: string, next: string) => numberAfter(bytes, at, start, end, name, next, file);
    const centrality = number(bytes.indexOf('"centrality":', start), '"centrality":', ',"color":');
    const community = number(bytes.indexOf('"community":', centrality[1]), '"community":', ',"degree":');
    const degree = number(community[1] + 1, '"degree":', ',"dimensions":');
    const size = number(bytes.lastIndexOf('"size":', end - 1), '"size":', ',"summary":');
    const x = number(bytes.lastIndexOf('"x":', end - 1), '"x":', ',"y":');
    const y = number(x[1] + 1, '"y":', '},"key":');
    if (!(degree[1] < size[0] && size[1] < x[0])) {
      throw new Error(`simpul: the node of ${file} does not hold its numbers where serializeGraph writes them`);
    }
    slots.set([...centrality, ...community, ...degree, ...size, ...x, ...y], index * SLOTS);
  }
  return slots;
}

/** Where the number after `name` (found at `at`, inside the node) starts and ends; it must be followed by `next`. */
function numberAfter(
  bytes: Buffer,
  at: number,
  nodeStart: number,
  nodeEnd: number,
  name: string,
  next: string,
  file: string,
): ByteRange {
  const start = at + name.length;
  const end = bytes.indexOf(next, start);
  const found = at >= nodeStart && end >= 0 && end < nodeEnd && bytes.toString("latin1", at, start) === name;
  if (!found || !/^-?[0-9][0-9.e+-]*$/.test(bytes.toString("latin1", start, end))) {
    throw new Error(`simpul: the node of ${file} has no number after ${name} where serializeGraph writes it`);
  }
  return [start, end];
}

/**
 * The graph with each node's numbers (found by numberSlots) replaced by
 * those `placed` gives for its index, and every range after them moved: the
 * bytes serializing the graph with those numbers would give.
 */
export function placeNumbers(
  graph: PiecesInBytes,
  slots: Uint32Array,
  placed: (index: number) => PlacedAttributes,
  room: Buffer = roomFor(graph),
): PiecesInBytes {
  const { bytes, nodes } = graph;
  const texts: string[] = [];
  let length = bytes.length;
  for (let index = 0; index < nodes.length; index++) {
    const numbers = placed(index);
    for (const [k, name] of NUMBERS.entries()) {
      const text = JSON.stringify(numbers[name]);
      const slot = index * SLOTS + k * 2;
      length += text.length - ((slots[slot + 1] as number) - (slots[slot] as number));
      texts.push(text);
    }
  }
  const out = length <= room.length ? room.subarray(0, length) : Buffer.allocUnsafe(length);
  const ranges: NodeRange[] = [];
  let from = 0;
  let to = 0;
  // Byte by byte for the few bytes between numbers and for the numbers (ASCII): a call into Buffer per piece costs more.
  for (const [index, [file, start, end]] of nodes.entries()) {
    const nodeStart = to + start - from;
    for (let k = 0; k < NUMBERS.length; k++) {
      const slot = index * SLOTS + k * 2;
      const until = slots[slot] as number;
      if (until - from > SHORT) to += bytes.copy(out, to, from, until);
      else while (from < until) out[to++] = bytes[from++] as number;
      const text = texts[index * NUMBERS.length + k] as string;
      for (let c = 0; c < text.length; c++) out[to++] = text.charCodeAt(c);
      from = slots[slot + 1] as number;
    }
    ranges.push([file, nodeStart, to + end - from]);
  }
  bytes.copy(out, to, from);
  const moved = length - bytes.length;
  const options: ByteRange = [graph.options[0] + moved, graph.options[1] + moved];
  return { bytes: out, attributes: graph.attributes, edges: graph.edges, nodes: ranges, options };
}

/** Up to this many bytes, a copy is done byte by byte (see placeNumbers). */
const SHORT = 64;
/** The longest text JSON.stringify gives a number: `-1.2345678901234567e-308`. */
const LONGEST_NUMBER = 24;

/**
 * Memory for placeNumbers' output, touched now: the first write to each page
 * of a new buffer costs a fault (here about 130 ms for 40 MB), which is
 * better paid while metrics and layout run than after.
 */
function roomFor(graph: PiecesInBytes, allocate = allocateNew): Buffer {
  return allocate(graph.bytes.length + numbersRoom(graph.nodes.length)).fill(0);
}

/** How many bytes more than a graph's own a graph of this many nodes may need once its numbers are placed. */
export function numbersRoom(nodes: number): number {
  return nodes * NUMBERS.length * LONGEST_NUMBER;
}

/**
 * Memory from a buffer whose bytes are no longer needed, where it is large
 * enough: its pages were touched when it was filled (see roomFor).
 */
export function reusing(spent: Buffer): Allocate {
  const capacity = spent.buffer.byteLength - spent.byteOffset;
  return (size) => (size <= capacity ? Buffer.from(spent.buffer, spent.byteOffset, size) : allocateNew(size));
}

/**
 * A graph written while metrics and layout run, made ready for their
 * numbers now (numberSlots, and the memory of the output): gives the graph
 * with them once placed.
 */
export function numbersToPlace(
  graph: PiecesInBytes,
  allocate = allocateNew,
): (placed: (index: number) => PlacedAttributes) => PiecesInBytes {
  const slots = numberSlots(graph);
  const room = roomFor(graph, allocate);
  return (placed) => placeNumbers(graph, slots, placed, room);
}

const COMMA = 0x2c;
const EDGES = ',"edges":';
const END = "}\n";
