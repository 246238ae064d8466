import type { Nodes, Root } from "mdast";

/** A tag's name as Obsidian reads it after its `#`: letters, digits, marks, `_`, `-` and `/`. */
const TAG = /#([\p{L}\p{N}\p{M}_\-/]+)/gu;

/** Where tags can be: a `#` that starts a word and is not a heading's. */
const MAY_HOLD_TAG = /(?:^|[\s(])#[^\s#]/u;

/** What may come before a tag's `#` in the source: nothing, a space or a bracket; not `\`, a letter, `*` or `]`. */
const BEFORE_TAG = /[\s(]/u;

/** Nodes whose marks open before their text. */
const EMPHASIS = new Set(["emphasis", "strong", "delete"]);

/** Nodes whose text is no prose: code, math, raw HTML, and the text of links, which Obsidian leaves untagged. */
const NOT_PROSE = new Set(["code", "inlineCode", "math", "inlineMath", "html", "link", "linkReference"]);

/**
 * The tags written in a note's text (`#pemberdayaan`, `#metode/makro`), in
 * order; not all digits (`#2024` is no tag). Read from the source of each
 * text node, so that what comes before a `#` is what was written: an escape
 * (`\#bukan`), the end of an emphasis (`**tebal**#bukan`; its start, as in
 * `*#kota*`, is as a space), or a wiki link's text (`[[Beta| #bukan]]`,
 * which remark leaves as text) makes no tag.
 */
export function inlineTags(tree: Root, body: string): string[] {
  const tags: string[] = [];
  if (!MAY_HOLD_TAG.test(body)) return tags;
  // `opening`: the node starts an emphasis, whose mark (`*#kota*`) may stand before a tag as a space does.
  const walk = (node: Nodes, opening: boolean): void => {
    if (NOT_PROSE.has(node.type)) return;
    if ("children" in node) {
      const marks = EMPHASIS.has(node.type);
      for (const [index, child] of node.children.entries()) walk(child, marks && index === 0);
    }
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (node.type !== "text" || from === undefined || to === undefined) return;
    const source = body.slice(from, to).replace(/\[\[[^\]\n]*\]\]/g, (link) => "\0".repeat(link.length));
    for (const match of source.matchAll(TAG)) {
      const before = body[from + match.index - 1];
      const starts = before === undefined || BEFORE_TAG.test(before) || (opening && match.index === 0);
      const name = (match[1] ?? "").replace(/\/+$/, "");
      if (starts && /\D/.test(name)) tags.push(name);
    }
  };
  walk(tree, false);
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
