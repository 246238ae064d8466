import { MAX_COMPARED } from "../view/types";

/**
 * The nodes compared when a URL asks to compare `asked` (its whole
 * `compare` list), once the graph says which keys name a node: the first
 * three that do, a key naming none taking no place; with fewer than two
 * that do, the keys as asked, so the comparison still shows and says which name nothing.
 */
export function askedComparison(asked: readonly string[], known: (key: string) => boolean): string[] {
  const present = asked.filter(known);
  return (present.length >= 2 ? present : asked).slice(0, MAX_COMPARED);
}

/** What a comparison says of what was asked of it: the keys that name no node, and the nodes beyond the most it shows. */
export function comparisonNotices(
  asked: readonly string[],
  compared: readonly string[],
  known: (key: string) => boolean,
): { unknown: string[]; leftOut: string[] } {
  return {
    unknown: [...new Set([...asked, ...compared])].filter((key) => !known(key)),
    leftOut: asked.filter((key) => known(key) && !compared.includes(key)),
  };
}
