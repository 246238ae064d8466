import type { KnowledgeGraph } from "../graph/types";
import type { AlignedTable } from "./types";

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
    aligned.push({ table, coverage, rows });
  }
  return aligned.sort((a, b) => b.coverage - a.coverage);
}
