import { useMemo } from "react";
import { citationIndex } from "../core/citations/citationIndex";
import { filterBibliography, nearBibliography } from "../core/citations/filterBibliography";
import { sortBibliography } from "../core/citations/sortBibliography";
import { detailsState } from "../core/graph/details";
import { setBibliographyFilter, setBibliographyOrder } from "../core/view";
import { useDetails } from "../hooks/useDetails";
import { useGraph } from "../hooks/useGraph";
import { useLang, useT } from "../hooks/useT";
import { useView } from "../hooks/useView";
import { BibliographyTable } from "./BibliographyTable";
import { DetailsNotice } from "./DetailsNotice";

/** The bibliography as a filterable, sortable table; a title opens every claim citing that entry. */
export function BibliographyPanel() {
  const graph = useGraph();
  const lang = useLang();
  const t = useT();
  const { bib: query, bibOrder: order } = useView();
  // The view counts the table cells that cite; only a view that does not needs every note's details.
  const details = useDetails(detailsState(graph)?.cells ? [] : null);
  const index = citationIndex(graph);
  // Sorted once per order and index (which is memoized), not at every render: a vault can cite thousands of works.
  const sorted = useMemo(() => sortBibliography(index.entries.values(), order.by, order.descending), [index, order]);
  const exact = useMemo(() => filterBibliography(sorted, query), [sorted, query]);
  const near = useMemo(() => (exact.length > 0 ? [] : nearBibliography(sorted, query)), [exact, sorted, query]);
  const rows = near.length > 0 ? near : exact;
  return (
    <section className="bibliography" aria-labelledby="bibliography-heading">
      <h2 id="bibliography-heading" tabIndex={-1}>
        {t("bibliography")}
      </h2>
      <p className="muted small">{t("bibliographyHint")}</p>
      <DetailsNotice status={details} />
      <input
        type="search"
        className="bibliography-filter"
        aria-label={t("bibliographyFilter")}
        placeholder={t("bibliographyFilterPlaceholder")}
        value={query}
        onChange={(event) => setBibliographyFilter(event.target.value)}
      />
      <p className="muted small" role="status">
        {t(near.length > 0 ? "bibliographyShownNear" : "bibliographyShown", {
          n: rows.length.toLocaleString(lang),
          total: sorted.length.toLocaleString(lang),
          count: sorted.length,
          query,
        })}
      </p>
      <BibliographyTable rows={rows} order={order} onOrder={setBibliographyOrder} />
    </section>
  );
}
