import { type Diagnostic, diagnostic, type Vocabulary } from "@simpul/schema";
import type { Root, Yaml } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { location } from "vfile-location";
import { normalizeSource } from "./normalizeSource";
import { readNoteFields } from "./noteFields";
import { firstParagraph, plainText } from "./plainText";
import { readBlocks } from "./readBlocks";
import { readFrontmatter } from "./readFrontmatter";
import { readTables } from "./readTables";
import { remarkTables } from "./remarkTables";
import type { ParsedNote, Point } from "./types";

const withTables = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkTables);
const withoutTables = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]);

/**
 * A GFM table needs a delimiter row: a line of `-`, `:`, `|`, spaces and tabs
 * (after the `>` of any blockquote) with a `:` or `|` in it. A note without
 * one parses to the same tree without the table extension, which otherwise
 * tries every block and costs about a third of the parse.
 */
const DELIMITER_ROW = /^(?=[^\n]*-)(?=[^\n]*[|:])[ \t>]*[|:\- \t]*$/m;

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
 * A note that opens a frontmatter fence remark-frontmatter did not read: one
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
  const tree = (DELIMITER_ROW.test(text) ? withTables : withoutTables).parse(text) as Root;
  const yamlNode = tree.children[0]?.type === "yaml" ? (tree.children[0] as Yaml) : undefined;
  const fence = yamlNode ? undefined : unreadFence(text, file);
  if (fence) diagnostics.push(fence);
  const frontmatter = readFrontmatter(yamlNode, file, toPoint, diagnostics);
  const fields = readNoteFields(
    frontmatter,
    yamlNode !== undefined || fence !== undefined,
    file,
    vocabulary,
    diagnostics,
  );
  const { tables, tableNodes, headerRows } = readTables(tree, text, toPoint);
  const blocks = readBlocks(tree, text, headerRows, file, vocabulary, toPoint, diagnostics);
  const body = plainText(tree, tableNodes);
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
      body,
      tags: fields.tags,
      fields: fields.fields,
      keyPoints: fields.keyPoints,
      relations: [...fields.relations, ...blocks.relations],
      citations: [
        ...fields.relations.flatMap((relation) => relation.citations),
        ...blocks.citations,
        ...tables.flatMap((table) => table.rows.flatMap((row) => row.cells.flatMap((cell) => cell.citations))),
      ],
      mentions: blocks.mentions,
      tables,
    },
    diagnostics,
  };
}
