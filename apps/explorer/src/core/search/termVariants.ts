import { stemmer } from "stemmer";
import { indonesianRoots } from "./indonesianRoots";

/**
 * The forms a folded word is indexed under besides itself: its English
 * (Porter) stem and its candidate Indonesian roots. A query word matches a
 * document word when they share any form.
 */
export function termVariants(word: string): string[] {
  const variants = new Set(indonesianRoots(word));
  if (/^[a-z]{4,}$/.test(word)) variants.add(stemmer(word));
  variants.delete(word);
  return [...variants];
}
