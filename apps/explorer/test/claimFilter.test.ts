import { describe, expect, it } from "vitest";
import { citationIndex } from "../src/core/citations/citationIndex";
import { claimFacets } from "../src/core/citations/claimFacets";
import { claimKind, filterClaims, isFiltering, NO_CLAIM_FILTER } from "../src/core/citations/filterClaims";
import type { Claim, ClaimFilter, EdgeClaim } from "../src/core/citations/types";
import { fixtureGraph } from "./fixtureGraph";

const graph = fixtureGraph();
const index = citationIndex(graph);
const claimsOf = (bibkey: string): Claim[] => index.entries.get(bibkey)?.claims ?? [];
/** Rothman 1995's 15 claims: nine relations (pages 27, 30, 44) and six cells of "Tiga model Rothman" (31–33, 44). */
const rothman = claimsOf("rothman1995");
const TABLE = "table:concept/community-organization#tiga-model-rothman";

const filter = (change: Partial<ClaimFilter>): ClaimFilter => ({ ...NO_CLAIM_FILTER, ...change });

/** What a claim says, short enough to compare: "source relation target" or "node: value". */
const said = (claim: Claim): string =>
  claim.kind === "edge"
    ? `${claim.source} ${claim.relation} ${claim.target}`
    : `${claim.node}: ${claim.dimension}: ${claim.value}`;
const matching = (text: string, claims: readonly Claim[] = rothman) =>
  filterClaims(graph, claims, filter({ text })).map(said);

describe("filtering the claims citing a work", () => {
  it("finds a node by its name in either language, or by another name, in a relation or a table cell", () => {
    const advocate = [
      "model/social-action has_role role/advocate",
      "model/social-action: Peran praktisi: Advokat, negosiator",
    ];
    expect(matching("advokat")).toEqual(advocate);
    // The cell's value names no advocate in English; only the relation's node does.
    expect(matching("advocate")).toEqual(["model/social-action has_role role/advocate"]);
    expect(matching("pembela")).toEqual(["model/social-action has_role role/advocate"]);
    expect(matching("Social Action")).toHaveLength(9);
    expect(matching("aksi sosial")).toEqual(matching("Social Action"));
  });

  it("ignores case and accents", () => {
    expect(matching("ADVOKAT")).toEqual(matching("advokat"));
    expect(matching("Aksí Sosíal")).toEqual(matching("aksi sosial"));
  });

  it("needs every word, each anywhere in the claim", () => {
    expect(matching("aksi advokat")).toEqual(matching("advokat"));
    expect(matching("aksi mediator")).toEqual([]);
    expect(matching("pemungkin")).toEqual([]);
  });

  it("finds a relation by its name in either language", () => {
    const roles = ["model/social-action has_role role/advocate", "model/social-action has_role role/negotiator"];
    expect(matching("memiliki peran")).toEqual(roles);
    expect(matching("has role")).toEqual(roles);
    expect(matching("contrasts")).toEqual(["model/locality-development contrasts_with model/social-action"]);
  });

  it("finds a cell by its table, its dimension or its value, in either language", () => {
    expect(matching("tiga model")).toHaveLength(6);
    expect(matching("tertindas")).toEqual([
      "model/social-action: Asumsi tentang masyarakat: Ada kelompok yang tertindas",
    ]);
    const suharto = claimsOf("suharto1997");
    expect(matching("collective action", suharto)).toEqual([
      "concept/community-organization: Fokus: Aksi kolektif untuk kepentingan bersama",
    ]);
    expect(matching("focus", suharto)).toEqual(matching("fokus", suharto));
  });

  it("finds claims by their page, bare or as either language writes it", () => {
    const page44 = [
      "model/social-action has_role role/advocate",
      "model/social-action has_role role/negotiator",
      "model/social-action: Peran praktisi: Advokat, negosiator",
    ];
    expect(matching("44")).toEqual(page44);
    expect(matching("hlm. 44")).toEqual(page44);
    expect(matching("p. 44")).toEqual(page44);
  });

  it("narrows to a page and a kind of claim, with the words or without", () => {
    expect(filterClaims(graph, rothman, filter({ page: "27" }))).toHaveLength(6);
    expect(filterClaims(graph, rothman, filter({ kind: "proposed_by" })).map(said)).toEqual([
      "model/locality-development proposed_by author/jack-rothman",
      "model/social-planning proposed_by author/jack-rothman",
      "model/social-action proposed_by author/jack-rothman",
    ]);
    expect(filterClaims(graph, rothman, filter({ page: "27", kind: "broader" }))).toHaveLength(3);
    expect(filterClaims(graph, rothman, filter({ kind: TABLE }))).toHaveLength(6);
    expect(filterClaims(graph, rothman, filter({ kind: TABLE, page: "31" }))).toHaveLength(3);
    expect(filterClaims(graph, rothman, filter({ kind: TABLE, page: "31", text: "kuasa" })).map(said)).toEqual([
      "model/social-action: Tujuan: Pergeseran relasi kuasa dan sumber daya",
    ]);
    expect(filterClaims(graph, rothman, filter({ page: "30", kind: "broader" }))).toEqual([]);
  });

  it("keeps the list as it is when nothing narrows it", () => {
    expect(filterClaims(graph, rothman, NO_CLAIM_FILTER)).toBe(rothman);
    expect(filterClaims(graph, rothman, filter({ text: " – " }))).toBe(rothman);
    expect(isFiltering(filter({ text: " – " }))).toBe(false);
    expect(isFiltering(filter({ text: "x" }))).toBe(true);
    expect(isFiltering(filter({ page: "27" }))).toBe(true);
    expect(isFiltering(filter({ kind: "broader" }))).toBe(true);
  });

  it("names a cell's kind by its table, which no relation's name can be", () => {
    const kinds = new Set(rothman.map(claimKind));
    expect([...kinds].sort()).toEqual(["broader", "contrasts_with", "has_role", "proposed_by", TABLE]);
  });
});

describe("the pages and kinds a list of claims can be narrowed to", () => {
  it("lists each page and kind cited, with how many claims each holds, pages in order, tables last", () => {
    const facets = claimFacets(graph, rothman, NO_CLAIM_FILTER, "en");
    expect(facets.pages.map(({ label, count }) => `${label} (${count})`)).toEqual([
      "p. 27 (6)",
      "p. 30 (1)",
      "p. 31 (3)",
      "p. 32 (1)",
      "p. 33 (1)",
      "p. 44 (3)",
    ]);
    expect(facets.kinds.map(({ label, count }) => `${label} (${count})`)).toEqual([
      "contrasts with (1)",
      "falls under (3)",
      "has role (2)",
      "proposed by (3)",
      "Tiga model Rothman (6)",
    ]);
    expect(facets.offered).toEqual({ page: true, kind: true });
    expect(claimFacets(graph, rothman, NO_CLAIM_FILTER, "id").kinds[0]?.label).toBe("diajukan oleh");
  });

  it("counts each with the words and the other choice applied, keeping the choice made though none is left", () => {
    const social = claimFacets(graph, rothman, filter({ text: "aksi", kind: "has_role" }), "id");
    expect(social.pages).toEqual([{ value: "44", label: "hlm. 44", count: 2 }]);
    // The kinds count the words and the page, not the kind chosen: choosing another is a way out.
    expect(social.kinds.map((facet) => [facet.value, facet.count])).toEqual([
      ["proposed_by", 1],
      ["contrasts_with", 1],
      ["has_role", 2],
      ["broader", 1],
      [TABLE, 4],
    ]);
    const none = claimFacets(graph, rothman, filter({ page: "999", kind: "related" }), "en");
    expect(none.pages.find((facet) => facet.value === "999")).toEqual({ value: "999", label: "p. 999", count: 0 });
    expect(none.kinds.find((facet) => facet.value === "related")).toMatchObject({ count: 0 });
  });

  it("counts a claim listed at two pages once in all, once at each page", () => {
    const [first] = rothman;
    if (first?.kind !== "edge") throw new Error("the fixture lists a relation first");
    const twice = [first, { ...first, page: "28" }];
    const facets = claimFacets(graph, twice, NO_CLAIM_FILTER, "en");
    expect(facets.pages.map((facet) => [facet.value, facet.count])).toEqual([
      ["27", 1],
      ["28", 1],
    ]);
    expect(facets.kinds.map((facet) => [facet.value, facet.count])).toEqual([["broader", 1]]);
  });

  it("orders pages by their first number, then as text, and offers no choice the claims do not give", () => {
    const at = (page: string | undefined): EdgeClaim => ({
      kind: "edge",
      edge: `e${page}`,
      source: "a",
      target: "b",
      relation: "related",
      provenance: [],
      ...(page && { page }),
    });
    const claims = ["xii", "292-293", "9", "27", "ix"].map(at);
    expect(claimFacets(graph, claims, NO_CLAIM_FILTER, "en").pages.map((facet) => facet.label)).toEqual([
      "p. 9",
      "p. 27",
      "pp. 292-293",
      "p. ix",
      "p. xii",
    ]);
    expect(claimFacets(graph, [at(undefined), at(undefined)], NO_CLAIM_FILTER, "en").offered).toEqual({
      page: false,
      kind: false,
    });
    // A choice the URL made stays on offer, so the reader can undo it.
    expect(claimFacets(graph, [at(undefined)], filter({ page: "9", kind: "broader" }), "en").offered).toEqual({
      page: true,
      kind: true,
    });
  });
});
