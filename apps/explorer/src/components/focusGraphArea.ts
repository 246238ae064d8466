export const GRAPH_AREA_ID = "graph-area";

/** After a panel closes, keyboard focus goes to the graph area, so Tab goes on from there, not from the page's start. */
export function focusGraphArea(): void {
  requestAnimationFrame(() => document.getElementById(GRAPH_AREA_ID)?.focus({ preventScroll: true }));
}
