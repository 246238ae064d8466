import { BRACKETED } from "./scanCitations";

/** A sentence of a block's text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

// A sentence ends at `.`, `?` or `!`, after any closing marks, before space and a sentence's start.
const END = /[.?!]+[)\]"'”’*_]*(?=\s+[\p{Lu}\p{N}[("“‘*_@])/gu;
// A citation group written after the full stop still belongs to the sentence before it: `… klien. [@a] Lalu …`.
const TRAILING_GROUP = /^\s+\[-?@[^[\]\n]*\](?!\()/;
// Words a full stop follows inside a sentence, in Indonesian and English citation prose; not those that end
// lists (dll., dsb., etc.), which end sentences as often.
const ABBREVIATIONS = new Set(
  "al dkk hlm hal lih mis no nomor vol ed eds p pp ch chap sec bab cf vs dr drs prof st jl tn ny sdr yth kab kec".split(
    " ",
  ),
);

/**
 * Splits a block's text into sentences. A full stop after a single letter
 * (an initial, `e.g.`) or a listed abbreviation ends none; a citation group
 * right after a sentence's end is the sentence's. A sentence split
 * where a writer meant none costs little: a link whose sentence has no
 * citation takes its block's (readBlocks).
 */
export function sentenceSpans(text: string): Span[] {
  // Brackets are blanked but for their `[`, which a sentence may open with: `[@a, hlm. 12]` or `[[St. Paul]]` ends none.
  const masked = text.includes("[") ? text.replace(BRACKETED, (group) => `[${"x".repeat(group.length - 1)}`) : text;
  const spans: Span[] = [];
  let start = 0;
  for (const end of masked.matchAll(END)) {
    if (end.index < start) continue;
    const word = /[\p{L}\p{N}]+$/u.exec(masked.slice(Math.max(start, end.index - 12), end.index))?.[0] ?? "";
    const initial = /^\p{L}$/u.test(word);
    if (end[0][0] === "." && (initial || ABBREVIATIONS.has(word.toLowerCase()))) continue;
    let stop = end.index + end[0].length;
    stop += TRAILING_GROUP.exec(text.slice(stop))?.[0].length ?? 0;
    spans.push({ start, end: stop });
    start = stop;
  }
  spans.push({ start, end: text.length });
  return spans;
}
