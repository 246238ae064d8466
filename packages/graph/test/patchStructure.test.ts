import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseNote } from "@simpul/markdown";
import { compareDiagnostics, type Diagnostic, parseVocabulary, type Reference } from "@simpul/schema";
import { describe, expect, it } from "vitest";
import { citeReferences } from "../src/citeReferences";
import {
  buildGraph,
  LINK_RULES,
  patchStructure,
  renameNotes,
  type SerializedEdge,
  sameStructure,
  serializeGraph,
} from "../src/index";
import { structureOf, structureSignature } from "./graphStructure";

const schemaDir = join(import.meta.dirname, "../../schema/vocabulary");
const { vocabulary } = parseVocabulary(
  { path: "types.yaml", text: readFileSync(join(schemaDir, "types.yaml"), "utf8") },
  { path: "relations.yaml", text: readFileSync(join(schemaDir, "relations.yaml"), "utf8") },
);
// Only its keys are read.
const references = { rothman1995: { key: "rothman1995" } as Reference };

const vault: Record<string, string> = {
  "co.md":
    'type: concept\ntitle: CO\naliases: [Pengorganisasian]\ncontrasts_with: "[[CD]] [@rothman1995, p. 27]"\n---\nLihat [[Makro]].',
  "cd.md":
    'type: concept\ntitle: CD\ncontrasts_with: "[[CO]] [@rothman1995, p. 28]"\n---\nBeda dengan [[CO]]; lihat [[Makro]].',
  "makro.md": 'type: concept\ntitle: Makro\nnarrower: ["[[CD]]"]\n---\n',
  "mikro.md": 'type: concept\ntitle: Mikro\nbroader: "[[Makro]]"\n---\nLawan dari [[Makro]].',
  "rothman.md": "type: author\ntitle: Jack Rothman\n---\nMenulis tentang [[Pengorganisasian]] [@rothman1995].",
  "lone.md": "type: concept\ntitle: Lone\n---\nTanpa tautan.",
};

const parse = (file: string, text: string) => parseNote({ path: file, text: `---\n${text}\n` }, vocabulary).note;
const notesOf = (files: Record<string, string>) => Object.entries(files).map(([file, text]) => parse(file, text));
const edgesOf = (json: string) => (JSON.parse(json) as { edges: SerializedEdge[] }).edges;
const sorted = (diagnostics: Diagnostic[]) => [...diagnostics].sort(compareDiagnostics);

/** patchStructure of the graph these files build, once these notes of theirs are edited (or taken out: null). */
function patchAfter(files: Record<string, string>, changes: Record<string, string | null>) {
  const built = buildGraph({ notes: notesOf(files), vocabulary });
  const serialized = JSON.parse(serializeGraph(built.graph)) as { attributes: unknown; edges: SerializedEdge[] };
  const edits = Object.entries(changes).filter((entry): entry is [string, string] => entry[1] !== null);
  const removed = Object.keys(changes).filter((file) => changes[file] === null);
  const notes = notesOf({ ...files, ...Object.fromEntries(edits) }).filter((note) => !removed.includes(note.file));
  return patchStructure({
    memo: built.memo,
    vocabulary,
    references,
    edges: JSON.stringify(serialized.edges),
    attributes: JSON.stringify(serialized.attributes),
    edited: edits.map(([file, text]) => parse(file, text)),
    removed,
    noteOf: (file) => notes.find((note) => note.file === file),
  });
}

describe("patchStructure", () => {
  const before = buildGraph({ notes: notesOf(vault), vocabulary });
  const edges = JSON.stringify(edgesOf(serializeGraph(before.graph)));
  const attributes = JSON.stringify((JSON.parse(serializeGraph(before.graph)) as { attributes: unknown }).attributes);

  it.each([
    ["a mention added", { "lone.md": "type: concept\ntitle: Lone\n---\nKini tentang [[CD]] [@nobody]." }],
    ["a relation stated from both ends losing one end", { "cd.md": "type: concept\ntitle: CD\n---\nBeda." }],
    [
      "a mention made a typed relation",
      {
        "rothman.md": 'type: author\ntitle: Jack Rothman\ndefines: "[[Pengorganisasian]] [@rothman1995, p. 3]"\n---\n',
      },
    ],
    [
      "a cycle of an acyclic relation",
      { "makro.md": 'type: concept\ntitle: Makro\nnarrower: ["[[CD]]"]\nbroader: "[[Mikro]]"\n---\n' },
    ],
    ["an orphan made", { "mikro.md": "type: concept\ntitle: Mikro\n---\nSendiri." }],
    [
      "links that do not resolve, or are not allowed",
      { "lone.md": 'type: concept\ntitle: Lone\nbroader: "[[Jack Rothman]]"\n---\n[[Tidak Ada]] dan [[Lone]].' },
    ],
    ["a name gained", { "lone.md": "type: concept\ntitle: Lone\naliases: [Sendirian]\n---\nTanpa tautan." }],
    [
      "a name like a path gained, whose last segment no note has",
      { "lone.md": "type: concept\ntitle: Lone\naliases: [Kata/Sendiri]\n---\nTanpa tautan." },
    ],
    [
      "a name like a path gained, whose last segment is a name of its own (a link by it fell back on the note)",
      { "lone.md": "type: concept\ntitle: Lone\naliases: [Kata/Lone]\n---\nTanpa tautan." },
    ],
    [
      "a title changed that no link names, and a link made by the new one",
      {
        "rothman.md": "type: author\ntitle: J. Rothman\n---\nMenulis tentang [[Pengorganisasian]] [@rothman1995].",
        "lone.md": "type: concept\ntitle: Lone\n---\nTentang [[J. Rothman]].",
      },
    ],
    [
      "two notes edited at once",
      {
        "co.md": "type: concept\ntitle: CO\naliases: [Pengorganisasian]\n---\nLihat [[Makro]] dan [[Lone]].",
        "lone.md": "type: concept\ntitle: Lone\n---\nTentang [[CO]].",
      },
    ],
    [
      "a note added, with links, and another note edited",
      {
        "baru.md": 'type: concept\ntitle: Baru\nbroader: "[[Makro]]"\n---\nTentang [[CD]] [@rothman1995].',
        "lone.md": "type: concept\ntitle: Lone\n---\nTentang [[CO]].",
      },
    ],
    ["a note added in a folder, alone", { "sub/dalam.md": "type: concept\ntitle: Di Dalam\n---\nSendiri." }],
    ["a note taken out that no note links to, which linked to another", { "rothman.md": null }],
    ["an orphan taken out", { "lone.md": null }],
    ["a note that others link to moved into a folder", { "co.md": null, "sub/co.md": vault["co.md"] as string }],
    ["a note moved into a folder named as another note", { "co.md": null, "makro/co.md": vault["co.md"] as string }],
    [
      "a note moved and its file renamed, keeping its id, with a link of its own changed",
      {
        "makro.md": null,
        "sub/besar.md": 'type: concept\nid: makro\ntitle: Makro\nnarrower: ["[[CD]]", "[[Lone]]"]\n---\n',
      },
    ],
    [
      "a note that others link to, by title and alias, given another id",
      { "co.md": `type: concept\nid: co-baru\n${(vault["co.md"] as string).slice("type: concept\n".length)}` },
    ],
    [
      "a note that others link to given another type",
      { "makro.md": 'type: setting\ntitle: Makro\nnarrower: ["[[CD]]"]\n---\n' },
    ],
    ["an orphan given another id and title", { "lone.md": "type: concept\nid: sendiri\ntitle: Sendiri\n---\n" }],
    ["an orphan taken out and another note added", { "lone.md": null, "baru.md": "type: concept\ntitle: Baru\n---\n" }],
    [
      "two notes each gaining a name",
      {
        "lone.md": "type: concept\ntitle: Lone\naliases: [Sendirian]\n---\nTanpa tautan.",
        "mikro.md": 'type: concept\ntitle: Mikro\naliases: [Kecil]\nbroader: "[[Makro]]"\n---\nLawan dari [[Makro]].',
      },
    ],
    [
      "two notes added, one linking to the other and both to a note kept",
      {
        "baru.md": 'type: concept\ntitle: Baru\nbroader: "[[Makro]]"\n---\nLihat [[Lain]] [@rothman1995].',
        "sub/lain.md": "type: setting\ntitle: Lain\naliases: [Yang Lain]\n---\nTentang [[CO]].",
      },
    ],
    ["two notes taken out that no note links to", { "rothman.md": null, "lone.md": null }],
    [
      "a note added, linking to one taken out, and two taken out",
      { "baru.md": "type: concept\ntitle: Baru\n---\nTentang [[Lone]].", "rothman.md": null, "lone.md": null },
    ],
    ["two notes taken out that others link to", { "makro.md": null, "cd.md": null }],
    [
      "a name lost that a link uses (the link reported, and its edge gone)",
      { "co.md": 'type: concept\ntitle: CO\ncontrasts_with: "[[CD]] [@rothman1995, p. 27]"\n---\nLihat [[Makro]].' },
    ],
    [
      "a type taken that a neighbour's relation does not allow",
      { "makro.md": 'type: author\ntitle: Makro\nnarrower: ["[[CD]]"]\n---\n' },
    ],
    ["a note taken out that others link to", { "makro.md": null }],
    [
      "a note moved to another file, its id taken from the file's name (others link to it by title)",
      {
        "mikro.md": null,
        "sub/kecil.md": 'type: concept\ntitle: Mikro\nbroader: "[[Makro]]"\n---\nLawan dari [[Makro]].',
      },
    ],
    [
      "a note that others link to moved to another file, its id taken from the file's name",
      { "makro.md": null, "sub/besar.md": 'type: concept\ntitle: Makro\nnarrower: ["[[CD]]"]\n---\n' },
    ],
  ])(
    "gives the edges, structure and diagnostics buildGraph gives after %s",
    (_, changes: Record<string, string | null>) => {
      const edits = Object.fromEntries(
        Object.entries(changes).filter((entry): entry is [string, string] => entry[1] !== null),
      );
      const removed = Object.keys(changes).filter((file) => changes[file] === null);
      const notes = notesOf({ ...vault, ...edits }).filter((note) => !removed.includes(note.file));
      const after = buildGraph({ notes, vocabulary });
      const cited = citeReferences(after.graph, notes, vocabulary, references);
      const input = {
        memo: before.memo,
        vocabulary,
        references,
        edges,
        attributes,
        edited: Object.entries(edits).map(([file, text]) => parse(file, text)),
        removed,
        noteOf: (file: string) => notes.find((note) => note.file === file),
      };
      const patch = patchStructure(input);
      if (patch === undefined) throw new Error("expected a patch");
      // The renaming a caller has from guessing the structure gives the same patch.
      expect(patchStructure({ ...input, renaming: renameNotes(before.memo, input.edited, removed) })).toEqual(patch);
      expect(patch.edges).toBe(JSON.stringify(edgesOf(serializeGraph(after.graph))));
      expect(sameStructure(patch.structure, structureOf(after.graph))).toBe(true);
      expect(patch.signature).toBe(structureSignature(after.graph));
      const global = new Set(["orphan", "relation-cycle"]);
      // And what resolving again the links and tables of the notes around reports.
      const around = new Set([...patch.relinked, ...patch.retabled]);
      const expected = [...after.diagnostics, ...cited].filter(
        (d) => global.has(d.rule) || d.file in edits || (around.has(d.file) && LINK_RULES.has(d.rule)),
      );
      expect(sorted(patch.diagnostics)).toEqual(sorted(expected));
      // Each edit changes the graph's edges, what is reported of the edited notes, or their names.
      const reported = expected.filter((d) => d.file in edits && d.rule !== "orphan");
      expect(patch.edges !== edges || reported.length > 0 || patch.memo.identities !== before.memo.identities).toBe(
        true,
      );
      expect(patch.tables.get(removed[0] ?? "")).toEqual(removed.length > 0 ? [] : undefined);
      expect(patch.memo.links).toEqual(after.memo.links);
      expect(patch.memo.edges).toEqual(after.memo.edges);
      expect(patch.memo.identities).toEqual(after.memo.identities);
      expect(patch.memo.context.typeOf).toEqual(after.memo.context.typeOf);
      const { byName, names, files } = patch.memo.context.index;
      expect([byName, new Set(names), files]).toEqual([
        after.memo.context.index.byName,
        new Set(after.memo.context.index.names),
        after.memo.context.index.files,
      ]);
    },
  );

  it("gives nothing when a neighbour cannot be had, whether or not the edited note changed its type", () => {
    const retyped = parse("lone.md", "type: author\ntitle: Lone\n---\n[[CD]]");
    const input = { memo: before.memo, vocabulary, references, edges, attributes, noteOf: () => undefined };
    expect(patchStructure({ ...input, edited: [retyped] })).toBeUndefined();
    expect(
      patchStructure({ ...input, edited: [parse("lone.md", "type: concept\ntitle: Lone\n---\n[[CD]]")] }),
    ).toBeUndefined();
  });

  it.each([
    ["gained another note's name", ["lone.md", "type: concept\ntitle: Lone\naliases: [CD]\n---\nTanpa tautan."]],
    ["took another note's id", ["lone.md", "type: concept\nid: cd\ntitle: Lone\n---\nTanpa tautan."]],
    [
      "gained a name like a path that ends in another note's name (a link by it fell back on that name)",
      ["lone.md", "type: concept\ntitle: Lone\naliases: [Kata/CD]\n---\nTanpa tautan."],
    ],
  ])("gives nothing when an edited note %s", (_, [file, text]) => {
    const notes = notesOf(vault);
    const noteOf = (name: string) => notes.find((note) => note.file === name);
    const input = { memo: before.memo, vocabulary, references, edges, attributes, noteOf };
    expect(patchStructure({ ...input, edited: [parse(file as string, text as string)] })).toBeUndefined();
  });

  it.each([
    ["a note added with another note's name", [["baru.md", "type: concept\ntitle: CD\n---\n"]], []],
    ["a note added whose file name another note has", [["x/cd.md", "type: concept\ntitle: Lain\n---\n"]], []],
    [
      "a note moved to a file whose name another note has",
      [["sub/cd.md", `type: concept\nid: co\n${(vault["co.md"] as string).slice("type: concept\n".length)}`]],
      ["co.md"],
    ],
  ] as [string, [string, string][], string[]][])("gives nothing after %s", (_, added, removed) => {
    const notes = notesOf(vault);
    const noteOf = (name: string) => notes.find((note) => note.file === name);
    const edited = added.map(([file, text]) => parse(file, text));
    const input = { memo: before.memo, vocabulary, references, edges, attributes, noteOf };
    expect(patchStructure({ ...input, edited, removed })).toBeUndefined();
  });

  it("reports the links that named a note by the id it had, and by the file name it had as its id", () => {
    const co = (id: string) =>
      `type: concept\nid: ${id}\n${(vault["co.md"] as string).slice("type: concept\n".length)}`;
    const rekeyed = (link: string) =>
      patchAfter(
        { ...vault, "co.md": co("co-lama"), "lone.md": `type: concept\ntitle: Lone\n---\nTentang [[${link}]].` },
        { "co.md": co("co-baru") },
      );
    const broken = (link: string) =>
      rekeyed(link)
        ?.diagnostics.filter((d) => d.rule === "broken-link")
        .map((d) => [d.file, d.message]);
    expect(broken("CO")).toEqual([]);
    expect(broken("co-lama")).toEqual([["lone.md", 'No note is named "co-lama"']]);
    expect(broken("concept/co-lama")).toEqual([["lone.md", 'No note is named "concept/co-lama"']]);
    // Every note an edge joined to it, whether it links to it or not.
    expect(rekeyed("co-lama")?.relinked.sort()).toEqual(["cd.md", "lone.md", "makro.md", "rothman.md"]);
  });

  it("reports a neighbour's relation that a type a note takes does not allow, though its path is its old key", () => {
    // Its names are all kept (its path is what its key was): the neighbours are checked all the same.
    const files = Object.fromEntries(
      Object.entries(vault).map(([file, text]) => [file === "makro.md" ? "concept/makro.md" : file, text]),
    );
    const retyped = (type: string) =>
      patchAfter(files, {
        "concept/makro.md": (vault["makro.md"] as string).replace("type: concept", `type: ${type}`),
      });
    const refused = (type: string) =>
      retyped(type)
        ?.diagnostics.filter((d) => d.rule === "relation-domain")
        .map((d) => d.file)
        .sort();
    expect(refused("model")).toEqual([]);
    expect(refused("author")).toEqual(["concept/makro.md", "mikro.md"]);
  });

  it("keeps the notes known by a name in file order when one of them moves, re-keyed or not", () => {
    const files = {
      ...vault,
      "a.md": "type: concept\ntitle: Sama\n---\n[[CD]]",
      "b.md": "type: concept\ntitle: Sama\n---\n",
    };
    for (const moved of ["type: concept\ntitle: Sama\n---\n[[CD]]", "type: concept\nid: a\ntitle: Sama\n---\n[[CD]]"]) {
      const patch = patchAfter(files, { "a.md": null, "z.md": moved });
      const after = { ...files, "z.md": moved } as Record<string, string>;
      delete after["a.md"];
      const { byName } = buildGraph({ notes: notesOf(after), vocabulary }).memo.context.index;
      expect(byName.get("sama")).toHaveLength(2);
      expect(patch?.memo.context.index.byName).toEqual(byName);
    }
  });

  it.each([
    [
      "two notes gain the same name",
      {
        "lone.md": "type: concept\ntitle: Lone\naliases: [Kecil]\n---\nTanpa tautan.",
        "mikro.md": 'type: concept\ntitle: Mikro\naliases: [Kecil]\nbroader: "[[Makro]]"\n---\nLawan dari [[Makro]].',
      },
    ],
    [
      "a note is added, and another loses a name",
      {
        "baru.md": "type: concept\ntitle: Baru\n---\n",
        "co.md": 'type: concept\ntitle: CO\ncontrasts_with: "[[CD]] [@rothman1995, p. 27]"\n---\nLihat [[Makro]].',
      },
    ],
    [
      "two notes are added with one name",
      { "a.md": "type: concept\ntitle: Sama\n---\n", "b.md": "type: concept\ntitle: Sama\n---\n" },
    ],
  ])("gives nothing when %s", (_, changes: Record<string, string | null>) => {
    expect(patchAfter(vault, changes)).toBeUndefined();
  });

  it("follows a note named by a table's column while the column names it, and gives nothing once it does not", () => {
    const files = {
      ...vault,
      "banding.md":
        "type: concept\ntitle: Banding\n---\n## Banding\n\n| Variabel | [[Kota]] | [[CD]] |\n| --- | --- | --- |\n| Tempat | kota | desa |",
      "co.md":
        'type: concept\ntitle: CO\naliases: [Pengorganisasian, Kota, Urban]\ncontrasts_with: "[[CD]] [@rothman1995, p. 27]"\n---\nLihat [[Makro]].',
    };
    const built = buildGraph({ notes: notesOf(files), vocabulary });
    const serialized = JSON.parse(serializeGraph(built.graph)) as { attributes: unknown; edges: SerializedEdge[] };
    const input = {
      memo: built.memo,
      vocabulary,
      references,
      edges: JSON.stringify(serialized.edges),
      attributes: JSON.stringify(serialized.attributes),
    };
    const lose = (aliases: string) => {
      const text = files["co.md"].replace("[Pengorganisasian, Kota, Urban]", aliases);
      const notes = notesOf({ ...files, "co.md": text });
      const noteOf = (file: string) => notes.find((note) => note.file === file);
      return { patch: patchStructure({ ...input, edited: [parse("co.md", text)], noteOf }), notes };
    };
    const { patch, notes } = lose("[Pengorganisasian, Kota]");
    expect(patch?.memo.context.index.byName).toEqual(buildGraph({ notes, vocabulary }).memo.context.index.byName);
    expect(patch?.retabled).toEqual(["banding.md"]);
    expect(patch?.diagnostics.filter((d) => d.rule === "broken-link")).toEqual([]);
    // The column that named it by the alias it lost is reported, and its cells left out.
    const lost = lose("[Pengorganisasian, Urban]").patch;
    expect(lost?.diagnostics.filter((d) => d.rule === "broken-link").map((d) => d.file)).toEqual(["banding.md"]);
    expect(lost?.tables.get("banding.md")?.[0]?.table.columns).toEqual(["concept/cd"]);
    // Given another id, the column names it by its new key, and the tables of both notes are to be patched in.
    const text = `type: concept\nid: co-baru\n${files["co.md"].slice("type: concept\n".length)}`;
    const rekeyed = notesOf({ ...files, "co.md": text });
    const noteOf = (file: string) => rekeyed.find((note) => note.file === file);
    const moved = patchStructure({ ...input, edited: [parse("co.md", text)], noteOf });
    expect(moved?.retabled).toEqual(["banding.md", "co.md"]);
    expect(moved?.tables.get("banding.md")?.map(({ table }) => table)).toEqual(
      buildGraph({ notes: rekeyed, vocabulary }).graph.getAttribute("comparisons"),
    );
  });

  it("gives nothing when the edges given are not those of the memo", () => {
    const edited = [parse("lone.md", "type: concept\ntitle: Lone\n---\nTanpa tautan lagi.")];
    const notes = notesOf(vault);
    const input = {
      memo: before.memo,
      vocabulary,
      references,
      attributes,
      edited,
      noteOf: (file: string) => notes.find((note) => note.file === file),
    };
    expect(patchStructure({ ...input, edges })).toBeDefined();
    const fewer = JSON.stringify((JSON.parse(edges) as SerializedEdge[]).slice(1));
    for (const other of ["[]", fewer]) expect(patchStructure({ ...input, edges: other })).toBeUndefined();
  });
});
