/** One searchable thing: a node, or a bibliography entry the vault has no note for. */
export interface SearchDocument {
  /** Node key, or `ref:<bibkey>`. */
  id: string;
  kind: "node" | "reference";
  /** Node type; "reference" for bibliography entries. */
  type: string;
  label: string;
  labelEn: string;
  aliases: string[];
  /** Authors of a work, as written and as "First Last". */
  authors: string;
  year: string;
  bibkey: string;
  /** A work's bibliographic title and container. */
  title: string;
  summary: string;
  body: string;
  /** A node's tags (from its note's frontmatter and text). */
  tags: string[];
}

/** One result: the document, its score after ranking, and whether the query named it exactly. */
export interface SearchHit {
  id: string;
  kind: SearchDocument["kind"];
  type: string;
  score: number;
  exact: boolean;
}

/** Where a result matched: its names (labels, aliases), or only its text (summary, note, authors, title). */
export type SearchSection = "name" | "text";

/** The sections in the order they are listed: what the query names before what only mentions it. */
export const SEARCH_SECTIONS: readonly SearchSection[] = ["name", "text"];

/** The results of one section, best first; each hit keeps its type, shown on its row. */
export interface SearchGroup {
  section: SearchSection;
  hits: SearchHit[];
}
