/** A wiki link found in a string, with its offset in that string. */
export interface FoundWikiLink {
  target: string;
  display: string;
  offset: number;
  length: number;
}

// Obsidian's syntax: `[[target#heading^block|display]]`; `![[…]]` embeds a file.
const WIKI_LINK = /(!?)\[\[([^[\]|#^\n]*)(?:[#^][^[\]|\n]*)?(?:\|([^[\]\n]*))?\]\]/g;
const NOTE_EXTENSION = /\.md$/i;
const OTHER_EXTENSION = /\.[a-z0-9]{2,4}$/i;

/**
 * Finds the wiki links to notes in `text`. Embeds of other files (images,
 * PDFs) are skipped: they name attachments, not entities.
 */
export function scanWikiLinks(text: string): FoundWikiLink[] {
  const links: FoundWikiLink[] = [];
  // Every link has `[[`; most text has none.
  if (!text.includes("[[")) return links;
  for (const match of text.matchAll(WIKI_LINK)) {
    // In a table, `[[target\|display]]`: the pipe escaped so as not to end the cell, as Obsidian asks.
    const rawTarget = (match[3] === undefined ? (match[2] ?? "") : (match[2] ?? "").replace(/\\$/, "")).trim();
    if (match[1] === "!" && OTHER_EXTENSION.test(rawTarget) && !NOTE_EXTENSION.test(rawTarget)) continue;
    if (rawTarget === "") continue;
    const target = rawTarget.replace(NOTE_EXTENSION, "");
    const display = (match[3] ?? "").trim() || (target.split("/").pop() ?? target);
    links.push({ target, display, offset: match.index, length: match[0].length });
  }
  return links;
}

/** Replaces each wiki link in `text` with its display text. */
export function replaceWikiLinks(text: string): string {
  let result = "";
  let last = 0;
  for (const link of scanWikiLinks(text)) {
    result += text.slice(last, link.offset) + link.display;
    last = link.offset + link.length;
  }
  return result + text.slice(last);
}
