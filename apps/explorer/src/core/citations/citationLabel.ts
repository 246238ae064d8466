import type { Citation, Reference } from "../graph/types";
import type { Lang } from "../i18n/types";
import { lastName } from "./authorNames";

/** "Rothman", "Rothman & Tropman", "Rothman et al." (dkk. in Indonesian). */
export function authorsShort(authors: string[], lang: Lang): string {
  const names = authors.map(lastName);
  if (names.length <= 1) return names[0] ?? "";
  if (names.length === 2) return `${names[0]} & ${names[1]}`;
  return `${names[0]} ${lang === "en" ? "et al." : "dkk."}`;
}

/** Author and year of a reference: "Rothman & Tropman 1987"; the key when the bibliography lacks it. */
export function referenceShort(reference: Reference | undefined, key: string, lang: Lang): string {
  if (!reference) return key;
  const authors = authorsShort(reference.authors, lang);
  return [authors || reference.title, reference.year].filter(Boolean).join(" ");
}

/** A citation as readers expect it: "Rothman 1995, p. 28" (hlm. in Indonesian). */
export function citationLabel(reference: Reference | undefined, citation: Citation, lang: Lang): string {
  const short = referenceShort(reference, citation.key, lang);
  return citation.page ? `${short}, ${pageLabel(citation.page, lang)}` : short;
}

/** A page or a range as readers expect it: "p. 28", "pp. 292-293"; "hlm." in Indonesian either way. */
export function pageLabel(page: string, lang: Lang): string {
  const locator = lang === "en" ? (/[-–,]/.test(page) ? "pp." : "p.") : "hlm.";
  return `${locator} ${page}`;
}
