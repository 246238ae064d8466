import { termVariants } from "./termVariants";

/** A word typed this far may be the start of a name's word ("organis" for Organisasi Payung). */
const SHORTEST_START = 3;

const formsOf = new Map<string, Set<string>>();

/** A folded word and the forms it is indexed under, worked out once per word. */
function forms(word: string): Set<string> {
  let known = formsOf.get(word);
  if (!known) {
    known = new Set([word, ...termVariants(word)]);
    formsOf.set(word, known);
  }
  return known;
}

/**
 * How much of a folded name a query's words give: the share of the name's
 * words that are some query word in some form ("organisasi" gives
 * Pengorganisasian: they share "organisasi") or begin with one; 0 unless
 * every query word is in the name. "organisasi masyarakat" gives all of
 * Pengorganisasian Masyarakat and half of Masyarakat Perlu Dibantu
 * Berorganisasi.
 */
export function nameCoverage(query: string): (name: string) => number {
  const queryWords = query.split(" ").map((word) => ({ word, forms: forms(word) }));
  return (name) => {
    const words = name.split(" ");
    const given = words.map((word) =>
      queryWords.filter(
        (each) =>
          (each.word.length >= SHORTEST_START && word.startsWith(each.word)) ||
          [...forms(word)].some((form) => each.forms.has(form)),
      ),
    );
    const everyWord = queryWords.every((each) => given.some((matches) => matches.includes(each)));
    return everyWord ? given.filter((matches) => matches.length > 0).length / words.length : 0;
  };
}
