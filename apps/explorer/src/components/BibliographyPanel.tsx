import { useState } from "react";
import { citationIndex } from "../core/citations/citationIndex";
import { authorsShort } from "../core/citations/citationLabel";
import { sortBibliography } from "../core/citations/sortBibliography";
import type { BibliographySort } from "../core/citations/types";
import { detailsState } from "../core/graph/details";
import { openCite } from "../core/view";
import { useDetails } from "../hooks/useDetails";
import { useGraph } from "../hooks/useGraph";
import { useLang, useT } from "../hooks/useT";
import { DetailsNotice } from "./DetailsNotice";

/** The bibliography as a sortable table; a title opens every claim citing that entry. */
export function BibliographyPanel() {
  const graph = useGraph();
  const lang = useLang();
  const t = useT();
  const [sort, setSort] = useState<{ by: BibliographySort; descending: boolean }>({ by: "author", descending: false });
  // The view counts the table cells that cite; only a view that does not needs every note's details.
  const details = useDetails(detailsState(graph)?.cells ? [] : null);
  const index = citationIndex(graph);
  const entries = sortBibliography(index.entries.values(), sort.by, sort.descending);
  const header = (by: BibliographySort, label: string) => {
    const active = sort.by === by;
    return (
      <th scope="col" aria-sort={active ? (sort.descending ? "descending" : "ascending") : "none"}>
        <button type="button" onClick={() => setSort({ by, descending: active ? !sort.descending : by === "claims" })}>
          {label} <span aria-hidden="true">{active ? (sort.descending ? "▼" : "▲") : "↕"}</span>
        </button>
      </th>
    );
  };
  return (
    <section className="bibliography" aria-labelledby="bibliography-heading">
      <h2 id="bibliography-heading">{t("bibliography")}</h2>
      <p className="muted small">{t("bibliographyHint")}</p>
      <DetailsNotice status={details} />
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              {header("author", t("author"))}
              {header("year", t("year"))}
              <th scope="col">{t("title")}</th>
              {header("claims", t("claims"))}
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.key}>
                <td>{entry.reference ? authorsShort(entry.reference.authors, lang) : "—"}</td>
                <td>{entry.reference?.year ?? ""}</td>
                <td>
                  <button type="button" className="link" onClick={() => openCite(entry.work ?? entry.key)}>
                    {entry.reference?.title ?? entry.key}
                  </button>
                </td>
                <td className="number">{entry.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
