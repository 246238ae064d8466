import type { Query } from "minisearch";
import { countPostings, matchingDocuments } from "./enginePasses";
import { SHORTEST_PREFIX } from "./normalize";
import type { SearchIndex } from "./searchIndex";
import { termVariants } from "./termVariants";

/**
 * One query word: the word itself, as a prefix when it is the word being
 * typed and has three letters or more (so "pengemb" works; one or two letters
 * are an abbreviation such as CO); `wide`, also with a typo (so "rotman"
 * works; `wider`, two in a long word) or any of its stems exactly. Words
 * already typed out are not prefixes: in a large vault a short prefix
 * matches thousands of terms.
 */
function wordQuery(word: string, typing: boolean, wide: boolean, wider = false): Query {
  const literal: Query = {
    queries: [word],
    prefix: typing && word.length >= SHORTEST_PREFIX,
    fuzzy: wide && word.length >= 4 ? (wider && word.length >= LONG_WORD ? 2 : 1) : false,
  };
  const variants = wide ? termVariants(word) : [];
  if (variants.length === 0) return literal;
  return { combineWith: "OR", queries: [literal, { queries: variants, prefix: false, fuzzy: false }] };
}

/** Letters from which a word may hold two typos. */
const LONG_WORD = 8;

/** Documents a query may match before only the most central (and those it names exactly) are ranked. */
export const MANY_MATCHES = 1000;

/** Words found in more documents than this are complete as typed: completing them would only add weaker matches. */
const COMMON_WORD = 2000;

/**
 * Which documents a query matches, and the word queries that match them:
 * every word as typed; when that finds fewer than `enough`, with typos and
 * stems too; when still none and there are several words, any word. Nothing
 * is scored yet, and with AND the rarest word goes first so the others only
 * check the documents left.
 */
export function findDocuments(index: SearchIndex, terms: string[], named: readonly string[], enough: number) {
  const counts = terms.map((term) => countPostings(index, term));
  const last = terms.length - 1;
  const typing = (counts[last] ?? 0) <= COMMON_WORD;
  // Words no document holds as typed, long enough for two typos.
  const misspelt = terms.map((term, i) => term.length >= LONG_WORD && counts[i] === 0);
  const queriesOf = (wide: boolean, wider = false) =>
    terms.map((term, i) => wordQuery(term, typing && i === last, wide, wider && misspelt[i]));
  const rarestFirst = [...terms.keys()].sort((a, b) => (counts[a] ?? 0) - (counts[b] ?? 0));
  const findAll = (queries: Query[]) =>
    rarestFirst.reduce<Set<string> | undefined>(
      (ids, i) => (ids?.size === 0 ? ids : matchingDocuments(index, queries[i] as Query, ids)),
      undefined,
    ) ?? new Set<string>();
  let queries = queriesOf(false);
  let ids = findAll(queries);
  if (ids.size >= enough) return { queries, ids };
  queries = queriesOf(true);
  ids = findAll(queries);
  // Two letters swapped ("pengorganisasain") are two edits: tried only when one found nothing, as it costs more.
  if (ids.size === 0 && misspelt.includes(true)) {
    queries = queriesOf(true, true);
    ids = findAll(queries);
  }
  if (ids.size === 0 && terms.length > 1) ids = findAny(index, queries, rarestFirst, counts, named);
  return { queries, ids };
}

/**
 * Documents matching any of the word queries, rarest word first; a common
 * word adds only the documents `focus` would keep (and those already found).
 */
function findAny(
  index: SearchIndex,
  queries: Query[],
  rarestFirst: number[],
  counts: number[],
  named: readonly string[],
): Set<string> {
  const ids = new Set<string>();
  for (const i of rarestFirst) {
    const common = (counts[i] ?? 0) > MANY_MATCHES;
    const within = common ? new Set([...index.tier, ...named, ...ids]) : undefined;
    for (const id of matchingDocuments(index, queries[i] as Query, within)) ids.add(id);
  }
  return ids;
}

/**
 * Of very many matches, the most central documents and those the query names
 * exactly: a list of `total` is filled from them many times over, and scoring
 * every match would cost most of a large vault's search time.
 */
export function focus(index: SearchIndex, ids: Set<string>, named: readonly string[], enough: number): Set<string> {
  if (ids.size <= MANY_MATCHES) return ids;
  const kept = new Set([...index.tier].filter((id) => ids.has(id)));
  for (const id of named) if (ids.has(id)) kept.add(id);
  // Matches mostly outside the tier: top up in index order, so the work stays bounded.
  for (const id of ids) {
    if (kept.size >= enough) break;
    kept.add(id);
  }
  return kept;
}
