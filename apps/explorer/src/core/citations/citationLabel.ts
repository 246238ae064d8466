import type { Reference } from "../graph/types";
import type { Lang } from "../i18n/types";
import { lastName, namedAuthors } from "./authorNames";

/** "et al." as each language writes it. */
export const etAl = (lang: Lang): string => (lang === "en" ? "et al." : "dkk.");

/** "Rothman", "Rothman & Tropman", "Rothman et al." (dkk. in Indonesian), also for BibTeX's "and others". */
export function authorsShort(authors: string[], lang: Lang): string {
  const { names, more } = namedAuthors(authors);
  const last = names.map(lastName);
  if (last.length === 0) return "";
  if (!more && last.length === 1) return last[0] as string;
  if (!more && last.length === 2) return `${last[0]} & ${last[1]}`;
  return `${last[0]} ${etAl(lang)}`;
}

/** A reference's year as a number to sort by; 0 when it has none. */
export function referenceYear(reference: Reference | undefined): number {
  return Number.parseInt(reference?.year ?? "", 10) || 0;
}

/** Author and year of a reference: "Rothman & Tropman 1987"; the key when the bibliography lacks it. */
export function referenceShort(reference: Reference | undefined, key: string, lang: Lang): string {
  if (!reference) return key;
  const authors = authorsShort(reference.authors, lang);
  return [authors || reference.title, reference.year].filter(Boolean).join(" ");
}

/** A page or a range as readers expect it: "p. 28", "pp. 292-293"; "hlm." in Indonesian either way. */
export function pageLabel(page: string, lang: Lang): string {
  const locator = lang === "en" ? (/[-–,]/.test(page) ? "pp." : "p.") : "hlm.";
  return `${locator} ${page}`;
}
