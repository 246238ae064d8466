import type { Nodes, Root } from "mdast";
import { mathFromMarkdown } from "mdast-util-math";
import { math } from "micromark-extension-math";
import type { Processor } from "unified";

/**
 * Obsidian's math, `$…$` and `$$…$$`, read as math: no link, citation or
 * field in it is read (`$[[0,1]]$` is an interval, `$a @x$` no citation),
 * and its TeX stays in the text as written. See textDollars for prices.
 */
export function remarkMath(this: Processor): void {
  const data = this.data();
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), math()];
  data.fromMarkdownExtensions = [...(data.fromMarkdownExtensions ?? []), mathFromMarkdown()];
}

/**
 * Pandoc's and Obsidian's rule for `$…$`: a space after the opening `$`, a
 * space before the closing one or a digit after it, and it is no math.
 */
const SINGLE_DOLLAR_MATH = /^\$(?!\$)\S(?:[\s\S]*\S)?\$$/;

/**
 * Turns back into Markdown what micromark read as math and Obsidian does
 * not: `$5 per [teks](Klien.md) dan *penting* $10` is two prices around a
 * link and an emphasis, read again without math (`reparse`) and put in its
 * place, positions moved to where the text is.
 */
export function textDollars(tree: Root, source: string, reparse: (text: string) => Root): void {
  const walk = (node: Nodes): void => {
    if (!("children" in node)) return;
    const children: Nodes[] = [];
    for (const child of node.children) {
      if (child.type !== "inlineMath") {
        walk(child);
        children.push(child);
        continue;
      }
      const start = child.position?.start.offset ?? 0;
      const end = child.position?.end.offset ?? 0;
      const written = source.slice(start, end);
      if (written.startsWith("$$") || (SINGLE_DOLLAR_MATH.test(written) && !/\d/.test(source[end] ?? ""))) {
        children.push(child);
        continue;
      }
      const [paragraph, ...rest] = reparse(written).children;
      const inline = paragraph?.type === "paragraph" && rest.length === 0 ? paragraph.children : undefined;
      if (inline && child.position) for (const each of inline) moveTo(each, child.position.start);
      children.push(...(inline ?? [{ type: "text", value: written, position: child.position }]));
    }
    (node as { children: Nodes[] }).children = children;
  };
  walk(tree);
}

/** Moves a node parsed alone to where its text starts in the note: offsets, lines, and columns on its first line. */
function moveTo(node: Nodes, at: NonNullable<Nodes["position"]>["start"]): void {
  for (const point of [node.position?.start, node.position?.end]) {
    if (!point) continue;
    if (point.line === 1) point.column += at.column - 1;
    point.line += at.line - 1;
    if (point.offset !== undefined) point.offset += at.offset ?? 0;
  }
  if ("children" in node) for (const child of node.children) moveTo(child, at);
}
