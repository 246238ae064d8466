import type { KnowledgeGraph } from "../graph/types";
import type { AlignedTable, StandIn } from "./types";

/**
 * Every comparison table in which a compared node is a column, cut down to
 * the compared nodes and lined up row by row. Tables covering more of the
 * compared nodes come first.
 */
export function alignTables(graph: KnowledgeGraph, keys: string[]): AlignedTable[] {
  const aligned: AlignedTable[] = [];
  for (const table of graph.getAttribute("comparisons")) {
    const coverage = keys.filter((key) => table.columns.includes(key)).length;
    if (coverage === 0) continue;
    const values = keys.map((key) => (graph.hasNode(key) ? graph.getNodeAttribute(key, "dimensions") : []));
    const rows = table.rows.map((dimension, row) => ({
      dimension,
      cells: values.map(
        (dimensions) => dimensions.find((value) => value.table === table.id && value.row === row) ?? null,
      ),
    }));
    aligned.push({ table, coverage, rows, standIns: [] });
  }
  // A compared node no table has: its columns would all be empty, so the columns linked to it are offered.
  const uncovered = keys.filter((key) => !aligned.some(({ table }) => table.columns.includes(key)));
  for (const each of aligned) each.standIns = standIns(graph, keys, uncovered, each.table.columns);
  return aligned.sort((a, b) => b.coverage - a.coverage);
}

/**
 * For each of the compared nodes `absent` from every table, the columns of
 * this one it is linked to by a typed relation, which no compared node is:
 * what the reader may have meant to compare (a model by its old name, a
 * concept by a broader one), offered in its place.
 */
function standIns(graph: KnowledgeGraph, keys: string[], absent: string[], columns: string[]): StandIn[] {
  return absent
    .filter((key) => graph.hasNode(key))
    .flatMap((absent) =>
      columns
        .filter((column) => !keys.includes(column) && graph.hasNode(column))
        .flatMap((column) => {
          const out = graph.edges(absent, column).map((edge) => ({ edge, direction: "out" as const }));
          const back = graph.edges(column, absent).map((edge) => ({ edge, direction: "in" as const }));
          const [first] = [...out, ...back].filter(({ edge }) => graph.getEdgeAttribute(edge, "type") !== "mentions");
          if (!first) return [];
          return [{ absent, column, relation: graph.getEdgeAttribute(first.edge, "type"), direction: first.direction }];
        }),
    );
}
