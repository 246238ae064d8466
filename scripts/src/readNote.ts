import { createHash } from "node:crypto";
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { decodeSource, type NoteSource } from "@simpul/markdown";
import { type Diagnostic, diagnostic } from "@simpul/schema";

export interface ReadOptions {
  /** Notes larger than this many bytes are refused unread. */
  maxNoteBytes: number;
}

export const READ_DEFAULTS: ReadOptions = { maxNoteBytes: 5 * 1024 * 1024 };

export interface NoteRead {
  /** Hash of the note's bytes, which the build cache is keyed by; none for a note refused unread. */
  hash?: string;
  /** The text, unless the note is too large, binary or not UTF-8. */
  source?: NoteSource;
  diagnostics: Diagnostic[];
}

/** Reads one note of a vault (`path` relative to it, with `/`) as text, refusing what is not a text note. */
export function readNote(contentDir: string, path: string, options: ReadOptions): NoteRead {
  const bytes = readBytes(contentDir, path, options.maxNoteBytes);
  if (typeof bytes === "number") {
    const message = `This note is ${bytes} bytes, over the limit of ${options.maxNoteBytes}; split it`;
    return { diagnostics: [diagnostic("note-too-large", message, path)] };
  }
  const decoded = decodeSource(path, bytes);
  const source = decoded.text === undefined ? undefined : { path, text: decoded.text };
  return { hash: hashBytes(bytes), ...(source ? { source } : {}), diagnostics: decoded.diagnostics };
}

/** The hash readNote would give, without decoding; none for a note over the size limit. */
export function hashNote(contentDir: string, path: string, options: ReadOptions): string | undefined {
  const bytes = readBytes(contentDir, path, options.maxNoteBytes);
  return typeof bytes === "number" ? undefined : hashBytes(bytes);
}

/** The note's bytes, or its size when that is over the limit (then it is not read). */
function readBytes(contentDir: string, path: string, maxBytes: number): Buffer | number {
  // Both parts are clean (an absolute folder, a listed path): no need for path.join, which is slow per file.
  const fd = openSync(`${contentDir}/${path}`, "r");
  try {
    const { size } = fstatSync(fd);
    if (size > maxBytes) return size;
    // readFileSync(fd) would ask for the size again; a note is read in one call or a few.
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const count = readSync(fd, bytes, read, size - read, read);
      if (count === 0) break;
      read += count;
    }
    return read < size ? bytes.subarray(0, read) : bytes;
  } finally {
    closeSync(fd);
  }
}

function hashBytes(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("base64");
}
