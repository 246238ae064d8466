import type { Citation } from "@simpul/schema";

export interface FoundCitation extends Citation {
  offset: number;
}

/** Where citations are written in a text: `text.slice(start, end)`, a bracketed group or one in the text. */
type Spans = [start: number, end: number][];

// A key as Pandoc reads it: letters, digits and `_`, and inner punctuation only between them (`@a:b-1`, not `@a?`).
const KEY = String.raw`[\p{L}\p{N}_]+(?:[:.#$%&+?<>~/-][\p{L}\p{N}_]+)*`;
// Pandoc citation groups: `[@key]`, `[@key, p. 28]`, `[see @a, pp. 3-4; @b]`, `[-@key]`; not a link's text, inline
// or by reference (`[@handle](url)`, `[@handle][ref]`).
const GROUP = /\[([^[\]\n]*@[^[\]\n]*)\](?![([])/g;
// A locator follows the key after a comma, or, as Pandoc also reads it, after a space when it opens with a
// locator term and a number: `[see @item1 p. 34-35]`, `[@a hlm. 12]`. Other words there are a suffix, not a page.
const ITEM = new RegExp(
  String.raw`@(${KEY})(?:\s*,\s*([^;]*)|\s+((?:pp?|pages?|hlm|hal|chap|ch|bab|sec|§)\.?\s*\d[^;]*))?`,
  "u",
);
const PAGES = /\d+(?:\s*[-–—]+\s*\d+)?/;
// Pandoc's citation in the text, `@key` or `@key [p. 33]`: not in an address, a URL or a word (`a@b.id`,
// `?b=@c`), nor escaped (`\@`). Its locator is no footnote (`[^1]`) nor a link's text (`[teks](url)`, `[teks][ref]`).
const IN_TEXT = new RegExp(
  String.raw`(?<![\p{L}\p{N}_\\/@.+=:-])@(${KEY})(?:[ \t]?\[(?!\^)([^[\]\n@]*)\](?![[(]))?`,
  "gu",
);
/** Wiki links and bracketed groups: an `@` inside them is a group's, a link's or a wiki link's, never in the text. */
export const BRACKETED = /\[\[[^\]\n]*\]\]|\[[^[\]\n]*\]/g;

/** Finds Pandoc citations in `text`, bracketed or in the text, one entry per cited key, in the order written. */
export function scanCitations(text: string): FoundCitation[] {
  return scan(text).citations;
}

/** The text with its citations taken out, bracketed and in the text (a table's title). */
export function withoutCitations(text: string): string {
  return splitCitations(text).rest;
}

/** The citations of a text, and the text without them (a table cell: its citations and its value), in one scan. */
export function splitCitations(text: string): { citations: FoundCitation[]; rest: string } {
  const runs = citationRuns(text);
  return {
    citations: runs.flatMap((run) => ("citations" in run ? run.citations : [])),
    rest: runs.map((run) => ("text" in run ? run.text : "")).join(""),
  };
}

/** A stretch of text between citations, or one citation group (bracketed, or one key in the text) as written, and its citations. */
export type CitationRun = { text: string } | { written: string; citations: FoundCitation[] };

/** A text cut at its citations, in order: for showing each group as a link where it is written. */
export function citationRuns(text: string): CitationRun[] {
  const { citations, spans } = scan(text);
  const runs: CitationRun[] = [];
  let last = 0;
  // Citations come in the order written, as the spans once sorted: one walk through both.
  let next = 0;
  for (const [start, end] of spans.sort((a, b) => a[0] - b[0])) {
    if (start > last) runs.push({ text: text.slice(last, start) });
    const first = next;
    while (next < citations.length && (citations[next]?.offset ?? end) < end) next++;
    runs.push({ written: text.slice(start, end), citations: citations.slice(first, next) });
    last = end;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs;
}

function scan(text: string): { citations: FoundCitation[]; spans: Spans } {
  const citations: FoundCitation[] = [];
  const spans: Spans = [];
  // Every citation has an `@`; most text has none.
  if (!text.includes("@")) return { citations, spans };
  for (const group of text.matchAll(GROUP)) {
    const inner = group[1] ?? "";
    // `-@key` leaves the author out of the text (Pandoc), and cites the key all the same.
    if (!/(^|[\s;])-?@/.test(inner)) continue;
    spans.push([group.index, group.index + group[0].length]);
    // Each key's place is that of its `@`, so that a problem with one of several is shown where it is.
    let partStart = group.index + 1;
    for (const part of inner.split(";")) {
      const item = ITEM.exec(part);
      const start = partStart;
      partStart += part.length + 1;
      if (item?.[1]) citations.push(found(item[1], start + item.index, item[2] ?? item[3]));
    }
  }
  const bracketed = [...text.matchAll(BRACKETED)].map((group) => [group.index, group.index + group[0].length]);
  let inText = false;
  for (const item of text.matchAll(IN_TEXT)) {
    if (!item[1] || bracketed.some(([from = 0, to = 0]) => item.index >= from && item.index < to)) continue;
    citations.push(found(item[1], item.index, item[2]));
    spans.push([item.index, item.index + item[0].length]);
    inText = true;
  }
  if (inText) citations.sort((a, b) => a.offset - b.offset);
  return { citations, spans };
}

function found(key: string, offset: number, locator: string | undefined): FoundCitation {
  const citation: FoundCitation = { key, offset };
  const page = pageOf(locator);
  if (page !== undefined) citation.page = page;
  return citation;
}

function pageOf(locator: string | undefined): string | undefined {
  if (locator === undefined) return undefined;
  const trimmed = locator.trim();
  if (trimmed === "") return undefined;
  const pages = PAGES.exec(trimmed);
  return pages ? pages[0].replace(/\s*[-–—]+\s*/, "-") : trimmed;
}
