import { describe, expect, it } from "vitest";
import { GraphFormatError } from "../src/core/graph/GraphFormatError";
import { readGraph } from "../src/core/graph/readGraph";
import { fixtureText } from "./fixtureGraph";

const kindOf = (text: string): string => {
  try {
    readGraph(text);
    return "ok";
  } catch (error) {
    return error instanceof GraphFormatError ? error.kind : "other";
  }
};

type Entry = { target: string; attributes: Record<string, unknown> };
type Editable = { attributes: Record<string, unknown> & { vocabulary?: unknown }; nodes: Entry[]; edges: Entry[] };

const changed = (change: (graph: Editable) => void): string => {
  const graph = JSON.parse(fixtureText);
  change(graph);
  return JSON.stringify(graph);
};

describe("readGraph", () => {
  it("reads the fixture into a graph with its attributes", () => {
    const graph = readGraph(fixtureText);
    expect(graph.order).toBe(27);
    expect(graph.getAttribute("comparisons")).toHaveLength(3);
    expect(graph.getNodeAttribute("role/mediator", "label")).toBe("Mediator");
  });

  it("names what is wrong with a file it cannot show", () => {
    expect(kindOf("{not json")).toBe("json");
    expect(kindOf("[]")).toBe("format");
    expect(kindOf(changed((graph) => (graph.attributes.format = "gexf")))).toBe("format");
    expect(kindOf(changed((graph) => (graph.attributes.version = 2)))).toBe("version");
    expect(kindOf(changed((graph) => delete graph.nodes[0]?.attributes.x))).toBe("shape");
    expect(kindOf(changed((graph) => Object.assign(graph.edges[0] ?? {}, { target: "concept/nowhere" })))).toBe(
      "shape",
    );
    expect(kindOf(changed((graph) => delete graph.attributes.vocabulary))).toBe("shape");
  });

  it("fills optional fields a partial build leaves out", () => {
    const graph = readGraph(
      changed((data) => {
        delete data.nodes[0]?.attributes.aliases;
        delete data.nodes[0]?.attributes.summaryEn;
        delete data.edges[0]?.attributes.citations;
        delete data.attributes.comparisons;
      }),
    );
    const first = graph.nodes()[0] ?? "";
    expect(graph.getNodeAttribute(first, "aliases")).toEqual([]);
    expect(graph.getNodeAttribute(first, "summaryEn")).toBe("");
    expect(graph.getAttribute("comparisons")).toEqual([]);
  });
});
