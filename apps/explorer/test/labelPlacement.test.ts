import { describe, expect, it } from "vitest";
import { type LabelCandidate, placeLabels } from "../src/sigma/labelPlacement";

const label = (key: string, left: number, top: number, options: Partial<LabelCandidate> = {}): LabelCandidate => ({
  key,
  box: { left, top, width: 80, height: 15 },
  forced: false,
  nodeSize: 5,
  ...options,
});

const placed = (candidates: LabelCandidate[]) => placeLabels(candidates).map(({ key }) => key);

describe("placing a frame's labels so that none covers another", () => {
  it("keeps labels that lie apart, and of two that overlap, the larger node's", () => {
    const candidates = [
      label("small", 10, 10, { nodeSize: 4 }),
      label("large", 60, 15, { nodeSize: 9 }),
      label("apart", 10, 200),
    ];
    expect(placed(candidates)).toEqual(["large", "apart"]);
  });

  it("puts a forced label (a highlighted neighbourhood's) before any larger node's", () => {
    expect(placed([label("hub", 0, 0, { nodeSize: 20 }), label("neighbour", 40, 5, { forced: true })])).toEqual([
      "neighbour",
    ]);
  });

  it("keeps a gap between labels: touching ones overlap, a row of labels one line apart does not", () => {
    expect(placed([label("a", 0, 0), label("b", 81, 0)])).toEqual(["a"]);
    const rows = Array.from({ length: 5 }, (_, row) => label(`row${row}`, 0, row * 17));
    expect(placed(rows)).toHaveLength(5);
  });

  it("checks labels spanning bands of rows against every band they reach", () => {
    const tall = label("tall", 0, 0, { nodeSize: 9, box: { left: 0, top: 0, width: 30, height: 100 } });
    expect(placed([tall, label("inside", 10, 60)])).toEqual(["tall"]);
  });

  it("breaks ties by key, whatever order sigma gave them in", () => {
    const a = label("a", 0, 0);
    const b = label("b", 10, 0);
    expect(placed([b, a])).toEqual(["a"]);
    expect(placed([a, b])).toEqual(["a"]);
  });
});
