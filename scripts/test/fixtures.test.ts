import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compileVault, serializeGraph } from "@simpul/graph";
import { formatDiagnostic, RULES } from "@simpul/schema";
import { describe, expect, it } from "vitest";
import { readVault } from "../src/readVault";

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

function compile(name: string) {
  return compileVault(readVault(join(fixtures, name)));
}

describe("fixtures", () => {
  it.each(cases)("%s gives the expected diagnostics", (name) => {
    const { diagnostics } = compile(name);
    const text = diagnostics.map((d) => formatDiagnostic(d)).join("\n");
    expectFile(join(fixtures, name, "messages.txt"), text === "" ? "" : `${text}\n`);
  });

  it("the clean vault gives the expected graph", () => {
    const { graph, diagnostics } = compile("clean");
    expect(diagnostics).toEqual([]);
    expectFile(join(fixtures, "clean", "graph.json"), serializeGraph(graph));
  });

  it.each(Object.keys(RULES))("rule %s has a fixture that triggers it and none elsewhere", (rule) => {
    expect(cases).toContain(`rule-${rule}`);
    expect(compile(`rule-${rule}`).diagnostics.map((d) => d.rule)).toContain(rule);
    expect(compile("clean").diagnostics.map((d) => d.rule)).not.toContain(rule);
  });
});
