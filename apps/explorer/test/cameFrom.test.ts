import { beforeEach, describe, expect, it } from "vitest";
import { explorerStore, initialState } from "../src/core/store/explorerStore";
import {
  closeDetail,
  graphLoaded,
  openCite,
  openPanel,
  restoreView,
  selectNode,
  setPointer,
  setQuery,
  toggleHiddenType,
} from "../src/core/view";
import { emptyView } from "../src/core/view/utils";
import { fixtureGraph } from "./fixtureGraph";

const cameFrom = () => explorerStore.get().cameFrom;
const compareAsked = () => explorerStore.get().compareAsked;

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

describe("the keys a URL asks to compare", () => {
  it("are read against the graph once it loads, and said until the view changes", () => {
    const asked = ["role/advocate", "role/nobody", "role/mediator", "role/negotiator"];
    explorerStore.set(() => initialState({ ...emptyView(), compare: asked.slice(0, 3) }, asked));
    graphLoaded({ status: "ready", graph: fixtureGraph() });
    expect(explorerStore.get().view.compare).toEqual(["role/advocate", "role/mediator", "role/negotiator"]);
    expect(compareAsked()).toEqual(asked);
    setQuery("x");
    expect(compareAsked()).toEqual([]);
  });
});

describe("the node or edge pointed at", () => {
  const pointer = () => explorerStore.get().pointer;
  beforeEach(() => explorerStore.set(() => initialState({ ...emptyView(), node: "role/mediator" })));

  it("is forgotten when an action moves the view: a panel's link, a key, a tool panel, Back", () => {
    for (const act of [
      () => selectNode("role/advocate"),
      () => closeDetail(),
      () => openCite("work/zastrow2008"),
      () => openPanel("outline"),
      () => restoreView({ ...emptyView(), node: "concept/negosiasi" }),
    ]) {
      setPointer("concept/fase-konflik", null);
      act();
      expect(pointer()).toEqual({ node: null, edge: null });
    }
  });

  it("stays while the reader types or filters, and when an action leaves the view as it was", () => {
    setPointer("concept/fase-konflik", "e1");
    setQuery("rothman");
    toggleHiddenType("work");
    selectNode("role/mediator");
    expect(pointer()).toEqual({ node: "concept/fase-konflik", edge: "e1" });
  });
});
