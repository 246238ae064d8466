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
  return `${JSON.stringify(sortKeys(data))}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort(compareStrings)) {
    const entry = (value as Record<string, unknown>)[key];
    if (entry !== undefined) sorted[key] = sortKeys(entry);
  }
  return sorted;
}
