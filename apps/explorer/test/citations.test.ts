import { describe, expect, it } from "vitest";
import { displayName, lastName } from "../src/core/citations/authorNames";
import { citationIndex } from "../src/core/citations/citationIndex";
import { authorsShort, pageLabel, referenceShort } from "../src/core/citations/citationLabel";
import { citationShort, citeTarget, claimCount, listedCount } from "../src/core/citations/citeTarget";
import { claimsToCsv } from "../src/core/citations/claimsCsv";
import { filterBibliography, nearBibliography } from "../src/core/citations/filterBibliography";
import { sortBibliography } from "../src/core/citations/sortBibliography";
import type { BibliographyEntry } from "../src/core/citations/types";
import { mergeShard, registerDetails } from "../src/core/graph/details";
import { readView } from "../src/core/graph/readView";
import { splitGraph } from "../src/core/graph/splitGraph";
import { fixtureGraph, fixtureText } from "./fixtureGraph";

const graph = fixtureGraph();
const index = citationIndex(graph);
const references = graph.getAttribute("references");

describe("citation labels", () => {
  it("writes author, year and page in both languages", () => {
    expect(referenceShort(references.rothman1995, "rothman1995", "en")).toBe("Rothman 1995");
    expect(pageLabel("28", "en")).toBe("p. 28");
    expect(pageLabel("28", "id")).toBe("hlm. 28");
    expect(referenceShort(references["rothman-tropman1987"], "x", "en")).toBe("Rothman & Tropman 1987");
    expect(pageLabel("11-12", "en")).toBe("pp. 11-12");
    expect(referenceShort(undefined, "missing2020", "en")).toBe("missing2020");
  });

  it("name a work with no author by its note's title in the UI language, one with authors by them", () => {
    const graph = fixtureGraph();
    const references = graph.getAttribute("references");
    const zastrow = references.zastrow2008;
    if (!zastrow) throw new Error("the fixture cites Zastrow 2008");
    graph.setAttribute("references", { ...references, zastrow2008: { ...zastrow, authors: [] } });
    const index = citationIndex(graph);
    expect(citationShort(graph, index, "zastrow2008", "en")).toBe(
      "Introduction to Social Work and Social Welfare 2008",
    );
    expect(citationShort(graph, index, "rothman1995", "en")).toBe("Rothman 1995");
    expect(citationShort(graph, index, "missing2020", "id")).toBe("missing2020");
  });

  it("reads BibTeX names", () => {
    expect(lastName("Rothman, Jack")).toBe("Rothman");
    expect(lastName("Jack Rothman")).toBe("Rothman");
    expect(displayName("Tropman, John E.")).toBe("John E. Tropman");
    expect(displayName("{UNICEF}")).toBe("UNICEF");
  });
});

describe("citation index", () => {
  it("counts the claims citing each reference, edges and table cells alike", () => {
    const rothman = index.entries.get("rothman1995");
    expect(rothman?.work).toBe("work/rothman1995");
    const edges = rothman?.claims.filter((claim) => claim.kind === "edge") ?? [];
    const cells = rothman?.claims.filter((claim) => claim.kind === "value") ?? [];
    expect(edges).toHaveLength(9);
    expect(cells).toHaveLength(6);
    expect(index.entries.get("aribowo-makro")?.work).toBeNull();
  });

  it("counts table cells that cite before their details arrive, and lists them once they do", () => {
    const { view, shards } = splitGraph(JSON.parse(fixtureText), 1024);
    const { graph: partial, details } = readView(JSON.stringify(view));
    registerDetails(partial, details);
    const before = citationIndex(partial).entries.get("rothman1995");
    expect(before?.claims.filter((claim) => claim.kind === "value")).toEqual([]);
    expect(before?.count).toBe(15);
    expect(claimCount(citationIndex(partial), ["rothman1995"])).toBe(15);
    for (const shard of shards) mergeShard(partial, shard.shard, shard);
    const after = citationIndex(partial).entries.get("rothman1995");
    expect(after?.claims).toHaveLength(15);
    expect(after?.count).toBe(15);
    for (const entry of index.entries.values()) expect(entry.count).toBe(entry.claims.length);
  });

  it("counts a claim citing two works of one author, or one work at two pages, once", () => {
    const copy = fixtureGraph();
    const edge = copy.findEdge((_edge, attributes) => attributes.citations.some((c) => c.key === "rothman1995"));
    if (!edge) throw new Error("the fixture has a relation citing Rothman 1995");
    const citations = copy.getEdgeAttribute(edge, "citations");
    const extra = [...citations, { key: "rothman-tropman1987", page: "3" }, { key: "rothman1995", page: "999" }];
    copy.setEdgeAttribute(edge, "citations", extra);
    const copyIndex = citationIndex(copy);
    expect(copyIndex.entries.get("rothman1995")?.claims).toHaveLength(16);
    expect(copyIndex.entries.get("rothman1995")?.count).toBe(15);
    expect(copyIndex.entries.get("rothman-tropman1987")?.count).toBe(4);
    const target = citeTarget(copy, copyIndex, "author/jack-rothman");
    expect(claimCount(copyIndex, target?.bibkeys ?? [])).toBe(18);
    // Listed under each of the two works, the claim makes the lists one longer than the total (the panel says why).
    expect(listedCount(copyIndex, target?.bibkeys ?? [])).toBe(19);
  });

  it("counts a cell citing one work at two pages once, before its details arrive and after", () => {
    const serialized = JSON.parse(fixtureText);
    const cell = serialized.nodes
      .flatMap(
        (node: { attributes: { dimensions: { citations: { key: string; page?: string }[] }[] } }) =>
          node.attributes.dimensions,
      )
      .find((value: { citations: { key: string }[] }) => value.citations.some((c) => c.key === "rothman1995"));
    cell.citations.push({ key: "rothman1995", page: "999" });
    const { view, shards } = splitGraph(serialized, 1024);
    const { graph: partial, details } = readView(JSON.stringify(view));
    registerDetails(partial, details);
    const before = claimCount(citationIndex(partial), ["rothman-tropman1987", "rothman1995"]);
    expect(citationIndex(partial).entries.get("rothman1995")?.count).toBe(15);
    for (const shard of shards) mergeShard(partial, shard.shard, shard);
    expect(citationIndex(partial).entries.get("rothman1995")?.count).toBe(15);
    expect(claimCount(citationIndex(partial), ["rothman-tropman1987", "rothman1995"])).toBe(before);
  });

  it("resolves an author to all of their works", () => {
    const target = citeTarget(graph, index, "author/jack-rothman");
    expect(target).toEqual({
      kind: "author",
      key: "author/jack-rothman",
      bibkeys: ["rothman-tropman1987", "rothman1995"],
    });
    expect(claimCount(index, target?.bibkeys ?? [])).toBe(18);
    expect(citeTarget(graph, index, "work/zastrow2008")?.bibkeys).toEqual(["zastrow2008"]);
    expect(citeTarget(graph, index, "aribowo-makro")?.kind).toBe("reference");
    expect(citeTarget(graph, index, "concept/community-development")).toBeNull();
  });

  it("sorts the bibliography by author, year and claims", () => {
    const keys = (by: "author" | "year" | "claims", descending = false) =>
      sortBibliography(index.entries.values(), by, descending).map((entry) => entry.key);
    expect(keys("author")).toEqual([
      "aribowo-makro",
      "rothman-tropman1987",
      "rothman1995",
      "suharto1997",
      "zastrow2008",
    ]);
    expect(keys("year")).toEqual(["rothman-tropman1987", "rothman1995", "suharto1997", "zastrow2008", "aribowo-makro"]);
    expect(keys("claims", true).slice(0, 2)).toEqual(["rothman1995", "zastrow2008"]);
  });
});

describe("bibliography beyond the fixture", () => {
  const entry = (key: string, authors: string[], year: string, title: string): BibliographyEntry => ({
    key,
    reference: {
      key,
      type: "book",
      authors,
      year,
      title,
      container: "",
      publisher: "",
      provenance: "references.bib:1",
    },
    work: null,
    claims: [],
    count: 0,
    unlisted: 0,
  });
  const entries: BibliographyEntry[] = [
    entry("perez1987", ["Pérez, Ana"], "1987", "Trabajo social comunitario"),
    entry("rothman1995", ["Rothman, Jack"], "1995", "Approaches to community intervention"),
    entry("suharto1997", ["Suharto, Edi"], "1997", "Pembangunan, Kebijakan Sosial dan Pekerjaan Sosial"),
    entry("abalos2001", ["Ábalos, Luis", "Zastrow, Charles"], "2001", "Redes vecinales"),
    { key: "missing2020", reference: undefined, work: null, claims: [], count: 0, unlisted: 0 },
  ];
  const matching = (query: string) => filterBibliography(entries, query).map((found) => found.key);

  it("sorts authors with accents among the others, and entries naming no author after them", () => {
    const unnamed = [
      ...entries,
      entry("uu11-2009", [], "2009", "Undang-Undang Nomor 11 Tahun 2009"),
      entry("nasw2008", ["{NASW}"], "2008", "Code of Ethics"),
      entry("anon", [], "2009", "Anonim"),
    ];
    expect(sortBibliography(unnamed, "author").map((found) => found.key)).toEqual([
      "abalos2001",
      "nasw2008",
      "perez1987",
      "rothman1995",
      "suharto1997",
      "missing2020",
      "anon",
      "uu11-2009",
    ]);
    expect(sortBibliography(unnamed, "year").map((found) => found.key)).toEqual([
      "perez1987",
      "rothman1995",
      "suharto1997",
      "abalos2001",
      "nasw2008",
      "anon",
      "uu11-2009",
      "missing2020",
    ]);
    // Turned, the column goes the other way; entries without an author or a year stay last.
    expect(sortBibliography(unnamed, "author", true).map((found) => found.key)).toEqual([
      "suharto1997",
      "rothman1995",
      "perez1987",
      "nasw2008",
      "abalos2001",
      "missing2020",
      "anon",
      "uu11-2009",
    ]);
    expect(
      sortBibliography(unnamed, "year", true)
        .map((found) => found.key)
        .slice(0, 3),
    ).toEqual(["anon", "uu11-2009", "nasw2008"]);
    expect(sortBibliography(unnamed, "year", true).at(-1)?.key).toBe("missing2020");
  });

  it("reads BibTeX's 'and others' as et al., not as an author", () => {
    expect(authorsShort(["O'Connor, Ian", "others"], "en")).toBe("O'Connor et al.");
    expect(authorsShort(["O'Connor, Ian", "others"], "id")).toBe("O'Connor dkk.");
    expect(authorsShort(["Rothman, Jack", "Tropman, John E."], "en")).toBe("Rothman & Tropman");
    expect(authorsShort(["Parsons, Ruth J.", "Jorgensen, James D.", "Hernandez, Santos H."], "id")).toBe(
      "Parsons dkk.",
    );
    expect(authorsShort([], "id")).toBe("");
    const oconnor = entry("oconnor2003", ["O'Connor, Ian", "others"], "2003", "Social Work and Social Care Practice");
    expect(filterBibliography([oconnor], "others")).toEqual([]);
    expect(filterBibliography([oconnor], "ian")).toEqual([oconnor]);
  });

  it("filters by author, year, title or key, ignoring case and accents", () => {
    expect(matching("PEREZ")).toEqual(["perez1987"]);
    expect(matching("pérez")).toEqual(["perez1987"]);
    expect(matching("abalos")).toEqual(["abalos2001"]);
    expect(matching("zastrow")).toEqual(["abalos2001"]);
    expect(matching("Jack")).toEqual(["rothman1995"]);
    expect(matching("1997")).toEqual(["suharto1997"]);
    expect(matching("kebijakan")).toEqual(["suharto1997"]);
    expect(matching("community")).toEqual(["rothman1995"]);
    expect(matching("missing")).toEqual(["missing2020"]);
  });

  it("needs every word of the query, each anywhere in the entry but never across two fields", () => {
    expect(matching("rothman 1995")).toEqual(["rothman1995"]);
    expect(matching("1995 Rothman")).toEqual(["rothman1995"]);
    expect(matching("rothman 1997")).toEqual([]);
    expect(matching("sosial pembangunan")).toEqual(["suharto1997"]);
    expect(matching("interventionrothman1995")).toEqual([]);
  });

  it("keeps the order given, and every entry when the query has no word", () => {
    expect(filterBibliography([...entries].reverse(), "o").map((found) => found.key)).toEqual([
      "abalos2001",
      "suharto1997",
      "rothman1995",
      "perez1987",
    ]);
    expect(filterBibliography(entries, "")).toBe(entries);
    expect(filterBibliography(entries, " – ")).toBe(entries);
  });

  it("writes the claims citing a work as CSV: one row a claim, in the reader's language, with where it is written", () => {
    const zastrow = [{ bibkey: "zastrow2008", claims: index.entries.get("zastrow2008")?.claims ?? [] }];
    const lines = claimsToCsv(graph, zastrow, "en").split("\r\n");
    expect(lines[0]).toBe("work,page,node,relation,target,table,dimension,value,written_at");
    expect(lines).toContain("zastrow2008,52,Advocate,contrasts with,Mediator,,,,roles/advocate.md:18");
    expect(lines).toContain(
      'zastrow2008,60,Community Organization,,,CO and CD,Peran pekerja sosial,"Pengorganisir, advokat",concepts/community-development.md:26',
    );
    // One row a claim, and a last empty line after the final CRLF.
    const claims = index.entries.get("zastrow2008")?.claims.length ?? 0;
    expect(lines).toHaveLength(claims + 2);
    expect(claimsToCsv(graph, zastrow, "id")).toContain("Advokat,dikontraskan dengan,Mediator");
  });

  it("finds entries spelt much like a query that matches none as typed, never for a word too short", () => {
    const sorted = sortBibliography(index.entries.values(), "year", true);
    const near = (query: string) => nearBibliography(sorted, query).map((found) => found.key);
    expect(near("rotman")).toEqual(["rothman1995", "rothman-tropman1987"]);
    expect(near("zastro 2008")).toEqual(["zastrow2008"]);
    expect(near("rotman 1987")).toEqual(["rothman-tropman1987"]);
    expect(near("ife")).toEqual([]);
    expect(near("qwxyz")).toEqual([]);
  });

  it("filters the fixture's bibliography in the order it is sorted", () => {
    const sorted = sortBibliography(index.entries.values(), "year", true);
    expect(filterBibliography(sorted, "rothman").map((found) => found.key)).toEqual([
      "rothman1995",
      "rothman-tropman1987",
    ]);
  });
});
