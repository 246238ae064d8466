import { distance } from "fastest-levenshtein";
import { words } from "../search/normalize";
import { displayName, namedAuthors } from "./authorNames";
import { foldedFields, holdsEvery } from "./foldedFields";
import type { BibliographyEntry } from "./types";

/** Authors, year, title and key of an entry. */
const searchableText = foldedFields((entry: BibliographyEntry) => {
  const { reference } = entry;
  const authors = namedAuthors(reference?.authors ?? []).names.map(displayName);
  return [...authors, reference?.year, reference?.title, entry.key];
});

/**
 * The entries whose authors, year, title or key contain every word of
 * `query`, ignoring case and accents ("perez 1995" finds Pérez's 1995 work),
 * in the order given; all of them when the query has no word.
 */
export function filterBibliography(entries: readonly BibliographyEntry[], query: string): readonly BibliographyEntry[] {
  const terms = words(query);
  if (terms.length === 0) return entries;
  return entries.filter((entry) => holdsEvery(searchableText(entry), terms));
}

/** Shorter words leave no room for a typo: "ife" is not "ire". */
const TYPO_FROM = 4;

/**
 * The entries whose words each term of `query` names with one typo, whole
 * or as the start of a word ("rotman" finds Rothman, "zastro" Zastrow): for
 * when no entry holds every word as typed. None for a term too short.
 */
export function nearBibliography(entries: readonly BibliographyEntry[], query: string): readonly BibliographyEntry[] {
  const terms = words(query);
  if (terms.length === 0 || terms.some((term) => term.length < TYPO_FROM)) return [];
  const near = (term: string, word: string) =>
    word.includes(term) || distance(term, word) <= 1 || distance(term, word.slice(0, term.length)) <= 1;
  return entries.filter((entry) => {
    const entryWords = words(searchableText(entry));
    return terms.every((term) => entryWords.some((word) => near(term, word)));
  });
}
