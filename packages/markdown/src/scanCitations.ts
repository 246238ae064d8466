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

/** Finds Pandoc citations in `text`, one entry per cited key. */
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
      const key = item[1].replace(/[.:]+$/, "");
      const citation: FoundCitation = { key, offset: start + item.index };
      const page = pageOf(item[2] ?? item[3]);
      if (page !== undefined) citation.page = page;
      citations.push(citation);
    }
  }
  return citations;
}

function pageOf(locator: string | undefined): string | undefined {
  if (locator === undefined) return undefined;
  const trimmed = locator.trim();
  if (trimmed === "") return undefined;
  const pages = PAGES.exec(trimmed);
  return pages ? pages[0].replace(/\s*[-–—]+\s*/, "-") : trimmed;
}
