import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateVault } from "../src/bench/generateVault";
import { compileDirectory } from "../src/compileDirectory";

const worker = new URL("../dist/parseWorker.mjs", import.meta.url);
const notesOf = (files: Map<string, string>) => [...files].filter(([path]) => path.endsWith(".md"));
const typeOf = (path: string) => path.slice(0, path.indexOf("/"));

describe("generateVault", () => {
  const vault = generateVault(1000);
  const notes = notesOf(vault.files);

  it("gives the same files for the same count and seed, and others for another seed or count", () => {
    expect(generateVault(1000).files).toEqual(vault.files);
    expect(generateVault(1000, "another seed").files).not.toEqual(vault.files);
    expect(notesOf(generateVault(999).files)).toHaveLength(999);
    expect(vault.bytes).toBe([...vault.files.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0));
  });

  it("writes notes of 2–3 KB of prose, lists and tables, in the knowledge base's mix of types", () => {
    expect(notes).toHaveLength(1000);
    const sizes = notes.map(([, text]) => Buffer.byteLength(text));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(2000);
    const mean = sizes.reduce((sum, size) => sum + size, 0) / sizes.length;
    expect(mean).toBeGreaterThan(2000);
    expect(mean).toBeLessThan(3000);
    const share = (test: (text: string) => boolean) => notes.filter(([, text]) => test(text)).length / notes.length;
    // Most notes have a list and a typed relation; many a comparison table.
    expect(share((text) => /^- /m.test(text))).toBeGreaterThan(0.5);
    expect(share((text) => /^\w+:: \[\[/m.test(text))).toBeGreaterThan(0.5);
    expect(share((text) => text.includes("| --- | --- | --- |"))).toBeGreaterThan(0.3);
    const types = new Map<string, number>();
    for (const [path] of notes) types.set(typeOf(path), (types.get(typeOf(path)) ?? 0) + 1);
    // The knowledge base's shares (concept 38%, work 17%, author 15%, role 14%, model and setting 8%), give or take.
    const expected = { concept: 0.38, work: 0.17, author: 0.15, role: 0.14, model: 0.08, setting: 0.08 };
    for (const [type, part] of Object.entries(expected)) {
      expect(Math.abs((types.get(type) ?? 0) / notes.length - part)).toBeLessThan(0.04);
    }
  });

  it("cites only works of its references.bib and links only to titles it gave", () => {
    const bib = vault.files.get("references.bib") ?? "";
    const keys = new Set([...bib.matchAll(/^@book\{([^,]+),/gm)].map((match) => match[1]));
    const titles = new Set(notes.map(([, text]) => /^title: (.*)$/m.exec(text)?.[1]));
    const cited = notes.flatMap(([, text]) => [...text.matchAll(/\[@([^,\]]+)/g)].map((match) => match[1]));
    const linked = notes.flatMap(([, text]) => [...text.matchAll(/\[\[([^\]]+)\]\]/g)].map((match) => match[1]));
    expect(keys.size).toBe(notes.filter(([path]) => typeOf(path) === "work").length);
    expect(cited.length).toBeGreaterThan(notes.length);
    expect(cited.filter((key) => !keys.has(key))).toEqual([]);
    expect(linked.length).toBeGreaterThan(2 * notes.length);
    expect(linked.filter((title) => !titles.has(title))).toEqual([]);
  });
});

describe("a generated vault", () => {
  const dir = mkdtempSync(join(tmpdir(), "simpul-generated-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("builds with no error or warning, into typed relations with their citations", async () => {
    const { files } = generateVault(300);
    for (const [path, text] of files) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const { graph, diagnostics, noteCount } = await compileDirectory(dir, { worker, layout: false });
    expect(diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(noteCount).toBe(300);
    expect(graph.order).toBe(300);
    const types = new Set(graph.mapEdges((_, attributes) => attributes.type));
    for (const type of ["broader", "authored", "has_role", "applies_in", "mentions"]) expect(types).toContain(type);
    const cited = graph.filterEdges((_, attributes) => attributes.citations.length > 0);
    expect(cited.length).toBeGreaterThan(graph.size / 4);
  });
});
