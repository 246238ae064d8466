import type { Reference } from "../graph/types";

/** A relation that cites a reference. */
export interface EdgeClaim {
  kind: "edge";
  edge: string;
  source: string;
  target: string;
  relation: string;
  page?: string;
  provenance: string[];
}

/** A comparison-table cell that cites a reference. */
export interface ValueClaim {
  kind: "value";
  node: string;
  table: string;
  dimension: string;
  /** Zero-based row of the table, which says where the cell is written. */
  row: number;
  value: string;
  valueEn?: string;
  page?: string;
}

export type Claim = EdgeClaim | ValueClaim;

/** One bibliography entry with everything that cites it. */
export interface BibliographyEntry {
  key: string;
  /** Undefined when a citation names a key the bibliography lacks. */
  reference: Reference | undefined;
  /** The `work` node whose `bibkey` is this key, if the vault has one. */
  work: string | null;
  /** Claims listed so far: table cells only once their note details are in. */
  claims: Claim[];
  /** How many claims cite it, table cells included even before their details arrive. */
  count: number;
  /** Table cells citing it whose details are not in yet: counted, not listed. */
  unlisted: number;
}

/** The claims of one work a list shows: all of them, or those a filter left. */
export interface WorkClaims {
  bibkey: string;
  claims: readonly Claim[];
}

/** Every bibliography entry by key, and the work node of each key. */
export interface CitationIndex {
  entries: Map<string, BibliographyEntry>;
  workByBibkey: Map<string, string>;
}

export type BibliographySort = "author" | "year" | "claims";

/** The column the bibliography is sorted by, and which way. */
export interface BibliographyOrder {
  by: BibliographySort;
  descending: boolean;
}

/**
 * What the citation view's list is narrowed to: claims holding every word
 * of `text`, cited at `page`, of kind `kind` (a relation, or a cell of one
 * table: see claimKind); null allows any.
 */
export interface ClaimFilter {
  text: string;
  page: string | null;
  kind: string | null;
}
