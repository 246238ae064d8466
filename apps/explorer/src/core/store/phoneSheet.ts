import { showsDetail } from "../view/utils";
import type { ExplorerState } from "./explorerStore";

/**
 * On a phone only one panel fits, as a sheet over the lower half: the one
 * brought to the front if it has something to show, else whichever has; at
 * first, the welcome text.
 */
export function phoneSheet(state: ExplorerState): "tool" | "detail" | "none" {
  const { view } = state;
  const detail = hasDetail(state) || state.welcome;
  if (view.panel && (state.front === "tool" || !detail)) return "tool";
  return detail ? "detail" : "none";
}

/** Whether the detail panel shows something: an edge, a node, a citation view or a comparison. */
export function hasDetail({ selectedEdge, view }: Pick<ExplorerState, "selectedEdge" | "view">): boolean {
  return selectedEdge !== null || showsDetail(view);
}

/** Whether the welcome text is still unread once a state is reached: not after anything else showed, a panel included. */
export function welcomeStays(state: Pick<ExplorerState, "welcome" | "selectedEdge" | "view">): boolean {
  return state.welcome && !hasDetail(state) && !state.view.panel;
}

/** Media query of the phone layout, where one sheet shows at a time (styles/phone.css). */
export const PHONE_LAYOUT = "(max-width: 759px)";
