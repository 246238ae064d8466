import type { Nodes } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import type { FoundWikiLink } from "./scanWikiLinks";

const SCHEME = /^[a-z][a-z0-9+.-]*:|^\/\//i;
const NOTE_PATH = /\.md$/i;

/**
 * The Markdown links to notes in a block (`[teks](Catatan.md)`,
 * `[teks](../sub/Catatan%20Lain.md#Bagian)`, as Obsidian writes links with
 * "Use [[Wikilinks]]" off), as wiki links, offsets from `start`. Links to
 * the web, to a heading of the same note or to other files are not notes'.
 */
export function markdownLinks(block: Nodes, start: number): FoundWikiLink[] {
  const links: FoundWikiLink[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === "link") {
      const path = decoded(node.url.replace(/[#?].*$/, ""));
      const from = node.position?.start.offset;
      const to = node.position?.end.offset;
      if (!SCHEME.test(node.url) && NOTE_PATH.test(path) && from !== undefined && to !== undefined) {
        const target = path.replace(NOTE_PATH, "");
        const display = mdastToString(node).trim() || (target.split("/").pop() ?? target);
        links.push({ target, display, offset: from - start, length: to - from });
      }
    }
    if ("children" in node) for (const child of node.children) walk(child);
  };
  walk(block);
  return links;
}

/** A URL's path as the file is named: `%20` a space; as written when it does not decode. */
function decoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
