import { distance } from "fastest-levenshtein";

const NON_ASCII = /[\u0080-\uffff]/;

// Latin, Greek and Cyrillic write accents as marks a reader may leave out
// ("Pémberdayaan", "Pemberdayaan"). Other scripts' marks belong to the letter
// and tell words apart: カード and カート, काम and कम.
const ACCENTED = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu;

/**
 * Folds a name for lookup: Unicode-normalized, the accents of Latin, Greek and
 * Cyrillic letters removed, lower case, runs of white space, `_` and `-`
 * collapsed to one space. "Pengembangan Masyarakat", "pengembangan-masyarakat"
 * and "PENGEMBANGAN  MASYARAKAT" meet.
 */
export function normalizeName(name: string): string {
  return withoutAccents(name)
    .toLowerCase()
    .replace(/[\s_-]+/g, " ")
    .trim();
}

/**
 * Compatibility forms unfolded (ﬁ, ｶ), the accents of Latin, Greek and
 * Cyrillic letters left out, the marks kept joined to their letters again
 * (NFC): how names fold, and the explorer's search with them.
 */
export function withoutAccents(name: string): string {
  // ASCII has no accents to remove: the Unicode steps are skipped for most text.
  return NON_ASCII.test(name) ? name.normalize("NFKD").replace(ACCENTED, "$1").normalize("NFC") : name;
}

/**
 * A file name or title as an id: letters and digits of any script, folded as
 * normalizeName folds them, parted by single hyphens. `Jack Rothman.md` →
 * `jack-rothman`, `Pémberdayaan` → `pemberdayaan`, `Москва` → `москва`.
 * Empty when the name has no letter or digit.
 */
export function slugify(name: string): string {
  return normalizeName(name)
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/** Whether `id` is an id as slugify writes them, so a written id and one taken from a file name never differ in form. */
export function isValidId(id: string): boolean {
  return id !== "" && slugify(id) === id;
}

/**
 * The candidate nearest to `name`, if it is near enough to be a plausible
 * typo (edit distance at most a third of the name, and at least 1).
 */
export function nearest(name: string, candidates: Iterable<string>): string | undefined {
  const wanted = normalizeName(name);
  const limit = Math.max(1, Math.floor(wanted.length / 3));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = distance(wanted, normalizeName(candidate));
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** `; did you mean "x"?` or nothing, for appending to a message. */
export function didYouMean(suggestion: string | undefined): string {
  return suggestion === undefined ? "" : `; did you mean "${suggestion}"?`;
}
