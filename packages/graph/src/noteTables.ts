import type { ParsedNote } from "@simpul/markdown";
import { type Diagnostic, diagnostic } from "@simpul/schema";
import { nodeKey } from "./nameIndex";
import { type LinkContext, resolveOrReport } from "./noteLinks";
import type { ComparisonTable, DimensionValue } from "./types";

/** A note's comparison table, its columns resolved, with the value each cell gives its column's node. */
export interface ResolvedTable {
  table: ComparisonTable;
  values: { node: string; value: DimensionValue }[];
}

/** The file of a comparison table, from its provenance (`file:line`). */
export function tableFile({ provenance }: Pick<ComparisonTable, "provenance">): string {
  return provenance.slice(0, provenance.lastIndexOf(":"));
}

/**
 * Resolves a note's comparison tables, reporting columns that name no note,
 * or a note an earlier column names (their cells are left out).
 */
export function resolveTables(note: ParsedNote, context: LinkContext, diagnostics: Diagnostic[]): ResolvedTable[] {
  const self = nodeKey(note);
  return note.tables.map((table) => {
    const named = new Set<string>();
    const columns = table.columns.map((link) => {
      const node = resolveOrReport(context.index, link, note.file, diagnostics);
      if (node === undefined || !named.has(node)) {
        if (node !== undefined) named.add(node);
        return node;
      }
      const message = `[[${link.target}]] names the same note as an earlier column of this comparison table, so this column's cells are left out of the graph`;
      diagnostics.push(diagnostic("duplicate-column", message, note.file, link));
      return undefined;
    });
    const id = `${self}#${table.slug}`;
    const values: ResolvedTable["values"] = [];
    table.rows.forEach((row, rowIndex) => {
      row.cells.forEach((cell, column) => {
        const node = columns[column];
        if (node === undefined) return;
        const citations = cell.citations.map(({ key, page }) => (page === undefined ? { key } : { key, page }));
        const value = { citations, dimension: row.dimension, row: rowIndex, table: id, value: cell.value };
        values.push({ node, value: cell.valueEn ? { ...value, valueEn: cell.valueEn } : value });
      });
    });
    return {
      // Keys in sorted order, as the graph's attributes are written: a patch (patchTables) writes it as it is.
      table: {
        columns: columns.filter((key): key is string => key !== undefined),
        id,
        provenance: `${note.file}:${table.line}`,
        rows: table.rows.map((row) => row.dimension),
        ...(table.rows.some((row) => row.dimensionEn) && { rowsEn: table.rows.map((row) => row.dimensionEn ?? "") }),
        title: table.title,
        ...(table.titleEn && { titleEn: table.titleEn }),
      },
      values,
    };
  });
}
