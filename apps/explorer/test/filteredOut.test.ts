import { describe, expect, it } from "vitest";
import { filteredOut, withShown } from "../src/core/filters/filteredOut";
import { visibleNodes } from "../src/core/filters/visibleNodes";
import { emptyView } from "../src/core/view/utils";
import { fixtureGraph } from "./fixtureGraph";

const graph = fixtureGraph();

describe("filteredOut", () => {
  it("finds nothing when no filter hides the nodes", () => {
    const view = { ...emptyView(), hiddenTypes: ["work"], hiddenNodes: ["concept/negosiasi"] };
    expect(filteredOut(graph, view, ["role/mediator", "role/advocate"])).toEqual({ keys: [], types: [], hubs: [] });
  });

  it("names the nodes a hidden type or a hidden hub keeps off the graph, and those filters", () => {
    const view = { ...emptyView(), hiddenTypes: ["role", "work"], hiddenNodes: ["model/social-action"] };
    const keys = ["role/advocate", "model/social-action", "role/mediator", "concept/negosiasi"];
    expect(filteredOut(graph, view, keys)).toEqual({
      keys: ["role/advocate", "model/social-action", "role/mediator"],
      types: ["role"],
      hubs: ["model/social-action"],
    });
  });

  it("passes over keys naming no node", () => {
    const view = { ...emptyView(), hiddenTypes: ["role"], hiddenNodes: ["role/nobody"] };
    expect(filteredOut(graph, view, ["role/nobody"])).toEqual({ keys: [], types: [], hubs: [] });
  });
});

describe("withShown", () => {
  it("lifts only the filters that hid the nodes, and the view then keeps them without being about them", () => {
    const view = {
      ...emptyView(),
      hiddenTypes: ["role", "work"],
      hiddenRelations: ["contrasts_with"],
      hiddenNodes: ["concept/negosiasi", "role/mediator"],
    };
    const shown = withShown(view, filteredOut(graph, view, ["role/mediator"]));
    expect(shown).toEqual({ ...view, hiddenTypes: ["work"], hiddenNodes: ["concept/negosiasi"] });
    expect(visibleNodes(graph, shown).has("role/mediator")).toBe(true);
    expect(visibleNodes(graph, shown).has("role/advocate")).toBe(true);
  });
});
