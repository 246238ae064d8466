import { describe, expect, it } from "vitest";
import { shownRelations } from "../src/core/filters/shownRelations";
import { visibleNodes } from "../src/core/filters/visibleNodes";
import { emptyView } from "../src/core/view/utils";
import { fixtureGraph } from "./fixtureGraph";

describe("shownRelations", () => {
  it("counts the edges of each relation whose two ends the filters leave", () => {
    const graph = fixtureGraph();
    const all = shownRelations(graph, new Set(graph.nodes()));
    expect(all.get("authored")).toBe(5);
    expect(all.get("proposed_by")).toBe(3);
    // Authors hidden: what joins them to works and models is drawn nowhere, the rest as before.
    const view = { ...emptyView(), hiddenTypes: ["author"] };
    const shown = shownRelations(graph, visibleNodes(graph, view, [], 0));
    expect(shown.get("authored") ?? 0).toBe(0);
    expect(shown.get("proposed_by") ?? 0).toBe(0);
    expect(shown.get("has_role")).toBe(all.get("has_role"));
    expect(shown.get("mentions")).toBe((all.get("mentions") ?? 0) - 1);
  });
});
