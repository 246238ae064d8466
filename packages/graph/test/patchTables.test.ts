import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseNote } from "@simpul/markdown";
import { parseVocabulary } from "@simpul/schema";
import { describe, expect, it } from "vitest";
import {
  buildGraph,
  type DimensionValue,
  patchTables,
  type SerializedKnowledgeGraph,
  serializeGraph,
} from "../src/index";
import { createNameIndex, nodeKey } from "../src/nameIndex";
import { type ResolvedTable, resolveTables } from "../src/noteTables";

const schemaDir = join(import.meta.dirname, "../../schema/vocabulary");
const { vocabulary } = parseVocabulary(
  { path: "types.yaml", text: readFileSync(join(schemaDir, "types.yaml"), "utf8") },
  { path: "relations.yaml", text: readFileSync(join(schemaDir, "relations.yaml"), "utf8") },
);

const table = (heading: string, columns: string[], rows: string[]) =>
  [
    `## ${heading}`,
    "",
    `| Dimensi | ${columns.map((column) => `[[${column}]]`).join(" | ")} |`,
    `| --- | ${columns.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row} | ${columns.map((column) => `${row} bagi ${column}`).join(" | ")} |`),
    "",
  ].join("\n");

const vault: Record<string, string> = {
  "a.md": `type: concept\ntitle: CO\n---\n${table("Banding", ["CO", "CD"], ["Tujuan", "Peran"])}`,
  "b.md": "type: concept\ntitle: CD\n---\nTanpa tabel.",
  "c.md": `type: concept\ntitle: Makro\n---\n${table("Skala", ["CD", "Makro"], ["Luas [@rothman1995, p. 2]"])}${table("Lagi", ["CO"], ["Fokus"])}`,
  "d.md": "type: concept\ntitle: Mikro\n---\n",
};

const parse = (file: string, text: string) => parseNote({ path: file, text: `---\n${text}\n` }, vocabulary).note;
const notesOf = (files: Record<string, string>) => Object.entries(files).map(([file, text]) => parse(file, text));
const serialized = (files: Record<string, string>) =>
  JSON.parse(serializeGraph(buildGraph({ notes: notesOf(files), vocabulary }).graph)) as SerializedKnowledgeGraph;
const attributesOf = (graph: SerializedKnowledgeGraph) => JSON.stringify(graph.attributes);
const dimensionsIn = (graph: SerializedKnowledgeGraph) =>
  new Map(graph.nodes.map(({ key, attributes }) => [key, attributes?.dimensions as DimensionValue[]]));

/**
 * patchTables on the graph of the vault, for these notes' tables edited (a
 * note of null taken out), and the graph built whole after.
 */
function patched(edits: Record<string, string | null>) {
  const before = serialized(vault);
  const files = Object.entries({ ...vault, ...edits }).filter((entry): entry is [string, string] => entry[1] !== null);
  const after = serialized(Object.fromEntries(files));
  const notes = notesOf(Object.fromEntries(files));
  const index = createNameIndex(notes);
  const context = { index, typeOf: new Map(notes.map((note) => [nodeKey(note), note.type])), vocabulary };
  const retabled = new Map<string, ResolvedTable[]>(
    notes.filter((note) => note.file in edits).map((note) => [note.file, resolveTables(note, context, [])]),
  );
  for (const file of Object.keys(edits)) if (edits[file] === null) retabled.set(file, []);
  const written = dimensionsIn(before);
  return { before, after, patch: patchTables(attributesOf(before), retabled, (key) => written.get(key)) };
}

describe("patchTables", () => {
  it.each([
    ["a cell changed", { "c.md": vault["c.md"]?.replace("Luas bagi CD", "Sempit bagi CD") }],
    [
      "a row added",
      { "a.md": `type: concept\ntitle: CO\n---\n${table("Banding", ["CO", "CD"], ["Tujuan", "Peran", "Skala"])}` },
    ],
    [
      "a column named another note",
      { "a.md": `type: concept\ntitle: CO\n---\n${table("Banding", ["Mikro", "CD"], ["Tujuan"])}` },
    ],
    [
      "a column that names no note",
      { "a.md": `type: concept\ntitle: CO\n---\n${table("Banding", ["Tidak Ada", "CD"], ["Tujuan"])}` },
    ],
    ["tables taken out", { "c.md": "type: concept\ntitle: Makro\n---\n" }],
    [
      "a table added to a note that had none",
      { "d.md": `type: concept\ntitle: Mikro\n---\n${table("Baru", ["CO", "Mikro"], ["Ciri"])}` },
    ],
    [
      "two notes' tables changed, each giving values to a node the other gives values to",
      {
        "b.md": `type: concept\ntitle: CD\n---\n${table("Pula", ["CO", "CD"], ["Ciri"])}`,
        "d.md": `type: concept\ntitle: Mikro\n---\n${table("Baru", ["CD", "CO"], ["Ciri", "Jenis"])}`,
      },
    ],
    [
      "a note with tables moved to another file (its id kept), after the others in file order",
      { "a.md": null, "e.md": vault["a.md"]?.replace("type: concept\n", "type: concept\nid: a\n") },
    ],
  ] as [string, Record<string, string | null>][])(
    "gives the comparisons and dimensions buildGraph gives after %s",
    (_, edits) => {
      const { before, after, patch } = patched(edits);
      expect(patch?.attributes).toBe(attributesOf(after));
      const written = dimensionsIn(before);
      for (const [key, dimensions] of dimensionsIn(after)) {
        expect(patch?.dimensions.get(key) ?? written.get(key)).toEqual(dimensions);
      }
      // Only nodes a table had or has for a column are given dimensions again.
      const columns = [before, after].flatMap((graph) => graph.attributes?.comparisons.flatMap((each) => each.columns));
      expect([...(patch?.dimensions.keys() ?? [])].filter((key) => !columns.includes(key))).toEqual([]);
    },
  );

  it("gives up when a column's dimensions cannot be had, or the attributes are not as serializeGraph writes them", () => {
    const edits = { "c.md": vault["c.md"]?.replace("Luas bagi CD", "Sempit bagi CD") as string };
    const { before } = patched(edits);
    const notes = notesOf({ ...vault, ...edits });
    const context = { index: createNameIndex(notes), typeOf: new Map(), vocabulary };
    const retabled = new Map([["c.md", resolveTables(notes[2] as (typeof notes)[number], context, [])]]);
    expect(patchTables(attributesOf(before), retabled, () => undefined)).toBeUndefined();
    const written = dimensionsIn(before);
    expect(
      patchTables(JSON.stringify({ format: "simpul-graph" }), retabled, (key) => written.get(key)),
    ).toBeUndefined();
  });
});
