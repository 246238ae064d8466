import type { Citation } from "../graph/types";
import type { ComparisonRow } from "./types";

const citationId = (citation: Citation) => `${citation.key}|${citation.page ?? ""}`;

/**
 * The citations all of `cells` give (table values, or facts), when there are
 * at least `atLeast`: said once for them rather than beside each, where they
 * took more lines than what they cite.
 */
export function commonCitations(cells: readonly { citations: readonly Citation[] }[], atLeast: number): Citation[] {
  const [first, ...rest] = cells;
  if (!first || cells.length < atLeast) return [];
  return first.citations.filter((citation) =>
    rest.every((cell) => cell.citations.some((other) => citationId(other) === citationId(citation))),
  );
}

/** The citations every value of a table gives (its source, cited beside each value): none under three values. */
export function sharedCitations(rows: readonly ComparisonRow[]): Citation[] {
  return commonCitations(
    rows.flatMap((row) => row.cells.filter((cell) => cell !== null)),
    3,
  );
}

/** The citations every value of a row gives, of two values or more, but those the whole table's values give. */
export function rowCitations(row: ComparisonRow, table: readonly Citation[]): Citation[] {
  return ownCitations(
    commonCitations(
      row.cells.filter((cell) => cell !== null),
      2,
    ),
    table,
  );
}

/** A cell's citations less those said for the whole table. */
export function ownCitations(citations: readonly Citation[], shared: readonly Citation[]): Citation[] {
  const said = new Set(shared.map(citationId));
  return citations.filter((citation) => !said.has(citationId(citation)));
}
