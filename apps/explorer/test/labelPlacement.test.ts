import type { Attributes } from "graphology-types";
import type Sigma from "sigma";
import type { Settings } from "sigma/settings";
import { describe, expect, it } from "vitest";
import { edgeLabelPlaces, nodeLabelBox, nodeLabelPlaces } from "../src/sigma/labelBoxes";
import { type LabelCandidate, placeLabels } from "../src/sigma/labelPlacement";
import { type PlacedLabels, placedLabels } from "../src/sigma/placedLabels";

const label = (key: string, left: number, top: number, options: Partial<LabelCandidate> = {}): LabelCandidate => ({
  key,
  places: [[{ left, top, width: 80, height: 15 }]],
  tier: 1,
  size: 5,
  ...options,
});

const placed = (candidates: LabelCandidate[]) => placeLabels(candidates).map(({ label }) => label.key);

describe("placing a frame's labels so that none covers another", () => {
  it("keeps labels that lie apart, and of two that overlap, the larger node's", () => {
    const candidates = [
      label("small", 10, 10, { size: 4 }),
      label("large", 60, 15, { size: 9 }),
      label("apart", 10, 200),
    ];
    expect(placed(candidates)).toEqual(["large", "apart"]);
  });

  it("puts forced node labels before others, and edge labels after every node label", () => {
    const hub = label("hub", 0, 0, { size: 20 });
    const neighbour = label("neighbour", 40, 5, { tier: 0 });
    const edge = label("edge", 300, 0, { tier: 2, size: 30 });
    expect(placed([hub, neighbour])).toEqual(["neighbour"]);
    expect(placed([edge, label("node", 320, 4, { size: 1 })])).toEqual(["node"]);
  });

  it("keeps a gap between labels: touching ones overlap, a row of labels one line apart does not", () => {
    expect(placed([label("a", 0, 0), label("b", 81, 0)])).toEqual(["a"]);
    const rows = Array.from({ length: 5 }, (_, row) => label(`row${row}`, 0, row * 17));
    expect(placed(rows)).toHaveLength(5);
  });

  it("checks every box of a label, in every band of rows it reaches", () => {
    const tall = label("tall", 0, 0, { size: 9, places: [[{ left: 0, top: 0, width: 30, height: 100 }]] });
    expect(placed([tall, label("inside", 10, 60)])).toEqual(["tall"]);
    const squares = [0, 1, 2].map((i) => ({ left: 100 + 20 * i, top: 100 + 20 * i, width: 15, height: 15 }));
    const diagonal = label("diagonal", 0, 0, { tier: 2, places: [squares] });
    expect(placed([label("node", 125, 130), diagonal])).toEqual(["node"]);
    expect(placed([label("node", 0, 130), diagonal])).toEqual(["node", "diagonal"]);
  });

  it("gives a label the first of its places that is clear, and leaves it out when none is", () => {
    const node = label("node", 0, 0);
    const box = (left: number) => [{ left, top: 0, width: 40, height: 13 }];
    const sliding = label("edge", 0, 0, { tier: 2, places: [box(50), box(100), box(200)] });
    expect(placeLabels([node, sliding]).map(({ label, place }) => [label.key, place])).toEqual([
      ["node", 0],
      ["edge", 1],
    ]);
    const stuck = label("edge", 0, 0, { tier: 2, places: [box(10), box(60)] });
    expect(placed([node, stuck])).toEqual(["node"]);
  });

  describe("a forced label moving around its disc", () => {
    const disc = { x: 100, y: 100, size: 6 };
    const moving = (key: string, at = disc) => ({
      key,
      places: nodeLabelPlaces(at, 60, 13).map(({ boxes }) => boxes),
      tier: 0 as const,
      size: 5,
      disc: at,
      moves: true,
    });
    const placeOf = (candidates: LabelCandidate[], canvas?: { width: number; height: number }) =>
      Object.fromEntries(placeLabels(candidates, canvas).map(({ label, place }) => [label.key, place]));

    it("takes its first place clear of the labels kept before it: right, then left, above and below", () => {
      expect(placeOf([moving("hub")])).toEqual({ hub: 0 });
      const right = label("right", 110, 93, { tier: 0, size: 9 });
      expect(placeOf([right, moving("hub")])).toEqual({ right: 0, hub: 1 });
      const left = label("left", 20, 93, { tier: 0, size: 9 });
      expect(placeOf([right, left, moving("hub")])).toEqual({ right: 0, left: 0, hub: 2 });
    });

    it("keeps clear of another labelled node's disc, where a label would be read as that node's", () => {
      const other = { ...label("other", 500, 500, { size: 9 }), disc: { x: 130, y: 100, size: 8 } };
      expect(placeOf([other, moving("hub")])).toEqual({ other: 0, hub: 1 });
      // A label that stays put covers discs as sigma draws it.
      expect(placeOf([other, label("still", 109, 92)])).toEqual({ other: 0, still: 0 });
    });

    it("keeps on the canvas, though sigma's own place may leave it, and is left out when no place is clear", () => {
      const nearTop = { x: 40, y: 5, size: 6 };
      expect(placeOf([moving("top", nearTop)], { width: 200, height: 200 })).toEqual({ top: 3 });
      expect(placeOf([moving("edge", { x: 195, y: 100, size: 4 })], { width: 200, height: 200 })).toEqual({ edge: 1 });
      expect(placeOf([moving("narrow", { x: 20, y: 100, size: 4 })], { width: 40, height: 200 })).toEqual({
        narrow: 0,
      });
      const blockers = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => ({
        ...label(`disc${i}`, 1000, 1000 + 30 * i, { size: 9 }),
        disc: { x: 100 + 40 * Math.cos((i * Math.PI) / 4), y: 100 + 25 * Math.sin((i * Math.PI) / 4), size: 14 },
      }));
      expect(placeOf([...blockers, moving("hub")])).not.toHaveProperty("hub");
    });
  });

  it("breaks ties by key, whatever order sigma gave them in", () => {
    const a = label("a", 0, 0);
    const b = label("b", 10, 0);
    expect(placed([b, a])).toEqual(["a"]);
    expect(placed([a, b])).toEqual(["a"]);
  });
});

describe("where sigma draws a label", () => {
  it("puts a node's label right of its disc, centred on it", () => {
    expect(nodeLabelBox({ x: 100, y: 50, size: 6 }, 70, 13)).toEqual({ left: 109, top: 42.5, width: 70, height: 15 });
  });

  it("takes in a highlighted node's disc, which is drawn again above the labels", () => {
    expect(nodeLabelBox({ x: 100, y: 50, size: 20 }, 70, 13, true)).toEqual({
      left: 80,
      top: 30,
      width: 113,
      height: 40,
    });
  });

  it("offers a forced node label eight places around its disc, each clear of the disc, sigma's first", () => {
    const disc = { x: 100, y: 50, size: 6 };
    const places = nodeLabelPlaces(disc, 70, 13);
    expect(places.map(({ boxes }) => boxes[0])).toEqual([
      nodeLabelBox(disc, 70, 13),
      { left: 21, top: 42.5, width: 70, height: 15 },
      { left: 65, top: 26, width: 70, height: 15 },
      { left: 65, top: 59, width: 70, height: 15 },
      expect.objectContaining({ top: 50 - 6 * Math.SQRT1_2 - 15 }),
      expect.objectContaining({ top: 50 + 6 * Math.SQRT1_2 }),
      expect.objectContaining({ left: 100 - 6 * Math.SQRT1_2 - 3 - 70 }),
      expect.objectContaining({ left: 100 - 6 * Math.SQRT1_2 - 3 - 70 }),
    ]);
    // Each place is sigma's box moved: the move is what the canvas is moved by under sigma's drawing.
    for (const { move, boxes } of places) {
      expect(boxes[0]?.left).toBeCloseTo(109 + move.x, 9);
      expect(boxes[0]?.top).toBeCloseTo(42.5 + move.y, 9);
    }
  });

  it("puts an edge's label under the edge between the discs, cut to the edge's length, read left to right", () => {
    const source = { x: 0, y: 0, size: 10 };
    const target = { x: 200, y: 0, size: 10 };
    const [middle] = edgeLabelPlaces(source, target, 2, 60, 11);
    expect(middle?.shift).toBe(0);
    const squares = middle?.boxes ?? [];
    expect(squares).toHaveLength(5);
    // The squares cover the text, centred on the edge's middle (x 100), and stick out by less than one.
    const lefts = squares.map(({ left }) => left);
    expect(Math.min(...lefts)).toBeCloseTo(69.5, 5);
    expect(Math.max(...lefts) + 13).toBeCloseTo(130.5, 5);
    // Below the line: y grows downwards on screen.
    for (const { top, height } of squares) expect(top + height / 2).toBeCloseTo(1 + 11 * 0.65, 5);
    // Leftwards the text is turned to read left to right, so it still lies below the line.
    const [leftwards] = edgeLabelPlaces(target, source, 2, 60, 11);
    expect(leftwards?.boxes.map(({ top }) => top)).toEqual(squares.map(({ top }) => top));
    expect(edgeLabelPlaces(source, target, 2, 500, 11)[0]?.boxes).toHaveLength(Math.ceil(180 / 13));
    expect(edgeLabelPlaces(source, { x: 15, y: 0, size: 10 }, 2, 60, 11)).toEqual([]);
  });

  it("offers an edge's label the room its text leaves: halfway and all the way to either end", () => {
    const places = edgeLabelPlaces({ x: 0, y: 0, size: 10 }, { x: 200, y: 0, size: 10 }, 2, 60, 11);
    // 180 px of edge, 60 of text: 60 px of room on either side of the middle.
    expect(places.map(({ shift }) => shift)).toEqual([0, -30, 30, -60, 60]);
    expect(places[4]?.boxes[0]?.left).toBeCloseTo(69.5 + 60, 5);
    // A text cut to an edge too short for four characters is not drawn by sigma, and has no place.
    expect(edgeLabelPlaces({ x: 0, y: 0, size: 10 }, { x: 45, y: 0, size: 10 }, 2, 60, 11)).toEqual([]);
    // A text that fills its edge has one place.
    expect(edgeLabelPlaces({ x: 0, y: 0, size: 10 }, { x: 90, y: 0, size: 10 }, 2, 60, 11)).toHaveLength(1);
  });
});

describe("labels as sigma asks for them, frame by frame", () => {
  /** A canvas context that measures 6 px a character; what is drawn on it, by label. */
  function fakeContext() {
    const written: string[] = [];
    const moves: [number, number][] = [];
    const context = {
      font: "",
      measureText: (text: string) => ({ width: text.length * 6 }),
      save() {},
      restore() {},
      translate: (x: number, y: number) => moves.push([x, y]),
    };
    return { context: context as unknown as CanvasRenderingContext2D, written, moves };
  }
  const written = new Map<CanvasRenderingContext2D, string[]>();
  const labelsOnFakes = () =>
    placedLabels({
      node: (context, data) => written.get(context)?.push(data.label ?? ""),
      edge: (context, data) => written.get(context)?.push(data.label ?? ""),
    });
  const canvas = () => {
    const fake = fakeContext();
    written.set(fake.context, fake.written);
    return fake;
  };
  const settings = {
    labelSize: 13,
    labelFont: "sans-serif",
    labelWeight: "500",
    labelColor: { color: "#000" },
    edgeLabelSize: 11,
    edgeLabelFont: "sans-serif",
    edgeLabelWeight: "500",
    edgeLabelColor: { color: "#555" },
  } as unknown as Settings;
  const fase = { key: "fase", label: "Fase Konflik", x: 100, y: 100, size: 8, color: "#00f" };
  const mediator = { key: "mediator", label: "Mediator", x: 300, y: 70, size: 8, color: "#0f0" };
  const far = { key: "far", label: "Jauh", x: 100, y: 400, size: 8, color: "#0f0" };
  // Under the edge from Fase Konflik to Mediator, its label's left end meets Fase Konflik's label.
  const edge = { key: "e1", label: "aktif pada fase sekali", size: 2, color: "#888" };
  const frame = async () => new Promise<void>((resolve) => queueMicrotask(resolve));
  const keys = (labels: PlacedLabels<Attributes, Attributes, Attributes>) => labels.drawn().map(({ key }) => key);

  it("draws a frame's labels once it is done, leaving out an edge label that would cover a node label", async () => {
    const labels = labelsOnFakes();
    const nodes = canvas();
    const edges = canvas();
    labels.drawNodeLabel(nodes.context, fase, settings);
    labels.drawNodeLabel(nodes.context, mediator, settings);
    labels.drawEdgeLabel(edges.context, edge, fase, mediator, settings);
    labels.drawEdgeLabel(edges.context, { ...edge, key: "e2", label: "jauh" }, far, mediator, settings);
    expect(nodes.written).toEqual([]);
    await frame();
    expect(keys(labels)).toEqual(["fase", "mediator", "e2"]);
    expect(nodes.written).toEqual(["Fase Konflik", "Mediator"]);
    expect(edges.written).toEqual(["jauh"]);
  });

  it("when sigma draws only the edge labels again (the pointer moved), places them around the node labels left on screen", async () => {
    const labels = labelsOnFakes();
    const nodes = canvas();
    const edges = canvas();
    labels.drawNodeLabel(nodes.context, fase, settings);
    await frame();
    labels.drawEdgeLabel(edges.context, edge, fase, mediator, settings);
    await frame();
    expect(keys(labels)).toEqual(["fase"]);
    expect(edges.written).toEqual([]);
    // Fase Konflik's label is still on screen: not drawn twice.
    expect(nodes.written).toEqual(["Fase Konflik"]);
  });

  it("forgets the node labels of the last whole frame when sigma starts another", async () => {
    const labels = labelsOnFakes();
    const handlers = new Map<string, () => void>();
    labels.attach({
      on: (event: string, handler: () => void) => handlers.set(event, handler),
      off: () => {},
    } as unknown as Sigma);
    const nodes = canvas();
    const edges = canvas();
    labels.drawNodeLabel(nodes.context, fase, settings);
    await frame();
    handlers.get("beforeRender")?.();
    labels.drawNodeLabel(nodes.context, mediator, settings);
    labels.drawEdgeLabel(edges.context, edge, fase, mediator, settings);
    await frame();
    expect(keys(labels)).toEqual(["mediator", "e1"]);
  });

  it("draws a label where the later of two frames put it, when both are drawn before the labels are", async () => {
    const labels = labelsOnFakes();
    const nodes = canvas();
    labels.drawNodeLabel(nodes.context, fase, settings);
    labels.drawNodeLabel(nodes.context, { ...fase, x: 200, y: 300 }, settings);
    await frame();
    expect(labels.drawn().map(({ key, boxes }) => [key, boxes[0]?.left])).toEqual([["fase", 211]]);
    expect(nodes.written).toEqual(["Fase Konflik"]);
  });

  it("draws a forced label whose right is taken (here by a larger disc) left of its disc, moving the canvas under sigma's drawing", async () => {
    const labels = labelsOnFakes();
    const nodes = canvas();
    const hub = { key: "hub", label: "Pekerjaan Sosial", x: 130, y: 100, size: 12, color: "#00f", forceLabel: true };
    const close = { key: "close", label: "Nilai", x: 100, y: 102, size: 5, color: "#0f0", forceLabel: true };
    labels.drawNodeLabel(nodes.context, hub, settings);
    labels.drawNodeLabel(nodes.context, close, settings);
    await frame();
    expect(keys(labels)).toEqual(["hub", "close"]);
    // "Nilai", 30 px wide, moved from right of its disc (108) to left of it (62).
    expect(nodes.moves).toEqual([
      [0, 0],
      [-46, 0],
    ]);
    expect(labels.drawn()[1]?.boxes[0]?.left).toBe(62);
  });

  it("slides an edge label along its edge, moving the canvas under sigma's drawing, where its middle is taken", async () => {
    const labels = labelsOnFakes();
    const nodes = canvas();
    const edges = canvas();
    const [start, end] = [
      { key: "a", label: "", x: 0, y: 200, size: 5, color: "#000" },
      { key: "b", label: "", x: 400, y: 200, size: 5, color: "#000" },
    ];
    labels.drawNodeLabel(
      nodes.context,
      { key: "blok", label: "blok", x: 180, y: 208, size: 5, color: "#000" },
      settings,
    );
    labels.drawEdgeLabel(edges.context, { key: "e", label: "rel", size: 2, color: "#000" }, start, end, settings);
    await frame();
    expect(keys(labels)).toEqual(["blok", "e"]);
    // 390 px of edge, 18 of text: 186 px of room on either side; halfway towards the source is free.
    expect(edges.moves.map(([x, y]) => [x, Math.abs(y)])).toEqual([[-93, 0]]);
  });
});
