import { type Diagnostic, diagnostic } from "@simpul/schema";

const decoder = new TextDecoder("utf-8", { fatal: true });
// Git's heuristic: a NUL byte in the first 8000 bytes marks a binary file.
const BINARY_PROBE = 8000;
// C0 controls other than tab, line feed and carriage return, and DEL.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * Turns a note's bytes into text, refusing what is not a text note: binary
 * files and invalid UTF-8 (never silently replaced) give no text; control
 * characters are reported but the rest of the note is still read.
 */
export function decodeSource(path: string, bytes: Uint8Array): { text?: string; diagnostics: Diagnostic[] } {
  if (bytes.subarray(0, BINARY_PROBE).includes(0)) {
    return { diagnostics: [diagnostic("binary-file", "This looks like a binary file, not a Markdown note", path)] };
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const offset = invalidUtf8Offset(bytes);
    const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
    const line = countLines(bytes, offset);
    const message = `Invalid UTF-8 at byte ${offset} (0x${(bytes[offset] ?? 0).toString(16).padStart(2, "0")}); save the note as UTF-8`;
    return { diagnostics: [diagnostic("encoding", message, path, { line, column: offset - lineStart + 1 })] };
  }
  const controls = [...text.matchAll(CONTROL)];
  const first = controls[0];
  if (first === undefined) return { text, diagnostics: [] };
  const before = text.slice(0, first.index);
  const line = before.split("\n").length;
  const column = first.index - before.lastIndexOf("\n");
  const code = `U+${(first[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
  const more = controls.length > 1 ? ` (and ${controls.length - 1} more)` : "";
  const message = `Control character ${code}${more}; remove it`;
  return { text, diagnostics: [diagnostic("control-character", message, path, { line, column })] };
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The offset of the first byte that breaks UTF-8 (RFC 3629). */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] as number;
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte < 0xe0
          ? 2
          : byte >= 0xe0 && byte < 0xf0
            ? 3
            : byte >= 0xf0 && byte < 0xf5
              ? 4
              : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    const second = bytes[i + 1] as number;
    if ((byte === 0xe0 && second < 0xa0) || (byte === 0xed && second > 0x9f)) return i;
    if ((byte === 0xf0 && second < 0x90) || (byte === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return bytes.length;
}
