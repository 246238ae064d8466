import { explorerStore } from "../core/store/explorerStore";
import { closeDetail } from "../core/view";

export const GRAPH_AREA_ID = "graph-area";

/** After a panel closes, keyboard focus goes to the graph area, so Tab goes on from there, not from the page's start. */
export function focusGraphArea(): void {
  requestAnimationFrame(() => document.getElementById(GRAPH_AREA_ID)?.focus({ preventScroll: true }));
}

/** Moves focus to the heading of what the detail panel now shows: the control pressed may be gone with what it was on. */
export function focusDetail(): void {
  requestAnimationFrame(() => document.getElementById("detail-heading")?.focus());
}

/** Closes what the detail panel shows, and moves focus to what shows instead: a comparison a node was over, or the graph. */
export function closeDetailPanel(): void {
  const { view } = explorerStore.get();
  const backToComparison = (view.node !== null || view.cite !== null) && view.compare.length >= 2;
  closeDetail();
  if (backToComparison) focusDetail();
  else focusGraphArea();
}
