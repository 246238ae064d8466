/** Words that join names in a query ("CO vs CD", "pembela dan mediator"); they name nothing themselves. */
const JOINERS = new Set(["vs", "v", "versus", "dan", "and", "atau", "or", "dengan", "with", "lawan", "serta"]);

/** Longer queries are sentences, not lists of names. */
const MOST_WORDS = 12;

/** The names a query holds, when two or more: each name's node ids, in the query's order; `whole` when nothing else is in it. */
export interface NamesInQuery {
  names: string[][];
  whole: boolean;
}

const NO_NAMES: NamesInQuery = { names: [], whole: false };

interface Reading {
  names: string[][];
  /** Words read as part of a name. */
  covered: number;
}

/**
 * The nodes a query names one after another ("co cd", "pembela vs mediator",
 * "advocate mediator negotiator roles"), read so that names cover as many of
 * its words as they can, a name of several words before its words one by
 * one. No names when it names fewer than two.
 */
export function namesInQuery(named: ReadonlyMap<string, string[]>, terms: readonly string[]): NamesInQuery {
  if (terms.length < 2 || terms.length > MOST_WORDS) return NO_NAMES;
  const memo = new Map<number, Reading>();
  const from = (start: number): Reading => {
    if (start === terms.length) return { names: [], covered: 0 };
    const known = memo.get(start);
    if (known) return known;
    // A word no name begins: skipped.
    let best = from(start + 1);
    for (let end = terms.length; end > start; end--) {
      const ids = named.get(terms.slice(start, end).join(" "))?.filter((id) => !id.startsWith("ref:")) ?? [];
      if (ids.length === 0) continue;
      const rest = from(end);
      if (rest.covered + end - start > best.covered)
        best = { names: [ids, ...rest.names], covered: rest.covered + end - start };
    }
    memo.set(start, best);
    return best;
  };
  const { names, covered } = from(0);
  const joiners = terms.filter((term) => JOINERS.has(term)).length;
  return names.length >= 2 ? { names, whole: covered + joiners >= terms.length } : NO_NAMES;
}
