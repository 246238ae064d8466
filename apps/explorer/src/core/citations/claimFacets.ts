import type { KnowledgeGraph } from "../graph/types";
import { relationLabel, tableText } from "../i18n/labels";
import type { Lang } from "../i18n/types";
import { compareText } from "../search/compareText";
import { claimId } from "./citationIndex";
import { pageLabel } from "./citationLabel";
import { claimKind, claimMatcher, kindTable } from "./filterClaims";
import type { Claim, ClaimFilter } from "./types";

/** A value to narrow the list to, what it reads as, and how many claims it would leave. */
export interface Facet {
  value: string;
  label: string;
  count: number;
}

/** The pages and the kinds of claim (relations, then table cells by table) the list can be narrowed to. */
export interface ClaimFacets {
  pages: Facet[];
  kinds: Facet[];
  /**
   * Whether the claims, unfiltered, give a choice of page (any cites one) or
   * of kind (more than one): decided so, a choice does not come and go as the reader types.
   */
  offered: { page: boolean; kind: boolean };
}

/**
 * Counts distinct claims by a value of each. Values no claim has are left
 * out, but the one asked for is kept, if at zero, so the choice stays on show.
 */
function counts(claims: readonly Claim[], facetOf: (claim: Claim) => string | undefined, kept: string | null) {
  const ids = new Map<string, Set<string>>();
  if (kept !== null) ids.set(kept, new Set());
  for (const claim of claims) {
    const value = facetOf(claim);
    if (value === undefined) continue;
    const set = ids.get(value) ?? new Set();
    set.add(claimId(claim));
    ids.set(value, set);
  }
  return [...ids].map(([value, set]) => ({ value, count: set.size }));
}

/** Pages by their first number ("9" before "27", "292-293" after), then as text ("xii"). */
const firstNumber = (page: string): number => Number.parseInt(/\d+/.exec(page)?.[0] ?? "", 10);
const byPage = (a: string, b: string): number => {
  const [x, y] = [firstNumber(a), firstNumber(b)];
  if (Number.isNaN(x) !== Number.isNaN(y)) return Number.isNaN(x) ? 1 : -1;
  return (Number.isNaN(x) ? 0 : x - y) || compareText(a, b);
};

/**
 * What each page and each kind of claim would leave of `claims`, counted as
 * faceted search counts: with the text and the other choice applied (a page
 * says how many of the relations chosen it holds), a claim listed twice once.
 * Pages in page order; relations by name, then tables by title, in `lang`.
 */
export function claimFacets(
  graph: KnowledgeGraph,
  claims: readonly Claim[],
  filter: ClaimFilter,
  lang: Lang,
): ClaimFacets {
  // Each choice counts the claims the other lets through: a page, those of the kind chosen.
  const forPages = claims.filter(claimMatcher(graph, { ...filter, page: null }));
  const forKinds = claims.filter(claimMatcher(graph, { ...filter, kind: null }));
  const vocabulary = graph.getAttribute("vocabulary");
  const tables = new Map(graph.getAttribute("comparisons").map((table) => [table.id, table]));
  const kindLabel = (kind: string) => {
    const id = kindTable(kind);
    if (id === null) return relationLabel(vocabulary, kind, "out", lang);
    const table = tables.get(id);
    return table ? tableText(table.title, table.titleEn, lang) : id;
  };
  const pages = counts(forPages, (claim) => claim.page, filter.page)
    .sort((a, b) => byPage(a.value, b.value))
    .map((facet) => ({ ...facet, label: pageLabel(facet.value, lang) }));
  const kinds = counts(forKinds, claimKind, filter.kind)
    .map((facet) => ({ ...facet, label: kindLabel(facet.value) }))
    .sort(
      (a, b) =>
        Number(kindTable(a.value) !== null) - Number(kindTable(b.value) !== null) || compareText(a.label, b.label),
    );
  const offered = {
    page: filter.page !== null || claims.some((claim) => claim.page !== undefined),
    kind: filter.kind !== null || new Set(claims.map(claimKind)).size > 1,
  };
  return { pages, kinds, offered };
}
