/** What blankComments gives: the text, and where a comment never closed opens. */
export interface Uncommented {
  text: string;
  unclosedAt?: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Obsidian's comments (`%% … %%`, within a line or across lines) blanked
 * out: spaces for every character but line breaks, so every offset stays
 * where it was, and nothing in a comment is read (links, citations, fields,
 * text). A `%%` in fenced or inline code opens nothing. A comment never
 * closed hides the rest of the note, as in Obsidian.
 */
export function blankComments(source: string): Uncommented {
  if (!source.includes("%%")) return { text: source };
  const out: string[] = [];
  let fence: string | undefined;
  let openedAt: number | undefined;
  let lineStart = 0;
  for (const line of source.split(/(?<=\n)/)) {
    if (openedAt === undefined && fence === undefined) {
      fence = FENCE.exec(line)?.[1];
      if (fence !== undefined) {
        out.push(line);
        lineStart += line.length;
        continue;
      }
    } else if (fence !== undefined) {
      const closing = FENCE.exec(line)?.[1];
      if (closing !== undefined && closing[0] === fence[0] && closing.length >= fence.length && line.trim() === closing)
        fence = undefined;
      out.push(line);
      lineStart += line.length;
      continue;
    }
    let kept = "";
    let at = 0;
    while (at < line.length) {
      if (openedAt !== undefined) {
        const close = line.indexOf("%%", at);
        const end = close === -1 ? line.length : close + 2;
        kept += blank(line.slice(at, end));
        at = end;
        if (close !== -1) openedAt = undefined;
        continue;
      }
      const open = nextOpening(line, at);
      if (open === -1) {
        kept += line.slice(at);
        break;
      }
      kept += line.slice(at, open);
      openedAt = lineStart + open;
      kept += "  ";
      at = open + 2;
    }
    out.push(kept);
    lineStart += line.length;
  }
  return { text: out.join(""), unclosedAt: openedAt };
}

/** The next `%%` in a line at or after `from`, outside inline code; -1 if none. */
function nextOpening(line: string, from: number): number {
  let at = from;
  while (at < line.length) {
    const percent = line.indexOf("%%", at);
    const tick = line.indexOf("`", at);
    if (percent === -1) return -1;
    if (tick === -1 || percent < tick) return percent;
    const run = /^`+/.exec(line.slice(tick))?.[0] ?? "`";
    const close = line.indexOf(run, tick + run.length);
    // An unmatched backtick run is text; a matched one is code, which holds no comment.
    at = close === -1 ? tick + run.length : close + run.length;
  }
  return -1;
}

const blank = (text: string) => text.replace(/[^\n]/g, " ");
