import type { Attributes } from "graphology-types";
import type Sigma from "sigma";
import type { EdgeLabelDrawingFunction, NodeLabelDrawingFunction } from "sigma/rendering";
import { edgeLabelPlaces, nodeLabelBox, nodeLabelPlaces } from "./labelBoxes";
import { type LabelBox, type LabelCandidate, type Placement, placeLabels } from "./labelPlacement";
import { labelWidth } from "./labelWidths";

type Keyed = { key?: string };
type NodeLabelData = Parameters<NodeLabelDrawingFunction>[1] & Keyed & { forceLabel?: boolean; highlighted?: boolean };

/** A label waiting for its frame to be done, with how to draw it in the place it is given. */
interface QueuedLabel extends LabelCandidate {
  draw(place: number): void;
}

/** A label on screen: what it is and the boxes it covers. */
export interface DrawnLabel {
  key: string;
  tier: LabelCandidate["tier"];
  boxes: LabelBox[];
}

/** Sigma's node and edge labels, placed together once a frame is drawn (placeLabels) rather than drawn one by one. */
export interface PlacedLabels<N extends Attributes, E extends Attributes, G extends Attributes> {
  /** For sigma's `defaultDrawNodeLabel`. */
  drawNodeLabel: NodeLabelDrawingFunction<N, E, G>;
  /** For sigma's `defaultDrawEdgeLabel`. */
  drawEdgeLabel: EdgeLabelDrawingFunction<N, E, G>;
  /** Tells the labels when sigma starts a frame; returns how to stop. */
  attach(sigma: Sigma<N, E, G>): () => void;
  /** The labels on screen, as last drawn. */
  drawn(): DrawnLabel[];
}

/** A canvas's size in CSS pixels; undefined for a context drawn off screen. */
function cssSize(context: CanvasRenderingContext2D) {
  const element = context.canvas as HTMLCanvasElement | undefined;
  return element?.clientWidth ? { width: element.clientWidth, height: element.clientHeight } : undefined;
}

/** Sigma's drawing of a label, in another of its places: by moving the canvas under it. */
function movedDrawing(
  context: CanvasRenderingContext2D,
  places: readonly { move: { x: number; y: number } }[],
  drawn: () => void,
) {
  return (place: number) => {
    const { x, y } = places[place]?.move ?? { x: 0, y: 0 };
    context.save();
    context.translate(x, y);
    drawn();
    context.restore();
  };
}

/**
 * Sigma draws a frame in one synchronous call, asking for each label in turn;
 * the labels are queued, and placed and drawn in a microtask once the frame
 * is done. Its label canvases are cleared only at the next frame. When the
 * pointer moves, sigma draws the edge labels again but not the node labels:
 * those stay as placed in the last whole frame, and the edge labels are
 * placed around them. `draw` is how sigma draws a label (sigma/rendering's).
 */
export function placedLabels<N extends Attributes, E extends Attributes, G extends Attributes>(draw: {
  node: NodeLabelDrawingFunction<N, E, G>;
  edge: EdgeLabelDrawingFunction<N, E, G>;
}): PlacedLabels<N, E, G> {
  // By node or edge: should two frames be drawn before the labels are (sigma made twice in one task, or drawn
  // twice), the later frame's label is the one on screen.
  let queue = new Map<string, QueuedLabel>();
  let drawn: Placement<QueuedLabel>[] = [];
  // Sigma draws its first whole frame as it is created, before anything can be attached to it.
  let wholeFrame = true;
  let nodeLabels: QueuedLabel[] = [];
  // The labels' canvas, in CSS pixels, that labels moving around their discs keep within.
  let canvas: { width: number; height: number } | undefined;
  const drawQueued = () => {
    const fixed = wholeFrame ? [] : nodeLabels;
    drawn = placeLabels([...fixed, ...queue.values()], canvas);
    queue = new Map();
    const onScreen = new Set(fixed);
    for (const { label, place } of drawn) if (!onScreen.has(label)) label.draw(place);
    if (wholeFrame) nodeLabels = drawn.map(({ label }) => label).filter(({ tier }) => tier < 2);
    wholeFrame = false;
  };
  const enqueue = (label: QueuedLabel) => {
    if (queue.size === 0) queueMicrotask(drawQueued);
    queue.set(`${label.tier < 2 ? "node" : "edge"}:${label.key}`, label);
  };

  const drawNodeLabel: NodeLabelDrawingFunction<N, E, G> = (context, data: NodeLabelData, settings) => {
    if (!data.label) return;
    const font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    const width = labelWidth(context, font, data.label);
    const key = data.key ?? data.label;
    const size = data.size;
    const disc = { x: data.x, y: data.y, size };
    const drawn = () => draw.node(context, data, settings);
    canvas = cssSize(context);
    // A highlighted node's label is drawn again, boxed and right of its disc, by sigma's hover drawing; a label
    // sigma's grid chose stays where readers look for it. A forced one (a neighbourhood's) goes where there is room.
    if (data.highlighted || !data.forceLabel) {
      const box = nodeLabelBox(data, width, settings.labelSize, data.highlighted);
      enqueue({ key, places: [[box]], tier: data.forceLabel ? 0 : 1, size, disc, draw: drawn });
      return;
    }
    const places = nodeLabelPlaces(data, width, settings.labelSize);
    const boxes = places.map((place) => place.boxes);
    enqueue({ key, places: boxes, tier: 0, size, disc, moves: true, draw: movedDrawing(context, places, drawn) });
  };

  const drawEdgeLabel: EdgeLabelDrawingFunction<N, E, G> = (...args) => {
    const [context, data, source, target, settings] = args;
    if (!data.label) return;
    const font = `${settings.edgeLabelWeight} ${settings.edgeLabelSize}px ${settings.edgeLabelFont}`;
    const width = labelWidth(context, font, data.label);
    const places = edgeLabelPlaces(source, target, data.size, width, settings.edgeLabelSize);
    if (places.length === 0) return;
    const key = (data as Keyed).key ?? data.label;
    // Moved along the edge.
    const drawAt = movedDrawing(context, places, () => draw.edge(...args));
    enqueue({ key, places: places.map(({ boxes }) => boxes), tier: 2, size: data.size, draw: drawAt });
  };

  const startFrame = () => {
    wholeFrame = true;
    queue.clear();
  };
  return {
    drawNodeLabel,
    drawEdgeLabel,
    attach(sigma) {
      sigma.on("beforeRender", startFrame);
      return () => sigma.off("beforeRender", startFrame);
    },
    drawn: () =>
      drawn.map(({ label, place }) => ({ key: label.key, tier: label.tier, boxes: label.places[place] ?? [] })),
  };
}
