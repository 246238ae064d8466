import { distance } from "fastest-levenshtein";
import { fold, words } from "../search/normalize";
import { displayName, namedAuthors } from "./authorNames";
import type { BibliographyEntry } from "./types";

// Folded once per entry: the filter runs at every keystroke over thousands of them.
const folded = new WeakMap<BibliographyEntry, string>();

/** Authors, year, title and key of an entry, folded, one a line (so no word matches across two). */
function searchableText(entry: BibliographyEntry): string {
  let text = folded.get(entry);
  if (text === undefined) {
    const { reference } = entry;
    const authors = namedAuthors(reference?.authors ?? []).names.map(displayName);
    const fields = [...authors, reference?.year, reference?.title, entry.key];
    text = fold(fields.filter(Boolean).join("\n"));
    folded.set(entry, text);
  }
  return text;
}

/**
 * The entries whose authors, year, title or key contain every word of
 * `query`, ignoring case and accents ("perez 1995" finds Pérez's 1995 work),
 * in the order given; all of them when the query has no word.
 */
export function filterBibliography(entries: readonly BibliographyEntry[], query: string): readonly BibliographyEntry[] {
  const terms = words(query);
  if (terms.length === 0) return entries;
  return entries.filter((entry) => {
    const text = searchableText(entry);
    return terms.every((term) => text.includes(term));
  });
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
