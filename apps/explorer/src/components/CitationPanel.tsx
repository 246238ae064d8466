import { citationIndex, distinctClaims } from "../core/citations/citationIndex";
import { citeSubject, citeTarget, claimCount, listedCount } from "../core/citations/citeTarget";
import { claimFacets } from "../core/citations/claimFacets";
import { claimsToCsv } from "../core/citations/claimsCsv";
import { filterClaims, isFiltering } from "../core/citations/filterClaims";
import { nodesCiting } from "../core/graph/details";
import { useDetails } from "../hooks/useDetails";
import { useGraph } from "../hooks/useGraph";
import { useLang, useT } from "../hooks/useT";
import { useView } from "../hooks/useView";
import { BackLink } from "./BackLink";
import { CitedWorkSection } from "./CitedWorkSection";
import { ClaimFilterBar } from "./ClaimFilterBar";
import { DetailsNotice } from "./DetailsNotice";
import { downloadCsv } from "./download";
import { NodeButton } from "./NodeButton";
import { PanelHeading } from "./PanelHeading";

/**
 * Every claim citing a work, an author's works, or a bibliography entry
 * (relation, both ends, page), narrowed by the reader's filter; the CSV holds the claims shown.
 */
export function CitationPanel({ citeKey }: { citeKey: string }) {
  const graph = useGraph();
  const lang = useLang();
  const t = useT();
  const { claimFilter: filter } = useView();
  const index = citationIndex(graph);
  const target = citeTarget(graph, index, citeKey);
  // Table cells cite too, and they live in the note details: fetch the shards whose cells cite these works.
  const details = useDetails(target ? nodesCiting(graph, target.bibkeys) : []);
  if (!target) {
    return (
      <article className="citation-panel">
        <PanelHeading>{t("notFoundTitle")}</PanelHeading>
        <p>{t("citeNotFound", { key: citeKey })}</p>
      </article>
    );
  }
  const subject = citeSubject(graph, index, target.key, lang);
  const total = claimCount(index, target.bibkeys);
  const listed = listedCount(index, target.bibkeys);
  const entries = target.bibkeys.flatMap((bibkey) => index.entries.get(bibkey) ?? []);
  const lists = entries.map((entry) => ({
    entry,
    bibkey: entry.key,
    claims: filterClaims(graph, entry.claims, filter),
  }));
  const filtering = isFiltering(filter);
  // Unfiltered, the count is the whole: it includes table cells whose details are still on their way.
  const shown = filtering ? distinctClaims(lists.flatMap((list) => list.claims)) : total;
  const facets = claimFacets(
    graph,
    entries.flatMap((entry) => entry.claims),
    filter,
    lang,
  );
  return (
    <article className="citation-panel" aria-labelledby="detail-heading">
      <p className="eyebrow">{t("citationView")}</p>
      <PanelHeading>{t("claimsCitingTitle", { name: subject })}</PanelHeading>
      <BackLink />
      <DetailsNotice status={details} />
      <p>
        {t("claimsSummary", { n: total, works: target.bibkeys.length })}
        {target.kind !== "reference" && (
          <>
            {" "}
            <NodeButton nodeKey={target.key} />
          </>
        )}
      </p>
      {listed > total && <p className="muted">{t("claimsListedEach", { listed })}</p>}
      <ClaimFilterBar facets={facets} shown={shown} total={total} />
      <div className="button-row">
        <button
          type="button"
          // Nothing shown, nothing to export: an empty file would only look like a failed download.
          disabled={shown === 0}
          onClick={() =>
            downloadCsv(
              `simpul-claims-${target.key.replaceAll("/", "-")}${filtering ? "-filtered" : ""}-${lang}.csv`,
              claimsToCsv(graph, lists, lang),
            )
          }
        >
          {t(filtering ? "downloadCsvFiltered" : "downloadCsv")}
        </button>
      </div>
      {lists.map(({ entry, claims }) =>
        // Filtered, a work none of whose claims is left is left out, as its claims are.
        filtering && claims.length === 0 ? null : (
          <CitedWorkSection key={entry.key} entry={entry} claims={claims} filtered={filtering} citeKey={target.key} />
        ),
      )}
    </article>
  );
}
