import { citationIndex } from "../core/citations/citationIndex";
import { referenceShort } from "../core/citations/citationLabel";
import { citeSubject, citeTarget, claimCount, listedCount } from "../core/citations/citeTarget";
import { claimsToCsv } from "../core/citations/claimsCsv";
import { nodesCiting } from "../core/graph/details";
import { useDetails } from "../hooks/useDetails";
import { useGraph } from "../hooks/useGraph";
import { useLang, useT } from "../hooks/useT";
import { BackLink } from "./BackLink";
import { ClaimList } from "./ClaimList";
import { DetailsNotice } from "./DetailsNotice";
import { downloadCsv } from "./download";
import { NodeButton } from "./NodeButton";
import { PanelHeading } from "./PanelHeading";
import { ReferenceText } from "./ReferenceText";

/** Every claim citing a work, an author's works, or a bibliography entry: relation, both ends, page. */
export function CitationPanel({ citeKey }: { citeKey: string }) {
  const graph = useGraph();
  const lang = useLang();
  const t = useT();
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
      <div className="button-row">
        <button
          type="button"
          onClick={() =>
            downloadCsv(
              `simpul-claims-${target.key.replaceAll("/", "-")}-${lang}.csv`,
              claimsToCsv(graph, index, target.bibkeys, lang),
            )
          }
        >
          {t("downloadCsv")}
        </button>
      </div>
      {target.bibkeys.map((bibkey) => {
        const entry = index.entries.get(bibkey);
        if (!entry) return null;
        return (
          <section key={bibkey} className="cited-work">
            <h3>
              {referenceShort(entry.reference, bibkey, lang)}{" "}
              <span className="count">({t("claimCount", { n: entry.count })})</span>
            </h3>
            {entry.reference && <ReferenceText reference={entry.reference} />}
            {entry.work && entry.work !== target.key && (
              <p>
                <NodeButton nodeKey={entry.work} />
              </p>
            )}
            <ClaimList claims={entry.claims} />
          </section>
        );
      })}
    </article>
  );
}
