import { hash } from "node:crypto";
import { proseOf, withoutProse } from "@simpul/graph";
import type { ParsedNote } from "@simpul/markdown";
import type { NoteOutcome } from "./parseWorker";

export interface PackedOutcome {
  /** The hash of the outcome with the note's prose blanked: outcomes of the same shape give the same graph but for prose. */
  shape: string;
  bytes: Uint8Array;
}

/**
 * A note's outcome as it travels from its worker and is kept in the build
 * cache: JSON, as UTF-8, of the outcome with its prose blanked and of the
 * prose, so that the one string gives the shape too. The main thread decodes
 * every stored outcome on a rebuild after a link changed: 43 MB for 10,000
 * notes, decoded in 215 ms. v8.serialize's bytes were 51 MB, and decoded
 * slower (490 ms where JSON took 400, in an earlier measure).
 */
export function packOutcome(outcome: NoteOutcome): PackedOutcome {
  const blanked = JSON.stringify(outcome.note ? { ...outcome, note: withoutProse(outcome.note) } : outcome);
  const prose = outcome.note ? JSON.stringify(proseOf(outcome.note)) : "null";
  return {
    shape: hash("sha256", blanked, "base64"),
    bytes: Buffer.from(`[${blanked},${prose}]`),
  };
}

/** The outcome packOutcome packed; undefined if the bytes are not one. */
export function unpackOutcome(packed: Uint8Array): NoteOutcome | undefined {
  try {
    const text = Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength).toString();
    const [outcome, prose] = JSON.parse(text) as [NoteOutcome, Partial<ParsedNote> | null];
    if (outcome.note && prose) Object.assign(outcome.note, prose);
    return outcome;
  } catch {
    return undefined;
  }
}

/** Each path's length and its packed outcome's, before them (see packShard). */
const LENGTHS_BYTES = 8;

/**
 * Packed outcomes by path, as a file of the cache keeps them: for each, the
 * lengths of its path (UTF-8) and of its bytes, then both. Written as parts,
 * never copied into one buffer; read back as views of the file's bytes.
 * v8.serialize took 0.5 s over the 43 MB of 10,000 notes.
 */
export function packShard(packed: ReadonlyMap<string, Uint8Array>): Uint8Array[] {
  const parts: Uint8Array[] = [];
  for (const [path, bytes] of packed) {
    const name = Buffer.from(path);
    const lengths = Buffer.allocUnsafe(LENGTHS_BYTES);
    lengths.writeUInt32LE(name.length, 0);
    lengths.writeUInt32LE(bytes.length, 4);
    parts.push(lengths, name, bytes);
  }
  return parts;
}

/** What packShard packed; undefined if the bytes are not that. */
export function unpackShard(bytes: Uint8Array): Map<string, Uint8Array> | undefined {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const packed = new Map<string, Uint8Array>();
  let at = 0;
  while (at < view.length) {
    if (at + LENGTHS_BYTES > view.length) return undefined;
    const nameEnd = at + LENGTHS_BYTES + view.readUInt32LE(at);
    const end = nameEnd + view.readUInt32LE(at + 4);
    if (end > view.length) return undefined;
    packed.set(view.toString("utf8", at + LENGTHS_BYTES, nameEnd), view.subarray(nameEnd, end));
    at = end;
  }
  return packed;
}
