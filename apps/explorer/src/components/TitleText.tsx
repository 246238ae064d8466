import { missingTitle } from "../core/citations/missingTitle";
import type { Reference } from "../core/graph/types";
import { useT } from "../hooks/useT";

/**
 * An entry's title, or, muted, why it has none (missingTitle): a bare author
 * and year would leave it unsaid. `sentence`: it opens a sentence, after
 * "Rothman (1995).", and starts with a capital.
 */
export function TitleText({ reference, sentence = false }: { reference: Reference; sentence?: boolean }) {
  const t = useT();
  if (reference.title) return reference.title;
  const why = t(missingTitle(reference));
  return <span className="muted">{sentence ? why.charAt(0).toUpperCase() + why.slice(1) : why}</span>;
}
