import type { Query } from "minisearch";
import { FIELD_BOOSTS, type SearchIndex } from "./searchIndex";

// MiniSearch scores every document a query matches, at a few microseconds
// each (it builds a result object per document): in a large vault, most of
// a search's time for a common word. So a search here first finds which
// documents match, then scores only those it keeps. Both go through
// MiniSearch: a `boostDocument` of 0 skips a document before it is scored.

/** A scored result of `scoreDocuments`. */
export interface QueryResult {
  id: string;
  score: number;
}

/** How many postings a word as typed has (no prefixes, typos or stems), counted without scoring or collecting any. */
export function countPostings(index: SearchIndex, word: string): number {
  let count = 0;
  index.engine.search(word, {
    prefix: false,
    fuzzy: false,
    boost: FIELD_BOOSTS,
    boostDocument: () => {
      count++;
      return 0;
    },
  });
  return count;
}

/** The ids of the documents a query matches, among `within` when given, found without scoring any. */
export function matchingDocuments(index: SearchIndex, query: Query, within?: ReadonlySet<string>): Set<string> {
  const ids = new Set<string>();
  index.engine.search(query, {
    boost: FIELD_BOOSTS,
    boostDocument: (id: string) => {
      if (!within || within.has(id)) ids.add(id);
      return 0;
    },
  });
  return ids;
}

/**
 * Scores the documents in `ids` against the word queries, as MiniSearch's own
 * combination would: the words' scores summed, times the number of query terms
 * a document matched.
 */
export function scoreDocuments(index: SearchIndex, queries: Query[], ids: ReadonlySet<string>): QueryResult[] {
  const boostDocument = (id: string) => (ids.has(id) ? 1 : 0);
  const found = new Map<string, { raw: number; terms: Set<string> }>();
  for (const query of queries) {
    for (const result of index.engine.search(query, { boost: FIELD_BOOSTS, boostDocument })) {
      const id = String(result.id);
      const match = found.get(id) ?? { raw: 0, terms: new Set<string>() };
      match.raw += result.score / (result.queryTerms.length || 1);
      for (const term of result.queryTerms) match.terms.add(term);
      found.set(id, match);
    }
  }
  return [...found].map(([id, { raw, terms }]) => ({ id, score: raw * terms.size }));
}
