/** A wiki link found in a string, with its offset in that string. */
export interface FoundWikiLink {
  target: string;
  display: string;
  offset: number;
  length: number;
  /** Set when the link names a heading or block of its note (`#Part`, `^id`). */
  section?: true;
  /** Set when the link names a file other than a note (isAttachmentName). */
  attachment?: true;
}

// Obsidian's syntax: `[[target#heading^block|display]]`; `![[…]]` embeds a file.
const WIKI_LINK = /(!?)\[\[([^[\]|#^\n]*)([#^][^[\]|\n]*)?(?:\|([^[\]\n]*))?\]\]/g;
const NOTE_EXTENSION = /\.md$/i;
/** Files a vault holds beside its notes, as Obsidian opens or embeds them. */
const ATTACHMENT =
  /\.(avif|bmp|gif|heic|ico|jpe?g|png|svg|tiff?|webp|3gp|flac|m4a|mp3|oga|ogg|opus|wav|webm|avi|mkv|mov|mp4|ogv|pdf|epub|canvas|base|excalidraw|csv|tsv|txt|json|html?|docx?|xlsx?|pptx?|odt|ods|odp|zip)$/i;

/**
 * Whether a link by this name names a file beside the notes (`report.pdf`,
 * `chart.png`, a canvas), as Obsidian reads it: a note, then, only if one
 * has that very file name (`data.json.md`). A dot alone makes no attachment:
 * `Chapter 1.12` and `Node.js` name notes.
 */
export function isAttachmentName(name: string): boolean {
  return ATTACHMENT.test(name);
}

interface ScannedLink extends FoundWikiLink {
  embed: boolean;
}

function scan(text: string): ScannedLink[] {
  const links: ScannedLink[] = [];
  // Every link has `[[`; most text has none.
  if (!text.includes("[[")) return links;
  for (const match of text.matchAll(WIKI_LINK)) {
    // In a table, `[[target\|display]]`: the pipe escaped so as not to end the cell, as Obsidian asks.
    const rawTarget = (match[4] === undefined ? (match[2] ?? "") : (match[2] ?? "").replace(/\\$/, "")).trim();
    if (rawTarget === "") continue;
    const target = rawTarget.replace(NOTE_EXTENSION, "");
    const display = (match[4] ?? "").trim() || (target.split("/").pop() ?? target);
    const section = /[^#^\s\\]/.test(match[3] ?? "") ? { section: true as const } : {};
    const attachment = isAttachmentName(rawTarget) ? { attachment: true as const } : {};
    links.push({
      target,
      display,
      offset: match.index,
      length: match[0].length,
      embed: match[1] === "!",
      ...section,
      ...attachment,
    });
  }
  return links;
}

/**
 * Finds the wiki links in `text`, embedded or not. Those to other files
 * (images, PDFs, canvases) are marked `attachment`: they name a note only
 * where one has that file name, which only the whole vault tells.
 */
export function scanWikiLinks(text: string): FoundWikiLink[] {
  return scan(text).map(({ embed: _, ...link }) => link);
}

/** Replaces each wiki link in `text` with its display text; an embedded attachment with nothing. */
export function replaceWikiLinks(text: string): string {
  let result = "";
  let last = 0;
  for (const link of scan(text)) {
    // An embedded image or file shows no text.
    result += text.slice(last, link.offset) + (link.embed && link.attachment ? "" : link.display);
    last = link.offset + link.length;
  }
  return result + text.slice(last);
}
