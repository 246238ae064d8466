import { compareStrings } from "@simpul/schema";
import type { KnowledgeGraph, SerializedKnowledgeGraph } from "./types";

/**
 * graphology's serialized format as text, byte-stable: nodes and edges in
 * key order, object keys sorted, no timestamps, LF and a final newline.
 */
export function serializeGraph(graph: KnowledgeGraph): string {
  const data = graph.export() as SerializedKnowledgeGraph;
  data.nodes.sort((a, b) => compareStrings(a.key, b.key));
  data.edges.sort((a, b) => compareStrings(a.key ?? "", b.key ?? ""));
  return `${JSON.stringify(data, sortedKeys)}\n`;
}

/**
 * Sorts an object's keys where they are not sorted already. Attribute
 * objects are built with sorted keys, so on large graphs this copies little.
 */
function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  for (let i = 1; i < keys.length; i++) {
    if (compareStrings(keys[i - 1] as string, keys[i] as string) > 0) {
      const record = value as Record<string, unknown>;
      return Object.fromEntries(keys.sort(compareStrings).map((key) => [key, record[key]]));
    }
  }
  return value;
}
