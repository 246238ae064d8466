import { useExplorer } from "../core/store/explorerStore";
import { closeDetail } from "../core/view";
import { useT } from "../hooks/useT";
import { useView } from "../hooks/useView";
import { CitationPanel } from "./CitationPanel";
import { ComparisonPanel } from "./ComparisonPanel";
import { EdgeCard } from "./EdgeCard";
import { NodePanel } from "./NodePanel";
import { Welcome } from "./Welcome";

/** The right-hand panel: a comparison, a citation view, a node, or the welcome text, under any clicked edge. */
export function DetailPanel() {
  const t = useT();
  const view = useView();
  const selectedEdge = useExplorer((state) => state.selectedEdge);
  const content =
    view.compare.length >= 2 ? (
      <ComparisonPanel keys={view.compare} />
    ) : view.cite ? (
      <CitationPanel citeKey={view.cite} />
    ) : view.node ? (
      <NodePanel nodeKey={view.node} />
    ) : (
      <Welcome />
    );
  const empty = !selectedEdge && view.compare.length < 2 && !view.cite && !view.node;
  return (
    <section className="detail-panel" aria-label={t("details")}>
      {!empty && (
        <button type="button" className="close" aria-label={t("closePanel")} onClick={closeDetail}>
          ×
        </button>
      )}
      {selectedEdge && <EdgeCard edge={selectedEdge} />}
      {content}
    </section>
  );
}
