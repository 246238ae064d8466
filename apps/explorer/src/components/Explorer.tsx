import { useEffect } from "react";
import { explorerStore, useExplorer } from "../core/store/explorerStore";
import { hasDetail, phoneSheet } from "../core/store/phoneSheet";
import { closeWelcome, selectEdge } from "../core/view";
import { shownComparison } from "../core/view/utils";
import { isPhoneLayout } from "../hooks/usePhoneLayout";
import { useT } from "../hooks/useT";
import { GraphView } from "../sigma/GraphView";
import { DetailPanel } from "./DetailPanel";
import { ErrorBoundary } from "./ErrorBoundary";
import { closeDetailPanel, closeToolPanel, focusGraphArea, GRAPH_AREA_ID, selectSearch } from "./focusMoves";
import { Legend } from "./Legend";
import { ToolPanel } from "./ToolPanel";
import { TopBar } from "./TopBar";

const TEXT_INPUTS = new Set(["text", "search", "email", "url", "tel", "number", "password"]);

/**
 * Escape closes the panel in front: the tool panel when it is, or holds the
 * focus (focus goes back to its button, closeToolPanel); else what the
 * detail panel shows (focus goes to the graph area, not the page's start).
 * Escapes a field takes are left alone: the search box's (its list, its
 * text), a filter's text, an input method's.
 */
function usePanelKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented || event.isComposing) return;
      const target = event.target as HTMLElement;
      // A text field with text takes Escape (a search field clears); a checkbox or radio always has a value.
      if (target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type) && target.value !== "") return;
      const state = explorerStore.get();
      const tools = state.view.panel !== null && (state.front === "tool" || target.closest?.(".tool-panel") !== null);
      if (!tools && state.selectedEdge !== null) {
        // The edge card is over the rest: it alone closes, as its own button closes it.
        selectEdge(null);
        return;
      }
      if (tools || !hasDetail(state)) {
        if (state.view.panel) closeToolPanel();
        // Only a phone shows the welcome text as a sheet to close; a wider screen keeps it as the empty panel's text.
        else if (state.welcome && isPhoneLayout()) {
          closeWelcome();
          focusGraphArea();
        }
      } else closeDetailPanel();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}

/** "/" jumps to the search box from anywhere but a text field, with its text selected so typing replaces it. */
function useSearchShortcut(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.key !== "/" || target.closest("input, textarea, select, [contenteditable]")) return;
      event.preventDefault();
      selectSearch();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}

/** The explorer's layout: top bar; tool panel, graph and detail panel side by side (stacked on phones). */
export function Explorer() {
  const t = useT();
  const sheet = useExplorer(phoneSheet);
  const panel = useExplorer((state) => state.view.panel);
  const comparing = useExplorer((state) => shownComparison(state.view).length > 0);
  const full = useExplorer((state) => state.sheetFull);
  useSearchShortcut();
  usePanelKeys();
  return (
    <div
      className="explorer"
      data-sheet={sheet}
      data-sheet-size={full ? "full" : "half"}
      data-tool={panel ?? "none"}
      data-comparing={comparing}
    >
      <TopBar />
      <main className="workspace">
        <ToolPanel />
        <section id={GRAPH_AREA_ID} className="graph-area" aria-label={t("graph")} tabIndex={-1}>
          <p className="visually-hidden">{t("graphHint")}</p>
          <ErrorBoundary
            fallback={(error) => <p className="graph-error">{t("graphFailed", { detail: error.message })}</p>}
          >
            <GraphView />
          </ErrorBoundary>
          <Legend />
        </section>
        <DetailPanel />
      </main>
    </div>
  );
}
