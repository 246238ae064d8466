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
  if (!citation.page) return short;
  const pages = /[-–,]/.test(citation.page);
  const locator = lang === "en" ? (pages ? "pp." : "p.") : "hlm.";
  return `${short}, ${locator} ${citation.page}`;
}
