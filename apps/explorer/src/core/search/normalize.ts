// Latin, Greek and Cyrillic accents may be left out in a query; other scripts'
// marks tell words apart (カード and カート, काम and कम), as in the graph's names.
const ACCENTED = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu;
const NON_ASCII = /[\u0080-\uffff]/;

/** Lowercases and strips Latin, Greek and Cyrillic accents, so "Pémberdayaan" and "pemberdayaan" are one term. */
export function fold(text: string): string {
  // Most text searched is ASCII, which has no accents: the Unicode steps are skipped for it.
  const folded = NON_ASCII.test(text) ? text.normalize("NFD").replace(ACCENTED, "$1").normalize("NFC") : text;
  return folded.toLowerCase();
}

/** Splits text into folded words: letters, digits and the marks joined to them, any script. */
export function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((word) => word.length > 0);
}
