import { useExplorer } from "../core/store/explorerStore";
import { shownComparison } from "../core/view/utils";
import { useT } from "../hooks/useT";
import { useView } from "../hooks/useView";
import { CitationPanel } from "./CitationPanel";
import { ComparisonPanel } from "./ComparisonPanel";
import { EdgeCard } from "./EdgeCard";
import { closeDetailPanel } from "./focusMoves";
import { NodePanel } from "./NodePanel";
import { Welcome } from "./Welcome";

/** The right-hand panel: a comparison, a citation view, a node, or the welcome text, under any clicked edge. */
export function DetailPanel() {
  const t = useT();
  const view = useView();
  const selectedEdge = useExplorer((state) => state.selectedEdge);
  const compared = shownComparison(view);
  const content =
    compared.length > 0 ? (
      <ComparisonPanel keys={compared} />
    ) : view.cite ? (
      <CitationPanel citeKey={view.cite} />
    ) : view.node ? (
      <NodePanel nodeKey={view.node} />
    ) : (
      <Welcome />
    );
  const empty = !selectedEdge && compared.length === 0 && !view.cite && !view.node;
  return (
    <section className="detail-panel" aria-label={t("details")}>
      {!empty && (
        <button type="button" className="close" aria-label={t("closePanel")} onClick={closeDetailPanel}>
          ×
        </button>
      )}
      {selectedEdge && <EdgeCard edge={selectedEdge} />}
      {content}
    </section>
  );
}
