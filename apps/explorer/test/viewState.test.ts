import { describe, expect, it } from "vitest";
import {
  closedDetail,
  emptyView,
  openedFromCitation,
  parseView,
  serializeView,
  shownComparison,
  showsDetail,
  viewChange,
  withCite,
  withCompareToggled,
  withNode,
} from "../src/core/view/utils";

describe("URL state", () => {
  it("round-trips every parameter in a readable URL", () => {
    const view = {
      ...emptyView(),
      node: "concept/community-development",
      q: "Rothman 1995",
      lang: "en" as const,
      panel: "outline" as const,
      focus: 2 as const,
      hiddenTypes: ["work", "author"],
      hiddenRelations: ["mentions"],
      hiddenNodes: ["concept/intervensi-makro"],
    };
    const search = serializeView(view);
    expect(search).toBe(
      "?node=concept/community-development&q=Rothman+1995&panel=outline&focus=2&hide=author,work" +
        "&hiderel=mentions&hidenode=concept/intervensi-makro&lang=en",
    );
    expect(parseView(search)).toEqual({ ...view, hiddenTypes: ["author", "work"] });
  });

  it("keeps the bibliography's filter in the URL, so a shared link shows the same entries", () => {
    const view = { ...emptyView("en"), panel: "index" as const, bib: "rothman 1995" };
    expect(serializeView(view)).toBe("?bib=rothman+1995&panel=index&lang=en");
    expect(parseView(serializeView(view))).toEqual(view);
  });

  it("keeps the bibliography's order in the URL, by author A to Z when it says none", () => {
    const view = { ...emptyView("en"), panel: "index" as const, bibOrder: { by: "claims" as const, descending: true } };
    expect(serializeView(view)).toBe("?sort=-claims&panel=index&lang=en");
    expect(parseView(serializeView(view))).toEqual(view);
    expect(parseView("?panel=index&sort=year").bibOrder).toEqual({ by: "year", descending: false });
    expect(parseView("?panel=index&sort=-title").bibOrder).toEqual({ by: "author", descending: false });
    expect(serializeView({ ...view, bibOrder: { by: "author", descending: false } })).toBe("?panel=index&lang=en");
    // A sort is undone by Back, as a filter toggle is.
    expect(viewChange(view, { ...view, bibOrder: { by: "year", descending: false } })).toBe("filtered");
    // The filter and the order belong to the open bibliography: a URL with another panel or none drops them.
    expect(serializeView(parseView("?bib=foo&sort=year&panel=outline&lang=id"))).toBe("?panel=outline&lang=id");
    expect(serializeView(parseView("?bib=foo&sort=year&lang=id"))).toBe("?lang=id");
  });

  it("reads compare lists and citations", () => {
    const view = parseView(
      "?compare=model/social-action,model/social-planning,model/locality-development&cite=work/rothman1995",
    );
    expect(view.compare).toEqual(["model/social-action", "model/social-planning", "model/locality-development"]);
    expect(view.cite).toBe("work/rothman1995");
    expect(serializeView(view)).toBe(
      "?compare=model/social-action,model/social-planning,model/locality-development&cite=work/rothman1995&lang=id",
    );
  });

  it("accepts percent-encoded keys and drops duplicates, blanks and a fourth compared node", () => {
    const view = parseView("?compare=a%2Fb,,a/b,c,d,e&node=concept%2Fx");
    expect(view.compare).toEqual(["a/b", "c", "d"]);
    expect(view.node).toBe("concept/x");
  });

  it("keeps keys in any script through the URL, readable or percent-encoded", () => {
    const view = {
      ...emptyView(),
      node: "concept/москва",
      compare: ["concept/日本語", "concept/ελλαδα"],
      hiddenNodes: ["concept/काम"],
    };
    const search = serializeView(view);
    expect(search).toMatch(/^\?node=concept\/%D0%BC%D0%BE%D1%81%D0%BA%D0%B2%D0%B0&compare=concept\/%E6%97%A5/);
    expect(parseView(search)).toEqual(view);
    // As typed or pasted into the address bar, before the browser encodes it.
    expect(parseView("?node=concept/москва&compare=concept/日本語,concept/ελλαδα&hidenode=concept/काम")).toEqual(view);
  });

  it("falls back to defaults for unknown values", () => {
    expect(parseView("?lang=fr&panel=nope&focus=7", "en")).toEqual(emptyView("en"));
  });

  it("always writes the language, so a reload, a shared link or back/forward keeps the reader's choice", () => {
    expect(serializeView(emptyView())).toBe("?lang=id");
    // Whatever the browser's language (the fallback), the URL's wins.
    expect(parseView(serializeView(emptyView("id")), "en").lang).toBe("id");
    expect(parseView(serializeView(emptyView("en")), "id").lang).toBe("en");
  });

  it("escapes what would break the query string", () => {
    const view = { ...emptyView(), q: "a&b=c #d" };
    expect(parseView(serializeView(view)).q).toBe("a&b=c #d");
  });

  it("tells typing and filtering apart from navigation", () => {
    const a = emptyView();
    expect(viewChange(a, { ...a, q: "ro" })).toBe("typed");
    expect(viewChange({ ...a, panel: "index" }, { ...a, panel: "index", bib: "rothman" })).toBe("typed");
    expect(viewChange(a, { ...a, panel: "index", bib: "rothman" })).toBe("moved");
    expect(viewChange(a, { ...a, q: "ro", node: "x" })).toBe("moved");
    expect(viewChange(a, { ...a, hiddenTypes: ["work"] })).toBe("filtered");
    expect(viewChange({ ...a, node: "x" }, { ...a, node: "x", focus: 1, hiddenRelations: ["mentions"] })).toBe(
      "filtered",
    );
    expect(viewChange(a, { ...a, hiddenTypes: ["work"], panel: "filters" })).toBe("moved");
    expect(viewChange({ ...a, hiddenTypes: ["b", "a"] }, { ...a, hiddenTypes: ["a", "b"] })).toBe("same");
    expect(viewChange(a, a)).toBe("same");
  });
});

describe("view producers", () => {
  it("opens a comparison from a node and a second pick", () => {
    let view = withNode(emptyView(), "a");
    view = withCompareToggled(view, "a");
    expect(view).toMatchObject({ node: "a", compare: ["a"] });
    view = withNode(view, "b");
    expect(view).toMatchObject({ node: "b", compare: ["a"] });
    view = withCompareToggled(view, "b");
    expect(view).toMatchObject({ node: null, compare: ["a", "b"] });
  });

  it("keeps at most three compared nodes and removes toggled ones", () => {
    let view = { ...emptyView(), compare: ["a", "b", "c"] };
    view = withCompareToggled(view, "d");
    expect(view.compare).toEqual(["a", "b", "d"]);
    view = withCompareToggled(view, "b");
    expect(view.compare).toEqual(["a", "d"]);
    view = withCompareToggled(view, "d");
    expect(view).toMatchObject({ compare: ["a"], node: "a" });
  });

  it("keeps a comparison under a node opened from it, which can join it, or leave it shown again", () => {
    const comparing = { ...emptyView(), compare: ["a", "b"] };
    expect(shownComparison(comparing)).toEqual(["a", "b"]);
    let view = withNode(comparing, "c");
    expect(view).toMatchObject({ node: "c", compare: ["a", "b"] });
    expect(shownComparison(view)).toEqual([]);
    expect(shownComparison(withNode(view, null))).toEqual(["a", "b"]);
    view = withCompareToggled(view, "c");
    expect(view).toMatchObject({ node: null, compare: ["a", "b", "c"] });
    // Full: a node opened from it takes the third's place.
    view = withCompareToggled(withNode(view, "d"), "d");
    expect(shownComparison(view)).toEqual(["a", "b", "d"]);
  });

  it("keeps a comparison under a citation view opened from it, shown again once it closes", () => {
    const comparing = { ...emptyView(), compare: ["a", "b"] };
    const citing = withCite(comparing, "work/x");
    expect(citing).toMatchObject({ cite: "work/x", node: null, compare: ["a", "b"] });
    expect(shownComparison(citing)).toEqual([]);
    expect(shownComparison(withCite(citing, null))).toEqual(["a", "b"]);
    expect(shownComparison(closedDetail(citing))).toEqual(["a", "b"]);
  });

  it("keeps a node under a citation view opened from it, and closes back down the stack", () => {
    const citing = withCite(withNode({ ...emptyView(), compare: ["a", "b"] }, "c"), "work/x");
    expect(citing).toMatchObject({ cite: "work/x", node: "c", compare: ["a", "b"] });
    const node = closedDetail(citing);
    expect(node).toMatchObject({ cite: null, node: "c", compare: ["a", "b"] });
    const comparison = closedDetail(node);
    expect(shownComparison(comparison)).toEqual(["a", "b"]);
    expect(showsDetail(closedDetail(comparison))).toBe(false);
    expect(closedDetail(withCite(withNode(emptyView(), "c"), "work/x"))).toMatchObject({ node: "c", cite: null });
    // Opening a node from the citation view leaves it, and the node came from it; closing it to its node does not.
    expect(withNode(citing, "d")).toMatchObject({ node: "d", cite: null });
    expect(openedFromCitation(citing, withNode(citing, "d"))).toBe("work/x");
    expect(openedFromCitation(citing, closedDetail(citing))).toBeNull();
    expect(openedFromCitation(node, withNode(node, "d"))).toBeNull();
  });
});
