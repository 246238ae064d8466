import type { Query } from "minisearch";
import { words } from "./normalize";
import { FIELD_BOOSTS, type SearchIndex } from "./searchIndex";
import { termVariants } from "./termVariants";
import type { SearchGroup, SearchHit } from "./types";

/** Ranking knobs: result caps, and how much naming a thing exactly outweighs text matches. */
export const SEARCH_DEFAULTS = {
  perGroup: 6,
  total: 30,
  exactBoost: 4,
  startsWithBoost: 1.5,
};

/**
 * One query word: the word itself, as a prefix when it is the word being
 * typed and has three letters or more (so "pengemb" works; one or two letters
 * are an abbreviation such as CO); `wide`, also with typo tolerance (so
 * "rotman" works) or any of its stems exactly. Words already typed out are not
 * prefixes: in a large vault a short prefix matches thousands of terms.
 */
function wordQuery(word: string, typing: boolean, wide: boolean): Query {
  const literal: Query = {
    queries: [word],
    prefix: typing && word.length >= 3,
    fuzzy: wide && word.length >= 4 ? 1 : false,
  };
  const variants = wide ? termVariants(word) : [];
  if (variants.length === 0) return literal;
  return { combineWith: "OR", queries: [literal, { queries: variants, prefix: false, fuzzy: false }] };
}

/** How exactly the query names a document, by its folded names: 1 for a label or alias, 0.5 for its start, else 0. */
function exactness(names: readonly string[], query: string): number {
  if (names.includes(query)) return 1;
  return names.some((name) => name.startsWith(query)) ? 0.5 : 0;
}

/**
 * Searches the graph: every word must match, as typed and then, when that
 * finds fewer results than are shown, with typos and stems too (falling back
 * to any word when none match all); exact names first, grouped by type with
 * the best group first. Text relevance is MiniSearch's BM25 over the fields,
 * weighted by `FIELD_BOOSTS`. Common words thus cost one pass, not three.
 */
export function searchGraph(index: SearchIndex, query: string, options = SEARCH_DEFAULTS): SearchGroup[] {
  const terms = words(query);
  if (terms.length === 0) return [];
  const run = (combineWith: "AND" | "OR", wide: boolean) =>
    index.engine.search(
      { combineWith, queries: terms.map((term, i) => wordQuery(term, i === terms.length - 1, wide)) },
      { boost: FIELD_BOOSTS },
    );
  let results = run("AND", false);
  if (results.length < options.total) results = run("AND", true);
  if (results.length === 0 && terms.length > 1) results = run("OR", true);
  const folded = terms.join(" ");
  const hits = results.flatMap((result): SearchHit[] => {
    const document = index.documents.get(String(result.id));
    if (!document) return [];
    const exact = exactness(index.names.get(document.id) ?? [], folded);
    const boost = exact === 1 ? options.exactBoost : exact > 0 ? options.startsWithBoost : 0;
    return [
      {
        id: document.id,
        kind: document.kind,
        type: document.type,
        score: result.score * (1 + boost),
        exact: exact === 1,
      },
    ];
  });
  // A result the query names exactly (a label or an alias: "CO", "Rothman") comes first, whatever its text scores.
  hits.sort((a, b) => Number(b.exact) - Number(a.exact) || b.score - a.score || a.id.localeCompare(b.id));
  const groups = new Map<string, SearchHit[]>();
  for (const hit of hits.slice(0, options.total)) {
    const group = groups.get(hit.type) ?? [];
    if (group.length < options.perGroup) group.push(hit);
    groups.set(hit.type, group);
  }
  return [...groups].map(([type, groupHits]) => ({ type, hits: groupHits }));
}
