import { beginsWord } from "./normalize";
import { termVariants } from "./termVariants";

const formsOf = new Map<string, Set<string>>();

/** Forms kept at most: names' words are few, but every start of a word typed is one more. */
const MOST_FORMS = 20_000;

/** A folded word and the forms it is indexed under, worked out once per word. */
function forms(word: string): Set<string> {
  let known = formsOf.get(word);
  if (!known) {
    known = new Set([word, ...termVariants(word)]);
    if (formsOf.size >= MOST_FORMS) formsOf.clear();
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
      queryWords.filter((each) => beginsWord(word, each.word) || [...forms(word)].some((form) => each.forms.has(form))),
    );
    const everyWord = queryWords.every((each) => given.some((matches) => matches.includes(each)));
    return everyWord ? given.filter((matches) => matches.length > 0).length / words.length : 0;
  };
}
