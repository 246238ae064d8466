import { describe, expect, it } from "vitest";
import { indonesianRoots } from "../src/core/search/indonesianRoots";
import { fold, words } from "../src/core/search/normalize";
import { nameExactness, searchGraph } from "../src/core/search/searchGraph";
import { searchIndex } from "../src/core/search/searchIndex";
import { fixtureGraph } from "./fixtureGraph";

const index = searchIndex(fixtureGraph());
const ids = (query: string) => searchGraph(index, query).flatMap((group) => group.hits.map((hit) => hit.id));
const first = (query: string) => ids(query)[0];
const exactness = (names: string[], query: string) => nameExactness(query)(names);

describe("normalize", () => {
  it("folds case and diacritics", () => {
    expect(fold("Pémberdayaan ÉMILE")).toBe("pemberdayaan emile");
    expect(words("Rothman & Tropman (1987)")).toEqual(["rothman", "tropman", "1987"]);
  });
});

describe("indonesianRoots", () => {
  it.each([
    ["pengembangan", "kembang"],
    ["pemberdayaan", "daya"],
    ["perencanaan", "rencana"],
    ["pelayanan", "layan"],
    ["penulis", "tulis"],
    ["menyapu", "sapu"],
    ["berkembang", "kembang"],
    ["pengorganisasian", "organisasi"],
    ["memakan", "makan"],
    ["mediasi", "medi"],
    ["mediator", "medi"],
    ["memediasi", "medi"],
    ["fasilitator", "fasilit"],
  ])("finds the root of %s", (word, root) => {
    expect(indonesianRoots(word)).toContain(root);
  });

  it("leaves roots and short words alone", () => {
    expect(indonesianRoots("masyarakat")).toEqual([]);
    expect(indonesianRoots("desa")).toEqual([]);
  });
});

describe("searchGraph", () => {
  it("finds abbreviations first", () => {
    expect(first("CO")).toBe("concept/community-organization");
    expect(first("cd")).toBe("concept/community-development");
  });

  it("matches labels in both languages", () => {
    expect(first("Community Development")).toBe("concept/community-development");
    expect(first("Pengembangan Masyarakat")).toBe("concept/community-development");
    expect(first("social action")).toBe("model/social-action");
  });

  it("finds works by author and year", () => {
    expect(first("Rothman 1995")).toBe("work/rothman1995");
    expect(first("Rothman 1987")).toBe("work/rothman-tropman1987");
    expect(first("tropman")).toMatch(/tropman/);
  });

  it("groups an author's name: the author, then the works", () => {
    const groups = searchGraph(index, "Rothman");
    expect(groups[0]?.type).toBe("author");
    expect(groups[0]?.hits[0]?.id).toBe("author/jack-rothman");
    const works = groups.find((group) => group.type === "work")?.hits.map((hit) => hit.id);
    expect(works).toEqual(expect.arrayContaining(["work/rothman1995", "work/rothman-tropman1987"]));
  });

  it("tolerates prefixes, typos, case and diacritics", () => {
    expect(first("zastr")).toBe("author/charles-zastrow");
    expect(first("rotman")).toBe("author/jack-rothman");
    expect(first("MEDIATÖR")).toBe("role/mediator");
    // Two letters swapped in a long word are two edits.
    expect(first("pengorganisasain")).toBe(first("pengorganisasian"));
    expect(first("pengorganisasian")).toBe("concept/community-organization");
    // A whole name misspelt still names it, ahead of text that has every word right.
    expect(first("pengembangan masyrakat")).toBe("concept/community-development");
    expect(first("pengembangn masyarakat")).toBe("concept/community-development");
  });

  it("takes a whole name misspelt by one letter in eight for the name, as near as exact", () => {
    expect(exactness(["pengembangan masyarakat"], "pengembangan masyarakat")).toBe(1);
    expect(exactness(["pengembangan masyarakat"], "pengembangan masyrakat")).toBe(0.75);
    expect(exactness(["pengembangan masyarakat"], "pengembangan")).toBe(0.5);
    expect(exactness(["pengembangan masyarakat"], "pengembngan msyarakat")).toBe(0.75);
    expect(exactness(["pengembangan masyarakat"], "pngembngan msyarakat")).toBe(0);
    // Another number is another name, however close the rest.
    expect(exactness(["nasw goal 1"], "nasw goal 2")).toBe(0);
    expect(exactness(["community workers"], "community worker")).toBe(0.5);
    // The same word in another form names it as well as its start would: mediasi, Mediator.
    expect(exactness(["mediator", "penengah"], "mediasi")).toBe(0.5);
    expect(exactness(["mediator"], "memediasi")).toBe(0.5);
    expect(exactness(["mediator"], "meditasi")).toBe(0);
    // Short names leave no room for a typo: "rotan" is not "rotman".
    expect(exactness(["rotman"], "rotan")).toBe(0);
  });

  it("matches through English and Indonesian stems", () => {
    expect(ids("mediating")).toContain("role/mediator");
    expect(ids("kembang")).toContain("concept/community-development");
    expect(ids("berdaya")).toContain("concept/pemberdayaan");
    // An act finds its doer: mediasi, memediasi -> Mediator.
    expect(ids("mediasi")).toContain("role/mediator");
    expect(ids("memediasi")).toContain("role/mediator");
  });

  it("searches note text and bibliography entries without a note", () => {
    expect(ids("aksi kolektif")).toContain("concept/community-organization");
    expect(ids("aribowo")).toContain("ref:aribowo-makro");
  });

  it("returns nothing for an empty or unmatched query", () => {
    expect(searchGraph(index, "  ")).toEqual([]);
    expect(searchGraph(index, "qwxyzzy")).toEqual([]);
  });
});
