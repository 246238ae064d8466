// A light, dictionary-free affix stripper for Indonesian in the spirit of
// Nazief–Adriani: particles, possessives and derivational suffixes, then up to
// two prefixes with the meN-/peN- sound changes. Without a dictionary a
// prefix can hide two roots (peng-embang / peng-kembang), so every candidate
// is returned; the search indexes all of them next to the word itself, so a
// wrong candidate costs a little recall noise, never a lost match.

const PARTICLES = ["lah", "kah", "tah", "pun"];
const POSSESSIVES = ["nya", "ku", "mu"];
const SUFFIXES = ["kan", "an", "i"];
// Loanwords name an act and its doer alike: mediasi and mediator, fasilitasi and fasilitator share "medi", "fasilit".
const LOAN_SUFFIXES = ["ator", "asi"];
const MIN_ROOT = 3;
const VOWEL = /^[aiueo]/;

function stripSuffix(word: string, suffixes: string[]): string {
  for (const suffix of suffixes) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_ROOT + 1) return word.slice(0, -suffix.length);
  }
  return word;
}

/** Roots one prefix may hide, with the sound changes of meN-/peN-. */
function prefixCandidates(word: string): string[] {
  const rest = (n: number) => word.slice(n);
  // per-X and pe-rX look alike: perencanaan is pe-rencana-an.
  if (word.startsWith("per")) return [rest(3), rest(2)];
  for (const prefix of ["di", "ke", "se", "ter", "ber"]) {
    if (word.startsWith(prefix)) return [rest(prefix.length)];
  }
  for (const nasal of ["me", "pe"]) {
    if (!word.startsWith(nasal)) continue;
    const after = rest(2);
    if (after.startsWith("ng")) return VOWEL.test(rest(4)) ? [rest(4), `k${rest(4)}`] : [rest(4)];
    if (after.startsWith("ny")) return [`s${rest(4)}`];
    // me-/pe- before a root that starts with m or n keeps it whole: me-makan, me-mediasi, pe-nanti.
    if (after.startsWith("m")) return VOWEL.test(rest(3)) ? [`p${rest(3)}`, rest(3), after] : [rest(3), after];
    if (after.startsWith("n")) return VOWEL.test(rest(3)) ? [`t${rest(3)}`, rest(3), after] : [rest(3), after];
    if (/^[lrwy]/.test(after)) return [after];
  }
  return [];
}

/** Candidate Indonesian roots of a folded word, without the word itself; [] when nothing strips. */
export function indonesianRoots(word: string): string[] {
  if (word.length < 5 || /\d/.test(word)) return [];
  const base = stripSuffix(stripSuffix(word, PARTICLES), POSSESSIVES);
  const roots = new Set<string>();
  for (const stem of new Set([base, stripSuffix(base, SUFFIXES)])) {
    roots.add(stem);
    for (const once of prefixCandidates(stem)) {
      roots.add(once);
      for (const twice of prefixCandidates(once)) roots.add(twice);
    }
  }
  for (const root of [...roots]) roots.add(stripSuffix(root, LOAN_SUFFIXES));
  roots.delete(word);
  return [...roots].filter((root) => root.length >= MIN_ROOT);
}
