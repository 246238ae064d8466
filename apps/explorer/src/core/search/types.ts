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
}

/** One result: the document, its score after ranking, and whether the query named it exactly. */
export interface SearchHit {
  id: string;
  kind: SearchDocument["kind"];
  type: string;
  score: number;
  exact: boolean;
}

/** Results of one type, best group first. */
export interface SearchGroup {
  type: string;
  hits: SearchHit[];
}
