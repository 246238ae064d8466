import { describe, expect, it } from "vitest";
import { askedComparison, comparisonNotices } from "../src/core/comparison/askedComparison";

const NODES = new Set(["a", "b", "c", "d"]);
const known = (key: string) => NODES.has(key);

describe("a comparison a URL asks for", () => {
  it("compares the first three keys that name a node, one naming none taking no place", () => {
    expect(askedComparison(["a", "x", "b", "c"], known)).toEqual(["a", "b", "c"]);
    expect(askedComparison(["x", "a", "y", "b", "c", "d"], known)).toEqual(["a", "b", "c"]);
  });

  it("keeps the keys as asked when fewer than two name a node, so the comparison says which name nothing", () => {
    expect(askedComparison(["a", "x"], known)).toEqual(["a", "x"]);
    expect(askedComparison(["x", "y", "z", "a"], known)).toEqual(["x", "y", "z"]);
  });

  it("names exactly the keys naming no node, and the nodes beyond the three shown", () => {
    expect(comparisonNotices(["a", "x", "b", "c"], ["a", "b", "c"], known)).toEqual({ unknown: ["x"], leftOut: [] });
    expect(comparisonNotices(["a", "x", "b", "c", "d"], ["a", "b", "c"], known)).toEqual({
      unknown: ["x"],
      leftOut: ["d"],
    });
    // Nothing asked (the view changed since): what the comparison holds says it.
    expect(comparisonNotices([], ["a", "x"], known)).toEqual({ unknown: ["x"], leftOut: [] });
  });
});
