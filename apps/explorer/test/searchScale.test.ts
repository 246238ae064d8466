import { describe, expect, it } from "vitest";
import { registerDetails } from "../src/core/graph/details";
import { readView } from "../src/core/graph/readView";
import { splitGraph } from "../src/core/graph/splitGraph";
import { matchingDocuments, scoreDocuments } from "../src/core/search/enginePasses";
import { findDocuments, MANY_MATCHES } from "../src/core/search/findDocuments";
import { searchGraph } from "../src/core/search/searchGraph";
import { FIELD_BOOSTS, searchIndex, TIER_SIZE } from "../src/core/search/searchIndex";
import { fixtureGraph, fixtureText } from "./fixtureGraph";

/**
 * The fixture graph plus `count` notes all named "Kata umum <n>", the later
 * ones more central (so ranking ties, broken by key, would favour the least), and two stragglers: one named exactly "umum" and one
 * "umumiah", both the least central of all.
 */
function largeGraph(count: number) {
  const serialized = JSON.parse(fixtureText);
  const template = serialized.nodes[0].attributes;
  const note = (key: string, label: string, centrality: number) => ({
    key,
    attributes: { ...template, label, labelEn: "", aliases: [], centrality, file: `${key}.md` },
  });
  for (let n = 0; n < count; n++)
    serialized.nodes.push(note(`concept/umum-${n}`, `Kata umum ${n}`, 0.25 + n / (4 * count)));
  serialized.nodes.push(note("concept/umum", "Umum", 0), note("concept/umumiah", "Umumiah", 0));
  const { view } = splitGraph(serialized);
  const { graph, details } = readView(JSON.stringify(view));
  registerDetails(graph, details);
  return graph;
}

const ids = (groups: ReturnType<typeof searchGraph>) => groups.flatMap((group) => group.hits.map((hit) => hit.id));

describe("search passes", () => {
  const index = searchIndex(fixtureGraph());

  it("scores the kept documents exactly as MiniSearch's own combination", () => {
    const queries = [{ queries: ["community"] }, { queries: ["dev"], prefix: true }];
    for (const combineWith of ["AND", "OR"] as const) {
      const expected = index.engine.search({ combineWith, queries }, { boost: FIELD_BOOSTS });
      const all = new Set(expected.map((result) => String(result.id)));
      const actual = new Map(scoreDocuments(index, queries, all).map((result) => [result.id, result.score]));
      expect(expected.length).toBeGreaterThan(0);
      expect(actual.size).toBe(expected.length);
      for (const result of expected) expect(actual.get(String(result.id))).toBeCloseTo(result.score, 9);
    }
  });

  it("finds matching documents without scoring, within a set when given", () => {
    const found = matchingDocuments(index, { queries: ["rothman"] });
    expect(found).toContain("author/jack-rothman");
    expect(found).toContain("work/rothman1995");
    expect([...matchingDocuments(index, { queries: ["rothman"] }, new Set(["work/rothman1995"]))]).toEqual([
      "work/rothman1995",
    ]);
  });
});

describe("search in a large vault", () => {
  const count = TIER_SIZE + 1000;
  const index = searchIndex(largeGraph(count));

  it("ranks a very common word among the most central notes, and the note it names exactly first", () => {
    const hits = ids(searchGraph(index, "umum"));
    expect(hits[0]).toBe("concept/umum");
    expect(hits.length).toBeGreaterThan(5);
    for (const hit of hits.slice(1)) expect(index.tier.has(hit)).toBe(true);
    expect(index.tier.has(`concept/umum-${count - 1}`)).toBe(true);
    expect(index.tier.has("concept/umum-0")).toBe(false);
  });

  it("still finds a rare word beside a common one, however peripheral its note", () => {
    expect(ids(searchGraph(index, "umum 0"))[0]).toBe("concept/umum-0");
    expect(ids(searchGraph(index, "kata 1 umum"))[0]).toBe("concept/umum-1");
  });

  it("does not complete a word that is common as typed, but completes a rarer one", () => {
    const common = findDocuments(index, ["umum"], [], 30).ids;
    expect(common.size).toBeGreaterThan(MANY_MATCHES);
    expect(common.has("concept/umumiah")).toBe(false);
    expect(findDocuments(index, ["umumi"], [], 30).ids.has("concept/umumiah")).toBe(true);
  });
});
