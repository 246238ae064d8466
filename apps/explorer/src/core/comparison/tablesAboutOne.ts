import type { AlignedTable } from "./types";

/** A table that holds one of the compared nodes only, cut to that node's column. */
export interface TableAboutOne {
  aligned: AlignedTable;
  /** Which of the compared nodes it holds. */
  column: number;
}

/**
 * The aligned tables in two parts: those that set two or more of the compared
 * nodes side by side, or offer a column to stand in for one (see standIns),
 * and those that hold one of them only, cut to its column. Shown whole, the
 * latter were rows of "—" under every other name.
 */
export function tablesAboutOne(
  tables: readonly AlignedTable[],
  keys: readonly string[],
): { sideBySide: AlignedTable[]; aboutOne: TableAboutOne[] } {
  const sideBySide: AlignedTable[] = [];
  const aboutOne: TableAboutOne[] = [];
  for (const aligned of tables) {
    const column = keys.findIndex((key) => aligned.table.columns.includes(key));
    if (aligned.coverage >= 2 || aligned.standIns.length > 0) sideBySide.push(aligned);
    else {
      const rows = aligned.rows.map((row) => ({ ...row, cells: [row.cells[column] ?? null] }));
      aboutOne.push({ aligned: { ...aligned, rows }, column });
    }
  }
  return { sideBySide, aboutOne };
}
