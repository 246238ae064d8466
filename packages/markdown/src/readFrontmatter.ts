import { type Diagnostic, diagnostic, keyOffset, parseYamlDocument, toPlainData } from "@simpul/schema";
import { type Document, isSeq, type Node, visit } from "yaml";
import { readSimpleYaml } from "./readSimpleYaml";
import type { Point } from "./types";

export interface Frontmatter {
  data: Record<string, unknown>;
  /** Converts an offset in the YAML text to a point in the note. */
  pointAt: (yamlOffset: number) => Point;
  /** Where a key is written (where the mapping starts if it is not), as an offset in the YAML text. */
  keyOffset: (key: string) => number;
  /** Where a key's value starts, one offset per item when it is a list; undefined where unknown. */
  valueOffsets: (key: string) => { list: boolean; offsets: (number | undefined)[] };
  /**
   * Where `text` (a link, a citation's `@key`, as read from a value) is
   * written from `from` on, before `before`: its place inside a quoted or
   * folded value, which YAML reads into other offsets. Undefined if not there.
   */
  locate: (text: string, from: number, before?: number) => number | undefined;
}

/**
 * Reads the YAML frontmatter (the text between the fences). Most
 * frontmatter is simple enough for readSimpleYaml; the rest is read by the
 * YAML package, with the same result. Problems are reported at their line in
 * the note, not in the frontmatter.
 */
export function readFrontmatter(
  yamlText: string | undefined,
  file: string,
  toPoint: (offset: number) => Point,
  diagnostics: Diagnostic[],
): Frontmatter | undefined {
  if (yamlText === undefined) return undefined;
  // The YAML text starts after the opening `---` and its line break.
  const pointAt = (yamlOffset: number) => toPoint(4 + yamlOffset);
  const locate = (text: string, from: number, before = yamlText.length) => {
    const found = yamlText.indexOf(text, from);
    return found === -1 || found + text.length > before ? undefined : found;
  };
  const simple = readSimpleYaml(yamlText);
  if (simple) {
    return {
      data: simple.data,
      pointAt,
      locate,
      keyOffset: (key) => simple.keys.get(key) ?? simple.start,
      valueOffsets: (key) => simple.values.get(key) ?? { list: false, offsets: [undefined] },
    };
  }
  const yaml = parseYamlDocument(yamlText);
  const [problem] = yaml.problems;
  if (problem !== undefined) {
    // Later YAML errors are mostly echoes of the first; one is what a writer can act on.
    const message = /call stack/i.test(problem.message)
      ? "The frontmatter is nested too deeply to read; flatten it"
      : problem.message;
    diagnostics.push(diagnostic("yaml-syntax", message, file, pointAt(problem.offset)));
    return undefined;
  }
  keepNumbersAsWritten(yaml.document);
  let data: unknown;
  try {
    data = toPlainData(yaml.document);
  } catch (error) {
    // The yaml package throws on excessive alias expansion (a "billion laughs" bomb).
    diagnostics.push(diagnostic("yaml-syntax", (error as Error).message, file, pointAt(0)));
    return undefined;
  }
  const { document } = yaml;
  const accessors = {
    pointAt,
    locate,
    keyOffset: (key: string) => keyOffset(document, key),
    valueOffsets: (key: string) => {
      const node = document.get(key, true) as Node | undefined;
      return isSeq(node)
        ? { list: true, offsets: node.items.map((item) => (item as Node | undefined)?.range?.[0]) }
        : { list: false, offsets: [node?.range?.[0]] };
    },
  };
  if (data === null || data === undefined) return { data: {}, ...accessors };
  if (typeof data !== "object" || Array.isArray(data)) {
    diagnostics.push(
      diagnostic("frontmatter-shape", "Frontmatter must be a mapping of keys to values", file, pointAt(0)),
    );
    return undefined;
  }
  return { data: data as Record<string, unknown>, ...accessors };
}

/**
 * A number written otherwise than JavaScript writes it back (`007`, `0x1F`,
 * `2.50`, `1e3`) is kept as written: frontmatter values end as text (a
 * title, an alias, a field), and `title: 007` means "007", not "7".
 */
function keepNumbersAsWritten(document: Document.Parsed): void {
  visit(document, {
    Scalar(_, node) {
      if (typeof node.value === "number" && typeof node.source === "string" && node.source !== String(node.value)) {
        node.value = node.source;
      }
    },
  });
}
