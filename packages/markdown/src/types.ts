import type { Citation } from "@simpul/schema";

/** A 1-based position in a note, for diagnostics and provenance. */
export interface Point {
  line: number;
  column: number;
}

export interface PositionedCitation extends Citation, Point {}

/** A wiki link as written: `[[target#heading|display]]`. */
export interface WikiLink extends Point {
  /** The note named, without heading, display text or `.md`. */
  target: string;
  display: string;
  /** Set when the link names a heading or block of the note (`[[target#heading]]`, `[[target^block]]`). */
  section?: true;
  /**
   * Set when the link names a file beside the notes (`[[report.pdf]]`): a
   * note only if one has that very file name (`data.json.md`), as in Obsidian.
   */
  attachment?: true;
}

/** A typed relation stated in frontmatter or by an inline field. */
export interface RelationStatement {
  /** The relation name as written (may be an inverse name). */
  name: string;
  link: WikiLink;
  citations: PositionedCitation[];
  origin: "frontmatter" | "inline";
}

/** A plain wiki link in prose, with the citations of its paragraph. */
export interface Mention {
  link: WikiLink;
  citations: PositionedCitation[];
}

export interface TableCell {
  value: string;
  /** Its English, from the note's `tables_en`, when given. */
  valueEn?: string;
  citations: PositionedCitation[];
}

export interface TableRow extends Point {
  dimension: string;
  dimensionEn?: string;
  /** One cell per column, in column order. */
  cells: TableCell[];
}

/** A comparison table: wiki links as column headers, dimensions as rows. */
export interface ParsedTable extends Point {
  /** Slug of the nearest heading above the table (or `table-N`). */
  slug: string;
  title: string;
  titleEn?: string;
  columns: WikiLink[];
  rows: TableRow[];
}

/** Everything a note says, with positions, before links are resolved. */
export interface ParsedNote {
  /** Path relative to the content folder, with `/`. */
  file: string;
  type: string;
  id: string;
  /** Where the id comes from, for duplicate-id diagnostics. */
  idPoint: Point;
  title: string;
  titleEn: string;
  aliases: string[];
  summary: string;
  summaryEn: string;
  body: string;
  tags: string[];
  fields: Record<string, string>;
  /** Where each frontmatter key is written. */
  keyPoints: Record<string, Point>;
  relations: RelationStatement[];
  mentions: Mention[];
  tables: ParsedTable[];
  /** Every citation in the note, attached or not, for validation. */
  citations: PositionedCitation[];
}
