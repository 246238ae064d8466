import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseNote } from "@simpul/markdown";
import { parseVocabulary } from "@simpul/schema";
import { describe, expect, it } from "vitest";
import { buildGraph, sameStructure, speculateStructure } from "../src/index";
import { signatureOf } from "../src/layoutSnapshot";
import { structureOf, structureSignature } from "./graphStructure";

const schemaDir = join(import.meta.dirname, "../../schema/vocabulary");
const { vocabulary } = parseVocabulary(
  { path: "types.yaml", text: readFileSync(join(schemaDir, "types.yaml"), "utf8") },
  { path: "relations.yaml", text: readFileSync(join(schemaDir, "relations.yaml"), "utf8") },
);

const vault: Record<string, string> = {
  "co.md": 'type: concept\ntitle: CO\naliases: [Pengorganisasian]\ncontrasts_with: "[[CD]]"\n---\nLihat [[Makro]].',
  "cd.md": "type: concept\ntitle: CD\n---\nBeda dengan [[CO]]; lihat [[Makro]].",
  "makro.md": 'type: concept\ntitle: Makro\nnarrower: ["[[CD]]"]\n---\n',
  "rothman.md": "type: author\ntitle: Jack Rothman\n---\nMenulis tentang [[Pengorganisasian]].",
  "lone.md": "type: concept\ntitle: Lone\n---\nTanpa tautan.",
};

const parse = (file: string, text: string) => parseNote({ path: file, text: `---\n${text}\n` }, vocabulary).note;
const notesOf = (files: Record<string, string>) => Object.entries(files).map(([file, text]) => parse(file, text));

describe("speculateStructure", () => {
  const { memo, graph } = buildGraph({ notes: notesOf(vault), vocabulary });

  it("starts from a memo that holds the graph's structure and signature (planStructure lays out from it)", () => {
    const { nodes, keys, ends } = memo.edges;
    expect(sameStructure({ order: nodes.length, ends }, structureOf(graph))).toBe(true);
    expect(signatureOf(nodes, keys)).toBe(structureSignature(graph));
    expect(graph.size).toBeGreaterThan(0);
  });

  it.each([
    ["a mention added", "lone.md", "type: concept\ntitle: Lone\n---\nKini tentang [[CD]]."],
    [
      "a mention made a typed relation",
      "rothman.md",
      'type: author\ntitle: Jack Rothman\ndefines: "[[Pengorganisasian]]"\n---\n',
    ],
    [
      "a symmetric relation added",
      "makro.md",
      'type: concept\ntitle: Makro\nnarrower: ["[[CD]]"]\nrelated: "[[Lone]]"\n---\n',
    ],
    ["a relation taken out", "makro.md", "type: concept\ntitle: Makro\n---\n"],
    ["a link by alias to a note of another type", "lone.md", "type: concept\ntitle: Lone\n---\n[[Jack Rothman]]"],
  ])("gives the structure buildGraph gives after %s", (_, file, text) => {
    const edited = buildGraph({ notes: notesOf({ ...vault, [file]: text }), vocabulary }).graph;
    const guessed = speculateStructure(memo, [parse(file, text)], vocabulary);
    expect(guessed).toBeDefined();
    expect(sameStructure(guessed as NonNullable<typeof guessed>, structureOf(edited))).toBe(true);
    // The edit changed the graph's edges (their ends alone, all layout reads, may not change: a relation in place of a mention).
    expect(edited.edges()).not.toEqual(graph.edges());
  });

  it.each([
    ["a name gained", { "makro.md": 'type: concept\ntitle: Makro\naliases: [Luas]\nnarrower: ["[[CD]]"]\n---\n' }, []],
    ["a note added, with links", { "new.md": "type: concept\ntitle: New\n---\n[[CD]] dan [[Lone]]" }, []],
    ["a note taken out that no note links to", {}, ["rothman.md"]],
    ["a note moved into a folder, one that others link to", { "sub/co.md": vault["co.md"] as string }, ["co.md"]],
    [
      "a note that others link to given another id",
      { "makro.md": 'type: concept\nid: makro-2\ntitle: Makro\nnarrower: ["[[CD]]"]\n---\n' },
      [],
    ],
    [
      "a note that others link to given another type",
      { "makro.md": 'type: model\ntitle: Makro\nnarrower: ["[[CD]]"]\n---\n' },
      [],
    ],
  ] as [string, Record<string, string>, string[]][])(
    "gives the structure buildGraph gives after %s",
    (_, edits, removed) => {
      const files = Object.fromEntries(
        Object.entries({ ...vault, ...edits }).filter(([file]) => !removed.includes(file)),
      );
      const edited = buildGraph({ notes: notesOf(files), vocabulary }).graph;
      const changed = Object.entries(edits).map(([file, text]) => parse(file, text));
      const guessed = speculateStructure(memo, changed, vocabulary, removed);
      expect(guessed && sameStructure(guessed, structureOf(edited))).toBe(true);
    },
  );

  it("gives nothing once a changed note has a name or id another note has, which may change any link", () => {
    for (const text of [
      "type: concept\ntitle: Makro\nid: cd\n---\n",
      "type: concept\ntitle: Makro\naliases: [CD]\n---\n",
    ]) {
      expect(speculateStructure(memo, [parse("makro.md", text)], vocabulary)).toBeUndefined();
    }
    expect(speculateStructure(memo, [parse("new.md", "type: concept\ntitle: CO\n---\n")], vocabulary)).toBeUndefined();
  });

  it("tells apart structures whose edges join other nodes", () => {
    const text = "type: concept\ntitle: Lone\n---\nKini tentang [[CD]].";
    const guessed = speculateStructure(memo, [parse("lone.md", text)], vocabulary);
    expect(sameStructure(guessed as NonNullable<typeof guessed>, structureOf(graph))).toBe(false);
  });
});
