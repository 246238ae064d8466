import type { Nodes, Root } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import { FIELD_KEY, type SpacedKeyTest } from "./scanInlineFields";
import { replaceWikiLinks } from "./scanWikiLinks";

const LINE_FIELD = new RegExp(String.raw`^[ \t]*${FIELD_KEY}.*$\n?`, "gm");
const BRACKET_FIELD = new RegExp(String.raw`[[(]${FIELD_KEY}\s*((?:\[\[[^\]]*\]\]|[^\])])*)[\])]`, "g");

/**
 * The body as plain text, for display and search: no Markdown syntax, no
 * HTML, links shown by their text, full-line relation fields dropped (the
 * graph holds them) and bracketed ones reduced to their value in brackets
 * ("disebut juga (Pengembangan Masyarakat)"). Blocks are parted by a blank
 * line; a heading opens with its level's `#`s and a space, a list is one
 * `• ` line per item (indented two spaces a level), a table one line per
 * row, its cells parted by ` · `, code and math each line indented four
 * spaces; a paragraph's line breaks are spaces. Citations stay as written so
 * readers can follow them. Rewrites the tree's text nodes.
 */
export function plainText(tree: Root, skip: ReadonlySet<Nodes>, spacedKey: SpacedKeyTest): string {
  cleanText(tree, spacedKey);
  const blocks: string[] = [];
  const add = (node: Nodes): void => {
    if (skip.has(node)) return;
    const text = blockText(node, add);
    if (text !== "") blocks.push(text);
  };
  for (const node of tree.children) add(node);
  return blocks.join("\n\n");
}

/** One block's text; a container's blocks are handed to `add` one by one instead. */
function blockText(node: Nodes, add: (node: Nodes) => void): string {
  switch (node.type) {
    case "yaml":
    case "html":
    case "definition":
      return "";
    case "heading": {
      const text = inline(node);
      return text === "" ? "" : `${"#".repeat(node.depth)} ${text}`;
    }
    case "list":
      return listLines(node, 0).join("\n");
    case "code":
    case "math":
      // Indented, as Markdown's code: no line of it reads as a heading or a list, and no blank line parts it.
      return node.value
        .trim()
        .split("\n")
        .map((line) => `    ${line}`)
        .join("\n");
    case "table":
      return node.children
        .map((row) => row.children.map(inline).join(" · "))
        .filter((row) => row.replaceAll("·", "").trim() !== "")
        .join("\n");
    case "blockquote":
    case "footnoteDefinition":
      for (const child of node.children) add(child);
      return "";
    default:
      return inline(node);
  }
}

/** A node's text on one line. */
const inline = (node: Nodes): string => mdastToString(node, { includeHtml: false }).replace(/\s+/g, " ").trim();

/** A list's items, one line each, nested lists indented; an item left empty (a relation field's) is dropped. */
function listLines(list: Extract<Nodes, { type: "list" }>, depth: number): string[] {
  return list.children.flatMap((item) => {
    const text = item.children
      .filter((child) => child.type !== "list")
      .map(inline)
      .filter((part) => part !== "")
      .join(" ");
    const nested = item.children.flatMap((child) => (child.type === "list" ? listLines(child, depth + 1) : []));
    return text === "" ? nested : [`${"  ".repeat(depth)}• ${text}`, ...nested];
  });
}

/** The first block of prose, for notes without a `summary` (call after plainText). */
export function firstParagraph(tree: Root): string {
  for (const node of tree.children) {
    if (node.type !== "paragraph") continue;
    const text = mdastToString(node).replace(/\s+/g, " ").trim();
    if (text !== "") return text;
  }
  return "";
}

/** Rewrites every text node: fields need `::` and links `[[`, so most are left as they are. */
function cleanText(node: Nodes, spacedKey: SpacedKeyTest): void {
  if (node.type === "text") {
    node.value = withoutObsidianMarks(node.value);
    const { value } = node;
    if (value.includes("::") || value.includes("[[")) {
      // A field that names no relation stays as written when spaced from its `::` (prose) or linking nothing
      // (Dataview's metadata, which Dataview shows too).
      const field = (found: string, key: string, spaces: string, kept: string) =>
        !spacedKey(key) && (spaces || !found.includes("[[")) ? found : kept;
      node.value = replaceWikiLinks(
        value
          .replace(LINE_FIELD, (found, key, spaces) => field(found, key, spaces, ""))
          .replace(BRACKET_FIELD, (found, key, spaces, inner) => field(found, key, spaces, `(${inner.trim()})`)),
      );
    }
  } else if ("children" in node) for (const child of node.children) cleanText(child, spacedKey);
}

// Obsidian's marks that are no text: a block's id (` ^id` ending a line), a highlight's `==`, a callout's type.
const BLOCK_ID = /[ \t]+\^[A-Za-z0-9-]+[ \t]*$/gm;
const HIGHLIGHT = /==(?=\S)([^=\n]*?\S)==/g;
const CALLOUT = /^\[![\w-]+\][+-]?[ \t]*/;

/** Text without Obsidian's marks: `Teks ==penting== ^a1` is "Teks penting". */
function withoutObsidianMarks(value: string): string {
  if (!value.includes("^") && !value.includes("==") && !value.includes("[!")) return value;
  return value.replace(BLOCK_ID, "").replace(HIGHLIGHT, "$1").replace(CALLOUT, "");
}
