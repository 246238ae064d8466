import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type NoteSource, parseNote } from "@simpul/markdown";
import { parseVocabulary } from "@simpul/schema";
import { describe, expect, it } from "vitest";
import { findCycles } from "../src/findCycles";
import * as graphPackage from "../src/index";
import {
  assembleStructure,
  compileVault,
  graphText,
  layoutStructure,
  placeStructure,
  planStructure,
  replaceProse,
  serializeGraph,
  serializeGraphPieces,
} from "../src/index";

const schemaDir = join(import.meta.dirname, "../../schema/vocabulary");
const vocabularyFiles = {
  types: { path: "types.yaml", text: readFileSync(join(schemaDir, "types.yaml"), "utf8") },
  relations: { path: "relations.yaml", text: readFileSync(join(schemaDir, "relations.yaml"), "utf8") },
};
const note = (path: string, frontmatter: string, body = "") => ({ path, text: `---\n${frontmatter}\n---\n${body}\n` });

describe("@simpul/graph", () => {
  it("exposes a small public API", () => {
    expect(Object.keys(graphPackage).sort()).toEqual([
      "LAYOUT_DEFAULTS",
      "LINK_RULES",
      "METRICS_DEFAULTS",
      "assembleStructure",
      "assembleVault",
      "buildGraph",
      "compileVault",
      "completeVault",
      "computeMetrics",
      "createNameIndex",
      "editedNodeJson",
      "frameOf",
      "frameWith",
      "graphText",
      "layoutGraph",
      "layoutStructure",
      "loadSchema",
      "nodeKey",
      "patchStructure",
      "patchTables",
      "placeStructure",
      "placedAt",
      "planStructure",
      "proseOf",
      "renameNotes",
      "replaceProse",
      "resolveLink",
      "sameStructure",
      "serializeGraph",
      "serializeGraphPieces",
      "snapshotFits",
      "speculateStructure",
      "warmLayout",
      "withDimensions",
      "withoutProse",
      "writtenDimensions",
    ]);
  });

  it("stores symmetric and inverse relations once, merging citations and provenance", () => {
    const { graph, diagnostics } = compileVault({
      ...vocabularyFiles,
      bibliography: { path: "references.bib", text: "@book{k, title={T}, year=2000}\n" },
      notes: [
        note("co.md", 'type: concept\ntitle: CO\ncontrasts_with: "[[CD]] [@k, p. 1]"\nbroader: "[[Makro]]"'),
        note("cd.md", "type: concept\ntitle: CD", "contrasts_with:: [[CO]] [@k, p. 2]"),
        note("makro.md", 'type: concept\ntitle: Makro\nnarrower: ["[[CD]]"]'),
      ],
    });
    expect(diagnostics).toEqual([]);
    expect(graph.edges().sort()).toEqual([
      "concept/cd->concept/co#contrasts_with",
      "concept/cd->concept/makro#broader",
      "concept/co->concept/makro#broader",
    ]);
    expect(graph.getEdgeAttributes("concept/cd->concept/co#contrasts_with")).toEqual({
      type: "contrasts_with",
      symmetric: true,
      citations: [
        { key: "k", page: "1" },
        { key: "k", page: "2" },
      ],
      provenance: ["cd.md:5", "co.md:4"],
    });
  });

  it("takes as citation keys only entries of references.bib, never properties every object has", () => {
    const bib = "@misc{__proto__, title={P}, year=2001}\n@misc{constructor, title={C}, year=2002}\n";
    const { graph, diagnostics } = compileVault({
      ...vocabularyFiles,
      bibliography: { path: "references.bib", text: bib },
      notes: [
        note("a.md", "type: concept\ntitle: A", "See [@__proto__], [@constructor], [@toString] and [@title]."),
        note("b.md", "type: work\ntitle: B\nbibkey: hasOwnProperty", "About [[A]]."),
      ],
    });
    expect(diagnostics.map((d) => `${d.file}: ${d.rule}: ${d.message}`)).toEqual([
      'a.md: unknown-citation: Citation key "@toString" is not in references.bib',
      'a.md: unknown-citation: Citation key "@title" is not in references.bib',
      'b.md: unknown-citation: bibkey "hasOwnProperty" is not in references.bib',
    ]);
    expect(Object.keys(graph.getAttribute("references"))).toEqual(["__proto__", "constructor"]);
  });

  it("takes no property every object has for a type, a relation or a field", () => {
    const { diagnostics } = compileVault({
      ...vocabularyFiles,
      notes: [
        note("a.md", "type: toString\ntitle: A\nvalueOf: x", "constructor:: [[B]]\nhasOwnProperty:: [[B]]"),
        note("b.md", 'type: concept\ntitle: B\nconstructor: "[[A]]"', "See [[A]]."),
      ],
    });
    expect(diagnostics.map((d) => `${d.file}:${d.line}: ${d.rule}: ${d.message}`)).toEqual([
      'a.md:2: unknown-type: Unknown type "toString"',
      'a.md:4: unknown-key: Unknown frontmatter key "valueOf"',
      'a.md:6: unknown-relation: Unknown relation "constructor"',
      'a.md:7: unknown-relation: Unknown relation "hasOwnProperty"',
      'b.md:4: unknown-key: Unknown frontmatter key "constructor"',
    ]);
  });

  it("resolves links by alias, English title and file name, ignoring case and diacritics", () => {
    const { graph, diagnostics } = compileVault({
      ...vocabularyFiles,
      notes: [
        note("roles/pembela.md", "type: role\ntitle: Pembela\ntitle_en: Advocate\naliases: [Advokat]"),
        note("a.md", "type: concept\ntitle: A", "[[advocate]] [[ADVOKAT]] [[pembéla]] [[roles/pembela]]"),
      ],
    });
    expect(diagnostics).toEqual([]);
    expect(graph.edges()).toEqual(["concept/a->role/pembela#mentions"]);
    expect(graph.getEdgeAttribute("concept/a->role/pembela#mentions", "provenance")).toEqual(["a.md:5"]);
  });

  it("tells apart names that other scripts' marks tell apart, and takes any form of one name as that name", () => {
    const { graph, diagnostics } = compileVault({
      ...vocabularyFiles,
      notes: [
        note("kartu.md", "type: concept\ntitle: カード"),
        note("penjaga.md", "type: concept\ntitle: ガード"),
        note("kerja.md", "type: concept\ntitle: काम"),
        note("kurang.md", "type: concept\ntitle: कम"),
        // ガ written as カ and its mark; カード written half-width.
        note("a.md", "type: concept\ntitle: A", "[[カ\u3099ード]] [[ｶｰﾄﾞ]] [[कम]]"),
      ],
    });
    expect(diagnostics.filter(({ severity }) => severity !== "info")).toEqual([]);
    expect(graph.outNeighbors("concept/a").sort()).toEqual(["concept/kartu", "concept/kurang", "concept/penjaga"]);
  });

  it("keys notes by file names in any script", () => {
    const { graph, diagnostics } = compileVault({
      ...vocabularyFiles,
      notes: [
        note("Москва.md", "type: concept"),
        note("日本語.md", "type: concept"),
        note("Ελλάδα.md", "type: concept"),
        note("a.md", "type: concept\ntitle: A", "[[москва]] [[日本語]] [[ελλαδα]]"),
      ],
    });
    expect(diagnostics).toEqual([]);
    expect(graph.outNeighbors("concept/a").sort()).toEqual(["concept/ελλαδα", "concept/москва", "concept/日本語"]);
  });

  it("lays out deterministically and serializes byte-identically", () => {
    const notes = ["a", "b", "c", "d"].map((id, i, all) =>
      note(`${id}.md`, `type: concept\ntitle: ${id}`, `[[${all[(i + 1) % all.length]}]]`),
    );
    const first = serializeGraph(compileVault({ ...vocabularyFiles, notes }).graph);
    const second = serializeGraph(compileVault({ ...vocabularyFiles, notes: [...notes].reverse() }).graph);
    expect(second).toBe(first);
    const parsed = JSON.parse(first);
    for (const node of parsed.nodes) {
      expect(Number.isFinite(node.attributes.x) && Number.isFinite(node.attributes.y)).toBe(true);
      expect(node.attributes.size).toBeGreaterThan(0);
    }
  });

  it("places a planned structure with its layout as assembleStructure does", () => {
    const { vocabulary } = parseVocabulary(vocabularyFiles.types, vocabularyFiles.relations);
    const notes = ["a", "b", "c", "d", "lone"].map((id, i, all) => {
      const link = id === "lone" ? "" : `Lihat [[${all[(i + 1) % 4]}]].`;
      return parseNote(note(`${i}.md`, `type: concept\ntitle: '${id}'`, link), vocabulary).note;
    });
    const whole = serializeGraph(assembleStructure(vocabulary, notes).graph);
    const { pendingLayout, ...planned } = planStructure(vocabulary, notes);
    if (!pendingLayout) throw new Error("expected a layout to run");
    const placed = placeStructure(planned, pendingLayout, layoutStructure(pendingLayout.structure));
    expect(serializeGraph(placed.graph)).toBe(whole);
    expect(placed.graph.mapNodes((_, { size }) => size).every((size) => size >= 3)).toBe(true);
    expect(placed.layout?.signature).toBe(assembleStructure(vocabulary, notes).layout?.signature);
  });

  it("replaces a node's prose in place, as serializing the edited vault would", () => {
    const vault = (summary: string, body: string) => [
      note("a.md", `type: concept\ntitle: A\nsummary: ${summary}`, `${body}\n\nLihat [[B]].`),
      note("b.md", "type: concept\ntitle: B", "Tentang [[A]]."),
    ];
    const before = serializeGraphPieces(compileVault({ ...vocabularyFiles, notes: vault("Lama", "Teks") }).graph);
    // Prose only: a new line before the link would move its provenance.
    const edited = vault("Baru “sekali”", "Teks yang lebih panjang");
    const after = serializeGraph(compileVault({ ...vocabularyFiles, notes: edited }).graph);
    expect(before.nodes.map((node) => node.file)).toEqual(["a.md", "b.md"]);
    const { vocabulary } = parseVocabulary(vocabularyFiles.types, vocabularyFiles.relations);
    const { note: a } = parseNote(edited[0] as NoteSource, vocabulary);
    const [first, second] = before.nodes.map((node) => node.json);
    const [head, edges, between, , tail] = graphText(before);
    expect(`${head}${edges}${between}${replaceProse(first as string, a)},${second}${tail}`).toBe(after);
  });

  it("finds cycles, each listed once from its smallest key", () => {
    expect(
      findCycles([
        ["b", "c"],
        ["c", "a"],
        ["a", "b"],
        ["d", "a"],
      ]),
    ).toEqual([["a", "b", "c", "a"]]);
    expect(findCycles([["a", "b"]])).toEqual([]);
    const chain = Array.from({ length: 50_000 }, (_, i) => [`n${i}`, `n${i + 1}`] as [string, string]);
    expect(findCycles(chain)).toEqual([]);
  });
});
