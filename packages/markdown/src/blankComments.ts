/** What blankComments gives: the text, and where a comment never closed opens. */
export interface Uncommented {
  text: string;
  unclosedAt?: number;
}

// A code fence, in a quote or a list item too: after any `>` and the indent a list item gives its lines.
const FENCE = /^(?:[ \t]*>)*[ \t]*(`{3,}|~{3,})/;

/**
 * Obsidian's comments (`%% … %%`, within a line or across lines) blanked
 * out: spaces for every character but line breaks, so every offset stays
 * where it was, and nothing in a comment is read (links, citations, fields,
 * text). A `%%` in fenced or inline code opens nothing (indented code is not
 * told apart from a list item's lines, and is read). A comment never
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
      const closes = closing !== undefined && closing[0] === fence[0] && closing.length >= fence.length;
      if (closes && line.replace(/^(?:[ \t]*>)*/, "").trim() === closing) fence = undefined;
      out.push(line);
      lineStart += line.length;
      continue;
    }
    let kept = "";
    let at = 0;
    const code = { spans: codeSpans(line), index: 0 };
    while (at < line.length) {
      if (openedAt !== undefined) {
        const close = line.indexOf("%%", at);
        const end = close === -1 ? line.length : close + 2;
        kept += blank(line.slice(at, end));
        at = end;
        if (close !== -1) openedAt = undefined;
        continue;
      }
      const open = nextOpening(line, at, code);
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

/** A line's inline code, and how far a scan of the line has passed through it. */
interface LineCode {
  spans: [start: number, end: number][];
  index: number;
}

/** The next `%%` in a line at or after `from`, outside inline code; -1 if none. Scans go forward only. */
function nextOpening(line: string, from: number, code: LineCode): number {
  let at = from;
  for (;;) {
    const percent = line.indexOf("%%", at);
    if (percent === -1) return -1;
    while (code.index < code.spans.length && (code.spans[code.index]?.[1] ?? 0) <= percent) code.index++;
    const span = code.spans[code.index];
    if (span === undefined || percent < span[0]) return percent;
    at = span[1];
  }
}

/**
 * A line's inline code spans: a run of backticks up to the next run of the
 * same length, as CommonMark reads them; a run with no match is text. Each
 * run is looked at once, so a line of many backticks costs what it is long.
 */
function codeSpans(line: string): [number, number][] {
  if (!line.includes("`")) return [];
  const runs = [...line.matchAll(/`+/g)].map((run) => [run.index, run[0].length] as const);
  // For each length, the runs of that length in order, and how far the matching has gone through them.
  const byLength = new Map<number, { at: number[]; next: number }>();
  for (const [index, [, length]] of runs.entries()) {
    const same = byLength.get(length) ?? { at: [], next: 0 };
    same.at.push(index);
    byLength.set(length, same);
  }
  const spans: [number, number][] = [];
  let index = 0;
  while (index < runs.length) {
    const [start, length] = runs[index] ?? [0, 0];
    const same = byLength.get(length) ?? { at: [], next: 0 };
    while (same.next < same.at.length && (same.at[same.next] ?? 0) <= index) same.next++;
    const closing = same.at[same.next];
    if (closing === undefined) {
      index++;
      continue;
    }
    spans.push([start, (runs[closing]?.[0] ?? 0) + length]);
    index = closing + 1;
  }
  return spans;
}

const blank = (text: string) => text.replace(/[^\n]/g, " ");
