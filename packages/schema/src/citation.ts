/** A citation as attached to an edge or a value: a bibliography key and an optional locator. */
export interface Citation {
  key: string;
  /** Page or page range as written (`28`, `292-293`); absent when none is given. */
  page?: string;
}

/** A bibliography entry, reduced to what the explorer shows. */
export interface Reference {
  key: string;
  /** BibTeX entry type: `book`, `article`, `incollection`, `misc`, … */
  type: string;
  /** Authors or editors, as "Last, First". */
  authors: string[];
  year: string;
  title: string;
  /** Journal or book the entry appears in, if any. */
  container: string;
  publisher: string;
  /** Where the entry is defined: `file:line`. */
  provenance: string;
}
