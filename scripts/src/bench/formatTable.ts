import type { BuildFigures } from "./buildBench";

const fixed = (value: number, digits = 0) => value.toFixed(digits);

/** The build figures as a plain-text table, each beside its floor and budget. */
export function formatTable(rows: readonly BuildFigures[]): string {
  const columns: [string, (row: BuildFigures) => string][] = [
    ["notes", (r) => String(r.notes)],
    ["MB", (r) => fixed(r.megabytes, 1)],
    ["bare parse ms", (r) => fixed(r.bareParseMs)],
    ["cold ms", (r) => fixed(r.coldMs)],
    ["cold/bare", (r) => `${fixed(r.coldRatio, 2)}×`],
    ["notes/s", (r) => fixed(r.notesPerSecond)],
    ["warm ms", (r) => fixed(r.warmMs)],
    ["warm = cold", (r) => (r.warmIdentical ? "yes" : "NO")],
    ["peak RSS MB", (r) => fixed(r.peakRssMb)],
    ["out MB", (r) => fixed(r.outputMb, 1)],
    ["gzip MB", (r) => fixed(r.outputGzipMb, 1)],
  ];
  const cells = [columns.map(([title]) => title), ...rows.map((row) => columns.map(([, cell]) => cell(row)))];
  const widths = columns.map((_, i) => Math.max(...cells.map((line) => (line[i] as string).length)));
  const lines = cells.map((line) => line.map((cell, i) => cell.padStart(widths[i] as number)).join("  "));
  return [
    "build (budgets: cold/bare ≤ 1.3× at 10,000 notes; warm < 2,000 ms at 10,000; 50,000 completes)",
    ...lines,
  ].join("\n");
}
