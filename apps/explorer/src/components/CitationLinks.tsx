import { citationIndex } from "../core/citations/citationIndex";
import { pageLabel } from "../core/citations/citationLabel";
import { citationShort } from "../core/citations/citeTarget";
import { missingTitle } from "../core/citations/missingTitle";
import type { Citation } from "../core/graph/types";
import { openCite } from "../core/view";
import { useGraph } from "../hooks/useGraph";
import { useLang, useT } from "../hooks/useT";

/** The citations without repeats, each with a stable id. */
function unique(citations: Citation[]): [string, Citation][] {
  return [...new Map(citations.map((citation) => [`${citation.key}|${citation.page ?? ""}`, citation]))];
}

/** Citations as buttons ("Rothman 1995, p. 28") that open every claim citing that work. */
export function CitationLinks({ citations }: { citations: Citation[] }) {
  const graph = useGraph();
  const lang = useLang();
  const t = useT();
  if (citations.length === 0) return null;
  const references = graph.getAttribute("references");
  const index = citationIndex(graph);
  const { workByBibkey } = index;
  return (
    <span className="citations">
      {unique(citations).map(([id, citation]) => {
        const reference = references[citation.key];
        return (
          <button
            key={id}
            type="button"
            className="citation"
            title={
              reference ? `${reference.title || t(missingTitle(reference))} — ${t("citedBy")}` : t("unknownReference")
            }
            onClick={() => openCite(workByBibkey.get(citation.key) ?? citation.key)}
          >
            {citationShort(graph, index, citation.key, lang)}
            {/* "hlm. 24" on one line: a page apart from its locator reads as a stray number. */}
            {citation.page && (
              <>
                , <span className="unbroken">{pageLabel(citation.page, lang)}</span>
              </>
            )}
          </button>
        );
      })}
    </span>
  );
}
