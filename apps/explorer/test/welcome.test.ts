import { beforeEach, describe, expect, it } from "vitest";
import { explorerStore, initialState } from "../src/core/store/explorerStore";
import { phoneSheet } from "../src/core/store/phoneSheet";
import { closeWelcome, openPanel, selectEdge, selectNode, setQuery, toggleHiddenType } from "../src/core/view";
import { emptyView } from "../src/core/view/utils";

const welcome = () => explorerStore.get().welcome;

describe("the welcome text on a phone", () => {
  beforeEach(() => explorerStore.set(() => initialState()));

  it("is the first sheet of a bare URL, not of one that shows something", () => {
    expect(welcome()).toBe(true);
    expect(phoneSheet(explorerStore.get())).toBe("detail");
    expect(initialState({ ...emptyView(), node: "role/advocate" }).welcome).toBe(false);
    expect(initialState({ ...emptyView(), panel: "outline" }).welcome).toBe(false);
  });

  it("stays through searching and filtering, and goes once closed", () => {
    setQuery("rothman");
    toggleHiddenType("work");
    expect(welcome()).toBe(true);
    closeWelcome();
    expect(welcome()).toBe(false);
    expect(phoneSheet(explorerStore.get())).toBe("none");
  });

  it("goes for good once a node, an edge or a tool panel has shown", () => {
    selectNode("role/advocate");
    selectNode(null);
    expect(welcome()).toBe(false);
    expect(phoneSheet(explorerStore.get())).toBe("none");
    explorerStore.set(() => initialState());
    selectEdge("some-edge");
    selectEdge(null);
    expect(welcome()).toBe(false);
    explorerStore.set(() => initialState());
    openPanel("outline");
    openPanel(null);
    expect(welcome()).toBe(false);
  });
});
