import { typeLabel } from "../core/i18n/labels";
import { useGraph } from "../hooks/useGraph";
import { useLang } from "../hooks/useT";

/** A node type with its legend colour. */
export function TypeBadge({ type }: { type: string }) {
  const graph = useGraph();
  const lang = useLang();
  const vocabulary = graph.getAttribute("vocabulary");
  return (
    <span className="type-badge">
      <span className="dot" style={{ background: vocabulary.types[type]?.color ?? "#888" }} aria-hidden="true" />
      {typeLabel(vocabulary, type, lang)}
    </span>
  );
}
