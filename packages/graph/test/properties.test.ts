import { readFileSync } from "node:fs";
import { join } from "node:path";
import { RULES } from "@simpul/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileVault, serializeGraph } from "../src/index";

const schemaDir = join(import.meta.dirname, "../../schema/vocabulary");
const vocabularyFiles = {
  types: { path: "types.yaml", text: readFileSync(join(schemaDir, "types.yaml"), "utf8") },
  relations: { path: "relations.yaml", text: readFileSync(join(schemaDir, "relations.yaml"), "utf8") },
};
const bibliography = { path: "references.bib", text: "@book{k1, title={T}, year=2000}\n" };

const name = fc.constantFrom("Alpha", "beta", "Gämma", "CO", "a", "../x", "", "A|b", "x#h", "\u0000", "[[", "]]");
const fragment = fc.oneof(
  fc.string({ unit: "binary", maxLength: 20 }),
  name.map((n) => `[[${n}]]`),
  fc
    .tuple(fc.constantFrom("related", "broader", "has_role", "bogus", "contrasts_with"), name)
    .map(([key, n]) => `\n${key}:: [[${n}]] [@k1, p. 2]\n`),
  fc.constantFrom("[@k1]", "[@nope, p. x]", "[@", "| a | [[Alpha]] | [[beta]] |\n|---|---|---|\n| r | 1 | 2 |\n"),
  fc.constantFrom("\n---\n", "\r\n", "\uFEFF", "> ", "- ", "```\n", "*", "<script>alert(1)</script>", "&#0;"),
);
const frontmatter = fc.oneof(
  fc.constant(""),
  fc
    .tuple(
      fc.constantFrom("concept", "role", "work", "x", ""),
      name,
      fc.constantFrom("", "aliases: [CO]\n", "broader: [[a]]\n", "id: Bad Id\n", "title: [\n", "a: &a [*a]\n"),
    )
    .map(([type, title, extra]) => `---\ntype: ${type}\ntitle: "${title}"\n${extra}---\n`),
);
const note = fc.tuple(fc.constantFrom("a", "b", "c", "dir/a", "B"), frontmatter, fc.array(fragment, { maxLength: 12 }));

describe("properties", () => {
  it("any vault builds or yields diagnostics, and the graph is always valid JSON", () => {
    fc.assert(
      fc.property(fc.array(note, { maxLength: 6 }), (notes) => {
        const source = {
          ...vocabularyFiles,
          bibliography,
          notes: notes.map(([path, fm, body]) => ({ path: `${path}.md`, text: fm + body.join("") })),
        };
        const { graph, diagnostics } = compileVault(source);
        for (const d of diagnostics) {
          expect(d.rule in RULES).toBe(true);
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeGreaterThanOrEqual(1);
        }
        const parsed = JSON.parse(serializeGraph(graph));
        expect(parsed.nodes.length).toBe(graph.order);
        for (const edge of parsed.edges) {
          expect(graph.hasNode(edge.source) && graph.hasNode(edge.target)).toBe(true);
        }
        for (const node of parsed.nodes) expect(Number.isFinite(node.attributes.x)).toBe(true);
        // serializeGraph writes attributes as built: every object must have been built with sorted keys.
        expect(unsortedObjects(parsed)).toEqual([]);
      }),
      { numRuns: 100, seed: 20261123 },
    );
  }, 60_000);
});

/** Every object (as a JSON path) whose keys are not in code-unit order. */
function unsortedObjects(value: unknown, path = "$"): string[] {
  if (value === null || typeof value !== "object") return [];
  const entries = Object.entries(value);
  const keys = entries.map(([key]) => key);
  const own = Array.isArray(value) || keys.join("\n") === [...keys].sort().join("\n") ? [] : [path];
  return [...own, ...entries.flatMap(([key, child]) => unsortedObjects(child, `${path}.${key}`))];
}
