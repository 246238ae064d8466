/** A sentence of a block's text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

// Wiki links and bracketed groups (citations, link texts) are blanked first, but for the `[` a sentence may open with: `[@a, hlm. 12]` or `[[St. Paul]]` ends no sentence.
const BRACKETED = /\[\[[^\]\n]*\]\]|\[[^[\]\n]*\]/g;
// A sentence ends at `.`, `?` or `!`, after any closing marks, before space and a sentence's start.
const END = /[.?!]+[)\]"'”’*_]*(?=\s+[\p{Lu}\p{N}[("“‘*_])/gu;
// Words a full stop follows inside a sentence, in Indonesian and English citation prose.
const ABBREVIATIONS = new Set(
  "al dkk dll dsb dst hlm hal lih mis no nomor vol ed eds p pp ch chap sec bab cf vs etc dr drs prof st jl tn ny sdr yth kab kec".split(
    " ",
  ),
);

/**
 * Splits a block's text into sentences. A full stop after a single letter
 * (an initial, `e.g.`) or a listed abbreviation ends none. A sentence split
 * where a writer meant none costs little: a link whose sentence has no
 * citation takes its block's (readBlocks).
 */
export function sentenceSpans(text: string): Span[] {
  const masked = text.includes("[") ? text.replace(BRACKETED, (group) => `[${"x".repeat(group.length - 1)}`) : text;
  const spans: Span[] = [];
  let start = 0;
  for (const end of masked.matchAll(END)) {
    const word = /(\p{L}+)$/u.exec(masked.slice(Math.max(start, end.index - 12), end.index))?.[1] ?? "";
    if (end[0][0] === "." && (word.length === 1 || ABBREVIATIONS.has(word.toLowerCase()))) continue;
    const stop = end.index + end[0].length;
    spans.push({ start, end: stop });
    start = stop;
  }
  spans.push({ start, end: text.length });
  return spans;
}
