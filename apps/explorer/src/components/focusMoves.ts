import { explorerStore } from "../core/store/explorerStore";
import { closeDetail, openPanel } from "../core/view";
import type { ToolPanel } from "../core/view/types";
import { closedDetail, showsDetail } from "../core/view/utils";

export const GRAPH_AREA_ID = "graph-area";
export const SEARCH_INPUT_ID = "search-input";

/** Id of a tool panel's button in the top bar. */
export const toolButtonId = (panel: ToolPanel): string => `tool-${panel}`;

/** After a panel closes, keyboard focus goes to the graph area, so Tab goes on from there, not from the page's start. */
export function focusGraphArea(): void {
  requestAnimationFrame(() => document.getElementById(GRAPH_AREA_ID)?.focus({ preventScroll: true }));
}

/** Moves focus to the heading of what the detail panel now shows: the control pressed may be gone with what it was on. */
export function focusDetail(): void {
  requestAnimationFrame(focusHeading);
}

/**
 * Moves focus to that heading only if focus fell to the page's start: asked
 * for after any focus move already asked for (they wait for the next frame
 * too), it catches only the focus nothing placed.
 */
export function focusDetailIfLost(): void {
  requestAnimationFrame(() => {
    if (document.activeElement === null || document.activeElement === document.body) focusHeading();
  });
}

function focusHeading(): void {
  document.getElementById("detail-heading")?.focus();
}

/** Closes what the detail panel shows, and moves focus to what shows instead: what it was opened over, or the graph. */
export function closeDetailPanel(): void {
  const back = showsDetail(closedDetail(explorerStore.get().view));
  closeDetail();
  if (back) focusDetail();
  else focusGraphArea();
}

/** Moves focus to the search box, its query selected (typing replaces it), as `/` does. */
export function focusSearch(): void {
  requestAnimationFrame(selectSearch);
}

export function selectSearch(): void {
  const input = document.getElementById(SEARCH_INPUT_ID);
  if (input instanceof HTMLInputElement) input.select();
}

/**
 * Moves focus to the heading of the tool panel just opened, so the keyboard
 * goes on in it rather than past the language switch. The bibliography is
 * fetched when first opened: its heading is waited for, a second at most.
 */
export function focusToolPanel(): void {
  let frames = 60;
  const focus = () => {
    const heading = document.querySelector<HTMLElement>(".tool-panel h2");
    if (heading) heading.focus();
    else if (--frames > 0) requestAnimationFrame(focus);
  };
  requestAnimationFrame(focus);
}

/**
 * Closes the tool panel. Focus that was in it (its ×, Escape pressed there)
 * or was lost goes to the panel's button in the top bar, which opened it and
 * opens it again (the WAI-ARIA disclosure pattern), also when a link opened
 * it: the reader goes on from the top bar, not from the start of the graph.
 * Focus elsewhere (the graph, its legend, the detail panel) stays put.
 */
export function closeToolPanel(): void {
  const { panel } = explorerStore.get().view;
  if (!panel) return;
  const active = document.activeElement;
  const inPanel = active === null || active === document.body || active.closest(".tool-panel") !== null;
  openPanel(null);
  if (inPanel) requestAnimationFrame(() => document.getElementById(toolButtonId(panel))?.focus());
}
