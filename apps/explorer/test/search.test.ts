import { describe, expect, it } from "vitest";
import { indonesianRoots } from "../src/core/search/indonesianRoots";
import { namesInQuery } from "../src/core/search/namesInQuery";
import { fold, words } from "../src/core/search/normalize";
import { nameExactness, SEARCH_DEFAULTS, searchGraph } from "../src/core/search/searchGraph";
import { searchIndex } from "../src/core/search/searchIndex";
import { fixtureGraph } from "./fixtureGraph";

const index = searchIndex(fixtureGraph());
const CO = "concept/community-organization";
const CD = "concept/community-development";
const ids = (query: string) => searchGraph(index, query).flatMap((group) => group.hits.map((hit) => hit.id));
const first = (query: string) => ids(query)[0];
const exactness = (names: string[], query: string) => nameExactness(query)(names);

describe("normalize", () => {
  it("folds case and diacritics", () => {
    expect(fold("Pémberdayaan ÉMILE")).toBe("pemberdayaan emile");
    expect(words("Rothman & Tropman (1987)")).toEqual(["rothman", "tropman", "1987"]);
    expect(fold("ΕΛΛΆΔΑ Ёлка")).toBe("ελλαδα елка");
    // Other scripts' marks belong to their letters: card is not cart, work (काम) not less (कम).
    expect(fold("カード")).not.toBe(fold("カート"));
    expect(words("काम और कम")).toEqual(["काम", "और", "कम"]);
    expect(fold("カ\u3099ード")).toBe("ガード");
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

  it("lists what a query names before what only mentions it, whatever their types", () => {
    // The model named Pengembangan Masyarakat Lokal before the concept whose text says "pengembangan".
    expect(ids("pengembangan")).toEqual([CD, "model/locality-development", "concept/pemberdayaan", "role/enabler"]);
    // His works are titled otherwise: found by author, after him.
    const [names, text] = searchGraph(index, "Rothman");
    expect(names?.section).toBe("name");
    expect(names?.hits.map((hit) => hit.id)).toEqual(["author/jack-rothman"]);
    expect(text?.hits.map((hit) => hit.id)).toEqual(
      expect.arrayContaining(["work/rothman1995", "work/rothman-tropman1987"]),
    );
    const sections = (query: string, options = SEARCH_DEFAULTS) =>
      searchGraph(index, query, options).map((group) => [group.section, group.hits.map((hit) => hit.id)]);
    expect(sections("pengembangan")).toEqual([
      ["name", [CD, "model/locality-development"]],
      ["text", ["concept/pemberdayaan", "role/enabler"]],
    ]);
    expect(searchGraph(index, "pengembangan")[0]?.hits.map((hit) => hit.type)).toEqual(["concept", "model"]);
    // The cap per type holds text matches back, never names.
    expect(sections("pengembangan", { ...SEARCH_DEFAULTS, textPerType: 0 })).toEqual([
      ["name", [CD, "model/locality-development"]],
    ]);
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

  it("names by every word in some form, the more of the name they give the better", () => {
    // Pengorganisasian is organisasi with peng-…-an; Berorganisasi with ber-.
    expect(exactness(["pengorganisasian masyarakat"], "organisasi masyarakat")).toBeCloseTo(0.45);
    expect(exactness(["masyarakat perlu dibantu berorganisasi"], "organisasi masyarakat")).toBeCloseTo(0.35);
    expect(exactness(["organisasi payung"], "organisasi masyarakat")).toBe(0);
    // One word inside longer names is text to rank, not a name: "sosial" is in dozens.
    expect(exactness(["pengorganisasian masyarakat"], "masyarakat")).toBe(0);
    // A word typed this far begins a name's word.
    expect(exactness(["pengembangan masyarakat lokal"], "lokal pengem")).toBeCloseTo(0.25 + 0.2 * (2 / 3));
    expect(first("organisasi masyarakat")).toBe("concept/community-organization");
    expect(first("masyarakat perdesa")).toBe("setting/rural");
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

  it("finds every node a query of several names names, though another document holds all their words", () => {
    const graph = fixtureGraph();
    // Every other node's text holds both names: every word matches each of them, and neither named node.
    const named = [CO, CD, "role/advocate", "role/mediator"];
    for (const key of graph.nodes()) {
      if (!named.includes(key))
        graph.setNodeAttribute(key, "summary", "Bukan pembela, bukan mediator; bukan CO, bukan CD.");
    }
    const found = (query: string) =>
      // Fewer results shown than the fixture has nodes, so that the words as typed find enough without the names.
      searchGraph(searchIndex(graph), query, { ...SEARCH_DEFAULTS, total: 5 }).flatMap((group) =>
        group.hits.map((hit) => hit.id),
      );
    for (const query of [
      "co cd",
      "CD CO",
      "co dan cd",
      "pembela mediator",
      "mediator, pembela",
      "pembela mediator bukan",
    ]) {
      const pair = query.toLowerCase().includes("co") ? [CO, CD] : ["role/advocate", "role/mediator"];
      expect(found(query).slice(0, 2).sort(), query).toEqual(pair.sort());
    }
    // A name of several words is one name, not each of its words; other words are read past, and said to be there.
    expect(namesInQuery(index.named, words("pengembangan masyarakat"))).toEqual({ names: [], whole: false });
    expect(namesInQuery(index.named, words("pengembangan masyarakat vs co"))).toEqual({
      names: [[CD], [CO]],
      whole: true,
    });
    expect(namesInQuery(index.named, words("co tentang cd"))).toEqual({ names: [[CO], [CD]], whole: false });
    expect(namesInQuery(index.named, words("co aksi kolektif"))).toEqual({ names: [], whole: false });
  });

  it("reads a name cut short or misspelt among names, the closest, never one of two as close", () => {
    expect(namesInQuery(index.named, words("pembel mediator"))).toEqual({
      names: [["role/advocate"], ["role/mediator"]],
      whole: true,
    });
    expect(namesInQuery(index.named, words("comunity development vs co"))).toEqual({
      names: [[CD], [CO]],
      whole: true,
    });
    expect(namesInQuery(index.named, words("advocat negotiatr"))).toEqual({
      names: [["role/advocate"], ["role/negotiator"]],
      whole: true,
    });
    // Too short to be cut short ("pemb"), too short for a typo ("medi", "pera"); a typo from 6 letters ("mediatr").
    expect(namesInQuery(index.named, words("pemb mediator"))).toEqual({ names: [], whole: false });
    expect(namesInQuery(index.named, words("pembela medi"))).toEqual({ names: [], whole: false });
    expect(namesInQuery(index.named, words("pembela mediatr"))).toEqual({
      names: [["role/advocate"], ["role/mediator"]],
      whole: true,
    });
    const named = new Map([
      ["pembela", ["a"]],
      ["pembeli", ["b"]],
      ["pembel", ["c"]],
      ["mediator", ["m"]],
      ["negosiasi", ["n"]],
      ["negosiator", ["o"]],
    ]);
    // A name as written before one it might be cut from; the closest of two.
    expect(namesInQuery(named, words("pembel mediator")).names).toEqual([["c"], ["m"]]);
    expect(namesInQuery(named, words("negosiato mediator")).names).toEqual([["o"], ["m"]]);
    named.delete("pembel");
    expect(namesInQuery(named, words("pembel mediator"))).toEqual({ names: [], whole: false });
  });

  it("returns nothing for an empty or unmatched query", () => {
    expect(searchGraph(index, "  ")).toEqual([]);
    expect(searchGraph(index, "qwxyzzy")).toEqual([]);
  });
});

describe("fold", () => {
  it("folds as the graph's names fold: compatibility forms unfolded, other scripts' marks kept", () => {
    expect(fold("ｶｰﾄﾞ")).toBe("カード");
    expect(fold("ﬁeld")).toBe("field");
    expect(fold("カード")).not.toBe(fold("カート"));
  });
});

describe("tags", () => {
  it("find what is tagged with them, # and all", () => {
    expect(first("#konflik/mediasi")).toBe("role/mediator");
    // The only note tagged #peran is found first among the many whose text says "peran".
    expect(ids("#peran").length).toBeGreaterThan(1);
    expect(first("#peran")).toBe("role/mediator");
  });
});

describe("a name misspelt", () => {
  it("is a name the query gives from six letters on (mediatr), listed among matching names", () => {
    const [names] = searchGraph(index, "mediatr");
    expect(names?.section).toBe("name");
    expect(names?.hits[0]?.id).toBe("role/mediator");
    expect(
      searchGraph(index, "medi")
        .find((group) => group.section === "name")
        ?.hits.map((hit) => hit.id),
    ).toContain("role/mediator");
  });
});
