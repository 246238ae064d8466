import { beforeEach, describe, expect, it } from "vitest";
import { explorerStore, initialState } from "../src/core/store/explorerStore";
import { closeDetail, openCite, restoreView, selectNode, setQuery, toggleHiddenType } from "../src/core/view";
import { emptyView } from "../src/core/view/utils";

const cameFrom = () => explorerStore.get().cameFrom;
const leftOut = () => explorerStore.get().leftOut;

describe("the way back from a node to the citation view it was opened from", () => {
  beforeEach(() => explorerStore.set(() => initialState({ ...emptyView(), cite: "work/rothman1995" })));

  it("is offered for a node opened from the claims, until anything else changes", () => {
    selectNode("model/social-action");
    expect(cameFrom()).toBe("work/rothman1995");
    toggleHiddenType("author");
    expect(cameFrom()).toBeNull();
    selectNode("model/social-action");
    expect(cameFrom()).toBeNull();
  });

  it("is not offered when Back or Forward lands on a node, which may leap several entries", () => {
    restoreView({ ...emptyView(), node: "model/social-action" });
    expect(cameFrom()).toBeNull();
  });

  it("is not offered for the node a citation view closes to: its × goes back", () => {
    selectNode("role/advocate");
    openCite("work/zastrow2008");
    closeDetail();
    expect(explorerStore.get().view.node).toBe("role/advocate");
    expect(cameFrom()).toBeNull();
    setQuery("x");
    expect(cameFrom()).toBeNull();
  });

  it("stays while the reader types a search, which replaces the history entry rather than adding one", () => {
    selectNode("model/social-action");
    setQuery("rothman");
    expect(cameFrom()).toBe("work/rothman1995");
  });
});

describe("the nodes a URL compares beyond three", () => {
  it("are said until the view changes", () => {
    explorerStore.set(() => initialState({ ...emptyView(), compare: ["a", "b", "c"] }, ["d"]));
    expect(leftOut()).toEqual(["d"]);
    setQuery("x");
    expect(leftOut()).toEqual([]);
  });
});
