import type { Nodes, Root } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import { FIELD_KEY, type SpacedKeyTest } from "./scanInlineFields";
import { replaceWikiLinks } from "./scanWikiLinks";

const LINE_FIELD = new RegExp(String.raw`^[ \t]*${FIELD_KEY}.*$\n?`, "gm");
const BRACKET_FIELD = new RegExp(String.raw`[[(]${FIELD_KEY}\s*((?:\[\[[^\]]*\]\]|[^\])])*)[\])]`, "g");

/**
 * The body as plain text, for display and search: no Markdown syntax, no
 * HTML, links shown by their text, full-line relation fields dropped (the
 * graph holds them) and bracketed ones reduced to their value. Citations stay
 * as written so readers can follow them. Rewrites the tree's text nodes.
 */
export function plainText(tree: Root, skip: ReadonlySet<Nodes>, spacedKey: SpacedKeyTest): string {
  cleanText(tree, spacedKey);
  const blocks: string[] = [];
  for (const node of tree.children) {
    if (skip.has(node) || node.type === "yaml" || node.type === "html" || node.type === "definition") continue;
    const text = node.type === "list" ? listText(node) : node.type === "code" ? node.value : mdastToString(node);
    const cleaned = text.replace(/[ \t]+/g, " ").trim();
    if (cleaned !== "") blocks.push(cleaned);
  }
  return blocks.join("\n\n");
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
    const { value } = node;
    if (value.includes("::") || value.includes("[[")) {
      const field = (found: string, key: string, spaces: string, kept: string) =>
        spaces && !spacedKey(key) ? found : kept;
      node.value = replaceWikiLinks(
        value
          .replace(LINE_FIELD, (found, key, spaces) => field(found, key, spaces, ""))
          .replace(BRACKET_FIELD, (found, key, spaces, inner) => field(found, key, spaces, inner)),
      );
    }
  } else if ("children" in node) for (const child of node.children) cleanText(child, spacedKey);
}

function listText(list: Extract<Nodes, { type: "list" }>): string {
  return list.children.map((item) => `• ${mdastToString(item, { includeHtml: false })}`).join("\n");
}
