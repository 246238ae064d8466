/** A note's YAML frontmatter, cut from its Markdown body. */
export interface SplitNote {
  /** The YAML between the fences, as remark-frontmatter gives it; undefined when the note has no frontmatter. */
  yaml?: string;
  /** Where the Markdown body starts: 0, or the start of the line after the closing fence. */
  bodyStart: number;
}

const OPENING = /^---[ \t]*\n/;
const CLOSING = /^---[ \t]*$/gm;

/**
 * Finds the frontmatter exactly where remark-frontmatter does (a `---` line
 * first, then the first `---` line after it; trailing spaces and tabs
 * allowed on both), so the body can be parsed as Markdown on its own:
 * remark would give the YAML one node and never read it as Markdown, yet
 * scanning it char by char costs about a fifth of a note's parse. The body
 * after a closed fence starts on a fresh line, which parses as it does after
 * the YAML node. `text` is normalized (LF line endings, no BOM).
 */
export function splitFrontmatter(text: string): SplitNote {
  const opening = OPENING.exec(text);
  if (opening === null) return { bodyStart: 0 };
  const contentStart = opening[0].length;
  CLOSING.lastIndex = contentStart;
  const closing = CLOSING.exec(text);
  if (closing === null) return { bodyStart: 0 };
  const closeEnd = closing.index + closing[0].length;
  const bodyStart = closeEnd < text.length ? closeEnd + 1 : closeEnd;
  // remark-frontmatter joins the lines between the fences; micromark reads NUL as U+FFFD.
  const between = closing.index === contentStart ? "" : text.slice(contentStart, closing.index - 1);
  const yaml = between.includes("\0") ? between.replaceAll("\0", "\uFFFD") : between;
  return { yaml, bodyStart };
}
