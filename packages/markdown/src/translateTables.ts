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
  const en = (text: string): string | undefined => {
    const found = english.get(text.trim());
    if (found !== undefined) used.add(text.trim());
    return found || undefined;
  };
  const translated = tables.map((table) => {
    const titleEn = en(table.title);
    return {
      ...table,
      ...(titleEn && { titleEn }),
      rows: table.rows.map((row) => {
        const dimensionEn = en(row.dimension);
        return {
          ...row,
          ...(dimensionEn && { dimensionEn }),
          cells: row.cells.map((cell) => {
            const valueEn = en(cell.value);
            return valueEn ? { ...cell, valueEn } : cell;
          }),
        };
      }),
    };
  });
  for (const [text, translation] of english) {
    const message =
      translation === ""
        ? `"${text}" in tables_en gives no English; write it after the colon`
        : used.has(text)
          ? undefined
          : `"${text}" in tables_en is no title, dimension or value of this note's comparison tables`;
    if (message) diagnostics.push(diagnostic("unused-translation", message, file, placeOf(text)));
  }
  return translated;
}
