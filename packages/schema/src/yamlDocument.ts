import { type Document, isMap, isScalar, LineCounter, type Node, parseDocument, visit } from "yaml";

export interface YamlProblem {
  message: string;
  /** Offset into the YAML text. */
  offset: number;
}

export interface ParsedYaml {
  document: Document.Parsed;
  lineCounter: LineCounter;
  problems: YamlProblem[];
}

const TAG_WARNINGS = new Set(["TAG_RESOLVE_FAILED", "BAD_COLLECTION_TYPE"]);
const CORE_TAG_PREFIX = "tag:yaml.org,2002:";

/**
 * Parses untrusted YAML: duplicate keys are errors, alias expansion is capped
 * (against "billion laughs"), and only the core schema is allowed, so no tag
 * can construct anything but plain data.
 */
export function parseYamlDocument(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, schema: "core", prettyErrors: false });
  // Warnings about tags too: one the core schema does not know (`!custom`) would be read as plain text unsaid. (Not
  // the others: a flow list's `]` at its key's indent, say, is read as meant.)
  // The yaml package cannot resolve some values of the spec's own tags (`!!float 3`): those read as text, as before.
  const tagWarnings = document.warnings.filter(
    (warning) => TAG_WARNINGS.has(warning.code) && !warning.message.includes(CORE_TAG_PREFIX),
  );
  const problems = [...document.errors, ...tagWarnings].map((error) => ({
    message: error.message.split("\n")[0] ?? error.message,
    offset: error.pos[0],
  }));
  // A list or mapping as a key would be turned into text, with a warning printed by the yaml package.
  visit(document, {
    Pair(_, pair) {
      if (pair.key !== null && !isScalar(pair.key)) {
        problems.push({
          message: "A key must be plain text, not a list or mapping",
          offset: nodeOffset(pair.key as Node),
        });
      }
    },
  });
  return { document, lineCounter, problems: problems.sort((a, b) => a.offset - b.offset) };
}

/** Converts to plain data with the alias expansion capped. */
export function toPlainData(document: Document.Parsed): unknown {
  return document.toJS({ maxAliasCount: 50 });
}

/** The offset where a mapping's key starts, or where the mapping starts. */
export function keyOffset(document: Document.Parsed, key: string): number {
  return mapKeyOffset(document.contents, key) ?? document.contents?.range?.[0] ?? 0;
}

/** The offset where the key of this name starts in a node, if it is a mapping that has one. */
export function mapKeyOffset(node: unknown, key: string): number | undefined {
  if (!isMap(node)) return undefined;
  for (const pair of node.items) {
    // A key written as a number or a boolean (`1:`, `true:`) is read back as text.
    if (isScalar(pair.key) && String(pair.key.value) === key) return pair.key.range?.[0] ?? 0;
  }
  return undefined;
}

/** The offset where a node starts. */
export function nodeOffset(node: Node | null | undefined): number {
  return node?.range?.[0] ?? 0;
}

/** 1-based line and column of an offset. */
export function pointAt(lineCounter: LineCounter, offset: number): { line: number; column: number } {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}
