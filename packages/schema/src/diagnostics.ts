/**
 * The diagnostics catalog. Rule ids are public: once published they never
 * change, so editors, CI filters and tests can rely on them.
 */
export const RULES = {
  "yaml-syntax": { severity: "error", summary: "frontmatter is not valid YAML" },
  "frontmatter-unclosed": { severity: "error", summary: "frontmatter has no closing ---" },
  "frontmatter-language": { severity: "error", summary: "frontmatter in a language other than YAML" },
  encoding: { severity: "error", summary: "a note is not valid UTF-8" },
  "binary-file": { severity: "error", summary: "a .md file holds binary data" },
  "control-character": { severity: "error", summary: "a note contains control characters" },
  "note-too-large": { severity: "error", summary: "a note is over the size limit" },
  "note-unreadable": { severity: "error", summary: "a note cannot be opened or read" },
  "parse-timeout": { severity: "error", summary: "a note took too long to parse" },
  "path-clash": { severity: "error", summary: "two files differ only by case or Unicode normalization" },
  symlink: { severity: "warning", summary: "a symbolic link in the vault, not followed" },
  "special-file": { severity: "warning", summary: "a pipe, socket or device named like a note, not read" },
  "frontmatter-shape": { severity: "error", summary: "frontmatter or one of its keys has the wrong shape" },
  "missing-type": { severity: "error", summary: "a note has no type" },
  "unknown-type": { severity: "error", summary: "a note's type is not in the vocabulary" },
  "invalid-id": { severity: "error", summary: "an id is not lowercase letters and digits (any script) and hyphens" },
  "duplicate-id": { severity: "error", summary: "two notes have the same node key" },
  "unknown-relation": { severity: "error", summary: "an inline field names no relation" },
  "relation-shape": { severity: "error", summary: "a relation value is not a wiki link" },
  "broken-link": { severity: "error", summary: "a link names no note" },
  "ambiguous-link": { severity: "error", summary: "a link names more than one note" },
  "link-outside-vault": { severity: "error", summary: "a link climbs out of the content folder" },
  "relation-domain": { severity: "error", summary: "a relation joins types the vocabulary does not allow" },
  "relation-cycle": { severity: "error", summary: "a cycle in an acyclic relation" },
  "unknown-citation": { severity: "error", summary: "a citation key is not in references.bib" },
  "bibtex-syntax": { severity: "error", summary: "references.bib cannot be parsed" },
  vocabulary: { severity: "error", summary: "the vocabulary files are malformed" },
  "table-column": { severity: "warning", summary: "a comparison table's column headed by no link, not read" },
  "duplicate-column": {
    severity: "warning",
    summary: "a comparison table's column naming a note an earlier one names",
  },
  "self-link": { severity: "warning", summary: "a note links to itself" },
  "comment-unclosed": { severity: "warning", summary: "a %% comment is never closed, hiding the rest of its note" },
  "unknown-key": { severity: "warning", summary: "a frontmatter key nothing declares" },
  "list-item-shape": { severity: "warning", summary: "an item of aliases or tags is a mapping or a list, left out" },
  "unused-translation": {
    severity: "warning",
    summary: "a tables_en entry translates no table title, dimension or value of its note",
  },
  "missing-bibkey": { severity: "warning", summary: "a work note names no bibliography entry" },
  "bibtex-duplicate-key": { severity: "warning", summary: "two entries of references.bib have one key" },
  orphan: { severity: "info", summary: "a note with no relation at all" },
} as const satisfies Record<string, { severity: Severity; summary: string }>;

export type Severity = "error" | "warning" | "info";
export type RuleId = keyof typeof RULES;

/** A positioned message about content. Lines and columns are 1-based. */
export interface Diagnostic {
  /** Path of the file, relative to the content folder, with `/`. */
  file: string;
  line: number;
  column: number;
  severity: Severity;
  rule: RuleId;
  message: string;
}

/** Builds a diagnostic with the severity its rule has in the catalog. */
export function diagnostic(
  rule: RuleId,
  message: string,
  file: string,
  point: { line: number; column: number } = { line: 1, column: 1 },
): Diagnostic {
  return { file, line: point.line, column: point.column, severity: RULES[rule].severity, rule, message };
}

/** Orders diagnostics by file, then position, then rule, so output is stable. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareStrings(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareStrings(a.rule, b.rule) ||
    compareStrings(a.message, b.message)
  );
}

/**
 * Diagnostics in order (compareDiagnostics), each said once: a rebuild that
 * resolves a note's tables again may say what the last build said of them.
 */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics
    .sort(compareDiagnostics)
    .filter((d, i, all) => i === 0 || compareDiagnostics(all[i - 1] as Diagnostic, d) !== 0);
}

/** Code-unit order: unlike localeCompare, the same on every machine and locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `path:line:col: severity: message [rule]`, as tsc and eslint print. */
export function formatDiagnostic(d: Diagnostic, pathPrefix = ""): string {
  return `${pathPrefix}${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.rule}]`;
}

export interface DiagnosticCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticCounts {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (d.severity === "error") counts.errors++;
    else if (d.severity === "warning") counts.warnings++;
    else counts.infos++;
  }
  return counts;
}
