import { MAX_COMPARED } from "../view/types";

/**
 * The columns of a comparison table that fit side by side: the first ones in
 * table order, and `self` among them when given (the node the comparison is
 * opened from), in place of the last that fits.
 */
export function comparedColumns(columns: readonly string[], self?: string): string[] {
  const first = columns.slice(0, MAX_COMPARED);
  if (self === undefined || first.includes(self) || !columns.includes(self)) return first;
  return [...first.slice(0, MAX_COMPARED - 1), self];
}
