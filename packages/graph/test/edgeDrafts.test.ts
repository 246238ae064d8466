import type { Citation } from "@simpul/schema";
import { describe, expect, it } from "vitest";
import { EdgeDrafts } from "../src/edgeDrafts";

const attributesOf = (drafts: EdgeDrafts) => drafts.entries().map(([key, { attributes }]) => [key, attributes]);

describe("EdgeDrafts", () => {
  it("merges repeats: each citation and place once, citations sorted, places by file and line", () => {
    const drafts = new EdgeDrafts();
    const at = { line: 3, column: 1 };
    drafts.add("related", true, "concept/b", "concept/a", [{ key: "zastrow", page: "73", ...at }], "b.md:10");
    drafts.add("related", true, "concept/a", "concept/b", [{ key: "adi" }, { key: "zastrow", page: "73" }], "a.md:9");
    drafts.add("related", true, "concept/b", "concept/a", [{ key: "zastrow" }], "b.md:9");
    drafts.add("related", true, "concept/a", "concept/b", [], "b.md:10");
    expect(attributesOf(drafts)).toEqual([
      [
        "concept/a->concept/b#related",
        {
          citations: [{ key: "adi" }, { key: "zastrow" }, { key: "zastrow", page: "73" }],
          provenance: ["a.md:9", "b.md:9", "b.md:10"],
          symmetric: true,
          type: "related",
        },
      ],
    ]);
  });

  it("keeps an edge stated once as stated, its citations' positions left out", () => {
    const drafts = new EdgeDrafts();
    const citations: Citation[] = [{ key: "rothman", page: "28", line: 4, column: 7 } as Citation];
    drafts.add("mentions", false, "concept/a", "concept/b", citations, "a.md:4");
    expect(attributesOf(drafts)).toEqual([
      [
        "concept/a->concept/b#mentions",
        { citations: [{ key: "rothman", page: "28" }], provenance: ["a.md:4"], symmetric: false, type: "mentions" },
      ],
    ]);
  });

  it("gives the same edge whatever order its statements come in", () => {
    const statements = Array.from({ length: 60 }, (_, n) => ({
      citation: n % 3 === 0 ? { key: `k${n % 4}` } : { key: `k${n % 4}`, page: String(n % 5) },
      place: `${n % 2 ? "b" : "a"}.md:${(n * 37) % 23}`,
    }));
    const merged = (order: typeof statements) => {
      const drafts = new EdgeDrafts();
      for (const { citation, place } of order) drafts.add("broader", false, "x", "y", [citation], place);
      return drafts.entries()[0]?.[1].attributes;
    };
    const once = <T>(items: T[]) => [...new Map(items.map((item) => [JSON.stringify(item), item])).values()];
    const line = (place: string) => Number(place.split(":")[1]);
    const places = once(statements.map(({ place }) => place));
    const citations = once(statements.map(({ citation }) => citation));
    const edge = merged(statements);
    expect(edge?.provenance).toEqual([
      ...places.filter((place) => place.startsWith("a.md")).sort((a, b) => line(a) - line(b)),
      ...places.filter((place) => place.startsWith("b.md")).sort((a, b) => line(a) - line(b)),
    ]);
    expect(edge?.citations).toEqual(
      citations.sort((a, b) => a.key.localeCompare(b.key) || Number(a.page ?? -1) - Number(b.page ?? -1)),
    );
    expect(merged([...statements].reverse())).toEqual(edge);
  });

  it("merges many repeats of one link when the edge is read: every place once, sorted, each citation once", () => {
    const drafts = new EdgeDrafts();
    for (let line = 100_000; line > 0; line--) {
      drafts.add("mentions", false, "a", "b", [{ key: "adi", page: String(line % 10) }], `a.md:${line}`);
    }
    const attributes = drafts.entries()[0]?.[1].attributes;
    expect(attributes?.provenance.slice(0, 3)).toEqual(["a.md:1", "a.md:2", "a.md:3"]);
    expect(attributes?.provenance).toHaveLength(100_000);
    expect(attributes?.citations).toHaveLength(10);
  });
});
