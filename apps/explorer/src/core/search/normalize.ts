import { withoutAccents } from "@simpul/schema";

/**
 * Lowercases and leaves out Latin, Greek and Cyrillic accents, as the graph's
 * names fold ("Pémberdayaan" and "pemberdayaan" are one term); other
 * scripts' marks tell words apart (カード and カート).
 */
export function fold(text: string): string {
  return withoutAccents(text).toLowerCase();
}

/** Splits text into folded words: letters, digits and the marks joined to them, any script. */
export function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((word) => word.length > 0);
}

/** A word typed this far may be the start of a longer one ("pengemb"); shorter, it is an abbreviation such as CO. */
export const SHORTEST_PREFIX = 3;

/** Whether `start` is `word`, or begins it from SHORTEST_PREFIX letters. */
export const beginsWord = (word: string | undefined, start: string): boolean =>
  word !== undefined && (word === start || (start.length >= SHORTEST_PREFIX && word.startsWith(start)));
