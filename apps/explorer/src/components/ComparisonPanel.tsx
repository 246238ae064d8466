import { alignTables } from "../core/comparison/alignTables";
import { comparisonNotices } from "../core/comparison/askedComparison";
import { explicitLinks } from "../core/comparison/explicitLinks";
import { splitRelations } from "../core/comparison/splitRelations";
import { tablesAboutOne } from "../core/comparison/tablesAboutOne";
import { nodeLabel, nodeSummary, otherLabel } from "../core/i18n/labels";
import { useExplorer } from "../core/store/explorerStore";
import { clearCompare, toggleCompare } from "../core/view";
import { MAX_COMPARED } from "../core/view/types";
import { useDetails } from "../hooks/useDetails";
import { useGraph } from "../hooks/useGraph";
import { useLang, useT } from "../hooks/useT";
import { AlignedTableView } from "./AlignedTableView";
import { DetailsNotice } from "./DetailsNotice";
import { ExplicitLinksView } from "./ExplicitLinksView";
import { FilteredNotice } from "./FilteredNotice";
import { FocusControl } from "./FocusControl";
import { NodeButton } from "./NodeButton";
import { PanelHeading } from "./PanelHeading";
import { RelationSplitView } from "./RelationSplitView";
import { TypeBadge } from "./TypeBadge";

/** Two or three nodes side by side: summaries, table dimensions row by row, direct links, relations split. */
export function ComparisonPanel({ keys }: { keys: string[] }) {
  const graph = useGraph();
  const lang = useLang();
  const t = useT();
  const present = keys.filter((key) => graph.hasNode(key));
  const asked = useExplorer((state) => state.compareAsked);
  const { unknown, leftOut } = comparisonNotices(asked, keys, (key) => graph.hasNode(key));
  const details = useDetails(present);
  const names = present.map((key) => nodeLabel(graph.getNodeAttributes(key), lang));
  const tables = alignTables(graph, present);
  const { sideBySide, aboutOne } = tablesAboutOne(tables, present);
  const named = (key: string) => nodeLabel(graph.getNodeAttributes(key), lang);
  return (
    <article className="comparison-panel" aria-labelledby="detail-heading">
      <PanelHeading>
        {names.length > 0 ? t("comparisonOf", { names: names.join(t("versus")) }) : t("notFoundTitle")}
      </PanelHeading>
      {leftOut.length > 0 && (
        <p className="hint" role="status">
          {t("compareLeftOut", { names: leftOut.map(named).join(", "), n: leftOut.length, most: MAX_COMPARED })}
        </p>
      )}
      {unknown.length > 0 && (
        <p className="hint" role="status">
          {t("compareMissing", { keys: unknown.map((key) => `“${key}”`).join(", "), n: unknown.length })}
        </p>
      )}
      <FilteredNotice keys={present} />
      <DetailsNotice status={details} />
      <div className={`compare-columns cols-${present.length}`}>
        {present.map((key) => {
          const node = graph.getNodeAttributes(key);
          const other = otherLabel(node, lang);
          return (
            <section key={key} className="compare-card" aria-label={nodeLabel(node, lang)}>
              <TypeBadge type={node.type} />
              <h3>
                <NodeButton nodeKey={key} />
              </h3>
              {other && (
                <p className="other-label" lang={lang === "en" ? "id" : "en"}>
                  {other}
                </p>
              )}
              <p className="summary">{nodeSummary(node, lang) || (details === "ready" ? t("noSummary") : "")}</p>
              <button
                type="button"
                className="small"
                aria-label={t("compareRemoveNamed", { name: nodeLabel(node, lang) })}
                onClick={() => toggleCompare(key)}
              >
                {t("compareRemove")}
              </button>
            </section>
          );
        })}
      </div>
      {present.length < MAX_COMPARED && (
        <p className="hint">{t(present.length < 2 ? "comparePickHint" : "compareAddHint")}</p>
      )}
      <div className="button-row">
        <FocusControl name="compare-focus" />
        <button type="button" onClick={clearCompare}>
          {t("compareEnd")}
        </button>
      </div>
      {/* With fewer than two nodes left (keys naming none), there is nothing to set side by side. */}
      {present.length >= 2 && (
        <>
          <section>
            <h3>{t("dimensions")}</h3>
            {tables.length === 0 && <p className="muted">{t("noDimensions")}</p>}
            {sideBySide.map((aligned) => (
              <AlignedTableView key={aligned.table.id} aligned={aligned} names={names} keys={present} />
            ))}
            {aboutOne.length > 0 && (
              // Closed when tables set them side by side: these tell nothing of the difference.
              <details className="tables-about-one" open={sideBySide.length === 0}>
                <summary>{t("tablesAboutOne", { n: aboutOne.length })}</summary>
                {aboutOne.map(({ aligned, column }) => (
                  <AlignedTableView
                    key={aligned.table.id}
                    aligned={aligned}
                    names={[names[column] ?? ""]}
                    keys={present}
                  />
                ))}
              </details>
            )}
          </section>
          <ExplicitLinksView links={explicitLinks(graph, present)} />
          <RelationSplitView split={splitRelations(graph, present)} keys={present} names={names} />
        </>
      )}
    </article>
  );
}
