/** A column of a report table: its heading and how to print a row's cell. */
export type Column<T> = [title: string, cell: (row: T) => string];

export const fixed = (value: number, digits = 0): string => value.toFixed(digits);

/** Rows as a plain-text table under a title line, cells right-aligned. */
export function formatTable<T>(title: string, columns: readonly Column<T>[], rows: readonly T[]): string {
  const cells = [columns.map(([heading]) => heading), ...rows.map((row) => columns.map(([, cell]) => cell(row)))];
  const widths = columns.map((_, i) => Math.max(...cells.map((line) => (line[i] as string).length)));
  const lines = cells.map((line) => line.map((cell, i) => cell.padStart(widths[i] as number)).join("  "));
  return [title, ...lines].join("\n");
}
