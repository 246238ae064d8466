import type { KnowledgeGraph } from "../graph/types";
import { relationLabel } from "../i18n/labels";
import { fold, words } from "../search/normalize";
import { pageLabel } from "./citationLabel";
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

// Folded once per claim: the filter runs at every keystroke. A new index makes new claims, so none goes stale.
const folded = new WeakMap<Claim, string>();

/**
 * Everything a reader may look a claim up by, in both languages, folded, one
 * field a line (so no word matches across two): both nodes' names and other
 * names, the relation's name, or the cell's table, dimension and value, and the page.
 */
function searchableText(graph: KnowledgeGraph, claim: Claim): string {
  let text = folded.get(claim);
  if (text !== undefined) return text;
  const names = (key: string) => {
    if (!graph.hasNode(key)) return [key];
    const node = graph.getNodeAttributes(key);
    return [node.label, node.labelEn, ...node.aliases];
  };
  const page = claim.page ? [claim.page, pageLabel(claim.page, "id"), pageLabel(claim.page, "en")] : [];
  let fields: (string | undefined)[];
  if (claim.kind === "edge") {
    const vocabulary = graph.getAttribute("vocabulary");
    const relation = (lang: "id" | "en") => relationLabel(vocabulary, claim.relation, "out", lang);
    fields = [...names(claim.source), relation("id"), relation("en"), ...names(claim.target), ...page];
  } else {
    const table = graph.getAttribute("comparisons").find((candidate) => candidate.id === claim.table);
    fields = [
      ...names(claim.node),
      table?.title ?? claim.table,
      table?.titleEn,
      claim.dimension,
      table?.rowsEn?.[claim.row],
      claim.value,
      claim.valueEn,
      ...page,
    ];
  }
  text = fold(fields.filter(Boolean).join("\n"));
  folded.set(claim, text);
  return text;
}

/**
 * A test for claims passing `filter`: each word of its text found in the
 * claim's words (ignoring case and accents: "pemberdayaan" finds
 * "Pémberdayaan"), and its page and kind the ones asked for, if any.
 */
export function claimMatcher(graph: KnowledgeGraph, filter: ClaimFilter): (claim: Claim) => boolean {
  const terms = words(filter.text);
  return (claim) =>
    (filter.page === null || claim.page === filter.page) &&
    (filter.kind === null || claimKind(claim) === filter.kind) &&
    (terms.length === 0 || terms.every((term) => searchableText(graph, claim).includes(term)));
}

/** The claims passing `filter`, in the order given; the same list when it narrows nothing. */
export function filterClaims(graph: KnowledgeGraph, claims: readonly Claim[], filter: ClaimFilter): readonly Claim[] {
  return isFiltering(filter) ? claims.filter(claimMatcher(graph, filter)) : claims;
}
