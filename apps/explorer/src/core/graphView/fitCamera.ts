/** A node to frame: where it is in sigma's framed-graph space, its drawn size at ratio 1, its label's width in px. */
export interface FramedNode {
  x: number;
  y: number;
  size: number;
  /** 0 for a node drawn without a label. */
  labelWidth: number;
  /** The label is drawn whatever the node's size (a view stresses it); else only where sigma labels by size. */
  labelled?: boolean;
}

/** Pixels kept clear on each side of the canvas: what is drawn over it (the zoom buttons) and a margin. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The camera that frames the nodes. */
export interface CameraFit {
  x: number;
  y: number;
  ratio: number;
}

export interface FitInput {
  nodes: readonly FramedNode[];
  viewport: { width: number; height: number };
  insets: Insets;
  /** Viewport pixels per framed-graph unit at ratio 1 and the camera at 0, per axis (negative: the axis is flipped). */
  scale: { x: number; y: number };
  /** What sizes are multiplied by at a camera ratio (sigma's `scaleSize(1, ratio)`). */
  sizeAt: (ratio: number) => number;
  /** The label font's size: a label reaches half of it above and below its node's centre. */
  labelSize: number;
  /** The size a node is drawn at, at the least, for sigma to draw its label (`labelRenderedSizeThreshold`). */
  labelThreshold: number;
  /** The closest and farthest the camera may be. */
  minRatio: number;
  maxRatio: number;
  /**
   * The most of the clear width one label is given; a longer one may still be
   * cut. Below 1 for a whole graph, or no zoom would fit a work's long title on a phone.
   */
  labelShare: number;
  /**
   * Whether the camera may come closer than `minRatio` (as close as the
   * nodes still fit) to draw them and their labels apart: compared nodes that
   * lie close in the layout covered one another's labels.
   */
  apart?: boolean;
}

/** The shares of the clear width labels are given in turn, when the share asked for fits at no zoom. */
const LABEL_SHARES = [0.25, 0];

/** `labelGap`: sigma draws a label this far right of its node. `steps`: bisections of the ratio. */
export const FIT_DEFAULTS = { labelGap: 3, steps: 32 };

/** Where the nodes and their labels reach, in viewport pixels from the camera's centre, at a ratio. */
function reach(input: FitInput, ratio: number, labelRoom: number) {
  const size = input.sizeAt(ratio);
  const bounds = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity };
  for (const node of input.nodes) {
    const x = (node.x * input.scale.x) / ratio;
    const y = (node.y * input.scale.y) / ratio;
    const radius = node.size * size;
    // A label counts where it is drawn: sigma draws it for a node drawn large enough at this ratio.
    const width = node.labelled || radius >= input.labelThreshold ? node.labelWidth : 0;
    const label = width > 0 ? FIT_DEFAULTS.labelGap + Math.min(width, labelRoom) : 0;
    const half = Math.max(radius, width > 0 ? input.labelSize / 2 : 0);
    bounds.left = Math.min(bounds.left, x - radius);
    bounds.right = Math.max(bounds.right, x + radius + label);
    bounds.top = Math.min(bounds.top, y - half);
    bounds.bottom = Math.max(bounds.bottom, y + half);
  }
  return bounds;
}

/** The box a node and its label cover at a ratio, in viewport pixels from the camera's centre. */
function labelBox(input: FitInput, node: FramedNode, ratio: number) {
  const x = (node.x * input.scale.x) / ratio;
  const y = (node.y * input.scale.y) / ratio;
  const radius = node.size * input.sizeAt(ratio);
  const half = Math.max(radius, input.labelSize / 2);
  return {
    left: x - radius,
    right: x + radius + FIT_DEFAULTS.labelGap + node.labelWidth,
    top: y - half,
    bottom: y + half,
  };
}

/** The closest ratio tried for `apart`: nodes nearer than this apart lie on one another in the layout. */
const CLOSEST_APART = 0.01;

/**
 * The farthest ratio, down to CLOSEST_APART, at which no two labelled nodes
 * cover each other's disc or label: drawing closer spreads the nodes while
 * their labels keep their size.
 */
function apartRatio(input: FitInput): number {
  const labelled = input.nodes.filter((node) => node.labelled && node.labelWidth > 0);
  const apart = (ratio: number) => {
    const boxes = labelled.map((node) => labelBox(input, node, ratio));
    return boxes.every((a, i) =>
      boxes.slice(i + 1).every((b) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top),
    );
  };
  if (apart(input.maxRatio)) return input.maxRatio;
  if (!apart(CLOSEST_APART)) return input.minRatio;
  let [near, far] = [Math.log(CLOSEST_APART), Math.log(input.maxRatio)];
  for (let step = 0; step < FIT_DEFAULTS.steps; step++) {
    const middle = (near + far) / 2;
    if (apart(Math.exp(middle))) near = middle;
    else far = middle;
  }
  return Math.exp(near);
}

/**
 * The camera that shows every node with its label inside the canvas less
 * its insets, as close as that allows (never closer than `minRatio`, unless
 * `apart` asks to draw labelled nodes apart), the
 * nodes centred in what is left: the zoom buttons cover none of them, and
 * labels near the right edge are not cut. Null without nodes.
 */
export function fitCamera(input: FitInput): CameraFit | null {
  if (input.nodes.length === 0) return null;
  const { width, height } = input.viewport;
  const { top, right, bottom, left } = input.insets;
  const clear = { width: Math.max(1, width - left - right), height: Math.max(1, height - top - bottom) };
  // Labels do not shrink as the camera draws back: where one is too long for the canvas at any zoom (a hub's
  // neighbours on a phone), each label is given less room, down to none, rather than the nodes shrunk to a dot.
  let labelRoom = clear.width * input.labelShare;
  const fits = (ratio: number) => {
    const bounds = reach(input, ratio, labelRoom);
    return bounds.right - bounds.left <= clear.width && bounds.bottom - bounds.top <= clear.height;
  };
  for (const share of LABEL_SHARES) {
    if (fits(input.maxRatio) || share >= input.labelShare) continue;
    labelRoom = clear.width * share;
  }
  // Farther means smaller: the spread only shrinks as the ratio grows, so the closest ratio that fits is bisected.
  const closest = input.apart ? Math.min(input.minRatio, apartRatio(input)) : input.minRatio;
  let ratio = input.maxRatio;
  if (fits(closest)) ratio = closest;
  else if (fits(input.maxRatio)) {
    let [near, far] = [Math.log(closest), Math.log(input.maxRatio)];
    for (let step = 0; step < FIT_DEFAULTS.steps; step++) {
      const middle = (near + far) / 2;
      if (fits(Math.exp(middle))) far = middle;
      else near = middle;
    }
    ratio = Math.exp(far);
  }
  // The middle of what is drawn goes to the middle of the clear area.
  const bounds = reach(input, ratio, labelRoom);
  const shiftX = width / 2 + (bounds.left + bounds.right) / 2 - (left + (width - right)) / 2;
  const shiftY = height / 2 + (bounds.top + bounds.bottom) / 2 - (top + (height - bottom)) / 2;
  return { x: (shiftX * ratio) / input.scale.x, y: (shiftY * ratio) / input.scale.y, ratio };
}
