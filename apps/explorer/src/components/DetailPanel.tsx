import { useEffect, useRef } from "react";
import { detailsStatus } from "../core/graph/details";
import { useExplorer } from "../core/store/explorerStore";
import { hasDetail } from "../core/store/phoneSheet";
import { closeWelcome } from "../core/view";
import { placeText } from "../core/view/panelPlace";
import { shownComparison } from "../core/view/utils";
import { landOnPlace } from "../hooks/landOnPlace";
import { keepsPlaces } from "../hooks/scrollPlaces";
import { useGraph } from "../hooks/useGraph";
import { usePhoneLayout } from "../hooks/usePhoneLayout";
import { useT } from "../hooks/useT";
import { useView } from "../hooks/useView";
import { CitationPanel } from "./CitationPanel";
import { ComparisonPanel } from "./ComparisonPanel";
import { EdgeCard } from "./EdgeCard";
import { closeDetailPanel, focusDetailIfLost, focusGraphArea } from "./focusMoves";
import { NodePanel } from "./NodePanel";
import { PanelClose } from "./PanelClose";
import { Welcome } from "./Welcome";

/**
 * When what the panel shows changes, it starts at its heading: one panel
 * element serves every node, and a neighbour opened from far down a hub's
 * relations showed in the middle of its own. (Back scrolls to where the
 * reader left that entry afterwards: restoreScroll.) And when the control
 * that changed it went with the old content (a name, a citation, "Remove"),
 * focus would fall to the page's start: it goes to the new content's
 * heading instead. A node's panel opened at a place in it (`landOn` names
 * the node; the place is a claim's relation or table row) lands there, from
 * a shared link too, unless the history entry keeps where the reader left
 * it (Back, Forward, a reload), which is later.
 */
function useNewContentShown(shown: string, landOn: string | null, panel: React.RefObject<HTMLElement | null>): void {
  const graph = useGraph();
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when what is shown changes, which `shown` says.
  useEffect(() => {
    const opening = first.current;
    first.current = false;
    if (!opening) {
      if (panel.current) panel.current.scrollTop = 0;
      focusDetailIfLost();
    }
    if (!landOn || !panel.current || keepsPlaces(window.history.state)) return;
    // The note's details (summary, tables) come in above its relations, and would push a place landed on out of view.
    return landOnPlace(panel.current, () => detailsStatus(graph, [landOn]) !== "loading");
  }, [shown]);
}

/** The right-hand panel: a comparison, a citation view, a node, or the welcome text, under any clicked edge. */
export function DetailPanel() {
  const t = useT();
  const view = useView();
  const selectedEdge = useExplorer((state) => state.selectedEdge);
  // On a phone the welcome text is a sheet over the graph, closed like any other.
  const welcome = useExplorer((state) => state.welcome);
  const welcomeSheet = usePhoneLayout() && welcome;
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
  const empty = !hasDetail({ selectedEdge, view });
  const panel = useRef<HTMLElement>(null);
  const place = view.place ? placeText(view.place) : "";
  const landOn = view.place ? view.node : null;
  useNewContentShown(`${compared.join(",")}|${view.cite ?? ""}|${view.node ?? ""}|${place}`, landOn, panel);
  return (
    <section ref={panel} className="detail-panel" aria-label={t("details")}>
      {(!empty || welcomeSheet) && (
        <PanelClose
          label={t("closePanel")}
          onClose={() => {
            if (!empty) return closeDetailPanel();
            closeWelcome();
            focusGraphArea();
          }}
        />
      )}
      {selectedEdge && <EdgeCard edge={selectedEdge} />}
      {content}
    </section>
  );
}
