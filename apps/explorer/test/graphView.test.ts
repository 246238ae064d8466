import { describe, expect, it } from "vitest";
import { citationIndex } from "../src/core/citations/citationIndex";
import { visibleNodes } from "../src/core/filters/visibleNodes";
import {
  createReducers,
  DENSE_GRAPH_EDGES,
  FADED_NODE,
  isDenseGraph,
  nodeSizeScale,
} from "../src/core/graphView/reducers";
import { citationNodes, viewContext } from "../src/core/graphView/viewContext";
import type { PointerState } from "../src/core/store/explorerStore";
import type { ViewState } from "../src/core/view/types";
import { emptyView } from "../src/core/view/utils";
import { fixtureGraph } from "./fixtureGraph";

const graph = fixtureGraph();
const noPointer: PointerState = { node: null, edge: null };

function display(view: Partial<ViewState>, pointer = noPointer, selectedEdge: string | null = null) {
  const { nodeReducer, edgeReducer } = createReducers(
    graph,
    viewContext(graph, { ...emptyView(), ...view }, pointer, selectedEdge),
  );
  return {
    node: (key: string) => nodeReducer(key, graph.getNodeAttributes(key)),
    edge: (source: string, target: string) => {
      const key = graph.edges(source, target)[0] ?? "";
      return edgeReducer(key, graph.getEdgeAttributes(key));
    },
  };
}

describe("visibleNodes", () => {
  it("keeps the neighbourhood of the centers within the focus depth", () => {
    const filters = emptyView();
    expect(visibleNodes(graph, filters, ["role/mediator"], 1)).toEqual(
      new Set([
        "role/mediator",
        "role/advocate",
        "concept/fase-konflik",
        "concept/negosiasi",
        "role/negotiator",
        "concept/community-development",
      ]),
    );
    expect(visibleNodes(graph, filters, ["role/mediator"], 2).size).toBeGreaterThan(6);
    expect(visibleNodes(graph, filters, [], 2).size).toBe(graph.order);
  });

  it("walks only shown relations and skips hidden types and hubs", () => {
    const view = {
      ...emptyView(),
      hiddenRelations: ["contrasts_with"],
      hiddenTypes: ["concept"],
      hiddenNodes: ["role/negotiator"],
    };
    expect(visibleNodes(graph, view, ["role/mediator"], 1)).toEqual(new Set(["role/mediator"]));
  });

  it("keeps the centers shown though their type or they themselves are hidden", () => {
    const view = { ...emptyView(), hiddenTypes: ["role"], hiddenNodes: ["concept/fase-konflik"] };
    const shown = visibleNodes(graph, view, ["role/mediator", "concept/fase-konflik"]);
    expect(shown.has("role/mediator") && shown.has("concept/fase-konflik")).toBe(true);
    expect(shown.has("role/advocate")).toBe(false);
  });
});

describe("graph reducers", () => {
  it("draw every node as a circle, labelled in the UI language", () => {
    const { node } = display({ lang: "en" });
    expect(node("concept/community-development")).toMatchObject({ type: "circle", label: "Community Development" });
    expect(display({}).node("concept/community-development").label).toBe("Pengembangan Masyarakat");
  });

  it("highlight a selected node and its neighbours, fade the rest, label its relations", () => {
    const { node, edge } = display({ node: "role/mediator" });
    expect(node("role/mediator")).toMatchObject({ highlighted: true, forceLabel: true });
    expect(node("concept/negosiasi")).toMatchObject({ forceLabel: true });
    expect(node("work/zastrow2008")).toMatchObject({ color: FADED_NODE, label: null });
    expect(edge("role/advocate", "role/mediator")).toMatchObject({ label: "dikontraskan dengan", type: "line" });
    expect(edge("role/mediator", "concept/negosiasi")).toMatchObject({ label: "menggunakan taktik", type: "arrow" });
  });

  it("let hover win over the selection", () => {
    const { node } = display({ node: "role/mediator" }, { node: "author/jack-rothman", edge: null });
    expect(node("author/jack-rothman").highlighted).toBe(true);
    expect(node("role/mediator").color).toBe(FADED_NODE);
  });

  it("light up a legend entry's edges and their ends, or its nodes, over the view; hover wins over it", () => {
    const uses = { kind: "relation", name: "uses_tactic" } as const;
    const context = viewContext(graph, { ...emptyView(), node: "role/advocate" }, noPointer, null, uses);
    const tactic = graph.filterEdges((_, attributes) => attributes.type === "uses_tactic");
    expect(tactic.length).toBeGreaterThan(1);
    expect([...context.strongEdges].sort()).toEqual(tactic.sort());
    expect([...context.emphasis.keys()].sort()).toEqual(
      [...new Set(tactic.flatMap((edge) => graph.extremities(edge)))].sort(),
    );
    // Many edges of one relation, alike: none labelled.
    expect(context.labelledEdges.size).toBe(0);
    const roles = viewContext(graph, emptyView(), noPointer, null, { kind: "type", name: "role" });
    expect([...roles.emphasis.keys()].sort()).toEqual(graph.filterNodes((_, node) => node.type === "role").sort());
    expect(roles.strongEdges.size).toBe(0);
    const hovered = viewContext(graph, emptyView(), { node: "work/zastrow2008", edge: null }, null, uses);
    expect(hovered.emphasis.get("work/zastrow2008")).toBe("focus");
  });

  it("stress a comparison: compared nodes, shared neighbours, the path between them", () => {
    const { node, edge } = display({ compare: ["concept/community-organization", "concept/community-development"] });
    expect(node("concept/community-organization").highlighted).toBe(true);
    expect(node("concept/intervensi-makro")).toMatchObject({ forceLabel: true, zIndex: 2 });
    expect(edge("concept/community-organization", "concept/community-development").label).toBe("dikontraskan dengan");
    expect(node("work/rothman1995").color).toBe(FADED_NODE);
  });

  it("stress, in a citation view, the work and the claims citing it", () => {
    const { node, edge } = display({ cite: "work/zastrow2008", lang: "en" });
    expect(node("work/zastrow2008").highlighted).toBe(true);
    // Advocate contrasts with Mediator, citing Zastrow 2008: both ends shown, the relation drawn and labelled.
    expect(node("role/advocate").color).not.toBe(FADED_NODE);
    expect(node("role/mediator").color).not.toBe(FADED_NODE);
    expect(edge("role/advocate", "role/mediator").label).toBe("contrasts with");
    expect(node("work/rothman1995").color).toBe(FADED_NODE);
    // Narrowed by the list's filter, the graph stresses only the claims the list shows.
    const claimFilter = { text: "penengah", page: null, kind: null };
    const every = citationNodes(graph, { ...emptyView(), cite: "work/zastrow2008" });
    const narrowed = citationNodes(graph, { ...emptyView(), cite: "work/zastrow2008", claimFilter });
    expect(narrowed.sort()).toEqual(
      ["concept/fase-konflik", "concept/negosiasi", "role/advocate", "role/mediator", "work/zastrow2008"].sort(),
    );
    const left = every.filter((key) => !narrowed.includes(key));
    expect(left.length).toBeGreaterThan(0);
    // What the filters hide is not drawn, nor framed.
    expect(citationNodes(graph, { ...emptyView(), cite: "work/zastrow2008", hiddenTypes: ["work"] })).not.toContain(
      "work/zastrow2008",
    );
    const shown = display({ cite: "work/zastrow2008", claimFilter });
    for (const key of left) expect(shown.node(key).color, key).toBe(FADED_NODE);
  });

  it("show every claim of a citation view opened over a focused node, the focus being the node's", () => {
    const view = { ...emptyView("en"), node: "role/advocate", cite: "work/zastrow2008", focus: 1 as const };
    const { visible } = viewContext(graph, view, noPointer, null);
    const claims = citationIndex(graph).entries.get("zastrow2008")?.claims ?? [];
    const ends = claims.flatMap((claim) => (claim.kind === "edge" ? [claim.source, claim.target] : [claim.node]));
    expect(ends.length).toBeGreaterThan(0);
    for (const end of ends) expect(visible.has(end)).toBe(true);
    expect(visible.size).toBe(graph.order);
    // Closed, the node's focus holds again.
    expect(viewContext(graph, { ...view, cite: null }, noPointer, null).visible.size).toBeLessThan(graph.order);
  });

  it("hide filtered nodes and relations", () => {
    const { node, edge } = display({ hiddenTypes: ["work"], hiddenRelations: ["related"] });
    expect(node("work/rothman1995").hidden).toBe(true);
    expect(edge("role/mediator", "role/negotiator").hidden).toBe(true);
    expect(edge("author/jack-rothman", "work/rothman1995").hidden).toBe(true);
    expect(node("author/jack-rothman").hidden).toBeUndefined();
  });

  it("label a hovered edge even with nothing selected", () => {
    const key = graph.edges("role/advocate", "concept/advokasi")[0] ?? "";
    const { edge } = display({ lang: "en" }, { node: null, edge: key });
    expect(edge("role/advocate", "concept/advokasi")).toMatchObject({ label: "uses tactic", forceLabel: true });
  });

  it("draw a dense graph with plain lines, keeping arrowheads for the edges in focus", () => {
    const dense = fixtureGraph();
    const [a, b] = ["role/mediator", "role/advocate"];
    for (let i = dense.size; i <= DENSE_GRAPH_EDGES; i++) {
      dense.addDirectedEdgeWithKey(`filler-${i}`, a, b, {
        type: "mentions",
        citations: [],
        provenance: [],
        symmetric: false,
      });
    }
    expect(isDenseGraph(dense)).toBe(true);
    expect(isDenseGraph(graph)).toBe(false);
    const focused = createReducers(
      dense,
      viewContext(dense, { ...emptyView(), node: "role/negotiator" }, noPointer, null),
    );
    const plain = `filler-${DENSE_GRAPH_EDGES}`;
    const strong = dense.edges("role/negotiator", "concept/negosiasi")[0] ?? "";
    expect(focused.edgeReducer(plain, dense.getEdgeAttributes(plain)).type).toBe("line");
    expect(focused.edgeReducer(strong, dense.getEdgeAttributes(strong)).type).toBe("arrow");
  });

  it("draw the nodes of a large graph smaller, but those in focus at the build's size", () => {
    expect(nodeSizeScale(graph.order)).toBe(1);
    expect(nodeSizeScale(10_000)).toBe(0.5);
    const large = fixtureGraph();
    const filler = large.getNodeAttributes("role/mediator");
    while (large.order < 10_000) large.addNode(`filler-${large.order}`, { ...filler, size: 0.5 });
    const built = large.getNodeAttributes("role/advocate").size;
    const whole = createReducers(large, viewContext(large, emptyView(), noPointer, null));
    expect(whole.nodeReducer("role/advocate", large.getNodeAttributes("role/advocate")).size).toBe(built / 2);
    // Never below one pixel, so no node vanishes.
    expect(whole.nodeReducer("filler-5000", large.getNodeAttributes("filler-5000")).size).toBe(1);
    const focused = createReducers(
      large,
      viewContext(large, { ...emptyView(), node: "role/mediator" }, noPointer, null),
    );
    expect(focused.nodeReducer("role/advocate", large.getNodeAttributes("role/advocate")).size).toBe(built);
    // Filtered down to a few nodes, a large graph draws them at the build's sizes.
    const types = [...new Set(large.mapNodes((_, { type }) => type))].filter((type) => type !== "role");
    const filtered = {
      ...emptyView(),
      hiddenTypes: types,
      hiddenNodes: large.filterNodes((node) => node.startsWith("filler-")),
    };
    const fewer = createReducers(large, viewContext(large, filtered, noPointer, null));
    expect(fewer.nodeReducer("role/advocate", large.getNodeAttributes("role/advocate")).size).toBe(built);
    // A small graph is drawn at the build's sizes.
    expect(display({}).node("role/advocate").size).toBe(built);
  });
});
