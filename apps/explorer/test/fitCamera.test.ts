import { describe, expect, it } from "vitest";
import { type FitInput, type FramedNode, fitCamera } from "../src/core/graphView/fitCamera";

// A 390×300 canvas (a phone with a sheet open) whose framed unit is 300 px wide at ratio 1, y flipped as in sigma.
const VIEWPORT = { width: 390, height: 300 };
const SCALE = { x: 300, y: -300 };
const INSETS = { top: 12, right: 62, bottom: 12, left: 12 };

const input = (nodes: FramedNode[], overrides: Partial<FitInput> = {}): FitInput => ({
  nodes,
  viewport: VIEWPORT,
  insets: INSETS,
  scale: SCALE,
  sizeAt: (ratio) => 1 / Math.sqrt(ratio),
  labelSize: 13,
  // Every node with a label width is labelled at any size, unless a test says otherwise.
  labelThreshold: 0,
  minRatio: 0.05,
  maxRatio: 4,
  labelShare: 0.4,
  ...overrides,
});

/** Where a node and its label are drawn under a camera, as sigma's matrix puts them. */
function drawn(fit: FitInput, node: FramedNode, camera: { x: number; y: number; ratio: number }) {
  const x = VIEWPORT.width / 2 + ((node.x - camera.x) * SCALE.x) / camera.ratio;
  const y = VIEWPORT.height / 2 + ((node.y - camera.y) * SCALE.y) / camera.ratio;
  const radius = node.size * fit.sizeAt(camera.ratio);
  const label = node.labelWidth > 0 ? 3 + node.labelWidth : 0;
  return { left: x - radius, right: x + radius + label, top: y - radius, bottom: y + radius };
}

const NODES: FramedNode[] = [
  { x: 0, y: 0, size: 8, labelWidth: 40 },
  { x: 1, y: 0.3, size: 8, labelWidth: 120 },
  { x: 0.5, y: 0.8, size: 12, labelWidth: 0 },
];

describe("fitCamera", () => {
  it("keeps every node and label inside the canvas, clear of the insets, as close as that allows", () => {
    const fit = input(NODES);
    const camera = fitCamera(fit);
    expect(camera).not.toBeNull();
    if (!camera) return;
    const boxes = NODES.map((node) => drawn(fit, node, camera));
    const left = Math.min(...boxes.map((box) => box.left));
    const right = Math.max(...boxes.map((box) => box.right));
    expect(left).toBeGreaterThanOrEqual(INSETS.left - 0.01);
    // The widest label ends by the zoom buttons, not under them or past the edge.
    expect(right).toBeLessThanOrEqual(VIEWPORT.width - INSETS.right + 0.01);
    expect(Math.min(...boxes.map((box) => box.top))).toBeGreaterThanOrEqual(INSETS.top - 0.01);
    expect(Math.max(...boxes.map((box) => box.bottom))).toBeLessThanOrEqual(VIEWPORT.height - INSETS.bottom + 0.01);
    // Tight: one axis fills the clear area, and what is drawn is centred in it.
    const width = VIEWPORT.width - INSETS.left - INSETS.right;
    expect(right - left).toBeCloseTo(width, 0);
    expect((left + right) / 2).toBeCloseTo(INSETS.left + width / 2, 3);
  });

  it("leaves a label wider than the clear area's share cut, rather than shrinking the graph to nothing", () => {
    const long = [...NODES, { x: 1, y: 1, size: 8, labelWidth: 1000 }];
    const camera = fitCamera(input(long));
    expect(camera?.ratio).toBeLessThan(4);
  });

  it("gives labels less room, down to none, where they fit at no zoom, and frames the nodes, not a dot", () => {
    // A hub and its neighbours on a phone, each labelled in full (a node's view), one label as wide as the canvas.
    const hub = [...NODES, { x: 0.2, y: 0.6, size: 8, labelWidth: 400 }];
    const fit = input(hub, { labelShare: 1 });
    const camera = fitCamera(fit);
    if (!camera) return;
    const boxes = hub.map((node) => drawn(fit, { ...node, labelWidth: 0 }, camera));
    // The nodes are inside the canvas, spread over most of its width; labels have a quarter of it.
    const left = Math.min(...boxes.map((box) => box.left));
    const right = Math.max(...boxes.map((box) => box.right));
    expect(left).toBeGreaterThanOrEqual(INSETS.left - 0.01);
    expect(right).toBeLessThanOrEqual(VIEWPORT.width - INSETS.right + 0.01);
    expect(right - left).toBeGreaterThan(0.6 * (VIEWPORT.width - INSETS.left - INSETS.right));
  });

  it("counts a label where sigma draws it: for a node drawn large enough, or one the view labels", () => {
    const small = NODES.map((node) => ({ ...node, size: 2 }));
    const bySize = fitCamera(input(small, { labelThreshold: 7 }));
    const allLabelled = fitCamera(input(small));
    // Drawn 2 px at most at these ratios, no node is labelled by size: the graph takes the room labels would.
    expect(bySize?.ratio).toBeLessThan(allLabelled?.ratio ?? 0);
    const stressed = fitCamera(
      input(
        small.map((node) => ({ ...node, labelled: true })),
        { labelThreshold: 7 },
      ),
    );
    expect(stressed?.ratio).toBeCloseTo(allLabelled?.ratio ?? 0, 6);
  });

  it("never comes closer than the least ratio, and centres what it frames in the clear area", () => {
    const one = [{ x: 0.5, y: 0.5, size: 8, labelWidth: 0 }];
    const camera = fitCamera(input(one, { minRatio: 0.5 }));
    expect(camera?.ratio).toBe(0.5);
    if (!camera) return;
    const box = drawn(input(one), one[0] as FramedNode, camera);
    expect((box.left + box.right) / 2).toBeCloseTo((INSETS.left + VIEWPORT.width - INSETS.right) / 2, 3);
  });

  it("frames nothing without nodes", () => {
    expect(fitCamera(input([]))).toBeNull();
  });

  it("comes closer than its closest to draw labelled nodes apart, when asked and while they still fit", () => {
    // Three compared nodes almost on one line, 0.02 apart: at the closest ratio one's disc covers another's label.
    const close: FramedNode[] = [
      { x: 0, y: 0, size: 6, labelWidth: 60, labelled: true },
      { x: 0.02, y: 0.001, size: 6, labelWidth: 60, labelled: true },
      { x: 0.05, y: -0.01, size: 6, labelWidth: 60, labelled: true },
    ];
    const overlapping = (fit: FitInput, camera: { x: number; y: number; ratio: number }) => {
      const boxes = close.map((node) => drawn(fit, node, camera));
      return boxes.some((a, i) =>
        boxes.slice(i + 1).some((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom),
      );
    };
    const wide = { viewport: { width: 900, height: 600 }, minRatio: 0.2 };
    const near = input(close, wide);
    const plain = fitCamera(near);
    expect(plain?.ratio).toBe(0.2);
    if (plain) expect(overlapping(near, plain)).toBe(true);
    const apart = fitCamera({ ...near, apart: true });
    expect(apart?.ratio).toBeLessThan(0.2);
    if (apart) expect(overlapping(near, apart)).toBe(false);
  });
});
