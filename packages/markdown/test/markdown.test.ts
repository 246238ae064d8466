import { describe, expect, it } from "vitest";
import * as markdown from "../src/index";
import { parseBibliography, parseNote } from "../src/index";
import { scanCitations } from "../src/scanCitations";
import { scanInlineFields } from "../src/scanInlineFields";
import { scanWikiLinks } from "../src/scanWikiLinks";
import { vocabulary } from "./defaultVocabulary";

describe("@simpul/markdown", () => {
  it("exposes a small public API", () => {
    expect(Object.keys(markdown).sort()).toEqual([
      "citationRuns",
      "decodeSource",
      "isAttachmentName",
      "parseBibliography",
      "parseNote",
    ]);
  });

  it("scans wiki links with headings, display text and embeds", () => {
    expect(scanWikiLinks("a [[One]] b [[dir/Two.md#Part|shown]] ![[pic.png]] ![[Three]]")).toEqual([
      { target: "One", display: "One", offset: 2, length: 7 },
      { target: "dir/Two", display: "shown", offset: 12, length: 25, section: true },
      { target: "pic.png", display: "pic.png", offset: 38, length: 12, attachment: true },
      { target: "Three", display: "Three", offset: 51, length: 10 },
    ]);
    // In a table the pipe is escaped, as Obsidian asks; a backslash with no display is the target's.
    expect(scanWikiLinks("[[Enabler\\|E]] [[Dua#Bagian\\|dua]] [[Tiga\\]]")).toEqual([
      { target: "Enabler", display: "E", offset: 0, length: 14 },
      { target: "Dua", display: "dua", offset: 15, length: 19, section: true },
      { target: "Tiga\\", display: "Tiga\\", offset: 35, length: 9 },
    ]);
  });

  it("scans Pandoc citations with pages", () => {
    expect(scanCitations("x [@a1995, p. 28] y [see @b, pp. 292–293; @c] [not one] me@mail")).toEqual([
      { key: "a1995", page: "28", offset: 3 },
      { key: "b", page: "292-293", offset: 25 },
      { key: "c", offset: 42 },
    ]);
    // The author left out of the text, alone or among others; an address is no citation, nor a minus sign.
    expect(scanCitations("[-@a1995, p. 3] [see -@b; @c] [x-@mail.com] [5 -@ 3]")).toEqual([
      { key: "a1995", page: "3", offset: 2 },
      { key: "b", offset: 22 },
      { key: "c", offset: 26 },
    ]);
    // A locator without a comma, as Pandoc reads it: a locator term and a number; other words are no page.
    expect(
      scanCitations("[see @a p. 34-35; also @b hlm. 12] [@c pp. 33, 35-37, and nowhere else] [@d and nowhere else]"),
    ).toEqual([
      { key: "a", page: "34-35", offset: 5 },
      { key: "b", page: "12", offset: 23 },
      { key: "c", page: "33", offset: 36 },
      { key: "d", offset: 73 },
    ]);
  });

  it("cuts a text at its citation groups, bracketed or in the text, each with its citations", () => {
    expect(markdown.citationRuns("Kata [@a, p. 2; @b] dan @c [hlm. 4] lalu [bukan] [[X]].")).toEqual([
      { text: "Kata " },
      {
        written: "[@a, p. 2; @b]",
        citations: [
          { key: "a", page: "2", offset: 6 },
          { key: "b", offset: 16 },
        ],
      },
      { text: " dan " },
      { written: "@c [hlm. 4]", citations: [{ key: "c", page: "4", offset: 24 }] },
      { text: " lalu [bukan] [[X]]." },
    ]);
    expect(markdown.citationRuns("tanpa")).toEqual([{ text: "tanpa" }]);
  });

  it("scans Pandoc citations written in the text, with a locator in brackets after them", () => {
    const text = "Menurut @rothman1995 [p. 28], juga @zastrow2008. Kata @c [lihat bab 2] dan (@d: hlm. 4).";
    expect(scanCitations(text)).toEqual([
      { key: "rothman1995", page: "28", offset: 8 },
      { key: "zastrow2008", offset: 35 },
      { key: "c", page: "2", offset: 54 },
      { key: "d", offset: 76 },
    ]);
    // Not an address, a handle in a URL, an escaped @, or one inside brackets (a link's text, a wiki link, a group).
    const others =
      "a@b.id \\@no https://m.id/@user [teks @x](http://y) [@unified][twitter] [[@z]] [@a, hlm. 3] @b [p. 5](u)";
    expect(scanCitations(others)).toEqual([
      { key: "z", offset: others.indexOf("@z") },
      { key: "a", page: "3", offset: others.indexOf("@a") },
      { key: "b", offset: others.indexOf("@b [") },
    ]);
  });

  it("reads an in-text key as Pandoc does: no trailing punctuation, no footnote or link text as its locator", () => {
    const text = "Apa kata @rothman1995? Lihat @a1995[^1], @b [teks][ref] dan <span>@c</span>; @d:e-1 juga.";
    expect(scanCitations(text).map(({ key, page }) => (page ? `${key} ${page}` : key))).toEqual([
      "rothman1995",
      "a1995",
      "b",
      "c",
      "d:e-1",
    ]);
  });

  it("scans inline fields on their own line and in brackets", () => {
    const fields = scanInlineFields("has_role:: [[A]]\nIt acts [active_in_phase:: [[B]]] here (related:: [[C]]).");
    expect(fields.map((f) => [f.key, f.value, f.bracketed])).toEqual([
      ["has_role", "[[A]]", false],
      ["active_in_phase", "[[B]]", true],
      ["related", "[[C]]", true],
    ]);
  });

  it("reads a field whose key spaces apart from its ::, as Dataview does, in the graph and out of the body", () => {
    const text =
      "---\ntype: role\ntitle: Mediator\n---\nrelated :: [[Advokat]]\nIt acts [related\t:: [[Broker]]] here.\n";
    const { note, diagnostics } = parseNote({ path: "roles/mediator.md", text }, vocabulary);
    expect(diagnostics).toEqual([]);
    expect(note.mentions).toEqual([]);
    expect(note.relations.map((r) => [r.name, r.link.target, r.link.line, r.link.column])).toEqual([
      ["related", "Advokat", 5, 12],
      ["related", "Broker", 6, 21],
    ]);
    expect(note.body).toBe("It acts (Broker) here.");
    // A spaced key that names no relation is prose, not an unknown field.
    const prose = "Catatan :: lihat [[Bab 2]].\n\nmap :: (a -> b) dan (x :: Int) [y :: Bool]\n";
    const read = parseNote(
      { path: "roles/mediator.md", text: text.replace("related :: [[Advokat]]\n", prose) },
      vocabulary,
    );
    expect(read.diagnostics).toEqual([]);
    expect(read.note.mentions.map((m) => m.link.target)).toEqual(["Bab 2"]);
    expect(read.note.body).toContain("Catatan :: lihat Bab 2.\n\nmap :: (a -> b) dan (x :: Int) [y :: Bool]");
  });

  it("keeps positions and attaches line citations to inline fields", () => {
    const text = "---\ntype: role\ntitle: Mediator\n---\nIntro [[Broker]] [@x, p. 2].\n\nrelated:: [[Advokat]] [@y]\n";
    const { note, diagnostics } = parseNote({ path: "roles/mediator.md", text }, vocabulary);
    expect(diagnostics).toEqual([]);
    expect(note.mentions).toEqual([
      {
        link: { target: "Broker", display: "Broker", line: 5, column: 7 },
        citations: [{ key: "x", page: "2", line: 5, column: 19 }],
      },
    ]);
    expect(note.relations).toEqual([
      {
        name: "related",
        link: { target: "Advokat", display: "Advokat", line: 7, column: 11 },
        citations: [{ key: "y", line: 7, column: 24 }],
        origin: "inline",
      },
    ]);
  });

  it("places a frontmatter value's links and citations where they are written: in a list, quoted, folded", () => {
    const text = [
      "---",
      "type: model",
      'has_role: ["[[Enabler]] [@ab; @a, p. 3]", "[[Broker]]"]',
      "related: >-",
      "  Sejalan dengan",
      "  [[Mediator]] [@zastrow]",
      "---",
      "Teks.",
      "",
    ].join("\n");
    const { note } = parseNote({ path: "models/m.md", text }, vocabulary);
    const at = (point: { line: number; column: number }) => `${point.line}:${point.column}`;
    expect(note.relations.map((r) => [r.link.target, at(r.link), r.citations.map((c) => `${c.key}@${at(c)}`)])).toEqual(
      [
        ["Enabler", "3:13", ["ab@3:26", "a@3:31"]],
        ["Broker", "3:44", []],
        ["Mediator", "6:3", ["zastrow@6:17"]],
      ],
    );
  });

  it("keeps numbers as they are written in frontmatter text: a title 007 is 007", () => {
    const text =
      '---\ntype: concept\ntitle: 007\ntitle_en: 0x1F\naliases: [1e3, 2.50, 42, "0012"]\nyear: 1995\n---\nTeks.\n';
    const { note, diagnostics } = parseNote({ path: "n.md", text }, vocabulary);
    expect(diagnostics.filter((d) => d.rule !== "unknown-key")).toEqual([]);
    expect([note.title, note.titleEn, note.aliases]).toEqual(["007", "0x1F", ["1e3", "2.50", "42", "0012"]]);
  });

  it("reports YAML errors at the note's line, not the frontmatter's", () => {
    const text = "---\ntype: concept\ntitle: [unclosed\n---\nBody\n";
    const { diagnostics } = parseNote({ path: "a.md", text }, vocabulary);
    expect(diagnostics[0]).toMatchObject({ rule: "yaml-syntax", line: 3, column: 17 });
  });

  it("reads CRLF and BOM notes exactly like LF ones", () => {
    const text =
      "---\ntype: concept\ntitle: A\n---\nSee [[B]] [@k].\n\n| x | [[B]] | [[C]] |\n|-|-|-|\n| d | 1 | 2 |\n";
    const lf = parseNote({ path: "a.md", text }, vocabulary);
    const crlf = parseNote({ path: "a.md", text: `\uFEFF${text.replace(/\n/g, "\r\n")}` }, vocabulary);
    expect(crlf).toEqual(lf);
  });

  it("reads comparison tables into rows of cells with citations", () => {
    const text =
      "---\ntype: concept\n---\n## CO vs CD\n\n| Dimensi | [[CO]] | [[CD]] |\n|---|---|---|\n| Wilayah [@a] | Kota | Desa [@b, p. 3] |\n";
    const { note } = parseNote({ path: "t.md", text }, vocabulary);
    expect(note.tables).toHaveLength(1);
    expect(note.tables[0]).toMatchObject({ slug: "co-vs-cd", title: "CO vs CD", line: 6 });
    expect(note.tables[0]?.rows[0]?.cells.map((c) => [c.value, c.citations.map((x) => x.key)])).toEqual([
      ["Kota", ["a"]],
      ["Desa", ["a", "b"]],
    ]);
    // Columns and cells with a display text, the pipe escaped.
    const escaped = text.replace("[[CO]]", "[[CO\\|Pengorganisasian]]").replace("Kota |", "[[Kota\\|kota]] |");
    const table = parseNote({ path: "t.md", text: escaped }, vocabulary).note.tables[0];
    expect(table?.columns.map((column) => column.target)).toEqual(["CO", "CD"]);
    expect(table?.rows[0]?.cells[0]?.value).toBe("kota");
    // A citation in a column's header supports its cells; one in the corner, every cell.
    const cited = text.replace("| Dimensi |", "| Dimensi [@c] |").replace("[[CD]] |", "[[CD]] [@d, p. 9] |");
    const rows = parseNote({ path: "t.md", text: cited }, vocabulary).note.tables[0]?.rows;
    expect(rows?.[0]?.cells.map((c) => c.citations.map((x) => `${x.key}${x.page ?? ""}@${x.column}`))).toEqual([
      ["c@12", "a@12"],
      ["c@12", "d9@35", "a@12", "b3@31"],
    ]);
  });

  it("takes citations out of a comparison table's title and values, in brackets or in the text", () => {
    const text = [
      "---",
      "type: concept",
      "title: CO",
      "---",
      "## CO dan CD [@a]",
      "",
      "| Dimensi | [[CO]] | [[CD]] |",
      "| --- | --- | --- |",
      "| Wilayah | Kota @a [p. 3] | Desa [@a, p. 4] |",
      "",
    ].join("\n");
    const { note } = parseNote({ path: "concepts/co.md", text }, vocabulary);
    expect(note.tables[0]?.title).toBe("CO dan CD");
    expect(note.tables[0]?.rows[0]?.cells.map((cell) => [cell.value, cell.citations.map((c) => c.page)])).toEqual([
      ["Kota", ["3"]],
      ["Desa", ["4"]],
    ]);
  });

  it("reports a tables_en entry that gives no English, or translates nothing, at the entry", () => {
    const text = [
      "---",
      "type: concept",
      "title: CO",
      "tables_en:",
      "  Wilayah: Area",
      "  Area: Luas",
      "  Kota: true",
      "  Desa:",
      "---",
      "## CO dan CD",
      "",
      "| Dimensi | [[CO]] | [[CD]] |",
      "| --- | --- | --- |",
      "| Wilayah | Kota | Desa |",
      "",
    ].join("\n");
    const { note, diagnostics } = parseNote({ path: "concepts/co.md", text }, vocabulary);
    expect(diagnostics.map((d) => `${d.rule} ${d.line}:${d.column} ${d.message}`)).toEqual([
      'unused-translation 6:3 "Area" in tables_en is no title, dimension or value of this note\'s comparison tables',
      'unused-translation 8:3 "Desa" in tables_en gives no English; write it after the colon',
    ]);
    expect(note.tables[0]?.rows[0]?.cells.map((cell) => cell.valueEn)).toEqual(["true", undefined]);
  });

  it("gives a comparison table the English its note's tables_en has for its title, dimensions and values", () => {
    const text = [
      "---",
      "type: concept",
      "title: CO",
      "tables_en:",
      "  CO dan CD: CO and CD",
      "  Wilayah: Area",
      '  "Lebih ke perkotaan": Mostly urban',
      "---",
      "## CO dan CD",
      "",
      "| Dimensi | [[CO]] | [[CD]] |",
      "| --- | --- | --- |",
      "| Wilayah | Lebih ke perkotaan [@a] | Lebih ke perdesaan |",
      "| Warga | Terdidik | Akrab |",
      "",
    ].join("\n");
    const { note, diagnostics } = parseNote({ path: "concepts/co.md", text }, vocabulary);
    expect(diagnostics).toEqual([]);
    const [table] = note.tables;
    expect(table?.titleEn).toBe("CO and CD");
    expect(table?.rows.map((row) => row.dimensionEn)).toEqual(["Area", undefined]);
    expect(table?.rows[0]?.cells.map((cell) => cell.valueEn)).toEqual(["Mostly urban", undefined]);
    const listed = parseNote(
      { path: "concepts/co.md", text: text.replace(/tables_en:[\s\S]*?---/, "tables_en: [a]\n---") },
      vocabulary,
    );
    expect(listed.diagnostics.map((d) => `${d.rule} ${d.line}`)).toEqual(["frontmatter-shape 4"]);
  });

  it("checks a table header's citations though no row carries them, and gives a cell each work and page once", () => {
    const text = "---\ntype: concept\n---\n| D [@a] | [[CO]] [@b] | [[CD]] |\n|---|---|---|\n";
    const { note } = parseNote({ path: "t.md", text }, vocabulary);
    expect(note.tables[0]?.rows).toEqual([]);
    expect(note.citations.map((c) => c.key)).toEqual(["a", "b"]);
    const row = "| Wilayah [@b] | Kota [@b] [@b, p. 2] | Desa |\n";
    const cells = parseNote({ path: "t.md", text: text + row }, vocabulary).note.tables[0]?.rows[0]?.cells;
    expect(cells?.map((c) => c.citations.map((x) => `${x.key}${x.page ?? ""}`))).toEqual([
      ["a", "b", "b2"],
      ["a", "b"],
    ]);
  });

  it("reports a comparison table's column that is not read: no link heads it", () => {
    const text =
      "---\ntype: concept\n---\n| Dimensi | [[CO]] | Catatan | [[CD]] | |\n|---|---|---|---|---|\n| Wilayah | Kota | beda | Desa | |\n";
    const { note, diagnostics } = parseNote({ path: "t.md", text }, vocabulary);
    expect(note.tables[0]?.rows[0]?.cells.map((c) => c.value)).toEqual(["Kota", "Desa"]);
    expect(diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([["table-column", 4, 22]]);
    expect(diagnostics[0]?.message).toContain('Column 3 ("Catatan")');
  });

  it("parses tables in any container and with any delimiter row, skipping the table parser only where none can be", () => {
    const parse = (body: string) => parseNote({ path: "t.md", text: `---\ntype: concept\n---\n${body}\n` }, vocabulary);
    for (const body of [
      "| X | [[A]] | [[B]] |\n| - | - | - |\n| r | v | w |",
      "X | [[A]] | [[B]]\n:-- | --: | :-:\nr | v | w",
    ]) {
      expect(parse(body).note.tables, body).toHaveLength(1);
    }
    // Tables inside containers are no comparison tables, but still tables: their pipes are not text.
    for (const body of [
      "> | X | Y |\n> |---|---|\n> | r | v |",
      "- item\n\n  | X | Y |\n  | --- | --- |\n  | r | v |",
    ]) {
      expect(parse(body).note.body, body).not.toContain("|");
    }
    expect(parse("Teks [[A|a]] dengan garis:\n\n---\n\n- a | b\n- c").note.body).toBe(
      "Teks a dengan garis:\n\n• a | b\n• c",
    );
  });

  it("parses BibTeX with a maintained parser and reports syntax errors", () => {
    const bib =
      "@book{z1999,\n  author = {Zastrow, Charles H.},\n  title = {The Practice of Social Work},\n  year = 1999\n}\n";
    const { references, diagnostics } = parseBibliography("references.bib", bib);
    expect(diagnostics).toEqual([]);
    expect(references.z1999).toMatchObject({
      authors: ["Zastrow, Charles H."],
      year: "1999",
      provenance: "references.bib:1",
    });
    expect(parseBibliography("r.bib", "@book{x,\n title = {Oops\n").diagnostics[0]?.rule).toBe("bibtex-syntax");
  });

  it("gives each BibTeX entry the line it starts on, an entry's text written twice each of its own", () => {
    const entry = (key: string) => `@misc{${key},\n  title = {Sama},\n  year = 2001\n}\n`;
    const bib = [entry("a"), "@comment{x}\n", entry("b"), entry("a"), entry("c")].join("\n");
    const { references, diagnostics } = parseBibliography("r.bib", bib.replace("@misc{a", "@misc{d"));
    expect(Object.values(references).map((reference) => [reference.key, reference.provenance])).toEqual([
      ["d", "r.bib:1"],
      ["b", "r.bib:8"],
      ["a", "r.bib:13"],
      ["c", "r.bib:18"],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it("reports a BibTeX entry never closed where it opens, not where the file ends; other errors where they are", () => {
    const at = (bib: string) => parseBibliography("r.bib", bib).diagnostics.map((d) => [d.rule, d.line, d.column]);
    const known = "@book{known,\n  title = {Known}\n}\n";
    // A value left open, the entry's own brace left open before the next entry, an entry in parentheses.
    expect(at(`${known}  @book{broken,\n  author = {Oops\n`)).toEqual([["bibtex-syntax", 4, 3]]);
    expect(at(`${known}@book{broken,\n  title = {T}\n\n${known.replace("known", "next")}`)).toEqual([
      ["bibtex-syntax", 4, 1],
    ]);
    expect(at(`${known}@article(paren,\n  title = {T}\n`)).toEqual([["bibtex-syntax", 4, 1]]);
    expect(parseBibliography("r.bib", `@book{broken,\n  author = {Oops\n`).diagnostics[0]?.message).toBe(
      'The entry "broken" opened here is never closed; end it with "}"',
    );
    // Closed, an entry's other error stays where the parser finds it.
    expect(at(`${known}@book{bad,\n  title {T}\n}\n`)).toEqual([["bibtex-syntax", 5, 9]]);
  });

  it("keeps the first BibTeX entry of a key, as BibTeX does, and warns of the others", () => {
    // The same text twice: the warning is at the second.
    const first = "@misc{a,\n title = {First}\n}\n";
    const bib = `${first}@misc{b, title = {B}}\n${first}@misc{a, title = {Third}}\n`;
    const { references, diagnostics } = parseBibliography("r.bib", bib);
    expect([references.a?.title, references.a?.provenance, Object.keys(references)]).toEqual([
      "First",
      "r.bib:1",
      ["a", "b"],
    ]);
    expect(
      diagnostics.map(({ rule, severity, message, line, column }) => [rule, severity, message, line, column]),
    ).toEqual([
      ["bibtex-duplicate-key", "warning", 'The entry on line 1 has the key "a" already; this one is ignored', 5, 1],
      ["bibtex-duplicate-key", "warning", 'The entry on line 1 has the key "a" already; this one is ignored', 8, 1],
    ]);
  });
});
