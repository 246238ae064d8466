import { beforeEach, describe, expect, it } from "vitest";
import { NO_CLAIM_FILTER } from "../src/core/citations/filterClaims";
import { explorerStore, initialState } from "../src/core/store/explorerStore";
import { closeDetail, openCite, restoreView, selectNode, setClaimFilter } from "../src/core/view";
import { emptyView, parseView, serializeView, viewChange, withCite } from "../src/core/view/utils";

const citing = { ...emptyView(), cite: "work/rothman1995" };
const filtered = { ...citing, claimFilter: { text: "peran advokat", page: "44", kind: "has_role" } };

describe("the claim filter in the URL", () => {
  it("round-trips with the citation view it narrows", () => {
    const search = serializeView(filtered);
    expect(search).toBe("?cite=work/rothman1995&cq=peran+advokat&page=44&kind=has_role&lang=id");
    expect(parseView(search)).toEqual(filtered);
    const table = { ...citing, claimFilter: { ...NO_CLAIM_FILTER, kind: "table:concept/x#tiga-model" } };
    expect(parseView(serializeView(table))).toEqual(table);
  });

  it("is dropped from a URL with no citation view", () => {
    expect(serializeView(parseView("?node=role/advocate&cq=peran&page=44&kind=has_role&lang=id"))).toBe(
      "?node=role/advocate&lang=id",
    );
    expect(parseView("?cq=peran").claimFilter).toEqual(NO_CLAIM_FILTER);
  });

  it("reads a page or kind without the spaces a hand-edited link puts around it, and a blank one as none", () => {
    expect(parseView("?cite=work/rothman1995&page=%20&kind=%20has_role%20").claimFilter).toEqual({
      ...NO_CLAIM_FILTER,
      kind: "has_role",
    });
  });

  it("replaces the history entry while typed, and makes one entry of a run of page and kind choices", () => {
    const typed = { ...filtered, claimFilter: { ...filtered.claimFilter, text: "peran" } };
    expect(viewChange(filtered, typed)).toBe("typed");
    expect(viewChange(filtered, { ...filtered, claimFilter: { ...filtered.claimFilter, page: "27" } })).toBe(
      "filtered",
    );
    expect(viewChange(filtered, { ...filtered, claimFilter: { ...filtered.claimFilter, kind: null } })).toBe(
      "filtered",
    );
  });

  it("starts afresh for another work's claims, and stays for the same work's", () => {
    expect(withCite(filtered, "work/rothman1995").claimFilter).toEqual(filtered.claimFilter);
    expect(withCite(filtered, "work/zastrow2008").claimFilter).toEqual(NO_CLAIM_FILTER);
  });
});

describe("the claim filter in the store", () => {
  const filter = () => explorerStore.get().view.claimFilter;
  beforeEach(() => explorerStore.set(() => initialState(citing)));

  it("narrows the citation view shown, a part at a time", () => {
    setClaimFilter({ text: "advokat" });
    setClaimFilter({ page: "44" });
    expect(filter()).toEqual({ text: "advokat", page: "44", kind: null });
    const before = explorerStore.get().view;
    setClaimFilter({ page: "44" });
    expect(explorerStore.get().view).toBe(before);
  });

  it("goes with the citation view when a claim's node opens, and comes back with it on Back", () => {
    setClaimFilter({ text: "advokat", kind: "has_role" });
    const entry = serializeView(explorerStore.get().view);
    selectNode("model/social-action");
    expect(explorerStore.get().view.node).toBe("model/social-action");
    expect(filter()).toEqual(NO_CLAIM_FILTER);
    // Back (the node panel's link goes back in history too) restores the citation view's URL, filter and all.
    restoreView(parseView(entry));
    expect(explorerStore.get().view.cite).toBe("work/rothman1995");
    expect(filter()).toEqual({ text: "advokat", page: null, kind: "has_role" });
  });

  it("goes when the citation view closes or another opens, and is not kept without one", () => {
    setClaimFilter({ text: "advokat" });
    closeDetail();
    expect(filter()).toEqual(NO_CLAIM_FILTER);
    setClaimFilter({ text: "advokat" });
    expect(filter()).toEqual(NO_CLAIM_FILTER);
    openCite("work/rothman1995");
    setClaimFilter({ page: "27" });
    openCite("work/zastrow2008");
    expect(filter()).toEqual(NO_CLAIM_FILTER);
  });
});
