import type Sigma from "sigma";
import { GRAPH_AREA_ID } from "../components/focusMoves";
import { visibleNodes } from "../core/filters/visibleNodes";
import type { KnowledgeGraph } from "../core/graph/types";
import { type FramedNode, fitCamera, type Insets } from "../core/graphView/fitCamera";
import { viewCenters } from "../core/graphView/viewContext";
import { nodeLabel } from "../core/i18n/labels";
import { explorerStore } from "../core/store/explorerStore";
import { labelWidth } from "./labelWidths";

/** Class of the zoom buttons over the canvas' lower right corner (ZoomControls), which no node should sit under. */
export const ZOOM_CONTROLS_CLASS = "zoom-controls";
/** Class of the legend over the canvas' upper left corner (Legend). */
export const LEGEND_CLASS = "legend";
/** Pixels kept clear around what is framed, and between it and the zoom buttons. */
const MARGIN = 12;
/** How long a camera move takes, in ms. */
export const DURATION = 450;

/**
 * Where a node sits in the camera's ("framed graph") space. Read from the
 * graph, not from sigma's display cache: right after a reducer change that
 * cache holds raw coordinates until the next frame.
 */
export function framedPosition(sigma: Sigma, key: string): { x: number; y: number } | null {
  const graph = sigma.getGraph();
  if (!graph.hasNode(key)) return null;
  const { x, y } = graph.getNodeAttributes(key) as { x: number; y: number };
  return sigma.viewportToFramedGraph(sigma.graphToViewport({ x, y }));
}

let measure: CanvasRenderingContext2D | null = null;

/** Measures labels as sigma draws them, in its label font. */
function labelMeasure(sigma: Sigma): (label: string) => number {
  measure ??= document.createElement("canvas").getContext("2d");
  const context = measure;
  if (!context) return () => 0;
  const font = `${sigma.getSetting("labelWeight")} ${sigma.getSetting("labelSize")}px ${sigma.getSetting("labelFont")}`;
  return (label) => labelWidth(context, font, label);
}

/**
 * The canvas' sides kept clear: a margin; on the right the zoom buttons'
 * column with a margin beside it; on top the legend as it is folded (its
 * node types and the line that opens the relations), which sits over the
 * canvas. An open legend is the reader's to fold: framing does not shrink
 * the graph to clear it.
 */
function insets(sigma: Sigma): Insets {
  const container = sigma.getContainer();
  const canvas = container.getBoundingClientRect();
  // SigmaContainer draws its children, the zoom buttons among them, beside sigma's own element in one root.
  const controls = container.parentElement?.querySelector(`.${ZOOM_CONTROLS_CLASS}`)?.getBoundingClientRect();
  const right = controls ? canvas.right - controls.left + MARGIN : MARGIN;
  const legend = container.closest(`#${GRAPH_AREA_ID}`)?.querySelector(`.${LEGEND_CLASS} summary`);
  const folded = legend?.getBoundingClientRect();
  const top = folded && folded.height > 0 ? folded.bottom - canvas.top + MARGIN : MARGIN;
  return { top: Math.max(MARGIN, top), right: Math.max(MARGIN, right), bottom: MARGIN, left: MARGIN };
}

/** How a set of nodes is framed. */
interface FitOptions {
  /** The closest the camera comes. */
  closest: number;
  /** Every node is drawn with its label (what a view stresses); otherwise only those sigma labels by size. */
  labelled: boolean;
  /** The most of the canvas' clear width one label is given (fitCamera). */
  labelShare: number;
  animate?: boolean;
  /** Come closer than `closest` if that draws the nodes and their labels apart (fitCamera). */
  apart?: boolean;
}

/** Moves the camera so the nodes and their labels fill the canvas clear of the zoom buttons (fitCamera). */
export function fitNodes(sigma: Sigma, keys: Iterable<string>, options: FitOptions): void {
  const { closest, labelled, labelShare, animate = true, apart = false } = options;
  const graph = sigma.getGraph() as KnowledgeGraph;
  const { lang } = explorerStore.get().view;
  const widthOf = labelMeasure(sigma);
  const threshold = sigma.getSetting("labelRenderedSizeThreshold");
  // Drawn largest at the closest ratio: a node smaller there never has its label drawn, and it is not measured.
  const largest = sigma.scaleSize(1, closest);
  const nodes: FramedNode[] = [];
  for (const key of keys) {
    const position = framedPosition(sigma, key);
    if (!position) continue;
    const size = sigma.getNodeDisplayData(key)?.size ?? graph.getNodeAttribute(key, "size");
    const drawable = labelled || size * largest >= threshold;
    const width = drawable ? widthOf(nodeLabel(graph.getNodeAttributes(key), lang)) : 0;
    nodes.push({ ...position, size, labelWidth: width, labelled });
  }
  const origin = { cameraState: { x: 0, y: 0, ratio: 1, angle: 0 } };
  const zero = sigma.framedGraphToViewport({ x: 0, y: 0 }, origin);
  const camera = fitCamera({
    nodes,
    viewport: sigma.getDimensions(),
    insets: insets(sigma),
    scale: {
      x: sigma.framedGraphToViewport({ x: 1, y: 0 }, origin).x - zero.x,
      y: sigma.framedGraphToViewport({ x: 0, y: 1 }, origin).y - zero.y,
    },
    sizeAt: (ratio) => sigma.scaleSize(1, ratio),
    labelSize: sigma.getSetting("labelSize"),
    labelThreshold: threshold,
    minRatio: closest,
    maxRatio: sigma.getSetting("maxCameraRatio") ?? 4,
    labelShare,
    apart,
  });
  if (!camera) return;
  const state = { ...camera, angle: 0 };
  if (animate) sigma.getCamera().animate(state, { duration: DURATION });
  else sigma.getCamera().setState(state);
}

/**
 * A whole graph: never closer than this, so a filter leaving two nodes does
 * not fill the screen with them; a label is given at most this share of the
 * width, or a work's whole title at the right would shrink the graph on a phone.
 */
export const WHOLE_GRAPH = { closest: 0.5, labelShare: 0.25 };

/** Frames every node the filters and focus leave, as the fit button and a first view do. */
export function fitVisible(sigma: Sigma, animate = true): void {
  const { view } = explorerStore.get();
  const keys = visibleNodes(sigma.getGraph() as KnowledgeGraph, view, viewCenters(view), view.focus);
  fitNodes(sigma, keys, { ...WHOLE_GRAPH, labelled: false, animate });
}
