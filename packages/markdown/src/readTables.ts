import { slugify } from "@simpul/schema";
import type { TableCell as MdastTableCell, Nodes, Root, Table } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import { scanCitations } from "./scanCitations";
import { replaceWikiLinks, scanWikiLinks } from "./scanWikiLinks";
import type { ParsedTable, Point, PositionedCitation, TableCell, WikiLink } from "./types";

/**
 * Finds comparison tables: GFM tables whose header cells after the first are
 * wiki links (at least two). Also returns the table nodes, which are not
 * prose, and their header rows, whose links are columns rather than mentions.
 */
export function readTables(
  tree: Root,
  source: string,
  toPoint: (offset: number) => Point,
): { tables: ParsedTable[]; tableNodes: Set<Nodes>; headerRows: Set<Nodes> } {
  const tables: ParsedTable[] = [];
  const tableNodes = new Set<Nodes>();
  const headerRows = new Set<Nodes>();
  const slugs = new Set<string>();
  let heading = "";
  for (const node of tree.children) {
    if (node.type === "heading") heading = replaceWikiLinks(mdastToString(node)).trim();
    if (node.type !== "table") continue;
    const parsed = readTable(node, source, toPoint);
    if (!parsed) continue;
    let slug = slugify(heading) || `table-${tables.length + 1}`;
    for (let n = 2; slugs.has(slug); n++) slug = `${slugify(heading) || "table"}-${n}`;
    slugs.add(slug);
    tables.push({ ...parsed, slug, title: heading });
    tableNodes.add(node);
    if (node.children[0]) headerRows.add(node.children[0]);
  }
  return { tables, tableNodes, headerRows };
}

function readTable(
  node: Table,
  source: string,
  toPoint: (offset: number) => Point,
): Omit<ParsedTable, "slug" | "title"> | undefined {
  const [header, ...body] = node.children;
  if (!header) return undefined;
  const columns: (WikiLink | undefined)[] = header.children.slice(1).map((cell) => {
    const { text, start } = cellSource(cell, source);
    const link = scanWikiLinks(text)[0];
    return link ? { target: link.target, display: link.display, ...toPoint(start + link.offset) } : undefined;
  });
  if (columns.filter(Boolean).length < 2) return undefined;
  const linked = columns.flatMap((column, index) => (column ? [{ column, index: index + 1 }] : []));
  const rows = body.map((row) => {
    const [first, ...rest] = row.children;
    const dimension = first ? cellValue(first, source, toPoint) : { value: "", citations: [] };
    const cells = linked.map(({ index }) => {
      const cell = rest[index - 1];
      const value = cell ? cellValue(cell, source, toPoint) : { value: "", citations: [] };
      return { value: value.value, citations: [...dimension.citations, ...value.citations] };
    });
    return { dimension: dimension.value, cells, ...toPoint(row.position?.start.offset ?? 0) };
  });
  return { columns: linked.map(({ column }) => column), rows, ...toPoint(node.position?.start.offset ?? 0) };
}

function cellSource(cell: MdastTableCell, source: string): { text: string; start: number } {
  const start = cell.position?.start.offset ?? 0;
  return { text: source.slice(start, cell.position?.end.offset ?? start), start };
}

/** A cell as plain text: links shown by their text, citations lifted out. */
function cellValue(cell: MdastTableCell, source: string, toPoint: (offset: number) => Point): TableCell {
  const { text, start } = cellSource(cell, source);
  const citations: PositionedCitation[] = scanCitations(text).map(({ offset, ...citation }) => ({
    ...citation,
    ...toPoint(start + offset),
  }));
  const value = replaceWikiLinks(text)
    .replace(/\[[^[\]\n]*@[^[\]\n]*\]/g, "")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/\\\|/g, "|")
    .replace(/^\s*\|?|\|?\s*$/g, "")
    .replace(/[ \t]+/g, " ")
    .replace(/ *\n */g, "\n")
    .trim();
  return { value, citations };
}
