import { describe, expect, it } from "vitest";
import { parseNote } from "../src/index";
import { sentenceSpans } from "../src/sentenceSpans";
import { vocabulary } from "./defaultVocabulary";

const sentences = (text: string) => sentenceSpans(text).map(({ start, end }) => text.slice(start, end).trim());

/** Each mention's target with the keys (and pages) it carries. */
function mentionCitations(body: string): Record<string, string[]> {
  const { note, diagnostics } = parseNote(
    { path: "concepts/x.md", text: `---\ntype: concept\n---\n${body}` },
    vocabulary,
  );
  expect(diagnostics).toEqual([]);
  return Object.fromEntries(
    note.mentions.map((m) => [m.link.target, m.citations.map((c) => (c.page ? `${c.key} ${c.page}` : c.key))]),
  );
}

describe("sentences", () => {
  it("end at a full stop, question or exclamation mark before a sentence's start", () => {
    expect(sentences("Satu. Dua? Tiga! [[Empat]] lalu. 5 model. (Enam.) “Tujuh.” Delapan")).toEqual([
      "Satu.",
      "Dua?",
      "Tiga!",
      "[[Empat]] lalu.",
      "5 model.",
      "(Enam.)",
      "“Tujuh.”",
      "Delapan",
    ]);
  });

  it("do not end at an initial, an abbreviation, a decimal, a lower-case word or inside brackets", () => {
    const one = [
      "Menurut J. Rothman dkk. hlm. 3 dan Dr. Adi, e.g. begini.",
      "Angka 3.5 dan kata. lanjut",
      "Dikutip [@suharto1997, hlm. 12. Bab 3] dari [[St. Paul. Kota]] tadi",
    ];
    for (const text of one) expect(sentences(text)).toEqual([text]);
  });

  it("end after a list's dll., a key's letter, and before an in-text citation", () => {
    expect(sentences("Tiga jenis, yaitu a, b, dll. Semua sama")).toEqual([
      "Tiga jenis, yaitu a, b, dll.",
      "Semua sama",
    ]);
    expect(sentences("Dirumuskan @rothman1995a. Lain lagi")).toEqual(["Dirumuskan @rothman1995a.", "Lain lagi"]);
    expect(sentences("Satu [@a]. @b [p. 2] menulis")).toEqual(["Satu [@a].", "@b [p. 2] menulis"]);
  });

  it("keep a citation group written after the full stop with the sentence before it", () => {
    expect(sentences("Membela klien. [@zastrow2008] Menengahi [@suharto1997].")).toEqual([
      "Membela klien. [@zastrow2008]",
      "Menengahi [@suharto1997].",
    ]);
  });

  it("split across soft line breaks and after closing emphasis", () => {
    expect(sentences("Pertama **tebal.**\nKedua _miring._ Ketiga")).toEqual([
      "Pertama **tebal.**",
      "Kedua _miring._",
      "Ketiga",
    ]);
  });
});

describe("a paragraph's links", () => {
  it("take their own sentence's citations", () => {
    const body =
      "[[Advokat]] membela klien [@zastrow2008, hlm. 73]. [[Mediator]] menengahi pihak yang bertikai [@suharto1997, hlm. 292-293].\n";
    expect(mentionCitations(body)).toEqual({ Advokat: ["zastrow2008 73"], Mediator: ["suharto1997 292-293"] });
  });

  it("take the whole paragraph's where their sentence cites nothing", () => {
    const body = "Peran [[Broker]] menghubungkan klien. Hal ini diuraikan [@zastrow2008] dan [@adi2008, hlm. 5].\n";
    expect(mentionCitations(body)).toEqual({ Broker: ["zastrow2008", "adi2008 5"] });
  });

  it("keep a sentence whole across an abbreviation, an initial and a citation's locator", () => {
    const body =
      "Menurut J. Rothman dkk. model [[Aksi Sosial]] menuntut perubahan [@rothman1995, p. 28]. [[Pengembangan Lokal]] lain lagi [@adi2008].\n";
    expect(mentionCitations(body)).toEqual({ "Aksi Sosial": ["rothman1995 28"], "Pengembangan Lokal": ["adi2008"] });
  });

  it("take an in-text citation opening their sentence, and not one written after the full stop before it", () => {
    expect(
      mentionCitations(
        "[[A]] menengahi pihak [@suharto1997]. @rothman1995 [p. 28] membedakan [[B]] dari model lain.\n",
      ),
    ).toEqual({ A: ["suharto1997"], B: ["rothman1995 28"] });
    expect(mentionCitations("[[A]] membela klien. [@zastrow2008] [[B]] menengahi [@suharto1997].\n")).toEqual({
      A: ["zastrow2008"],
      B: ["suharto1997"],
    });
  });

  it("in a list item, a heading or a table cell follow the same rule", () => {
    const body = "- [[Satu]] [@a]. [[Dua]] [@b].\n\n## [[Tiga]] [@c]. [[Empat]]\n";
    expect(mentionCitations(body)).toEqual({ Satu: ["a"], Dua: ["b"], Tiga: ["c"], Empat: ["c"] });
  });

  it("never take a citation written in an inline field, which supports that field alone", () => {
    const body = "Plain [[Zeta]] text.\nbroader:: [[Beta]] [@smith2000]\nrelated:: [[Gamma]]\n";
    expect(mentionCitations(body)).toEqual({ Zeta: [] });
    expect(relationCitations(body)).toEqual({ "broader Beta": ["smith2000"], "related Gamma": [] });
    // A field whose line cites nothing takes its paragraph's prose citations, as a plain link does.
    const prose =
      "Plain [[Zeta]] text [@doe2001]. Lalu [has_role:: [[Eta]] [@roe2002]] dan [[Theta]]. Kini (related:: [[Kappa]]) [@poe2003].\nrelated:: [[Iota]]\n";
    expect(mentionCitations(prose)).toEqual({ Zeta: ["doe2001"], Theta: ["doe2001", "poe2003"] });
    expect(relationCitations(prose)).toEqual({
      "has_role Eta": ["roe2002"],
      "related Kappa": ["poe2003"],
      "related Iota": ["doe2001", "poe2003"],
    });
  });
});

/** Each inline relation, as "name target", with the keys it carries. */
function relationCitations(body: string): Record<string, string[]> {
  const { note } = parseNote({ path: "concepts/x.md", text: `---\ntype: concept\n---\n${body}` }, vocabulary);
  return Object.fromEntries(note.relations.map((r) => [`${r.name} ${r.link.target}`, r.citations.map((c) => c.key)]));
}
