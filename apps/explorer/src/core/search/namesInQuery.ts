/** Words that join names in a query ("CO vs CD", "pembela dan mediator"); they name nothing themselves. */
const JOINERS = new Set(["vs", "v", "versus", "dan", "and", "atau", "or", "dengan", "with", "lawan", "serta"]);

/** Longer queries are sentences, not lists of names. */
const MOST_WORDS = 12;

/**
 * The nodes a query names one after another when it is nothing but two or
 * more names, joiners aside ("co cd", "pembela vs mediator"): each name's
 * node ids, in the query's order. A name of several words is read whole
 * before its words one by one. Undefined for anything else.
 */
export function namesInQuery(named: ReadonlyMap<string, string[]>, terms: readonly string[]): string[][] | undefined {
  if (terms.length < 2 || terms.length > MOST_WORDS) return undefined;
  const memo = new Map<number, string[][] | null>();
  const from = (start: number): string[][] | null => {
    if (start === terms.length) return [];
    const known = memo.get(start);
    if (known !== undefined) return known;
    let found: string[][] | null = null;
    for (let end = terms.length; end > start && found === null; end--) {
      const ids = named.get(terms.slice(start, end).join(" "))?.filter((id) => !id.startsWith("ref:")) ?? [];
      const rest = ids.length > 0 ? from(end) : null;
      if (rest) found = [ids, ...rest];
    }
    if (found === null && JOINERS.has(terms[start] as string)) found = from(start + 1);
    memo.set(start, found);
    return found;
  };
  const names = from(0);
  return names && names.length >= 2 ? names : undefined;
}
