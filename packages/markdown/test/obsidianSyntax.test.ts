import { describe, expect, it } from "vitest";
import { parseNote } from "../src/index";
import { parseConcept, vocabulary } from "./defaultVocabulary";

const parse = parseConcept;
const targets = (body: string) => {
  const { note } = parse(body);
  return [...note.relations.map((r) => `${r.name}:${r.link.target}`), ...note.mentions.map((m) => m.link.target)];
};

describe("Obsidian's math", () => {
  it("holds no link, citation or field", () => {
    const body = "Interval $[[0,1]]$ dan $a @x$ lalu [[Beta]].\n\n$$\n[@notakey] [[Gamma]] related:: [[Delta]]\n$$\n";
    const { note } = parse(body);
    expect(targets(body)).toEqual(["Beta"]);
    expect(note.citations).toEqual([]);
    expect(note.body).toContain("[@notakey] [[Gamma]]");
  });

  it("is no math where Obsidian reads prices: a space inside the dollars, or a digit after the closing one", () => {
    const body = "Biaya $5 per [[Klien]] dan $10 [@a]. Lalu $ [[Dua]] $ dan $x$9 [[Tiga]] $y$.\n";
    expect(targets(body)).toEqual(["Klien", "Dua", "Tiga"]);
    expect(parse(body).note.body).toBe("Biaya $5 per Klien dan $10 [@a]. Lalu $ Dua $ dan $x$9 Tiga y.");
    // Markdown between two prices is read as Markdown: a link, an emphasis.
    const prices = parse("Harga $5 per [teks](Klien.md) dan *penting* $10.\n").note;
    expect(prices.mentions.map((m) => [m.link.target, m.link.line, m.link.column])).toEqual([["Klien", 4, 14]]);
    expect(prices.body).toBe("Harga $5 per teks dan penting $10.");
  });
});

describe("Obsidian's comments", () => {
  it("hide links, citations, fields and text, within a line or across lines, but not in code", () => {
    const body = [
      "Visible %% hidden [[Beta]] [@ghost] %% text [[Alpha]].",
      "",
      "%%",
      "related:: [[Gamma]]",
      "%%",
      "",
      "Kode `%%` dan [[Delta]] `%%`.",
      "",
      "```",
      "%%",
      "```",
      "> ```",
      "> a %% b",
      "> ```",
      "- butir",
      "  ~~~",
      "  c %% d",
      "  ~~~",
      "[[Epsilon]]",
      "",
    ].join("\n");
    const { note, diagnostics } = parse(body);
    expect(diagnostics).toEqual([]);
    expect(targets(body)).toEqual(["Alpha", "Delta", "Epsilon"]);
    expect(note.citations).toEqual([]);
    expect(note.summary).toBe("Visible text Alpha.");
    // Positions after a comment stay those of the note.
    expect(note.mentions[0]?.link).toMatchObject({ target: "Alpha", line: 4, column: 45 });
  });

  it("never closed, hide the rest of the note and are reported where they open", () => {
    const { note, diagnostics } = parse("[[Satu]] %% draft\n\n[[Dua]]\n");
    expect(note.mentions.map((m) => m.link.target)).toEqual(["Satu"]);
    expect(diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([["comment-unclosed", 4, 10]]);
  });
});

describe("Obsidian's attachments", () => {
  it("are links marked as attachments, linked or embedded, which the vault's notes decide; a dot alone makes none", () => {
    const text =
      "Lihat [[laporan.pdf|laporan]], ![[bagan.png]] dan [[Peta.canvas]]; juga [[Bab 1.12]], ![[Node.js]] dan [[Alpha.md]].\n";
    const { note } = parse(text);
    expect(note.mentions.map((m) => [m.link.target, m.link.attachment ?? false])).toEqual([
      ["laporan.pdf", true],
      ["bagan.png", true],
      ["Peta.canvas", true],
      ["Bab 1.12", false],
      ["Node.js", false],
      ["Alpha", false],
    ]);
    expect(note.body).toBe("Lihat laporan, dan Peta.canvas; juga Bab 1.12, Node.js dan Alpha.");
  });

  it("in a field whose key names no relation are Dataview's metadata, as text is; no column of a comparison", () => {
    const { note, diagnostics } = parse(
      "cover:: [[foto.png]]\n\n| Aspek | [[a.pdf]] | [[Beta]] | [[Gamma]] |\n| - | - | - | - |\n",
    );
    expect(diagnostics.map((d) => d.rule)).toEqual(["table-column"]);
    expect(note.relations).toEqual([]);
    expect(note.tables[0]?.columns.map((column) => column.target)).toEqual(["Beta", "Gamma"]);
  });
});

describe("Markdown links", () => {
  it("to a note are links as wiki links are, with their place; to the web, a heading or a file they are not", () => {
    const text =
      "Lihat [Beta](Beta.md), [lain](../sub/Catatan%20Lain.md#Bagian) dan [c](<Gamma Delta.md>); bukan [web](https://x.id/a.md), [bagian](#Atas) atau [pdf](laporan.pdf).\n";
    const { note } = parse(text);
    expect(note.mentions.map((m) => [m.link.target, m.link.display, m.link.line, m.link.column])).toEqual([
      ["Beta", "Beta", 4, 7],
      ["../sub/Catatan Lain", "lain", 4, 24],
      ["Gamma Delta", "c", 4, 68],
    ]);
    expect(note.body).toBe("Lihat Beta, lain dan c; bukan web, bagian atau pdf.");
  });

  it("by reference (`[teks][ref]`, `[ref][]`, `[ref]`) are links as inline ones are, wherever their definition is", () => {
    const text = [
      "Lihat [teks][b], [Gamma][] dan [lain]; bukan [web], [bagian] atau [[Delta]].",
      "",
      "[b]: Beta.md",
      '[gamma]: <Gamma Delta.md#Bagian> "judul"',
      "",
      "> [LAIN]: ../sub/Catatan%20Lain.md",
      "",
      "[web]: https://x.id/a.md",
      "[bagian]: #Atas",
      "[b]: Lain.md",
      "",
    ].join("\n");
    const { note } = parse(text);
    expect(note.mentions.map((m) => [m.link.target, m.link.display, m.link.line, m.link.column])).toEqual([
      ["Beta", "teks", 4, 7],
      ["Gamma Delta", "Gamma", 4, 18],
      ["../sub/Catatan Lain", "lain", 4, 32],
      ["Delta", "Delta", 4, 67],
    ]);
    expect(note.body).toBe("Lihat teks, Gamma dan lain; bukan web, bagian atau Delta.");
  });

  it("by reference are no second link where a wiki link's target is also a definition's label", () => {
    const { note } = parse("Lihat [[Beta]] dan [[Gamma|g]].\n\n[Beta]: Beta.md\n[Gamma|g]: Gamma.md\n");
    expect(note.mentions.map((m) => [m.link.target, m.link.column])).toEqual([
      ["Beta", 7],
      ["Gamma", 20],
    ]);
  });
});

describe("Obsidian's properties", () => {
  it("left empty, as its property panel leaves them, state no relation and are no error", () => {
    for (const value of ["", ' ""', ' "  "', " []", "\n  - "]) {
      const { note, diagnostics } = parseNote(
        { path: "concepts/x.md", text: `---\ntype: concept\nbroader:${value}\n---\nTeks.\n` },
        vocabulary,
      );
      expect(diagnostics, JSON.stringify(value)).toEqual([]);
      expect(note.relations, JSON.stringify(value)).toEqual([]);
    }
  });
});

describe("Obsidian's aliases and tags", () => {
  const names = (frontmatter: string) => {
    const { note, diagnostics } = parseNote(
      { path: "concepts/x.md", text: `---\ntype: concept\n${frontmatter}\n---\nTeks.\n` },
      vocabulary,
    );
    return { aliases: note.aliases, tags: note.tags, diagnostics: diagnostics.map((d) => [d.rule, d.line, d.column]) };
  };

  it("written as one text are split at its commas, as Obsidian reads them", () => {
    expect(names("aliases: CO, Community Organization\ntags: kota,  desa ,")).toEqual({
      aliases: ["CO", "Community Organization"],
      tags: ["kota", "desa"],
      diagnostics: [],
    });
    // An item of a list is one name, commas and all.
    expect(names('aliases: ["Rothman, Jack"]').aliases).toEqual(["Rothman, Jack"]);
  });

  it("written as numbers or booleans are their text; an empty item names nothing", () => {
    expect(names("aliases: [1984, true, 007]\nalias: 2001\ntags:\n  - 12\n  -\n  - false")).toEqual({
      aliases: ["1984", "true", "007", "2001"],
      tags: ["12", "false"],
      diagnostics: [],
    });
  });

  it("leave out, with a warning where it is, an item that is a mapping or a list, and keep the others", () => {
    expect(names("aliases:\n  - CO\n  - {x: 1}\n  - [a, b]\n  - Community Organization")).toEqual({
      aliases: ["CO", "Community Organization"],
      tags: [],
      diagnostics: [
        ["list-item-shape", 5, 5],
        ["list-item-shape", 6, 5],
      ],
    });
  });
});

describe("Obsidian's tags in the text", () => {
  const tagsOf = (frontmatter: string, body: string) =>
    parseNote(
      {
        path: "concepts/x.md",
        text: `---
type: concept
${frontmatter}
---
${body}`,
      },
      vocabulary,
    ).note.tags;

  it("are the note's tags beside those of its frontmatter, each once whatever its case or #", () => {
    const body = "# Judul\n\nKerja #Makro dan (#komunitas/desa) di *#kota*.\n\n- butir #desa-baru\n";
    expect(tagsOf('tags: [makro, "#riset"]', body)).toEqual(["makro", "riset", "komunitas/desa", "kota", "desa-baru"]);
  });

  it("are no tags in code, math, links, headings' marks, inside words, or of digits alone", () => {
    const body = [
      "Kode `#bukan` dan $#x$ dan [lihat #tidak](https://a.id) dan [[Catatan#Bagian]] dan C# dan a#b.",
      "",
      "```",
      "#bukan-juga",
      "```",
      "",
      "Tahun #2024, lalu #y2024 dan #_ok/.",
      "",
      "Lolos \\#bukan, **tebal**#bukan, [[Beta| #bukan]] dan [[Beta]] #ya.",
      "",
    ].join("\n");
    expect(tagsOf("", body)).toEqual(["y2024", "_ok", "ya"]);
  });
});

describe("Markdown links in inline fields", () => {
  it("state the relation as a wiki link does; a field naming no relation that links a note is an error", () => {
    const { note, diagnostics } = parse(
      "contrasts_with:: [Mediator](Mediator.md) [@a]\ncontrast_with:: [M](Mediator.md)\n",
    );
    expect(note.relations.map((r) => [r.name, r.link.target, r.link.line, r.link.column])).toEqual([
      ["contrasts_with", "Mediator", 4, 18],
    ]);
    expect(note.mentions).toEqual([]);
    expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([["unknown-relation", 5]]);
  });
});
