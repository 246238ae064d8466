import { describe, expect, it } from "vitest";
import { detailsStatus, mergeShard, nodesCiting, registerDetails } from "../src/core/graph/details";
import { GraphFormatError } from "../src/core/graph/GraphFormatError";
import type { GraphViewPayload } from "../src/core/graph/payload";
import { readView } from "../src/core/graph/readView";
import { splitGraph } from "../src/core/graph/splitGraph";
import { fixtureGraph, fixtureText } from "./fixtureGraph";

const kindOf = (read: () => unknown): string => {
  try {
    read();
    return "ok";
  } catch (error) {
    return error instanceof GraphFormatError ? error.kind : `other: ${(error as Error).message}`;
  }
};

const fixtureView = (): GraphViewPayload => splitGraph(JSON.parse(fixtureText)).view;

const viewKind = (change: (view: Record<string, unknown> & GraphViewPayload) => void): string => {
  const view = fixtureView() as Record<string, unknown> & GraphViewPayload;
  change(view);
  return kindOf(() => readView(JSON.stringify(view)));
};

/** Node and edge attributes of a graph.json, by key, for comparing graphs regardless of order. */
const byKey = (data: {
  nodes: { key: string; attributes: object }[];
  edges: { key?: string; attributes?: object }[];
}) => ({
  nodes: Object.fromEntries(data.nodes.map((node) => [node.key, node.attributes])),
  edges: Object.fromEntries(data.edges.map((edge) => [edge.key, edge.attributes])),
});

describe("splitGraph and readView", () => {
  it("give back the whole graph once every shard is merged", () => {
    const original = JSON.parse(fixtureText);
    const read = fixtureGraph().export();
    expect(byKey(read as never)).toEqual(byKey(original));
    expect(read.attributes.comparisons).toEqual(original.attributes.comparisons);
    expect(read.attributes.references).toEqual(original.attributes.references);
  });

  it("keep the view light: no note text, summaries or table values", () => {
    const { view, shards } = splitGraph(JSON.parse(fixtureText), 2048);
    const text = JSON.stringify(view);
    const mediator = JSON.parse(fixtureText).nodes.find((node: { key: string }) => node.key === "role/mediator");
    expect(text).not.toContain(mediator.attributes.summary);
    expect(shards.length).toBeGreaterThan(1);
    expect(shards.flatMap((shard) => shard.keys)).toEqual(view.nodes.map((node) => node[0]));
    // Deterministic: the same graph gives the same files.
    expect(JSON.stringify(splitGraph(JSON.parse(fixtureText), 2048))).toBe(JSON.stringify({ view, shards }));
  });

  it("leave details empty until their shard is merged, then fill them", () => {
    const { view, shards } = splitGraph(JSON.parse(fixtureText), 2048);
    const { graph, details } = readView(JSON.stringify(view));
    registerDetails(graph, details);
    const key = "role/mediator";
    expect(graph.getNodeAttribute(key, "summary")).toBe("");
    expect(detailsStatus(graph, [key])).toBe("loading");
    const shard = shards.find((each) => each.keys.includes(key));
    if (!shard) throw new Error("no shard holds the mediator");
    // Sigma redraws every node on any attribute event; details change nothing it draws.
    const events: string[] = [];
    for (const name of ["nodeAttributesUpdated", "eachNodeAttributesUpdated"] as const)
      graph.on(name, () => events.push(name));
    mergeShard(graph, shard.shard, shard);
    expect(events).toEqual([]);
    expect(detailsStatus(graph, [key])).toBe("ready");
    expect(graph.getNodeAttribute(key, "summary")).not.toBe("");
    expect(detailsStatus(graph, null)).toBe(shards.length === 1 ? "ready" : "loading");
  });

  it("say which shards cite each work, so its claims need only those", () => {
    const { view, shards } = splitGraph(JSON.parse(fixtureText), 1024);
    const citing = view.details.citing ?? {};
    const cites = (shard: (typeof shards)[number], bibkey: string) =>
      shard.nodes.some((node) => node.dimensions.some((value) => value.citations.some(({ key }) => key === bibkey)));
    expect(Object.keys(citing)).toContain("rothman1995");
    for (const [bibkey, listed] of Object.entries(citing)) {
      expect(listed).toEqual(shards.filter((shard) => cites(shard, bibkey)).map((shard) => shard.shard));
    }
    const { graph, details } = readView(JSON.stringify(view));
    registerDetails(graph, details);
    const asked = nodesCiting(graph, ["rothman1995"]) ?? [];
    expect(asked.length).toBe(citing.rothman1995?.length);
    expect(detailsStatus(graph, asked)).toBe("loading");
    for (const shard of shards) if (citing.rothman1995?.includes(shard.shard)) mergeShard(graph, shard.shard, shard);
    expect(detailsStatus(graph, asked)).toBe("ready");
    expect(detailsStatus(graph, null)).toBe("loading");
    expect(nodesCiting(graph, ["no-such-work"])).toEqual([]);
  });

  it("ask every shard when the view's lists of citing shards and cells are missing or wrong", () => {
    const read = (citing: unknown) => {
      const view = fixtureView();
      Object.assign(view.details, { citing });
      const { graph, details } = readView(JSON.stringify(view));
      registerDetails(graph, details);
      return graph;
    };
    expect(nodesCiting(read(undefined), ["rothman1995"])).toBeNull();
    expect(nodesCiting(read("all"), ["rothman1995"])).toBeNull();
    expect(nodesCiting(read({ rothman1995: [99] }), ["rothman1995"])).toBeNull();
    expect(nodesCiting(read({ rothman1995: [0], other: "y" }), ["rothman1995"])).toBeNull();
    expect(nodesCiting(read({ rothman1995: [0] }), ["rothman1995"])).toHaveLength(1);
    const counted = (cells: unknown) => {
      const view = fixtureView();
      Object.assign(view.details, { cells });
      return readView(JSON.stringify(view)).details.cells;
    };
    expect(counted({ rothman1995: 6 })).toEqual({ rothman1995: 6 });
    expect(counted({ rothman1995: -1 })).toBeUndefined();
    expect(counted({ rothman1995: "6" })).toBeUndefined();
  });

  it("names what is wrong with a view it cannot show", () => {
    expect(kindOf(() => readView("{not json"))).toBe("json");
    expect(kindOf(() => readView("[]"))).toBe("format");
    expect(viewKind((view) => Object.assign(view, { format: "gexf" }))).toBe("format");
    expect(viewKind((view) => Object.assign(view, { version: 2 }))).toBe("version");
    expect(viewKind((view) => view.nodes[0]?.splice(6, 1, Number.NaN))).toBe("shape");
    expect(viewKind((view) => view.edges[0]?.splice(1, 1, 9999))).toBe("shape");
    expect(viewKind((view) => view.edges[0]?.splice(2, 1, 9999))).toBe("shape");
    expect(viewKind((view) => view.edges.push(view.edges[0] as never))).toBe("shape");
    expect(viewKind((view) => view.nodes.push(view.nodes[0] as never))).toBe("shape");
    expect(viewKind((view) => Reflect.deleteProperty(view.attributes, "vocabulary"))).toBe("shape");
    expect(viewKind((view) => Reflect.deleteProperty(view, "details"))).toBe("shape");
  });

  it("refuses a shard that is not the one asked for, and empties fields of the wrong type", () => {
    const { view, shards } = splitGraph(JSON.parse(fixtureText), 2048);
    const { graph, details } = readView(JSON.stringify(view));
    registerDetails(graph, details);
    const [first, second] = shards;
    if (!first || !second) throw new Error("the fixture should need two shards");
    expect(kindOf(() => mergeShard(graph, first.shard, second))).toBe("format");
    expect(kindOf(() => mergeShard(graph, first.shard, { ...first, keys: first.keys.slice(1) }))).toBe("shape");
    const key = first.keys[0] as string;
    const hostile = {
      ...first,
      nodes: first.nodes.map((node) => ({ ...node, summary: 42, dimensions: [{ table: 1 }] })),
    };
    mergeShard(graph, first.shard, hostile);
    expect(graph.getNodeAttribute(key, "summary")).toBe("");
    expect(graph.getNodeAttribute(key, "dimensions")).toEqual([]);
  });
});
