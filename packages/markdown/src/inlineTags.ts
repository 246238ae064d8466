import type { Nodes, Root } from "mdast";

/**
 * A tag as Obsidian reads one in the text: `#` after the start of a line or
 * a space, then letters, digits, marks, `_`, `-` and `/`, not all digits
 * (`#2024` is no tag). A heading's `# ` has a space after it, a link's
 * `[[Note#Part]]` no space before it.
 */
const TAG = /(?<=^|[\s(])#([\p{L}\p{N}\p{M}_\-/]+)/gu;

/** Where tags can be: a `#` that starts a word and is not a heading's. */
const MAY_HOLD_TAG = /(?:^|[\s(])#[^\s#]/u;

/** Nodes whose text is no prose: code, math, raw HTML, and the text of links, which Obsidian leaves untagged. */
const NOT_PROSE = new Set(["code", "inlineCode", "math", "inlineMath", "html", "link", "linkReference"]);

/** The tags written in a note's text (`#pemberdayaan`, `#metode/makro`), in order, each once. */
export function inlineTags(tree: Root, body: string): string[] {
  const tags: string[] = [];
  if (!MAY_HOLD_TAG.test(body)) return tags;
  const walk = (node: Nodes): void => {
    if (NOT_PROSE.has(node.type)) return;
    if (node.type === "text") {
      for (const [, tag = ""] of node.value.matchAll(TAG)) {
        const name = tag.replace(/\/+$/, "");
        if (/\D/.test(name)) tags.push(name);
      }
    } else if ("children" in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return tags;
}

/**
 * Tags from the frontmatter and the text as one list: a `#` in front taken
 * off, each tag once whatever its case (Obsidian's `#Makro` is `#makro`),
 * written as it first comes.
 */
export function mergeTags(...lists: string[][]): string[] {
  const seen = new Map<string, string>();
  for (const tag of lists.flat()) {
    const name = tag.replace(/^#/, "").trim();
    if (name !== "" && !seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
  }
  return [...seen.values()];
}
