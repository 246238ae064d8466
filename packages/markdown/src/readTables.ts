import { type Diagnostic, diagnostic, slugify } from "@simpul/schema";
import type { TableCell as MdastTableCell, Nodes, Root, Table } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import { splitCitations, withoutCitations } from "./scanCitations";
import { replaceWikiLinks, scanWikiLinks } from "./scanWikiLinks";
import type { ParsedTable, Point, PositionedCitation, TableCell, WikiLink } from "./types";

/**
 * Finds comparison tables: GFM tables whose header cells after the first are
 * wiki links (at least two). Also returns the table nodes, which are not
 * prose, and their header rows, whose links are columns rather than mentions.
 * A column whose header is no link is reported, not read. The citations of
 * comparison tables' headers are returned too, to be checked even where no
 * cell carries them (a table with no rows).
 */
export function readTables(
  tree: Root,
  source: string,
  toPoint: (offset: number) => Point,
  file: string,
  diagnostics: Diagnostic[],
): { tables: ParsedTable[]; tableNodes: Set<Nodes>; headerRows: Set<Nodes>; headerCitations: PositionedCitation[] } {
  const tables: ParsedTable[] = [];
  const headerCitations: PositionedCitation[] = [];
  const tableNodes = new Set<Nodes>();
  const headerRows = new Set<Nodes>();
  const slugs = new Set<string>();
  let heading = "";
  for (const node of tree.children) {
    if (node.type === "heading") heading = replaceWikiLinks(withoutCitations(mdastToString(node))).trim();
    if (node.type !== "table") continue;
    const parsed = readTable(node, source, toPoint, (message, offset) =>
      diagnostics.push(diagnostic("table-column", message, file, toPoint(offset))),
    );
    if (!parsed) continue;
    const { citations, ...table } = parsed;
    headerCitations.push(...citations);
    let slug = slugify(heading) || `table-${tables.length + 1}`;
    for (let n = 2; slugs.has(slug); n++) slug = `${slugify(heading) || "table"}-${n}`;
    slugs.add(slug);
    tables.push({ ...table, slug, title: heading });
    tableNodes.add(node);
    if (node.children[0]) headerRows.add(node.children[0]);
  }
  return { tables, tableNodes, headerRows, headerCitations };
}

function readTable(
  node: Table,
  source: string,
  toPoint: (offset: number) => Point,
  report: (message: string, offset: number) => void,
): (Omit<ParsedTable, "slug" | "title"> & { citations: PositionedCitation[] }) | undefined {
  const [header, ...body] = node.children;
  if (!header) return undefined;
  const [corner, ...heads] = header.children;
  const columns: (WikiLink | undefined)[] = heads.map((cell) => {
    const { text, start } = cellSource(cell, source);
    const link = scanWikiLinks(text).find((found) => !found.attachment);
    return link ? { target: link.target, display: link.display, ...toPoint(start + link.offset) } : undefined;
  });
  if (columns.filter(Boolean).length < 2) return undefined;
  const linked = columns.flatMap((column, index) => (column ? [{ column, index: index + 1 }] : []));
  const headValues = heads.map((cell) => cellValue(cell, source, toPoint));
  for (const [index, column] of columns.entries()) {
    if (column) continue;
    const cell = heads[index] as MdastTableCell;
    const shown = headValues[index]?.value ?? "";
    const filled = body.some((row) => {
      const found = row.children[index + 1];
      return found !== undefined && cellValue(found, source, toPoint).value !== "";
    });
    if (shown === "" && !filled) continue;
    const { text, start } = cellSource(cell, source);
    report(
      `Column ${index + 2}${shown === "" ? "" : ` ("${shown}")`} of this comparison table is not headed by a wiki link, so its cells are left out of the graph; head it with a link such as [[${shown || "Note title"}]], or move it out of the table`,
      start + Math.max(0, text.search(/[^|\s]/)),
    );
  }
  // A citation in a header supports every cell below it; one in the corner, every cell of the table.
  const cornerCitations = corner ? cellValue(corner, source, toPoint).citations : [];
  const headCitations = headValues.map((value) => value.citations);
  const rows = body.map((row) => {
    const [first, ...rest] = row.children;
    const dimension = first ? cellValue(first, source, toPoint) : { value: "", citations: [] };
    const cells = linked.map(({ index }) => {
      const cell = rest[index - 1];
      const value = cell ? cellValue(cell, source, toPoint) : { value: "", citations: [] };
      const citations = [
        ...cornerCitations,
        ...(headCitations[index - 1] ?? []),
        ...dimension.citations,
        ...value.citations,
      ];
      return { value: value.value, citations: onceEach(citations) };
    });
    return { dimension: dimension.value, cells, ...toPoint(row.position?.start.offset ?? 0) };
  });
  return {
    columns: linked.map(({ column }) => column),
    rows,
    citations: [...cornerCitations, ...headCitations.flat()],
    ...toPoint(node.position?.start.offset ?? 0),
  };
}

/** A cell's citations, each work and page once: a header and a cell may cite the same. */
function onceEach(citations: PositionedCitation[]): PositionedCitation[] {
  const seen = new Set<string>();
  return citations.filter(({ key, page }) => {
    const id = `${key}\0${page ?? ""}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function cellSource(cell: MdastTableCell, source: string): { text: string; start: number } {
  const start = cell.position?.start.offset ?? 0;
  return { text: source.slice(start, cell.position?.end.offset ?? start), start };
}

/** A cell as plain text: links shown by their text, citations lifted out. */
function cellValue(cell: MdastTableCell, source: string, toPoint: (offset: number) => Point): TableCell {
  const { text, start } = cellSource(cell, source);
  const cited = splitCitations(text);
  const citations: PositionedCitation[] = cited.citations.map(({ offset, ...citation }) => ({
    ...citation,
    ...toPoint(start + offset),
  }));
  const value = replaceWikiLinks(cited.rest)
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/\\\|/g, "|")
    .replace(/^\s*\|?|\|?\s*$/g, "")
    .replace(/[ \t]+/g, " ")
    .replace(/ *\n */g, "\n")
    .trim();
  return { value, citations };
}
