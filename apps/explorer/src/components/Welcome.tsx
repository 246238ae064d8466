import { comparedColumns } from "../core/comparison/comparedColumns";
import { keyLabel } from "../core/i18n/labels";
import { compareNodes } from "../core/view";
import { useGraph } from "../hooks/useGraph";
import { useLang, useT } from "../hooks/useT";
import { PanelHeading } from "./PanelHeading";
import { TableText } from "./TableText";

/** Suggestions listed at most; a large vault has thousands of tables, and each node panel shows its own. */
const MAX_SUGGESTIONS = 24;

/** What the detail panel shows before anything is chosen: how to start, and the comparisons the vault offers. */
export function Welcome() {
  const graph = useGraph();
  const lang = useLang();
  const t = useT();
  const tables = graph.getAttribute("comparisons").filter((table) => table.columns.length >= 2);
  const label = (key: string) => keyLabel(graph, key, lang);
  return (
    <article className="welcome" aria-labelledby="detail-heading">
      <PanelHeading>{t("welcomeTitle")}</PanelHeading>
      <p>{t("welcomeStats", { nodes: graph.order, edges: graph.size })}</p>
      <ul>
        <li>{t("welcomeSearch")}</li>
        <li>{t("welcomeGraph")}</li>
        <li>{t("welcomeOutline")}</li>
      </ul>
      {tables.length > 0 && (
        <section>
          <h3>{t("suggestedComparisons")}</h3>
          <ul className="suggestions">
            {tables.slice(0, MAX_SUGGESTIONS).map((table) => {
              const columns = table.columns.filter((key) => graph.hasNode(key));
              const keys = comparedColumns(columns);
              return (
                <li key={table.id}>
                  <button type="button" className="link" onClick={() => compareNodes(keys)}>
                    {keys.map(label).join(t("versus"))}
                  </button>{" "}
                  <span className="muted small">
                    (<TableText text={table.title} en={table.titleEn} />
                    {columns.length > keys.length && `; ${t("moreColumns", { n: columns.length - keys.length })}`})
                  </span>
                </li>
              );
            })}
          </ul>
          {tables.length > MAX_SUGGESTIONS && (
            <p className="muted small">{t("moreComparisons", { n: tables.length - MAX_SUGGESTIONS })}</p>
          )}
        </section>
      )}
    </article>
  );
}
