import type { KnowledgeGraph } from "@simpul/graph";
import { compareStrings, MENTIONS } from "@simpul/schema";

export interface VaultStats {
  nodes: number;
  edges: number;
  nodesByType: Record<string, number>;
  edgesByType: Record<string, number>;
  /** Typed relations without any citation, by relation. */
  uncitedByType: Record<string, number>;
  /** Nodes none of whose typed relations carries a citation. */
  uncitedNotes: string[];
  orphans: string[];
  gaps: { label: string; count: number; examples: string[] }[];
}

/** What a curator wants to know about a vault's coverage. */
export function vaultStats(graph: KnowledgeGraph): VaultStats {
  const nodesByType: Record<string, number> = {};
  const edgesByType: Record<string, number> = {};
  const uncitedByType: Record<string, number> = {};
  const cited = new Set<string>();
  graph.forEachNode((_, a) => {
    nodesByType[a.type] = (nodesByType[a.type] ?? 0) + 1;
  });
  graph.forEachEdge((_, a, source, target) => {
    edgesByType[a.type] = (edgesByType[a.type] ?? 0) + 1;
    if (a.type === MENTIONS) return;
    if (a.citations.length === 0) uncitedByType[a.type] = (uncitedByType[a.type] ?? 0) + 1;
    else {
      cited.add(source);
      cited.add(target);
    }
  });
  const keys = graph.nodes().sort(compareStrings);
  const missing = (label: string, test: (key: string) => boolean) => {
    const found = keys.filter(test);
    return { label, count: found.length, examples: found.slice(0, 5) };
  };
  const attr = (key: string) => graph.getNodeAttributes(key);
  return {
    nodes: graph.order,
    edges: graph.size,
    nodesByType: sortRecord(nodesByType),
    edgesByType: sortRecord(edgesByType),
    uncitedByType: sortRecord(uncitedByType),
    uncitedNotes: keys.filter((key) => !cited.has(key)),
    orphans: keys.filter((key) => graph.degree(key) === 0),
    gaps: [
      missing("typed relations without citation", (key) =>
        graph.someEdge(key, (_, a) => a.type !== MENTIONS && a.citations.length === 0),
      ),
      missing("no English label", (key) => attr(key).labelEn === ""),
      missing("no summary", (key) => attr(key).summary === ""),
      missing("no English summary", (key) => attr(key).summaryEn === ""),
      missing("no aliases", (key) => attr(key).aliases.length === 0),
      missing("only one relation", (key) => graph.degree(key) === 1),
    ].sort((a, b) => b.count - a.count || compareStrings(a.label, b.label)),
  };
}

export function formatStats(stats: VaultStats): string {
  const table = (title: string, record: Record<string, number>) => {
    const rows = Object.entries(record);
    const total = rows.reduce((sum, [, count]) => sum + count, 0);
    return [
      `${title}: ${total}`,
      ...rows.map(([name, count]) => `  ${name.padEnd(22)} ${String(count).padStart(6)}`),
    ].join("\n");
  };
  const list = (title: string, items: string[]) =>
    `${title}: ${items.length}${items.length > 0 ? `\n  ${items.join("\n  ")}` : ""}`;
  return [
    `${stats.nodes} nodes, ${stats.edges} edges`,
    table("nodes by type", stats.nodesByType),
    table("edges by relation", stats.edgesByType),
    table("typed relations without citation", stats.uncitedByType),
    list("notes without citations", stats.uncitedNotes),
    list("orphans", stats.orphans),
    [
      "largest gaps",
      ...stats.gaps.map(
        (gap) => `  ${gap.label.padEnd(34)} ${String(gap.count).padStart(6)}  ${gap.examples.join(", ")}`,
      ),
    ].join("\n"),
  ].join("\n\n");
}

function sortRecord(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compareStrings(a, b)));
}
