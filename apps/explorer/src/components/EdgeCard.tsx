import { relationLabel } from "../core/i18n/labels";
import { selectEdge } from "../core/view";
import { useGraph } from "../hooks/useGraph";
import { useLang, useT } from "../hooks/useT";
import { CitationLinks } from "./CitationLinks";
import { NodeButton } from "./NodeButton";
import { Provenance } from "./Provenance";

/** An edge clicked on the graph: which relation, between what, on whose authority. */
export function EdgeCard({ edge }: { edge: string }) {
  const graph = useGraph();
  const lang = useLang();
  const t = useT();
  if (!graph.hasEdge(edge)) return null;
  const attributes = graph.getEdgeAttributes(edge);
  const vocabulary = graph.getAttribute("vocabulary");
  return (
    <section className="edge-card" aria-label={t("selectedRelation")}>
      <p>
        <NodeButton nodeKey={graph.source(edge)} />{" "}
        <strong className="relation">{relationLabel(vocabulary, attributes.type, "out", lang)}</strong>{" "}
        <NodeButton nodeKey={graph.target(edge)} />
      </p>
      <p>
        <CitationLinks citations={attributes.citations} />
        <Provenance places={attributes.provenance} />
      </p>
      <button type="button" className="small" onClick={() => selectEdge(null)}>
        {t("close")}
      </button>
    </section>
  );
}
