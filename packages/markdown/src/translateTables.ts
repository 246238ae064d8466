import { type Diagnostic, diagnostic } from "@simpul/schema";
import type { ParsedTable, Point } from "./types";

/**
 * The note's comparison tables with the English its `tables_en` gives their
 * titles, dimensions and values, matched by text as the table shows it. An
 * entry that matches none is reported: a table's text was edited, and its
 * English no longer follows it.
 */
export function translateTables(
  tables: ParsedTable[],
  english: ReadonlyMap<string, string>,
  file: string,
  placeOf: (text: string) => Point,
  diagnostics: Diagnostic[],
): ParsedTable[] {
  if (english.size === 0) return tables;
  const used = new Set<string>();
  const en = (text: string): { found: string } | undefined => {
    const found = english.get(text.trim());
    if (found === undefined || found === "") return undefined;
    used.add(text.trim());
    return { found };
  };
  const translated = tables.map((table) => {
    const title = en(table.title);
    return {
      ...table,
      ...(title && { titleEn: title.found }),
      rows: table.rows.map((row) => {
        const dimension = en(row.dimension);
        return {
          ...row,
          ...(dimension && { dimensionEn: dimension.found }),
          cells: row.cells.map((cell) => {
            const value = en(cell.value);
            return value ? { ...cell, valueEn: value.found } : cell;
          }),
        };
      }),
    };
  });
  for (const text of english.keys()) {
    if (used.has(text)) continue;
    const message = `"${text}" in tables_en is no title, dimension or value of this note's comparison tables`;
    diagnostics.push(diagnostic("unused-translation", message, file, placeOf(text)));
  }
  return translated;
}
