import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { type EdgeAttributes, type KnowledgeGraph, MENTIONS, type NodeAttributes } from "../graph/types";
import { nodeLabel, relationLabel } from "../i18n/labels";
import { edgeColors, MENTION_COLOR } from "./edgeColors";
import type { GraphViewContext } from "./types";
import { VIEW_DEFAULTS } from "./viewContext";

export const FADED_NODE = "#e3e6ea";
const FADED_EDGE = "#eef0f2";

/** Graphs up to this many nodes are drawn at the sizes the build gave. */
const FULL_SIZE_NODES = 2500;
const MIN_NODE_SIZE = 1;

/**
 * What node sizes are multiplied by when this many nodes are shown. Sizes are
 * in screen pixels whatever the number of nodes, so the whole of a
 * 10,000-node graph drew as one disc of overlapping nodes; beyond
 * FULL_SIZE_NODES the area each node covers shrinks as 1/n, so the nodes
 * together cover about as much of the screen as FULL_SIZE_NODES nodes do.
 */
export const nodeSizeScale = (order: number): number => Math.min(1, Math.sqrt(FULL_SIZE_NODES / Math.max(order, 1)));

/** A node's drawn size, scaled for the graph's size (nodeSizeScale). */
export const scaledNodeSize = (size: number, scale: number): number => Math.max(MIN_NODE_SIZE, (size || 4) * scale);

/**
 * Display data for a node. The graph's `type` attribute is a node type
 * ("concept"), not a sigma program, so every node is drawn as a circle.
 */
function baseNodeDisplay(data: NodeAttributes, scale = 1): Partial<NodeDisplayData> {
  const size = scaledNodeSize(data.size, scale);
  return { x: data.x, y: data.y, size, color: data.color, label: data.label, type: "circle" };
}

/**
 * Above this many edges the graph is drawn as a dense one: arrowheads only on
 * emphasised edges and no edge picking. Both cost a pass over every edge per
 * frame (half the first frame at 33,000 edges in software WebGL), and at that
 * density an arrowhead or a hovered edge cannot be made out anyway.
 */
export const DENSE_GRAPH_EDGES = 20_000;

export const isDenseGraph = (graph: KnowledgeGraph): boolean => graph.size > DENSE_GRAPH_EDGES;

/** Display data for an edge: arrows for directed relations (unless `arrows` is off), plain lines for symmetric ones. */
function baseEdgeDisplay(data: EdgeAttributes, arrows = true): Partial<EdgeDisplayData> {
  return { type: arrows && !data.symmetric ? "arrow" : "line", size: data.type === MENTIONS ? 0.6 : 1.2 };
}

/** The sigma reducers for one view of the graph: highlight and filters without touching the dataset. */
export function createReducers(graph: KnowledgeGraph, context: GraphViewContext) {
  const vocabulary = graph.getAttribute("vocabulary");
  const colors = edgeColors(vocabulary);
  const neighbours = [...context.emphasis.values()].filter((emphasis) => emphasis === "neighbour").length;
  const forceNeighbours = neighbours <= VIEW_DEFAULTS.maxForcedNeighbours;
  const arrows = !isDenseGraph(graph);
  // By the nodes shown: a filter or a neighbourhood of a large graph draws them at full size.
  const scale = nodeSizeScale(context.visible.size);

  const nodeReducer = (key: string, data: NodeAttributes): Partial<NodeDisplayData> => {
    const display = { ...baseNodeDisplay(data, scale), label: nodeLabel(data, context.lang) };
    if (!context.visible.has(key)) return { ...display, hidden: true };
    const emphasis = context.emphasis.get(key);
    if (!emphasis) return context.fadeOthers ? { ...display, color: FADED_NODE, label: null, zIndex: 0 } : display;
    const stressed = emphasis === "focus" || emphasis === "compared";
    return {
      ...display,
      zIndex: stressed ? 3 : 2,
      highlighted: stressed,
      forceLabel: emphasis !== "neighbour" || forceNeighbours,
      // Emphasised nodes keep the build's size however large the graph, so they stand out of it.
      size: scaledNodeSize(data.size, 1) * (stressed ? 1.25 : 1),
    };
  };

  const edgeReducer = (key: string, data: EdgeAttributes): Partial<EdgeDisplayData> => {
    const display = { ...baseEdgeDisplay(data, arrows), color: colors[data.type] ?? MENTION_COLOR };
    const [source, target] = graph.extremities(key);
    const shown = context.visible.has(source) && context.visible.has(target) && !context.hiddenRelations.has(data.type);
    if (!shown) return { ...display, hidden: true };
    if (context.strongEdges.has(key)) {
      const label = context.labelledEdges.has(key) ? relationLabel(vocabulary, data.type, "out", context.lang) : "";
      return {
        ...baseEdgeDisplay(data),
        color: display.color,
        size: (display.size ?? 1) * 2.2,
        zIndex: 1,
        label,
        forceLabel: label !== "",
      };
    }
    return context.fadeOthers ? { ...display, color: FADED_EDGE, zIndex: 0 } : display;
  };

  return { nodeReducer, edgeReducer };
}
