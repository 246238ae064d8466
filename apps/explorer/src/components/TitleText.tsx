import { missingTitle } from "../core/citations/missingTitle";
import type { Reference } from "../core/graph/types";
import { useT } from "../hooks/useT";

/** An entry's title, or, muted, why it has none (missingTitle): a bare author and year would leave it unsaid. */
export function TitleText({ reference }: { reference: Reference }) {
  const t = useT();
  return reference.title ? reference.title : <span className="muted">{t(missingTitle(reference))}</span>;
}
