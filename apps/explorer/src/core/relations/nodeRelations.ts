import { type Citation, HIERARCHY, type KnowledgeGraph, MENTIONS, type Vocabulary } from "../graph/types";
import type { Direction } from "../i18n/labels";

/** One edge as seen from one of its ends. */
export interface RelationItem {
  edge: string;
  neighbour: string;
  citations: Citation[];
  provenance: string[];
}

/** All edges of one relation read in one direction ("narrower": incoming `broader` edges). */
export interface RelationGroup {
  relation: string;
  /** "out" for symmetric relations, which read the same both ways. */
  direction: Direction;
  items: RelationItem[];
}

/**
 * The order a reader scans relations in: the hierarchy first, then by name,
 * plain mentions last; outgoing before incoming. (graph.json sorts keys, so
 * the vocabulary's own order is not kept.)
 */
export function relationRank(vocabulary: Vocabulary, relation: string, direction: Direction): number {
  const names = Object.keys(vocabulary.relations)
    .filter((name) => name !== MENTIONS && name !== HIERARCHY)
    .sort();
  const position =
    relation === HIERARCHY ? -1 : relation === MENTIONS ? names.length + 1 : names.indexOf(relation) + 0.5;
  return position * 2 + (direction === "in" ? 1 : 0);
}

/** Which way an edge reads from one of its ends: a symmetric relation reads the same, "out", from both. */
export const directionFrom = (outgoing: boolean, symmetric: boolean): Direction =>
  outgoing || symmetric ? "out" : "in";

/** A node's edges grouped by relation and by the direction they read from this node. */
export function nodeRelations(graph: KnowledgeGraph, key: string): RelationGroup[] {
  const vocabulary = graph.getAttribute("vocabulary");
  const groups = new Map<string, RelationGroup>();
  graph.forEachEdge(key, (edge, attributes, source, target) => {
    const outgoing = source === key;
    const direction = directionFrom(outgoing, attributes.symmetric);
    const id = `${attributes.type}|${direction}`;
    const group = groups.get(id) ?? { relation: attributes.type, direction, items: [] };
    group.items.push({
      edge,
      neighbour: outgoing ? target : source,
      citations: attributes.citations,
      provenance: attributes.provenance,
    });
    groups.set(id, group);
  });
  return [...groups.values()].sort(
    (a, b) => relationRank(vocabulary, a.relation, a.direction) - relationRank(vocabulary, b.relation, b.direction),
  );
}
