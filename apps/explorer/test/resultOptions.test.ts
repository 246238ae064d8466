import { describe, expect, it } from "vitest";
import { citationIndex } from "../src/core/citations/citationIndex";
import { isCited } from "../src/core/citations/citeTarget";
import { STRINGS } from "../src/core/i18n/strings";
import { translate } from "../src/core/i18n/translate";
import { resultOptions } from "../src/core/search/resultOptions";
import { searchGraph } from "../src/core/search/searchGraph";
import { searchIndex } from "../src/core/search/searchIndex";
import { fixtureGraph } from "./fixtureGraph";

describe("resultOptions", () => {
  it("offers the citing claims right under each author and work", () => {
    const groups = resultOptions(searchGraph(searchIndex(fixtureGraph()), "zastrow"));
    expect(groups.map((group) => group.options.map((option) => `${option.action} ${option.key}`))).toEqual([
      ["node author/charles-zastrow", "cite author/charles-zastrow"],
      ["node work/zastrow2008", "cite work/zastrow2008"],
    ]);
  });

  it("offers no claims row for an author or work no claim cites", () => {
    const graph = fixtureGraph();
    const index = citationIndex(graph);
    const uncited = (key: string) => key !== "work/zastrow2008" && isCited(graph, index, key);
    const groups = resultOptions(searchGraph(searchIndex(graph), "zastrow"), uncited);
    expect(groups.map((group) => group.options.map((option) => `${option.action} ${option.key}`))).toEqual([
      ["node author/charles-zastrow", "cite author/charles-zastrow"],
      ["node work/zastrow2008"],
    ]);
    expect(isCited(graph, index, "work/zastrow2008")).toBe(true);
    expect(isCited(graph, index, "concept/community-development")).toBe(false);
  });

  it("opens bibliography entries without a note straight in the citation view", () => {
    const options = resultOptions(searchGraph(searchIndex(fixtureGraph()), "aribowo")).flatMap(
      (group) => group.options,
    );
    expect(options).toContainEqual({
      id: "cite-ref:aribowo-makro",
      action: "cite",
      key: "aribowo-makro",
      type: "reference",
    });
  });
});

describe("UI strings", () => {
  it("fill placeholders and keep both languages complete", () => {
    expect(translate("en", "claimsCiting", { n: 3 })).toBe("Claims citing (3)");
    expect(translate("id", "onlyIn", { name: "CO", n: 2 })).toBe("Hanya CO (2)");
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.id).sort());
    for (const [key, text] of Object.entries(STRINGS.en)) {
      const placeholders = (value: string) => (value.match(/\{\w+\}/g) ?? []).sort();
      expect([key, placeholders(text)]).toEqual([key, placeholders(STRINGS.id[key as keyof typeof STRINGS.id])]);
    }
  });
});
