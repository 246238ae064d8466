import { parse } from "@retorquere/bibtex-parser";
import { type Diagnostic, diagnostic, type Reference } from "@simpul/schema";
import { location } from "vfile-location";
import { normalizeSource } from "./normalizeSource";

/**
 * Parses `references.bib` with a maintained BibTeX parser (LaTeX decoded to
 * Unicode, names split), reduced to what citations and the explorer need.
 */
export function parseBibliography(
  path: string,
  rawText: string,
): { references: Record<string, Reference>; diagnostics: Diagnostic[] } {
  const text = normalizeSource(rawText);
  const place = location(text);
  const diagnostics: Diagnostic[] = [];
  const library = parse(text, { english: false, sentenceCase: false, unsupported: "ignore" });
  for (const error of library.errors) {
    const unclosed = unclosedEntry(text, error.input);
    if (unclosed) {
      const point = place.toPoint(unclosed.offset) ?? { line: 1, column: 1 };
      const message = `The entry${unclosed.key ? ` "${unclosed.key}"` : ""} opened here is never closed; end it with "${unclosed.closing}"`;
      diagnostics.push(diagnostic("bibtex-syntax", message, path, { line: point.line, column: point.column }));
      continue;
    }
    const at = /at line (\d+), column (\d+)/.exec(error.error);
    const point = at ? { line: Number(at[1]), column: Number(at[2]) } : { line: 1, column: 1 };
    diagnostics.push(diagnostic("bibtex-syntax", error.error.replace(/\s+/g, " "), path, point));
  }
  // No prototype: an entry keyed `constructor` or `__proto__` is an entry like any other.
  const references: Record<string, Reference> = Object.create(null);
  // Entries come in the file's order: each is sought from where the one before ended (from the start, thousands of
  // entries took a third of the parse), and from the start only if not found there.
  let from = 0;
  for (const entry of library.entries) {
    if (entry.input === "") continue;
    const after = text.indexOf(entry.input, from);
    const offset = after >= 0 ? after : text.indexOf(entry.input);
    if (offset >= 0) from = offset + entry.input.length;
    const point = (offset >= 0 && place.toPoint(offset)) || { line: 1, column: 1 };
    const first = references[entry.key];
    if (first) {
      // BibTeX and Biber keep the first entry of a key, and say so.
      const message = `The entry on line ${first.provenance.slice(path.length + 1)} has the key "${entry.key}" already; this one is ignored`;
      diagnostics.push(diagnostic("bibtex-duplicate-key", message, path, { line: point.line, column: point.column }));
      continue;
    }
    const creators = entry.fields.author ?? entry.fields.editor ?? [];
    const fields = entry.fields as Record<string, unknown>;
    references[entry.key] = {
      key: entry.key,
      type: entry.type,
      authors: creators.map((c) =>
        c.lastName
          ? [c.prefix, c.lastName].filter(Boolean).join(" ") + (c.firstName ? `, ${c.firstName}` : "")
          : (c.name ?? ""),
      ),
      year: String(fields.year ?? fields.date ?? "").slice(0, 4),
      title: String(fields.title ?? ""),
      container: String(fields.journal ?? fields.booktitle ?? fields.journaltitle ?? ""),
      publisher: [fields.publisher, fields.address ?? fields.location].flat().filter(Boolean).join(", "),
      provenance: `${path}:${point.line}`,
    };
  }
  return { references, diagnostics };
}

/** An entry's opening: `@type{key,` or `@type(key,`. */
const OPENING = /@[ \t]*([A-Za-z][\w-]*)\s*([{(])\s*([^\s,={}()]*)/y;

/**
 * The entry a parse error is in (`input`, its text from its `@`), when its
 * brace or parenthesis is never closed in the rest of the file: the parser
 * says so where the file ends (or the next entry starts), far from the
 * entry to mend. Undefined for any other error.
 */
function unclosedEntry(
  text: string,
  input: string | undefined,
): { offset: number; key: string; closing: string } | undefined {
  const offset = input ? text.indexOf(input) : -1;
  if (offset === -1) return undefined;
  OPENING.lastIndex = offset;
  const opening = OPENING.exec(text);
  if (opening === null) return undefined;
  const closing = opening[2] === "(" ? ")" : "}";
  // Braces nest inside an entry either way; only the entry's own delimiter, outside them, closes it.
  let depth = 0;
  for (let at = offset + opening[0].length; at < text.length; at++) {
    const char = text[at];
    if (char === closing && depth === 0) return undefined;
    if (char === "{") depth++;
    else if (char === "}") depth--;
  }
  // A comment or a preamble has no key: its first word is text.
  const keyed = !/^(comment|preamble)$/i.test(opening[1] ?? "");
  return { offset, key: keyed ? (opening[3] ?? "") : "", closing };
}
