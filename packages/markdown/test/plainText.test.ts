import { describe, expect, it } from "vitest";
import { parseNote } from "../src/index";
import { parseConcept, vocabulary } from "./defaultVocabulary";

const body = (text: string) => parseConcept(text).note.body;

describe("a note's text", () => {
  it("keeps headings by level, joins a paragraph's lines, and drops list items that held only a relation", () => {
    const text = [
      "# Aksi Sosial",
      "",
      "Model ini menuntut",
      "perubahan [[Struktur Kekuasaan|struktur]] [@rothman1995].",
      "",
      "## Ciri",
      "",
      "- has_goal:: [[Tujuan Tugas]] [@rothman1995]",
      "- Konflik sebagai taktik",
      "  - kontes",
      "- uses_tactic:: [[Konsensus]]",
      "",
    ].join("\n");
    expect(body(text)).toBe(
      [
        "# Aksi Sosial",
        "Model ini menuntut perubahan struktur [@rothman1995].",
        "## Ciri",
        "• Konflik sebagai taktik\n  • kontes",
      ].join("\n\n"),
    );
  });

  it("gives a table one line per row and a quote's paragraphs apart, never glued together", () => {
    expect(body("| Nama | Catatan |\n| --- | --- |\n| Cee | [[C\\|Cee]] |\n")).toBe("Nama · Catatan\nCee · Cee");
    expect(body("> Satu.\n>\n> Dua.\n")).toBe("Satu.\n\nDua.");
    // Code stays one block whatever its lines hold, each line indented four spaces.
    expect(body("```sh\n# komentar\n\n- bukan daftar [@x]\n```\n")).toBe(
      "    # komentar\n    \n    - bukan daftar [@x]",
    );
  });
});

describe("Obsidian's marks in a note's text", () => {
  it("leave out block ids, highlight marks and callout types; Dataview's own fields stay as written", () => {
    expect(body("> [!note] Catatan\n> Isi ==penting== di sini. ^blok-1\n\nRumus a == b dan 2^10.\n")).toBe(
      "Catatan Isi penting di sini.\n\nRumus a == b dan 2^10.",
    );
    const text = "status:: draft\n[due:: 2024-01-01] dan (priority:: high)\nrelated:: [[Beta]]\n";
    const { note, diagnostics } = parseNote(
      { path: "concepts/x.md", text: `---\ntype: concept\n---\n${text}` },
      vocabulary,
    );
    expect(diagnostics).toEqual([]);
    expect(note.relations.map((r) => `${r.name} ${r.link.target}`)).toEqual(["related Beta"]);
    expect(note.body).toBe("status:: draft [due:: 2024-01-01] dan (priority:: high)");
  });
});
