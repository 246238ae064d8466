import { describe, expect, it } from "vitest";
import * as schema from "../src/index";
import {
  isValidId,
  keyOffset,
  lookupRelation,
  nearest,
  normalizeName,
  parseVocabulary,
  parseYamlDocument,
  slugify,
} from "../src/index";

const types = { path: "types.yaml", text: "concept:\n  label: Konsep\nrole:\n  label: Peran\n" };
const relations = {
  path: "relations.yaml",
  text: "broader:\n  label: lebih luas\n  inverse: narrower\n  from: [concept]\nrelated:\n  symmetric: true\n",
};

describe("@simpul/schema", () => {
  it("exposes a small public API", () => {
    expect(Object.keys(schema).sort()).toMatchInlineSnapshot(`
      [
        "MENTIONS",
        "RULES",
        "compareDiagnostics",
        "compareStrings",
        "countDiagnostics",
        "diagnostic",
        "didYouMean",
        "formatDiagnostic",
        "isValidId",
        "keyOffset",
        "lookupRelation",
        "lookupType",
        "nearest",
        "nodeOffset",
        "normalizeName",
        "parseVocabulary",
        "parseYamlDocument",
        "pointAt",
        "relationNames",
        "slugify",
        "sortDiagnostics",
        "toPlainData",
        "withoutAccents",
      ]
    `);
  });

  it("folds case, diacritics and separators in names", () => {
    expect(normalizeName("Pengembangan  Masyarakat")).toBe("pengembangan masyarakat");
    expect(normalizeName("Pérencanaan_Sosial")).toBe("perencanaan sosial");
    expect(slugify("Jack Rothman (1995).md")).toBe("jack-rothman-1995-md");
  });

  it("leaves out the accents of Latin, Greek and Cyrillic letters, and keeps other scripts' marks", () => {
    expect(normalizeName("Ελλάδα")).toBe(normalizeName("ΕΛΛΑΔΑ"));
    expect(normalizeName("Ёлка")).toBe("елка");
    expect(normalizeName("Tiếng Việt")).toBe("tieng viet");
    // The dakuten and the vowel sign tell these words apart: card and cart, work and less.
    expect(normalizeName("カード")).not.toBe(normalizeName("カート"));
    expect(normalizeName("काम")).not.toBe(normalizeName("कम"));
    // Composed or not, one name: ガ and カ + ゙, 한 and its jamo, ｶｰﾄﾞ written half-width.
    expect(normalizeName("カ\u3099ード")).toBe("ガード");
    expect(normalizeName("ガード".normalize("NFD"))).toBe("ガード");
    expect(normalizeName("한국".normalize("NFD"))).toBe("한국");
    expect(normalizeName("ｶｰﾄﾞ")).toBe("カード");
    expect(normalizeName("İstanbul")).toBe("istanbul");
  });

  it("derives ids from names in any script, and none from a name with no letter or digit", () => {
    expect(slugify("Москва")).toBe("москва");
    expect(slugify("日本語")).toBe("日本語");
    expect(slugify("Ελλάδα")).toBe("ελλαδα");
    expect(slugify("काम")).toBe("काम");
    expect(slugify("Social Work")).toBe("social-work");
    expect(slugify("Pémberdayaan")).toBe("pemberdayaan");
    expect(slugify("Søren Kierkegaard")).toBe("søren-kierkegaard");
    expect(slugify("🚀")).toBe("");
    expect(slugify("Café — Кафе · 喫茶店")).toBe("cafe-кафе-喫茶店");
  });

  it("takes as an id exactly what slugify writes", () => {
    for (const id of ["social-work", "москва", "日本語", "ελλαδα", "カード", "काम", "1995"]) {
      expect(isValidId(id), id).toBe(true);
    }
    for (const id of ["", "Not_Valid", "Москва", "pémberdayaan", "a--b", "-a", "a b", "カ\u3099ード"]) {
      expect(isValidId(id), id).toBe(false);
    }
    const names = [
      "Jack Rothman (1995).md",
      "ΟΔΟΣ Σ",
      "İIı",
      "ﬁnal ｶｰﾄﾞ",
      "e\u0301\u0301 \u0301x",
      "Straße ǅ",
      "한국어",
    ];
    for (const name of names) expect(slugify(slugify(name)), name).toBe(slugify(name));
  });

  it("suggests only near names", () => {
    expect(nearest("Comunity Development", ["Community Development", "Mediator"])).toBe("Community Development");
    expect(nearest("Xylophone", ["Community Development", "Mediator"])).toBeUndefined();
  });

  it("reads the vocabulary and resolves inverse names", () => {
    const { vocabulary, diagnostics } = parseVocabulary(types, relations);
    expect(diagnostics).toEqual([]);
    expect(vocabulary.relations.broader).toMatchObject({ label: "lebih luas", inverse: "narrower", from: ["concept"] });
    expect(vocabulary.relations.mentions?.labelEn).toBe("mentions");
    expect(lookupRelation(vocabulary, "narrower")?.reversed).toBe(true);
    expect(lookupRelation(vocabulary, "broader")?.reversed).toBe(false);
    expect(lookupRelation(vocabulary, "nope")).toBeUndefined();
  });

  it("reports malformed vocabulary with positions", () => {
    const { diagnostics } = parseVocabulary(types, { path: "relations.yaml", text: "related:\n  from: [concept\n" });
    expect(diagnostics[0]).toMatchObject({ rule: "vocabulary", file: "relations.yaml", line: 3 });
    const dup = parseVocabulary(types, { path: "r.yaml", text: "a:\n  label: x\na:\n  label: y\n" });
    expect(dup.diagnostics[0]).toMatchObject({ rule: "vocabulary", line: 3 });
  });

  it("takes fields left undescribed, and says merge keys are not read", () => {
    const withFields = {
      path: "t.yaml",
      text: "author:\n  label: Penulis\n  fields:\n    born: year\n    website:\n    orcid: 0\n",
    };
    const { vocabulary, diagnostics } = parseVocabulary(withFields, { path: "r.yaml", text: "terkait:\n  label: x\n" });
    expect(diagnostics).toEqual([]);
    expect(vocabulary.types.author?.fields).toEqual({ born: "year", website: "", orcid: "0" });
    const merged = { path: "r.yaml", text: "base: &base\n  label: dasar\nderived:\n  <<: *base\n  label: turunan\n" };
    expect(parseVocabulary(types, merged).diagnostics.map((d) => [d.message, d.line])).toEqual([
      ['"derived" merges keys (<<), which the vocabulary does not read; write its keys out', 4],
    ]);
  });

  it("takes as YAML problems a tag it does not know and a key that is a list, and finds keys written as numbers", () => {
    const text = "title: !custom hello\n? [a, b]\n: y\n1: x\ntrue: z\n";
    const { document, problems } = parseYamlDocument(text);
    expect(problems.map((problem) => [problem.message, problem.offset])).toEqual([
      ["Unresolved tag: !custom", 7],
      ["A key must be plain text, not a list or mapping", 23],
    ]);
    expect([keyOffset(document, "1"), keyOffset(document, "true")]).toEqual([34, 39]);
    // A flow list closed at its key's indent is a YAML warning, not a problem: it reads as meant; so is a value of the
    // spec's own tags the yaml package does not resolve.
    expect(parseYamlDocument("tags: [\n  a,\n  b\n]\nborn: !!float 3\n").problems).toEqual([]);
  });
});
