/** Lowercases and strips diacritics, so "Pémberdayaan" and "pemberdayaan" are one term. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

/** Splits text into folded words: letters and digits, any script. */
export function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}
