import type { Reference } from "../graph/types";
import type { StringKey } from "../i18n/strings";

/**
 * What to say in place of the title of an entry that has none. An entry of
 * nothing but authors and year (no container or publisher either) is a work
 * a source names only as "Author (year)": cited second-hand, its title never
 * given. The graph keeps no BibTeX `note`, so this is read from the fields it keeps.
 */
export function missingTitle(reference: Reference): StringKey {
  return reference.container || reference.publisher ? "noTitle" : "citedSecondHand";
}
