import type Sigma from "sigma";
import { visibleNodes } from "../core/filters/visibleNodes";
import type { KnowledgeGraph } from "../core/graph/types";
import { citationNodes, VIEW_DEFAULTS, viewCenters } from "../core/graphView/viewContext";
import { explorerStore } from "../core/store/explorerStore";
import type { ViewState } from "../core/view/types";
import { shownComparison, shownNode } from "../core/view/utils";
import { fitNodes, fitVisible, framedPosition, WHOLE_GRAPH } from "./fitNodes";

/**
 * Frames a set of nodes with their labels, clear of the zoom buttons
 * (fitNodes), and with some room around: at least as far as `room` times
 * their spread, so what they connect to shows too. Each label is given
 * whole: a view is about a few nodes.
 */
function frame(sigma: Sigma, keys: string[], room: number, closest: number, apart = false): void {
  const points = keys.map((key) => framedPosition(sigma, key)).filter((point) => point !== null);
  if (points.length === 0) return;
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  fitNodes(sigma, keys, {
    closest: Math.min(1, Math.max(closest, extent * room)),
    labelled: true,
    labelShare: 1,
    apart,
  });
}

/** A node with its neighbours. */
export const frameNode = (sigma: Sigma, node: string): void =>
  frame(sigma, [node, ...sigma.getGraph().neighbors(node)], 1.4, 0.15);

/** Nodes side by side, with room for what joins them, though closer when that draws them and their labels apart. */
export const frameCompared = (sigma: Sigma, keys: string[]): void => frame(sigma, keys, 2.4, 0.4, true);

/** The nodes the focus (1 or 2 steps) keeps around what the view is about; none without a focus or with one node. */
export function focusKept(graph: KnowledgeGraph, view: ViewState): string[] {
  const kept = view.focus > 0 ? visibleNodes(graph, view, viewCenters(view), view.focus) : new Set<string>();
  return kept.size >= 2 ? [...kept] : [];
}

/** The neighbourhood the focus keeps, whole, its labels drawn apart. */
export const frameFocus = (sigma: Sigma, kept: string[]): void => frame(sigma, kept, 1.6, 0.15);

/**
 * What a citation view's claims join (citationNodes): labelled whole when
 * few, as the view labels them; many (139 claims citing Rothman 1995 span
 * half the graph) framed as the whole graph is.
 */
export function frameClaims(sigma: Sigma, keys: string[]): void {
  if (keys.length <= VIEW_DEFAULTS.maxForcedNeighbours) frame(sigma, keys, 1.6, 0.15);
  else fitNodes(sigma, keys, { ...WHOLE_GRAPH, labelled: false });
}

/**
 * Frames what the view is about, as it would be framed when opened: the
 * focus's neighbourhood, a comparison, the node with its neighbours, the
 * claims of a citation view, else (nothing chosen, or no claim left by the
 * list's filter) the whole graph.
 */
export function frameView(sigma: Sigma, graph: KnowledgeGraph): void {
  const { view } = explorerStore.get();
  const kept = focusKept(graph, view);
  const compared = shownComparison(view);
  const node = shownNode(view);
  const claims = view.cite ? citationNodes(graph, view) : [];
  if (kept.length > 0) frameFocus(sigma, kept);
  else if (compared.length >= 2) frameCompared(sigma, compared);
  else if (node && graph.hasNode(node)) frameNode(sigma, node);
  else if (claims.length > 0) frameClaims(sigma, claims);
  else fitVisible(sigma);
}
