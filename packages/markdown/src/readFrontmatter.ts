import { type Diagnostic, diagnostic, type ParsedYaml, parseYamlDocument, toPlainData } from "@simpul/schema";
import type { Yaml } from "mdast";
import type { Point } from "./types";

export interface Frontmatter {
  data: Record<string, unknown>;
  yaml: ParsedYaml;
  /** Converts an offset in the YAML text to a point in the note. */
  pointAt: (yamlOffset: number) => Point;
}

/**
 * Reads the YAML frontmatter node that remark-frontmatter found. Problems are
 * reported at their line in the note, not in the frontmatter.
 */
export function readFrontmatter(
  node: Yaml | undefined,
  file: string,
  toPoint: (offset: number) => Point,
  diagnostics: Diagnostic[],
): Frontmatter | undefined {
  if (node?.position?.start.offset === undefined) return undefined;
  // The YAML text starts after the opening `---` and its line break.
  const yamlStart = node.position.start.offset + 4;
  const pointAt = (yamlOffset: number) => toPoint(yamlStart + yamlOffset);
  const yaml = parseYamlDocument(node.value);
  const [problem] = yaml.problems;
  if (problem !== undefined) {
    // Later YAML errors are mostly echoes of the first; one is what a writer can act on.
    const message = /call stack/i.test(problem.message)
      ? "The frontmatter is nested too deeply to read; flatten it"
      : problem.message;
    diagnostics.push(diagnostic("yaml-syntax", message, file, pointAt(problem.offset)));
    return undefined;
  }
  let data: unknown;
  try {
    data = toPlainData(yaml.document);
  } catch (error) {
    // The yaml package throws on excessive alias expansion (a "billion laughs" bomb).
    diagnostics.push(diagnostic("yaml-syntax", (error as Error).message, file, pointAt(0)));
    return undefined;
  }
  if (data === null || data === undefined) return { data: {}, yaml, pointAt };
  if (typeof data !== "object" || Array.isArray(data)) {
    diagnostics.push(
      diagnostic("frontmatter-shape", "Frontmatter must be a mapping of keys to values", file, pointAt(0)),
    );
    return undefined;
  }
  return { data: data as Record<string, unknown>, yaml, pointAt };
}
