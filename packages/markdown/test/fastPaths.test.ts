import { keyOffset, parseYamlDocument, toPlainData } from "@simpul/schema";
import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { isSeq, type Node } from "yaml";
import { readSimpleYaml } from "../src/readSimpleYaml";
import { splitFrontmatter } from "../src/splitFrontmatter";

/**
 * The fast paths must give what the slow ones they stand in for give, on
 * every input they accept: random texts built from the pieces that matter
 * (fences, keys, quotes, lists, comments, odd characters) are compared.
 */

const withFrontmatter = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]);
const bare = unified().use(remarkParse);

/** A seeded generator (mulberry32): the same texts on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomText(rng: () => number, pieces: readonly string[], count: number): string {
  return Array.from({ length: Math.floor(rng() * count) }, () => pieces[Math.floor(rng() * pieces.length)]).join("");
}

/** What the YAML package gives: data, key offsets and value offsets; undefined when it reports a problem. */
function slowYaml(text: string) {
  const { document, problems } = parseYamlDocument(text);
  if (problems.length > 0) return undefined;
  let data: unknown;
  try {
    data = toPlainData(document);
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) return undefined;
  const keys = Object.keys(data);
  const values = keys.map((key) => {
    const node = document.get(key, true) as Node | undefined;
    return isSeq(node)
      ? { list: true, offsets: node.items.map((item) => (item as Node).range?.[0]) }
      : { list: false, offsets: [node?.range?.[0]] };
  });
  const offsets = [...keys, "absent"].map((key) => keyOffset(document, key));
  return { data, keys, values, offsets };
}

/** Lines most frontmatter is made of, each under a key drawn from a few (so some repeat). */
const COMMON_PIECES = [
  "K: concept\n",
  "K: Pengembangan Masyarakat [[x]] {y}, z\n",
  "K: \"Masyarakat 'Mampu' [[A]] [@b, p. 2]\"\n",
  "K: 'It''s'\n",
  "K: [CO, PM]\n",
  "K: [\"A, B\", C, 'd']\n",
  "K: []\n",
  "K: 1995\n",
  "K: 0\n",
  "K:\n  - \"[[A]] [@x, p. 2]\"\n  - '[[B]]'\n",
  "K:\n- plain item\n- 7\n",
  "# comment\n",
  "\n",
];

const ODD_PIECES = [
  "aliases: [a, ]\n",
  "aliases: [[X]]\n",
  "year: 1995\n",
  "year: 0123\n",
  "year: -5\n",
  "year: 1e3\n",
  "ok: true\n",
  "ok: Null\n",
  "ok: yes\n",
  "broader:\n",
  '  - "[[A]] [@x, p. 2]"\n',
  "- '[[B]]'\n",
  "- plain item\n",
  "-\n",
  "- a: b\n",
  "# comment\n",
  "  # indented comment\n",
  "\n",
  "   \n",
  "summary: a: b\n",
  "summary: a #c\n",
  "summary: ends:\n",
  "summary: x\n  continued\n",
  'summary: "esc \\" q"\n',
  'summary: "open\n',
  "summary: \u00a0nbsp\u00a0\n",
  "summary: tab\there\n",
  "summary: trailing   \n",
  "summary: ünïcode é\n",
  "summary: &a anchored\n",
  "summary: *a\n",
  "summary: !!str tagged\n",
  "summary: |\n  block\n",
  "key:value\n",
  "key :x\n",
  "type: duplicate\n",
  "__proto__: x\n",
  "true: x\n",
  "---\n",
  "...\n",
  "? complex\n",
  "nested:\n  inner: 1\n",
  'q: "a" # c\n',
  'q: "a" x\n',
  'q: [a, "b" ]  \n',
  "q: [a]x\n",
  'q: ["a": b]\n',
];

const FENCE_PIECES = [
  "---",
  "--- ",
  "---\t",
  "----",
  "---x",
  "\n",
  "a: 1",
  "\0",
  " ",
  "text",
  "# h",
  "\n\n",
  "|a|",
  "- x",
];

describe("fast paths", () => {
  it("readSimpleYaml agrees with the YAML package whenever it reads a text", () => {
    const rng = seeded(1);
    let read = 0;
    for (let i = 0; i < 6000; i++) {
      const pieces = Array.from({ length: 1 + Math.floor(rng() * 6) }, () =>
        rng() < 0.9
          ? (COMMON_PIECES[Math.floor(rng() * COMMON_PIECES.length)] as string).replace(
              "K",
              `k${Math.floor(rng() * 8)}`,
            )
          : ODD_PIECES[Math.floor(rng() * ODD_PIECES.length)],
      );
      const text = pieces.join("").replace(/\n$/, rng() < 0.5 ? "" : "\n");
      const fast = readSimpleYaml(text);
      if (fast === undefined) continue;
      read++;
      const slow = slowYaml(text);
      expect(slow, text).toBeDefined();
      if (slow === undefined) continue;
      expect(JSON.stringify(fast.data), text).toBe(JSON.stringify(slow.data));
      expect(
        slow.keys.map((key) => fast.values.get(key)),
        text,
      ).toEqual(slow.values);
      expect(
        [...slow.keys, "absent"].map((key) => fast.keys.get(key) ?? fast.start),
        text,
      ).toEqual(slow.offsets);
    }
    // The comparison means something only if many texts take the fast path.
    expect(read).toBeGreaterThan(1500);
  }, 30_000);

  it("splitFrontmatter finds the frontmatter remark-frontmatter finds, and the body parses the same", () => {
    const rng = seeded(2);
    for (let i = 0; i < 2000; i++) {
      const text = randomText(rng, FENCE_PIECES, 14);
      const tree = withFrontmatter.parse(text) as Root;
      const node = tree.children[0]?.type === "yaml" ? tree.children[0] : undefined;
      const { yaml, bodyStart } = splitFrontmatter(text);
      expect(yaml, JSON.stringify(text)).toBe(node?.value);
      if (node === undefined) continue;
      // The rest of the tree, offsets moved to the body, is what parsing the body alone gives.
      const rest = withoutLines(tree.children.slice(1), bodyStart);
      const body = bare.parse(text.slice(bodyStart)) as Root;
      expect(withoutLines(body.children, 0), JSON.stringify(text)).toEqual(rest);
    }
  }, 30_000);
});

/** Nodes without line numbers (the body's start on another line), offsets from `start`. */
function withoutLines(nodes: unknown, start: number): unknown {
  return JSON.parse(JSON.stringify(nodes), (key, value) =>
    key === "line" ? undefined : key === "offset" ? value - start : value,
  );
}
