import type { KnowledgeGraph } from "../graph/types";
import { relationLabel } from "../i18n/labels";
import { words } from "../search/normalize";
import { pageLabel } from "./citationLabel";
import { foldedFields, holdsEvery } from "./foldedFields";
import type { Claim, ClaimFilter } from "./types";

/** The filter that lets every claim through. */
export const NO_CLAIM_FILTER: ClaimFilter = { text: "", page: null, kind: null };

/** Whether a filter narrows anything: the list and the CSV then say they are filtered. */
export function isFiltering(filter: ClaimFilter): boolean {
  return words(filter.text).length > 0 || filter.page !== null || filter.kind !== null;
}

const TABLE_KIND = "table:";

/**
 * What kind of claim this is, as the view's kind filter offers it: a
 * relation's name, or `table:` and the table's id for a cell (no relation
 * name has a colon, so the two never meet).
 */
export function claimKind(claim: Claim): string {
  return claim.kind === "edge" ? claim.relation : `${TABLE_KIND}${claim.table}`;
}

/** The table a kind names, or null when it names a relation. */
export function kindTable(kind: string): string | null {
  return kind.startsWith(TABLE_KIND) ? kind.slice(TABLE_KIND.length) : null;
}

/**
 * Everything a reader may look a claim up by, in both languages: both nodes'
 * names and other names, the relation's name, or the cell's table, dimension
 * and value, and the page. A new index makes new claims, so none goes stale.
 */
const searchableText = foldedFields((claim: Claim, graph: KnowledgeGraph) => {
  const names = (key: string) => {
    if (!graph.hasNode(key)) return [key];
    const node = graph.getNodeAttributes(key);
    return [node.label, node.labelEn, ...node.aliases];
  };
  const page = claim.page ? [claim.page, pageLabel(claim.page, "id"), pageLabel(claim.page, "en")] : [];
  if (claim.kind === "edge") {
    const vocabulary = graph.getAttribute("vocabulary");
    const relation = (lang: "id" | "en") => relationLabel(vocabulary, claim.relation, "out", lang);
    return [...names(claim.source), relation("id"), relation("en"), ...names(claim.target), ...page];
  }
  const table = graph.getAttribute("comparisons").find((candidate) => candidate.id === claim.table);
  return [
    ...names(claim.node),
    table?.title ?? claim.table,
    table?.titleEn,
    claim.dimension,
    table?.rowsEn?.[claim.row],
    claim.value,
    claim.valueEn,
    ...page,
  ];
});

/**
 * A test for claims passing `filter`: each word of its text found in the
 * claim's text, whole or as part of a word (ignoring case and accents:
 * "pemberdayaan" finds "Pémberdayaan"), and its page and kind the ones asked
 * for, if any.
 */
export function claimMatcher(graph: KnowledgeGraph, filter: ClaimFilter): (claim: Claim) => boolean {
  const terms = words(filter.text);
  return (claim) =>
    (filter.page === null || claim.page === filter.page) &&
    (filter.kind === null || claimKind(claim) === filter.kind) &&
    (terms.length === 0 || holdsEvery(searchableText(claim, graph), terms));
}

/** The claims passing `filter`, in the order given; the same list when it narrows nothing. */
export function filterClaims(graph: KnowledgeGraph, claims: readonly Claim[], filter: ClaimFilter): readonly Claim[] {
  return isFiltering(filter) ? claims.filter(claimMatcher(graph, filter)) : claims;
}
