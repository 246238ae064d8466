import type { ComparisonTable } from "../graph/types";

/**
 * Where a table row is written, `file:line`, from the table's own place (its
 * header line): a GFM table's rows follow its header and delimiter lines one
 * a line, with no gaps. Null when the table's place is not `file:line`.
 */
export function cellPlace(table: Pick<ComparisonTable, "provenance">, row: number): string | null {
  const match = /^(.*):(\d+)$/.exec(table.provenance);
  if (!match) return null;
  return `${match[1]}:${Number(match[2]) + 2 + row}`;
}
