import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { serializeGraph } from "@simpul/graph";
import { formatDiagnostic, RULES } from "@simpul/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileDirectory } from "../src/compileDirectory";
import { readDirectory } from "../src/readDirectory";

const fixtures = join(import.meta.dirname, "fixtures");
const cases = readdirSync(fixtures).sort();

/**
 * Compares with the expectation stored beside the fixture; writes it when
 * missing or when UPDATE=1, so a changed expectation shows up as a diff.
 */
function expectFile(path: string, actual: string): void {
  if (process.env.UPDATE === "1" || !existsSync(path)) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, "utf8"));
}

const worker = new URL("../dist/parseWorker.mjs", import.meta.url);

/** Runs the CLI's pipeline; a fixture may set limits in `options.json`. */
function compile(name: string) {
  const optionsFile = join(fixtures, name, "options.json");
  const options = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, "utf8")) : {};
  return compileDirectory(join(fixtures, name), { ...options, worker });
}

describe("fixtures", () => {
  // Git keeps no pipe: the one the special-file fixture needs is made here, and taken out after (git ignores it).
  const pipe = join(fixtures, "rule-special-file", "pipe.md");
  // Nor, on every system, a file name that is not UTF-8 (byte 0xFF): listed, it names no file to open, even for root.
  const unreadable = Buffer.concat([
    Buffer.from(join(fixtures, "rule-note-unreadable", "bad")),
    Buffer.from([0xff, 0x2e, 0x6d, 0x64]),
  ]);
  beforeAll(() => {
    rmSync(pipe, { force: true });
    execFileSync("mkfifo", [pipe]);
    writeFileSync(unreadable, "---\ntype: concept\ntitle: Gamma\n---\nSee [[Alpha]].\n");
  });
  afterAll(() => {
    rmSync(pipe, { force: true });
    rmSync(unreadable, { force: true });
  });

  it.each(cases)("%s gives the expected diagnostics", async (name) => {
    const { diagnostics } = await compile(name);
    const text = diagnostics.map((d) => formatDiagnostic(d)).join("\n");
    expectFile(join(fixtures, name, "messages.txt"), text === "" ? "" : `${text}\n`);
  });

  it("resolves Obsidian's relative, root and path-end links, and Markdown links, never to a note in another folder", async () => {
    const { graph } = await compile("obsidian-links");
    const delta = "concept/delta";
    const linked = graph.outEdges(delta).map((edge) => {
      const line = graph.getEdgeAttribute(edge, "provenance").map((place: string) => place.split(":")[1]);
      return `${graph.target(edge)} ${line.join(",")}`;
    });
    expect(linked.sort()).toEqual(["concept/beta 5,6", "concept/epsilon 5,6", "concept/gamma 5,6,7", "concept/main 5"]);
    // A path from the content folder or the note's folder names that file, though other notes share its name.
    expect(graph.outNeighbors("concept/main-other")).toEqual(["concept/main"]);
    expect(graph.outNeighbors("concept/gamma-other")).toEqual(["concept/gamma"]);
  });

  it("follows a path's `.` and `..` segments wherever they are, and reports one climbing out of the content folder", async () => {
    const { graph, diagnostics } = await compile("obsidian-links");
    const linked = ["concept/beta", "concept/epsilon", "concept/gamma", "concept/main"];
    expect(graph.outNeighbors("concept/dots").sort()).toEqual(linked);
    const outside = diagnostics.filter((d) => d.file === "notes/sub/Dots.md");
    expect(outside.map((d) => [d.rule, d.line, d.column])).toEqual([
      ["link-outside-vault", 6, 10],
      ["link-outside-vault", 6, 25],
    ]);
  });

  it("takes a link to an attachment for a note that has its very file name, and leaves out any other", async () => {
    const { graph, diagnostics } = await compile("obsidian-links");
    const linked = graph.outEdges("concept/attachments").map((edge) => {
      const { type, provenance } = graph.getEdgeAttributes(edge);
      return `${type} ${graph.target(edge)} ${provenance.join(",")}`;
    });
    expect(linked.sort()).toEqual([
      "mentions concept/data-json notes/Attachments.md:5",
      "related concept/page-html notes/Attachments.md:7",
    ]);
    // A relation joins notes: one to an attachment that no note is named like names nothing.
    const reported = diagnostics.filter((d) => d.file === "notes/Attachments.md");
    expect(reported.map((d) => [d.rule, d.line, d.column, d.message])).toEqual([
      ["broken-link", 8, 11, 'No note is named "chart.png"'],
    ]);
  });

  it("reads a Markdown link by reference (`[text][ref]`, `[ref][]`, `[ref]`) as the inline link its definition makes", async () => {
    const { graph, diagnostics } = await compile("obsidian-links");
    expect(graph.outNeighbors("concept/references").sort()).toEqual(["concept/beta", "concept/gamma", "concept/main"]);
    const broken = diagnostics.filter((d) => d.file === "notes/References.md");
    expect(broken.map((d) => [d.rule, d.line, d.column, d.message])).toEqual([
      ["broken-link", 5, 70, 'No note is named "Missing Note"'],
    ]);
  });

  it("the clean vault gives the expected graph", async () => {
    const { graph, diagnostics } = await compile("clean");
    expect(diagnostics).toEqual([]);
    expectFile(join(fixtures, "clean", "graph.json"), serializeGraph(graph));
  });

  it.each(Object.keys(RULES))("rule %s has a fixture that triggers it and none elsewhere", async (rule) => {
    expect(cases).toContain(`rule-${rule}`);
    expect((await compile(`rule-${rule}`)).diagnostics.map((d) => d.rule)).toContain(rule);
    expect((await compile("clean")).diagnostics.map((d) => d.rule)).not.toContain(rule);
  });
});

describe("readDirectory", () => {
  it("stops the bibliography's worker when the step using it fails first", async () => {
    let bibliography: Promise<unknown> | undefined;
    const failing = readDirectory(join(fixtures, "clean"), { worker }, async (read) => {
      bibliography = read.bibliography();
      throw new Error("the graph could not be built");
    });
    await expect(failing).rejects.toThrow("the graph could not be built");
    await expect(bibliography).rejects.toThrow("no longer needed");
  });
});
