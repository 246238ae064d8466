import { useEffect } from "react";
import { type ExplorerState, useExplorer } from "../core/store/explorerStore";
import { useT } from "../hooks/useT";
import { GraphView } from "../sigma/GraphView";
import { DetailPanel } from "./DetailPanel";
import { ErrorBoundary } from "./ErrorBoundary";
import { Legend } from "./Legend";
import { SEARCH_INPUT_ID } from "./SearchBox";
import { ToolPanel } from "./ToolPanel";
import { TopBar } from "./TopBar";

/** "/" jumps to the search box from anywhere but a text field, with its text selected so typing replaces it. */
function useSearchShortcut(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.key !== "/" || target.closest("input, textarea, select, [contenteditable]")) return;
      event.preventDefault();
      const input = document.getElementById(SEARCH_INPUT_ID);
      if (input instanceof HTMLInputElement) input.select();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}

/**
 * On a phone only one panel fits, as a sheet over the lower half: the one
 * brought to the front if it has something to show, else whichever has.
 */
function phoneSheet(state: ExplorerState): "tool" | "detail" | "none" {
  const { view } = state;
  const detail = state.selectedEdge !== null || view.node !== null || view.cite !== null || view.compare.length >= 2;
  if (view.panel && (state.front === "tool" || !detail)) return "tool";
  return detail ? "detail" : "none";
}

/** The explorer's layout: top bar; tool panel, graph and detail panel side by side (stacked on phones). */
export function Explorer() {
  const t = useT();
  const sheet = useExplorer(phoneSheet);
  const panel = useExplorer((state) => state.view.panel);
  const comparing = useExplorer((state) => state.view.compare.length >= 2);
  useSearchShortcut();
  return (
    <div className="explorer" data-sheet={sheet} data-tool={panel ?? "none"} data-comparing={comparing}>
      <TopBar />
      <main className="workspace">
        <ToolPanel />
        <section className="graph-area" aria-label={t("graph")}>
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
