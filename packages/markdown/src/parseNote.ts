import { type Diagnostic, diagnostic, type Vocabulary } from "@simpul/schema";
import type { Root } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { location } from "vfile-location";
import { blankComments } from "./blankComments";
import { inlineTags, mergeTags } from "./inlineTags";
import { linkDefinitions } from "./markdownLinks";
import { normalizeSource } from "./normalizeSource";
import { readNoteFields } from "./noteFields";
import { firstParagraph, plainText } from "./plainText";
import { readBlocks } from "./readBlocks";
import { type Frontmatter, readFrontmatter } from "./readFrontmatter";
import { readTables } from "./readTables";
import { remarkMath, textDollars } from "./remarkMath";
import { remarkTables } from "./remarkTables";
import { namesRelation } from "./scanInlineFields";
import { splitFrontmatter } from "./splitFrontmatter";
import { translateTables } from "./translateTables";
import type { ParsedNote, Point } from "./types";

/**
 * A GFM table needs a delimiter row: a line of `-`, `:`, `|`, spaces and tabs
 * (after the `>` of any blockquote) with a `:` or `|` in it. A note without
 * one parses to the same tree without the table extension, which is
 * otherwise tried on every line: about 6% of the parse of this knowledge
 * base's notes, most of which have no table.
 */
const DELIMITER_ROW = /^(?=[^\n]*-)(?=[^\n]*[|:])[ \t>]*[|:\- \t]*$/m;

// Frontmatter is cut off before parsing (splitFrontmatter), so remark sees only the body. Each extension is
// used only for a body that may hold what it reads: tried at every line or `$`, it costs parse time otherwise.
const parsers = {
  plain: unified().use(remarkParse),
  tables: unified().use(remarkParse).use(remarkTables),
  math: unified().use(remarkParse).use(remarkMath),
  both: unified().use(remarkParse).use(remarkTables).use(remarkMath),
};

/** The parser a body needs, and whether it reads math (whose dollars textDollars then checks). */
function parserFor(body: string) {
  const tables = DELIMITER_ROW.test(body);
  const math = body.includes("$");
  return { parser: parsers[tables ? (math ? "both" : "tables") : math ? "math" : "plain"], math };
}

export interface NoteSource {
  /** Path relative to the content folder, with `/`. */
  path: string;
  text: string;
}

export interface ParseResult {
  note: ParsedNote;
  diagnostics: Diagnostic[];
}

/**
 * A note that opens a frontmatter fence splitFrontmatter did not read: one
 * never closed, or one in another language (`---js`, `---toml`), which is
 * reported and never evaluated.
 */
function unreadFence(text: string, file: string): Diagnostic | undefined {
  const language = /^---[ \t]*([A-Za-z][\w-]*)[ \t]*$/m.exec(text.slice(0, text.indexOf("\n") + 1 || text.length));
  if (language?.index === 0) {
    const message = `Frontmatter in "${language[1]}" is not read (and never run); write it as YAML between two "---" lines`;
    return diagnostic("frontmatter-language", message, file);
  }
  if (/^---[ \t]*(\n|$)/.test(text)) {
    return diagnostic(
      "frontmatter-unclosed",
      'The frontmatter opened on line 1 is never closed; end it with a line "---"',
      file,
    );
  }
  return undefined;
}

/** Where `tables_en` gives the entry for `text`: its key's line, plain or quoted; undefined when written otherwise. */
function entryPoint(frontmatter: Frontmatter | undefined, yaml: string | undefined, text: string): Point | undefined {
  if (!frontmatter || yaml === undefined) return undefined;
  const from = frontmatter.keyOffset("tables_en");
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const entry = new RegExp(String.raw`^([ \t]+)["']?${escaped}["']?[ \t]*:`, "m").exec(yaml.slice(from));
  return entry ? frontmatter.pointAt(from + entry.index + (entry[1]?.length ?? 0)) : undefined;
}

/**
 * Parses one note: frontmatter, typed relations (frontmatter keys and inline
 * fields), plain links, citations and comparison tables, each with its
 * position. Links are not resolved here; that needs every note.
 */
export function parseNote(source: NoteSource, vocabulary: Vocabulary): ParseResult {
  const text = normalizeSource(source.text);
  const file = source.path;
  const diagnostics: Diagnostic[] = [];
  const place = location(text);
  const toPoint = (offset: number): Point => {
    const point = place.toPoint(offset);
    return point ? { line: point.line, column: point.column } : { line: 1, column: 1 };
  };
  const { yaml, bodyStart } = splitFrontmatter(text);
  const fence = yaml === undefined ? unreadFence(text, file) : undefined;
  if (fence) diagnostics.push(fence);
  const frontmatter = readFrontmatter(yaml, file, toPoint, diagnostics);
  const fields = readNoteFields(frontmatter, yaml !== undefined || fence !== undefined, file, vocabulary, diagnostics);
  // Offsets in the tree are in the body; points are in the note.
  const { text: body, unclosedAt } = blankComments(bodyStart === 0 ? text : text.slice(bodyStart));
  const bodyPoint = (offset: number) => toPoint(bodyStart + offset);
  if (unclosedAt !== undefined) {
    const message =
      'This comment ("%%") is never closed, so the rest of the note is hidden, as in Obsidian; close it with "%%"';
    diagnostics.push(diagnostic("comment-unclosed", message, file, bodyPoint(unclosedAt)));
  }
  const { parser, math } = parserFor(body);
  const tree = parser.parse(body) as Root;
  if (math) textDollars(tree, body, (text) => parsers.plain.parse(text));
  const read = readTables(tree, body, bodyPoint, file, diagnostics);
  const { tableNodes, headerRows, headerCitations } = read;
  const at = fields.keyPoints.tables_en;
  const tables = at
    ? translateTables(
        read.tables,
        fields.tablesEn,
        file,
        (text) => entryPoint(frontmatter, yaml, text) ?? at,
        diagnostics,
      )
    : read.tables;
  const definitions = linkDefinitions(tree, body);
  const blocks = readBlocks(tree, body, headerRows, definitions, file, vocabulary, bodyPoint, diagnostics);
  const prose = plainText(tree, tableNodes, namesRelation(vocabulary));
  return {
    note: {
      file,
      type: fields.type,
      id: fields.id,
      idPoint: fields.idPoint,
      title: fields.title,
      titleEn: fields.titleEn,
      aliases: fields.aliases,
      summary: fields.summary || firstParagraph(tree),
      summaryEn: fields.summaryEn,
      body: prose,
      tags: mergeTags(fields.tags, inlineTags(tree, body)),
      fields: fields.fields,
      keyPoints: fields.keyPoints,
      relations: [...fields.relations, ...blocks.relations],
      citations: [
        ...fields.relations.flatMap((relation) => relation.citations),
        ...blocks.citations,
        ...headerCitations,
        ...tables.flatMap((table) => table.rows.flatMap((row) => row.cells.flatMap((cell) => cell.citations))),
      ],
      mentions: blocks.mentions,
      tables,
    },
    diagnostics,
  };
}
