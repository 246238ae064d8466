import type { Citation } from "@simpul/schema";

export interface FoundCitation extends Citation {
  offset: number;
}

// Pandoc citation groups: `[@key]`, `[@key, p. 28]`, `[see @a, pp. 3-4; @b]`, `[-@key]`.
const GROUP = /\[([^[\]\n]*@[^[\]\n]*)\](?!\()/g;
// A locator follows the key after a comma, or, as Pandoc also reads it, after a space when it opens with a
// locator term and a number: `[see @item1 p. 34-35]`, `[@a hlm. 12]`. Other words there are a suffix, not a page.
const ITEM =
  /@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*)(?:\s*,\s*([^;]*)|\s+((?:pp?|pages?|hlm|hal|chap|ch|bab|sec|§)\.?\s*\d[^;]*))?/u;
const PAGES = /\d+(?:\s*[-–—]+\s*\d+)?/;
// Pandoc's citation in the text, `@key` or `@key [p. 33]`: not in an address or a word (`a@b.id`), nor escaped (`\@`).
const IN_TEXT =
  /(?<![\p{L}\p{N}_\\/@.+-])@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*)(?:[ \t]?\[([^[\]\n@]*)\](?!\())?/gu;
const BRACKETS = /\[\[[^\]\n]*\]\]|\[[^[\]\n]*\]/g;

/** Finds Pandoc citations in `text`, bracketed or in the text, one entry per cited key, in the order written. */
export function scanCitations(text: string): FoundCitation[] {
  const citations: FoundCitation[] = [];
  // Every citation has an `@`; most text has none.
  if (!text.includes("@")) return citations;
  for (const group of text.matchAll(GROUP)) {
    const inner = group[1] ?? "";
    // `-@key` leaves the author out of the text (Pandoc), and cites the key all the same.
    if (!/(^|[\s;])-?@/.test(inner)) continue;
    // Each key's place is that of its `@`, so that a problem with one of several is shown where it is.
    let partStart = group.index + 1;
    for (const part of inner.split(";")) {
      const item = ITEM.exec(part);
      const start = partStart;
      partStart += part.length + 1;
      if (!item?.[1]) continue;
      citations.push(found(item[1], start + item.index, item[2] ?? item[3]));
    }
  }
  const inText = scanInText(text);
  return inText.length === 0 ? citations : [...citations, ...inText].sort((a, b) => a.offset - b.offset);
}

/** Citations written in the text, outside brackets: those inside are a group's, a link's or a wiki link's. */
function scanInText(text: string): FoundCitation[] {
  const citations: FoundCitation[] = [];
  const bracketed = [...text.matchAll(BRACKETS)].map((group) => [group.index, group.index + group[0].length]);
  for (const item of text.matchAll(IN_TEXT)) {
    if (!item[1] || bracketed.some(([from = 0, to = 0]) => item.index >= from && item.index < to)) continue;
    citations.push(found(item[1], item.index, item[2]));
  }
  return citations;
}

function found(rawKey: string, offset: number, locator: string | undefined): FoundCitation {
  // A key ends before the punctuation that follows it in a sentence.
  const citation: FoundCitation = { key: rawKey.replace(/[.:]+$/, ""), offset };
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
