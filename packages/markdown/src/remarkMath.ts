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
 * Turns back into text what micromark read as math and Obsidian does not:
 * `$5 per [[Klien]] and $10` is two prices around a link, which is read.
 */
export function textDollars(tree: Root, source: string): void {
  const walk = (node: Nodes): void => {
    if (!("children" in node)) return;
    for (const [index, child] of node.children.entries()) {
      if (child.type !== "inlineMath") {
        walk(child);
        continue;
      }
      const start = child.position?.start.offset ?? 0;
      const end = child.position?.end.offset ?? 0;
      const written = source.slice(start, end);
      if (written.startsWith("$$") || (SINGLE_DOLLAR_MATH.test(written) && !/\d/.test(source[end] ?? ""))) continue;
      node.children[index] = { type: "text", value: written, position: child.position };
    }
  };
  walk(tree);
}
