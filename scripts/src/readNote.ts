import { hash } from "node:crypto";
import { type BigIntStats, closeSync, fstatSync, openSync, readSync, statSync } from "node:fs";
import { decodeSource, type NoteSource } from "@simpul/markdown";
import { type Diagnostic, diagnostic } from "@simpul/schema";
import { isSystemRefusal } from "./systemRefusal";

export interface ReadOptions {
  /** Notes larger than this many bytes are refused unread. */
  maxNoteBytes: number;
}

export const READ_DEFAULTS: ReadOptions = { maxNoteBytes: 5 * 1024 * 1024 };

/** What tells a note's bytes apart: their hash, and the file's stamp when read (see stampNote). */
export interface NoteHash {
  hash: string;
  stamp?: string;
}

export interface NoteRead extends Partial<NoteHash> {
  /** The text, unless the note is too large, binary or not UTF-8. */
  source?: NoteSource;
  diagnostics: Diagnostic[];
}

/** Reads one note of a vault (`path` relative to it, with `/`) as text, refusing what is not a text note. */
export function readNote(contentDir: string, path: string, options: ReadOptions): NoteRead {
  const read = readBytes(contentDir, path, options.maxNoteBytes);
  if ("failed" in read) return { diagnostics: [diagnostic("note-unreadable", unreadable(path, read.failed), path)] };
  const { bytes, stats } = read;
  if (bytes === undefined) {
    const message = `This note is ${stats.size} bytes, over the limit of ${options.maxNoteBytes}; split it`;
    return { diagnostics: [diagnostic("note-too-large", message, path)] };
  }
  const decoded = decodeSource(path, bytes);
  const source = decoded.text === undefined ? undefined : { path, text: decoded.text };
  return { ...hashOf(bytes, stats), ...(source ? { source } : {}), diagnostics: decoded.diagnostics };
}

/** The hash readNote would give, without decoding; none for a note over the size limit, or one it cannot read. */
export function hashNote(contentDir: string, path: string, options: ReadOptions): NoteHash | undefined {
  const read = readBytes(contentDir, path, options.maxNoteBytes);
  return "failed" in read || read.bytes === undefined ? undefined : hashOf(read.bytes, read.stats);
}

/**
 * Why a note listed could not be read: its name (as listed, a name that is
 * not UTF-8 opens no file), its permissions, or its removal since the
 * listing.
 */
function unreadable(path: string, code: string): string {
  if (path.includes("\uFFFD")) return "This note's file name is not valid UTF-8, so it cannot be opened; rename it";
  if (code === "EACCES" || code === "EPERM")
    return `This note cannot be read (${code}): it is not readable by this user`;
  if (code === "ENOENT") return "This note was listed, then gone before it could be read (ENOENT)";
  return `This note cannot be read (${code})`;
}

/**
 * What the file system says of a note without reading it: its size, the
 * times of its last change and its inode, as git's index keeps them. A
 * rebuild reads only notes whose stamp differs from the one their stored
 * hash was taken with. Any write sets the change time (ctime) to now, so a
 * stamp is only kept once that time is RACY_MS old: a file written again
 * within a coarse clock's tick would otherwise keep its stamp.
 */
export function stampNote(contentDir: string, path: string): string | undefined {
  try {
    return stampOf(statSync(`${contentDir}/${path}`, { bigint: true }));
  } catch {
    return undefined;
  }
}

/** Long enough for file systems that keep times to the second or two (FAT keeps 2 s). */
const RACY_MS = 3000n;

function stampOf(stats: BigIntStats): string | undefined {
  if (stats.ctimeMs > BigInt(Date.now()) - RACY_MS) return undefined;
  return `${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}:${stats.ino}`;
}

function hashOf(bytes: Uint8Array, stats: BigIntStats): NoteHash {
  return { hash: hashBytes(bytes), stamp: stampOf(stats) };
}

/**
 * The note's bytes, unless its size is over the limit (then it is not read),
 * and its stats, taken before reading; or the code of the system's refusal
 * to open or read it (see unreadable).
 */
function readBytes(
  contentDir: string,
  path: string,
  maxBytes: number,
): { bytes?: Buffer; stats: BigIntStats } | { failed: string } {
  let fd: number | undefined;
  try {
    // Both parts are clean (an absolute folder, a listed path): no need for path.join, which is slow per file.
    fd = openSync(`${contentDir}/${path}`, "r");
    const stats = fstatSync(fd, { bigint: true });
    const size = Number(stats.size);
    if (size > maxBytes) return { stats };
    // readFileSync(fd) would ask for the size again; a note is read in one call or a few.
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const count = readSync(fd, bytes, read, size - read, read);
      if (count === 0) break;
      read += count;
    }
    return { bytes: read < size ? bytes.subarray(0, read) : bytes, stats };
  } catch (error) {
    return refused(error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The code of what the system refused; anything else (a bug) is thrown again. */
function refused(error: unknown): { failed: string } {
  if (!isSystemRefusal(error)) throw error;
  return { failed: error.code as string };
}

function hashBytes(bytes: Uint8Array): string {
  // One call: a Hash object per note costs twice as much.
  return hash("sha256", bytes, "base64");
}
