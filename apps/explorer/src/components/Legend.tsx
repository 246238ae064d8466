import { edgeColors } from "../core/graphView/edgeColors";
import { relationLabel, typeLabel } from "../core/i18n/labels";
import { useGraph } from "../hooks/useGraph";
import { useGraphCounts } from "../hooks/useGraphCounts";
import { useLang, useT } from "../hooks/useT";
import { useView } from "../hooks/useView";

/**
 * What the colours mean, over the canvas: node types always (they are few),
 * relations on demand (they are many and would hide the graph).
 */
export function Legend() {
  const graph = useGraph();
  const lang = useLang();
  const t = useT();
  const { types, relations } = useGraphCounts();
  const { hiddenTypes, hiddenRelations } = useView();
  // What the filters hide is still explained, but marked as not drawn.
  const off = (hidden: boolean) => (hidden ? { className: "legend-off", title: t("legendHidden") } : {});
  const vocabulary = graph.getAttribute("vocabulary");
  const colors = edgeColors(vocabulary);
  return (
    <section className="legend" aria-label={t("legend")}>
      <ul className="legend-types" aria-label={t("nodeTypes")}>
        {types.map(([type]) => (
          <li key={type} {...off(hiddenTypes.includes(type))}>
            <span className="dot" style={{ background: vocabulary.types[type]?.color ?? "#888" }} aria-hidden="true" />
            {typeLabel(vocabulary, type, lang)}
          </li>
        ))}
      </ul>
      <details>
        <summary>
          {t("relationTypes")} ({relations.length})
        </summary>
        <ul>
          {relations.map(([relation]) => (
            <li key={relation} {...off(hiddenRelations.includes(relation))}>
              <span className="edge-swatch" style={{ background: colors[relation] }} aria-hidden="true" />
              {relationLabel(vocabulary, relation, "out", lang)}
            </li>
          ))}
        </ul>
        <p className="muted">{t("sizeHint")}</p>
      </details>
    </section>
  );
}
