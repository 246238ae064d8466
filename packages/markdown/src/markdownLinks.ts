import type { Nodes, Root } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import type { FoundWikiLink } from "./scanWikiLinks";

const SCHEME = /^[a-z][a-z0-9+.-]*:|^\/\//i;
const NOTE_PATH = /\.md$/i;

/** A note's link reference definitions (`[ref]: Catatan.md`), by their normalized label: the URL each gives. */
export type LinkDefinitions = ReadonlyMap<string, string>;

/**
 * Every link reference definition of the note, wherever it is (a list, a
 * blockquote): a reference may come before its definition. The first of a
 * label counts, as in CommonMark.
 */
export function linkDefinitions(tree: Root, source: string): LinkDefinitions {
  const definitions = new Map<string, string>();
  // A definition needs `]:`; most notes have none, and need no walk.
  if (!source.includes("]:")) return definitions;
  const walk = (node: Nodes): void => {
    if (node.type === "definition" && !definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
    else if ("children" in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return definitions;
}

/**
 * The Markdown links to notes in a block (`[teks](Catatan.md)`,
 * `[teks](../sub/Catatan%20Lain.md#Bagian)`, as Obsidian writes links with
 * "Use [[Wikilinks]]" off; by reference, `[teks][ref]`, `[ref][]` or `[ref]`
 * with `[ref]: Catatan.md`), as wiki links, offsets from `start` (where the
 * block's `text` starts). Links to
 * the web, to a heading of the same note or to other files are not notes'.
 */
export function markdownLinks(
  block: Nodes,
  text: string,
  start: number,
  definitions: LinkDefinitions,
): FoundWikiLink[] {
  const links: FoundWikiLink[] = [];
  // A link needs `](`, or by reference `]` and a definition; most blocks have neither, and need no walk.
  if (!text.includes("](") && !(definitions.size > 0 && text.includes("]"))) return links;
  const walk = (node: Nodes): void => {
    const url =
      node.type === "link" ? node.url : node.type === "linkReference" ? definitions.get(node.identifier) : undefined;
    if (url !== undefined) {
      const path = decoded(url.replace(/[#?].*$/, ""));
      const from = node.position?.start.offset;
      const to = node.position?.end.offset;
      if (!SCHEME.test(url) && NOTE_PATH.test(path) && from !== undefined && to !== undefined) {
        const target = path.replace(NOTE_PATH, "");
        const display = mdastToString(node).trim() || (target.split("/").pop() ?? target);
        const section = /#./.test(url) ? { section: true as const } : {};
        links.push({ target, display, offset: from - start, length: to - from, ...section });
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
