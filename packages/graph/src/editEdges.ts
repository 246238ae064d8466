import { compareStrings } from "@simpul/schema";
import type { EdgeDraft } from "./edgeDrafts";

/** A graph's nodes and edges, each in key order, the edges' ends as in GraphStructure. */
export interface MemoEdges {
  nodes: string[];
  keys: string[];
  ends: Uint32Array;
}

/** MemoEdges of these nodes and edges, each in key order. */
export function memoEdges(
  nodes: readonly string[],
  edges: readonly { key: string; source: string; target: string }[],
): MemoEdges {
  const indices = new Map(nodes.map((key, index) => [key, index]));
  const ends = new Uint32Array(edges.length * 2);
  edges.forEach(({ source, target }, at) => {
    ends[2 * at] = indices.get(source) as number;
    ends[2 * at + 1] = indices.get(target) as number;
  });
  return { nodes: [...nodes], keys: edges.map(({ key }) => key), ends };
}

/** An edge once notes are edited: one of the edges before (its index there), or one drafted again. */
export type EditedEdge = number | [key: string, draft: EdgeDraft];

export interface EdgesEdit {
  edges: MemoEdges;
  /** Where each edge comes from, in key order. */
  from: EditedEdge[];
}

/**
 * The edges once the nodes with these keys are edited: those that touch
 * none of them as they were, and the ones `redraft` gives (redraftAround:
 * every edge touching them, drafted again), given the nodes the old ones
 * joined; in key order. Undefined if redraft gives nothing.
 */
export function editEdges(
  before: MemoEdges,
  edited: Iterable<string>,
  redraft: (joinedBefore: string[]) => [string, EdgeDraft][] | undefined,
): EdgesEdit | undefined {
  const { nodes, keys, ends } = before;
  const touched = new Set([...edited].map((key) => indexIn(nodes, key)));
  const joinedBefore: string[] = [];
  const kept: number[] = [];
  for (let at = 0; at < keys.length; at++) {
    const [source, target] = [ends[2 * at] as number, ends[2 * at + 1] as number];
    if (!touched.has(source) && !touched.has(target)) kept.push(at);
    else joinedBefore.push(nodes[source] as string, nodes[target] as string);
  }
  const redrafted = redraft(joinedBefore);
  if (redrafted === undefined) return undefined;
  const from: EditedEdge[] = [];
  let [fromKept, fromRedrafted] = [0, 0];
  while (fromKept < kept.length || fromRedrafted < redrafted.length) {
    const old = kept[fromKept];
    const fresh = redrafted[fromRedrafted];
    if (old !== undefined && (fresh === undefined || compareStrings(keys[old] as string, fresh[0]) < 0)) {
      from.push(old);
      fromKept++;
    } else if (fresh) {
      from.push(fresh);
      fromRedrafted++;
    }
  }
  const edgeEnds = new Uint32Array(from.length * 2);
  from.forEach((edge, at) => {
    const [source, target] =
      typeof edge === "number"
        ? [ends[2 * edge] as number, ends[2 * edge + 1] as number]
        : [indexIn(nodes, edge[1].source), indexIn(nodes, edge[1].target)];
    edgeEnds[2 * at] = source;
    edgeEnds[2 * at + 1] = target;
  });
  const edgeKeys = from.map((edge) => (typeof edge === "number" ? (keys[edge] as string) : edge[0]));
  return { edges: { nodes, keys: edgeKeys, ends: edgeEnds }, from };
}

/**
 * The edges with a node of this key added (one no edge touches yet), or
 * taken out (one no edge touches any more); undefined if it is there
 * already, or not, or an edge touches the node taken out.
 */
export function withNode(edges: MemoEdges, key: string, present: boolean): MemoEdges | undefined {
  const { nodes, keys, ends } = edges;
  const at = insertionPoint(nodes, key);
  if ((nodes[at] === key) === present) return undefined;
  const shift = present ? 1 : -1;
  const moved = new Uint32Array(ends.length);
  for (let end = 0; end < ends.length; end++) {
    const node = ends[end] as number;
    if (!present && node === at) return undefined;
    moved[end] = node < at ? node : node + shift;
  }
  const changed = present ? [...nodes.slice(0, at), key, ...nodes.slice(at)] : nodes.filter((_, index) => index !== at);
  return { nodes: changed, keys, ends: moved };
}

/** The nodes an edge joins to this one, in the memo's edges. */
export function neighboursOf({ nodes, ends }: MemoEdges, key: string): string[] {
  const at = indexIn(nodes, key);
  const found = new Set<string>();
  for (let end = 0; end < ends.length; end++) {
    if (ends[end] === at) found.add(nodes[ends[end ^ 1] as number] as string);
  }
  return [...found];
}

/** The index of a key among keys in compareStrings order; the key must be there. */
function indexIn(sorted: readonly string[], key: string): number {
  const at = insertionPoint(sorted, key);
  if (sorted[at] !== key) throw new Error(`simpul: no node ${key} among the memo's`);
  return at;
}

/** Where a key is, or would go, among keys in compareStrings order. */
function insertionPoint(sorted: readonly string[], key: string): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareStrings(sorted[middle] as string, key) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
