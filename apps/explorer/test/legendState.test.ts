import { beforeEach, describe, expect, it } from "vitest";
import { viewContext } from "../src/core/graphView/viewContext";
import { explorerStore, initialState } from "../src/core/store/explorerStore";
import { pointLegend, pressLegend, selectNode, setQuery, toggleHiddenRelation } from "../src/core/view";
import { emptyView } from "../src/core/view/utils";
import { fixtureGraph } from "./fixtureGraph";

const USES = { kind: "relation", name: "uses_tactic" } as const;
const legend = () => explorerStore.get().legend;

describe("a legend entry lit on the graph", () => {
  beforeEach(() => explorerStore.set(() => initialState()));

  it("stays pressed until pressed again, another is pressed, or the view changes", () => {
    pressLegend(USES);
    expect(legend().pressed).toEqual(USES);
    pressLegend(USES);
    expect(legend().pressed).toBeNull();
    pressLegend(USES);
    pressLegend({ kind: "type", name: "role" });
    expect(legend().pressed).toEqual({ kind: "type", name: "role" });
    // Typing in the search box is a change of view too.
    setQuery("mediator");
    expect(legend().pressed).toBeNull();
    // A filter hiding what it lit ends it.
    pressLegend(USES);
    toggleHiddenRelation("uses_tactic");
    expect(legend().pressed).toBeNull();
    // A node chosen ends what is pointed at as well.
    pointLegend(USES);
    selectNode("role/mediator");
    expect(legend()).toEqual({ pointed: null, pressed: null });
  });

  it("lights nothing when the filters hide what it stands for", () => {
    const graph = fixtureGraph();
    const hidden = { ...emptyView(), hiddenRelations: ["uses_tactic"] };
    const context = viewContext(graph, hidden, { node: null, edge: null }, null, USES);
    expect(context.strongEdges.size).toBe(0);
    expect(context.fadeOthers).toBe(false);
    expect(viewContext(graph, emptyView(), { node: null, edge: null }, null, USES).strongEdges.size).toBeGreaterThan(0);
  });
});
