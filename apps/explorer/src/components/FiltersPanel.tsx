import { useMemo } from "react";
import { shownRelations } from "../core/filters/shownRelations";
import { hubCandidates } from "../core/filters/visibleNodes";
import { edgeColors } from "../core/graphView/edgeColors";
import { viewCenters } from "../core/graphView/viewContext";
import { nodeLabel, relationLabel, typeLabel } from "../core/i18n/labels";
import { resetFilters, toggleHiddenNode, toggleHiddenRelation, toggleHiddenType } from "../core/view";
import { useGraph } from "../hooks/useGraph";
import { useGraphCounts } from "../hooks/useGraphCounts";
import { useLang, useT } from "../hooks/useT";
import { useView } from "../hooks/useView";
import { useVisibleNodes } from "../hooks/useVisibleNodes";
import { FocusControl } from "./FocusControl";

/** Show or hide node types, relations and hub nodes; focus on the selection's neighbourhood. */
export function FiltersPanel() {
  const graph = useGraph();
  const lang = useLang();
  const t = useT();
  const view = useView();
  const visible = useVisibleNodes();
  const { types, relations } = useGraphCounts();
  const shown = useMemo(() => shownRelations(graph, visible), [graph, visible]);
  // A relation the filters leave fewer of says how many of all are drawn: hiding authors leaves "authored" none.
  const shownCount = (relation: string, count: number) => {
    const n = shown.get(relation) ?? 0;
    return n < count ? t("countShown", { n, total: count }) : count;
  };
  const vocabulary = graph.getAttribute("vocabulary");
  const colors = edgeColors(vocabulary);
  return (
    <section className="filters" aria-labelledby="filters-heading">
      <h2 id="filters-heading" tabIndex={-1}>
        {t("filters")}
      </h2>
      <p className="muted small" role="status">
        {t("filtersShown", { n: visible.size, total: graph.order })}
      </p>
      <fieldset>
        <legend>{t("nodeTypes")}</legend>
        {types.map(([type, count]) => (
          <label key={type} className="check">
            <input type="checkbox" checked={!view.hiddenTypes.includes(type)} onChange={() => toggleHiddenType(type)} />
            <span className="dot" style={{ background: vocabulary.types[type]?.color ?? "#888" }} aria-hidden="true" />
            {typeLabel(vocabulary, type, lang)} <span className="count">({count})</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("relationTypes")}</legend>
        {relations.map(([relation, count]) => (
          <label key={relation} className="check">
            <input
              type="checkbox"
              checked={!view.hiddenRelations.includes(relation)}
              onChange={() => toggleHiddenRelation(relation)}
            />
            <span className="edge-swatch" style={{ background: colors[relation] }} aria-hidden="true" />
            {/* One flex item, so a long count wraps after the name rather than beside it. */}
            <span>
              {relationLabel(vocabulary, relation, "out", lang)}{" "}
              <span className="count">({shownCount(relation, count)})</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("hideHubs")}</legend>
        {hubCandidates(graph).map((key) => (
          <label key={key} className="check">
            <input type="checkbox" checked={view.hiddenNodes.includes(key)} onChange={() => toggleHiddenNode(key)} />
            {nodeLabel(graph.getNodeAttributes(key), lang)} <span className="count">({graph.degree(key)})</span>
          </label>
        ))}
      </fieldset>
      <FocusControl name="filters-focus" />
      {viewCenters(view).length === 0 && <p className="muted small">{t("focusHint")}</p>}
      <button type="button" onClick={resetFilters}>
        {t("resetFilters")}
      </button>
    </section>
  );
}
