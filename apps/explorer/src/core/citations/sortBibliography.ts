import { compareText } from "../search/compareText";
import { lastName } from "./authorNames";
import type { BibliographyEntry, BibliographySort } from "./types";

const firstAuthor = (entry: BibliographyEntry): string =>
  entry.reference?.authors[0] ? lastName(entry.reference.authors[0]) : entry.key;

const year = (entry: BibliographyEntry): number => Number.parseInt(entry.reference?.year ?? "", 10) || 0;

const COMPARE: Record<BibliographySort, (a: BibliographyEntry, b: BibliographyEntry) => number> = {
  author: (a, b) => compareText(firstAuthor(a), firstAuthor(b)) || year(a) - year(b),
  year: (a, b) => year(a) - year(b) || compareText(firstAuthor(a), firstAuthor(b)),
  claims: (a, b) => a.count - b.count || compareText(firstAuthor(a), firstAuthor(b)),
};

/** The bibliography sorted by first author's family name, year or number of citing claims. */
export function sortBibliography(
  entries: Iterable<BibliographyEntry>,
  by: BibliographySort,
  descending = false,
): BibliographyEntry[] {
  const sorted = [...entries].sort(COMPARE[by]);
  return descending ? sorted.reverse() : sorted;
}
