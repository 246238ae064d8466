import { citationIndex } from "../citations/citationIndex";
import { citeTarget } from "../citations/citeTarget";
import { claimMatcher } from "../citations/filterClaims";
import type { Claim } from "../citations/types";
import { comparisonHighlight } from "../comparison/comparisonHighlight";
import { visibleNodes } from "../filters/visibleNodes";
import type { KnowledgeGraph } from "../graph/types";
import type { PointerState } from "../store/explorerStore";
import type { ViewState } from "../view/types";
import { shownComparison, shownNode } from "../view/utils";
import type { GraphViewContext, LegendItem, NodeEmphasis } from "./types";

/** Caps that keep a hub's neighbourhood readable. */
export const VIEW_DEFAULTS = { maxForcedNeighbours: 40, maxLabelledEdges: 12 };

/** The nodes a view centres on: the compared nodes, else the node shown (a citation view has none: its claims span the graph). */
export function viewCenters(view: ViewState): string[] {
  const compared = shownComparison(view);
  if (compared.length > 0) return compared;
  const node = shownNode(view);
  return node ? [node] : [];
}

/**
 * Turns view, hover, legend and edge selection into what the graph stresses.
 * Hover wins over a legend entry, which wins over a comparison, which wins
 * over the selected node, so pointing at something always answers "what is
 * this connected to?" or "which are these?".
 */
export function viewContext(
  graph: KnowledgeGraph,
  view: ViewState,
  pointer: PointerState,
  selectedEdge: string | null,
  legend: LegendItem | null = null,
): GraphViewContext {
  const emphasis = new Map<string, NodeEmphasis>();
  const strongEdges = new Set<string>();
  const labelledEdges = new Set<string>();
  const around = (key: string, labelEdges: boolean) => {
    emphasis.set(key, "focus");
    const edges = graph.edges(key);
    for (const edge of edges) {
      strongEdges.add(edge);
      if (labelEdges && edges.length <= VIEW_DEFAULTS.maxLabelledEdges) labelledEdges.add(edge);
      const other = graph.opposite(key, edge);
      if (!emphasis.has(other)) emphasis.set(other, "neighbour");
    }
  };
  const hovered = pointer.node && graph.hasNode(pointer.node) ? pointer.node : null;
  const compared = shownComparison(view);
  if (hovered) {
    around(hovered, false);
  } else if (legend && !hiddenByFilters(view, legend)) {
    legendItems(graph, legend, emphasis, strongEdges);
  } else if (compared.length > 0) {
    const highlight = comparisonHighlight(graph, compared);
    for (const key of highlight.pathNodes) emphasis.set(key, "path");
    for (const key of highlight.shared) emphasis.set(key, "shared");
    for (const key of highlight.compared) emphasis.set(key, "compared");
    for (const edge of highlight.pathEdges) {
      strongEdges.add(edge);
      labelledEdges.add(edge);
    }
  } else if (view.cite) {
    citedClaims(graph, view.cite, claimMatcher(graph, view.claimFilter), emphasis, strongEdges, labelledEdges);
  } else if (view.node && graph.hasNode(view.node)) {
    around(view.node, true);
  }
  for (const edge of [pointer.edge, selectedEdge]) {
    if (!edge || !graph.hasEdge(edge)) continue;
    strongEdges.add(edge);
    labelledEdges.add(edge);
    for (const end of graph.extremities(edge)) if (!emphasis.has(end)) emphasis.set(end, "neighbour");
  }
  return {
    lang: view.lang,
    visible: visibleNodes(graph, view, viewCenters(view), view.focus),
    hiddenRelations: new Set(view.hiddenRelations),
    emphasis,
    strongEdges,
    labelledEdges,
    fadeOthers: emphasis.size > 0,
  };
}

/** Whether the filters hide what a legend entry stands for: lighting it would only fade what is drawn. */
const hiddenByFilters = (view: ViewState, item: LegendItem) =>
  (item.kind === "type" ? view.hiddenTypes : view.hiddenRelations).includes(item.name);

/** The nodes a citation view stresses and draws: the work or author cited, and the ends of the claims its list shows. */
export function citationNodes(graph: KnowledgeGraph, view: ViewState): string[] {
  if (!view.cite) return [];
  const emphasis = new Map<string, NodeEmphasis>();
  citedClaims(graph, view.cite, claimMatcher(graph, view.claimFilter), emphasis, new Set(), new Set());
  // What the filters hide is not drawn, so not framed.
  const visible = visibleNodes(graph, view, viewCenters(view), view.focus);
  return [...emphasis.keys()].filter((key) => visible.has(key));
}

/**
 * A citation view on the graph: the work or author in focus, and what the
 * claims citing it that the list shows (its filter applied) join: their relations drawn strongly (labelled when few),
 * their ends and the table cells' nodes as neighbours.
 */
function citedClaims(
  graph: KnowledgeGraph,
  cite: string,
  shown: (claim: Claim) => boolean,
  emphasis: Map<string, NodeEmphasis>,
  strongEdges: Set<string>,
  labelledEdges: Set<string>,
): void {
  const index = citationIndex(graph);
  const target = citeTarget(graph, index, cite);
  if (!target) return;
  if (graph.hasNode(target.key)) emphasis.set(target.key, "focus");
  const edges = new Set<string>();
  for (const bibkey of target.bibkeys) {
    for (const claim of index.entries.get(bibkey)?.claims ?? []) {
      if (!shown(claim)) continue;
      const ends = claim.kind === "edge" ? [claim.source, claim.target] : [claim.node];
      for (const end of ends) if (!emphasis.has(end)) emphasis.set(end, "neighbour");
      if (claim.kind === "edge") edges.add(claim.edge);
    }
  }
  for (const edge of edges) {
    strongEdges.add(edge);
    if (edges.size <= VIEW_DEFAULTS.maxLabelledEdges) labelledEdges.add(edge);
  }
}

const legendCache = new WeakMap<KnowledgeGraph, Map<string, { nodes: string[]; edges: string[] }>>();

/**
 * A legend entry's nodes (a type), or its edges and their ends (a relation),
 * found once per graph and entry: a view is worked out again at each change
 * while an entry is pressed, and a relation of a 50,000-node vault has
 * 100,000 edges to find.
 */
function legendMembers(graph: KnowledgeGraph, item: LegendItem): { nodes: string[]; edges: string[] } {
  let known = legendCache.get(graph);
  if (!known) {
    known = new Map();
    legendCache.set(graph, known);
  }
  const key = `${item.kind} ${item.name}`;
  let members = known.get(key);
  if (!members) {
    members =
      item.kind === "type"
        ? { nodes: graph.filterNodes((_, node) => node.type === item.name), edges: [] }
        : { nodes: [], edges: graph.filterEdges((_, attributes) => attributes.type === item.name) };
    members.nodes.push(...new Set(members.edges.flatMap((edge) => graph.extremities(edge))));
    known.set(key, members);
  }
  return members;
}

/** A legend entry lit up, unlabelled: its members are many, and alike. */
function legendItems(
  graph: KnowledgeGraph,
  item: LegendItem,
  emphasis: Map<string, NodeEmphasis>,
  strongEdges: Set<string>,
): void {
  const { nodes, edges } = legendMembers(graph, item);
  for (const node of nodes) emphasis.set(node, "neighbour");
  for (const edge of edges) strongEdges.add(edge);
}
