import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { LayoutSnapshot, Placement, StructureMemo } from "@simpul/graph";
import type { WrittenOutput } from "./buildDirectory";
import type { ParsedBibliography } from "./loadBibliography";
import { packShard, unpackOutcome, unpackShard } from "./packedOutcome";
import type { NoteOutcome } from "./parseWorker";
import type { NoteHash } from "./readNote";
import { isSystemRefusal } from "./systemRefusal";
import { writeAtomic } from "./writeAtomic";

export const hash = (...parts: (string | Uint8Array)[]) => {
  const digest = createHash("sha256");
  for (const part of parts) digest.update(part).update("\0");
  return digest.digest("hex");
};

/** What is known of a note's parse without decoding it: the hash of its bytes (and the stamp it was taken with), and its shape (see ParsedFile). */
interface NoteEntry extends NoteHash {
  shape: string;
}

export interface CachedNote {
  shape: string;
  /** Decodes the stored outcome; undefined if it cannot be read. */
  outcome(): NoteOutcome | undefined;
}

/** A cached file starts with the length of its head (salt and key), as a 32-bit integer. */
const HEAD_LENGTH_BYTES = 4;

/** Parses are stored in this many files by path, so a rebuild rewrites the few it changed. */
const SHARDS = 64;

type Small = "layout" | "bibliography" | "output" | "structure";

/**
 * What earlier builds computed, kept so a rebuild after editing one note
 * parses one note: each note's parse (reused while its path, its bytes and
 * the vocabulary are the same), the bibliography (while its text is), the
 * layout (while the graph's structure is) and what the last build wrote
 * (while all its inputs but prose are). Each file is salted with the code
 * that computed it, so a changed parser or layout never reuses a stale
 * result. Output is the same with or without the cache.
 */
export class BuildCache {
  readonly #dir: string;
  readonly #salt: string;
  readonly #vocabulary: string;
  /** The index of stored parses, and the index this build keeps. */
  readonly #stored: Map<string, NoteEntry>;
  readonly #kept = new Map<string, NoteEntry>();
  /** Stored parses by entryKey, in the shards read or written. */
  readonly #shards = new Map<number, Map<string, Uint8Array>>();
  /** Parses this build made, by path: each of the bytes its note is kept with. */
  readonly #added = new Map<string, Uint8Array>();
  readonly #recalled = new Map<string, NoteOutcome>();
  readonly #small = new Map<Small, Stored | undefined>();
  readonly #changed = new Set<Small>();
  /** Values serialized ahead of being kept (prepareStructure), with their bytes. */
  readonly #prepared = new WeakMap<object, Uint8Array>();
  /** Whether an entry kept has another stamp than the one stored. */
  #restamped = false;
  #unwritable: NodeJS.ErrnoException | undefined;

  /** `code`: the files whose code computes what is cached; `vocabulary`: a key for what notes are parsed against. */
  constructor(dir: string, code: readonly URL[], vocabulary: string) {
    this.#dir = dir;
    this.#salt = hash(...code.map((file) => readFileSync(file)));
    this.#vocabulary = vocabulary;
    this.#stored = this.#readMap("parsed");
  }

  /**
   * Starts another build with this cache, as a process that keeps it does
   * (BuildSession): no note is kept or decoded yet, and parses a build made
   * but never saved (it failed) are dropped, as they go with what that build
   * kept.
   */
  startBuild(): void {
    this.#kept.clear();
    this.#recalled.clear();
    this.#added.clear();
  }

  /** Whether parses of an earlier build are stored; without them every note is parsed, unhashed. */
  get hasNotes(): boolean {
    return this.#stored.size > 0;
  }

  /** Whether what the last build wrote is known, which getOutput may give back. */
  get hasOutput(): boolean {
    return this.#smallFile("output") !== undefined;
  }

  /**
   * Decodes the stored outcomes of these notes ahead of getNote, before it
   * is known which notes changed: decoding is most of a rebuild's reading,
   * and can run while a worker hashes the files.
   */
  recall(paths: readonly string[]): void {
    for (const path of paths) {
      const stored = this.#stored.get(path);
      const outcome = stored && this.#decode(path, stored.hash);
      if (outcome) this.#recalled.set(path, outcome);
    }
  }

  /** The hash stored for this note, if it was taken when the note had this stamp: its bytes need no reading. */
  knownHash(path: string, stamp: string | undefined): NoteHash | undefined {
    const stored = this.#stored.get(path);
    return stamp !== undefined && stored?.stamp === stamp ? { hash: stored.hash, stamp } : undefined;
  }

  /** The parse stored for this note, if its bytes are those it was parsed from. */
  getNote(path: string, bytes: NoteHash | undefined): CachedNote | undefined {
    const stored = this.#stored.get(path);
    if (stored === undefined || bytes === undefined || stored.hash !== bytes.hash) return undefined;
    if (stored.stamp !== bytes.stamp) this.#restamped = true;
    this.#kept.set(path, { ...stored, stamp: bytes.stamp });
    return { shape: stored.shape, outcome: () => this.#recalled.get(path) ?? this.#decode(path, stored.hash) };
  }

  setNote(path: string, entry: NoteEntry, packed: Uint8Array): void {
    this.#kept.set(path, { hash: entry.hash, stamp: entry.stamp, shape: entry.shape });
    this.#added.set(path, packed);
  }

  getBibliography(path: string, text: string): ParsedBibliography | undefined {
    return this.#get("bibliography", path, text);
  }

  setBibliography(path: string, text: string, parsed: ParsedBibliography): void {
    this.#set("bibliography", parsed, path, text);
  }

  getLayout(signature: string): LayoutSnapshot | undefined {
    const placement = this.#get<Placement>("layout", signature);
    return placement instanceof Float64Array ? { signature, placement } : undefined;
  }

  /** Kept without its signature, which only its key needs (hashed): 1.5 MB at 10,000 notes. */
  setLayout({ signature, placement }: LayoutSnapshot): void {
    if (this.getLayout(signature) === undefined) this.#set("layout", placement, signature);
  }

  /** The structure memo of the last graph written, if it was built from these `inputs` (see buildDirectory). */
  getStructure(inputs: string): StructureMemo | undefined {
    return this.#get("structure", inputs);
  }

  /**
   * Serializes a memo now, ahead of setStructure: a patched build does it
   * while its layout runs, and keeps the memo only once its graph is
   * written, as the cache holds a single memo (the written graph's).
   */
  prepareStructure(memo: StructureMemo): void {
    this.#prepared.set(memo, serialize(memo));
  }

  setStructure(inputs: string, memo: StructureMemo): void {
    this.#set("structure", memo, inputs);
  }

  /** What the last build wrote, if it read the same folder (see buildDirectory). */
  getOutput(folder: string): WrittenOutput | undefined {
    return this.#get("output", folder);
  }

  setOutput(folder: string, output: WrittenOutput): void {
    this.#set("output", output, folder);
  }

  /**
   * What the system refused when this cache was last saved (a file where its
   * folder should be, no permission, a full disk), if it did: the build goes
   * on, and the next save writes every file again.
   */
  get unwritable(): NodeJS.ErrnoException | undefined {
    return this.#unwritable;
  }

  /** Writes what changed since the last save; parses are kept only for notes this build read. */
  save(): void {
    // After a save the system refused, every file is written again: which ones it left as they were is not known.
    const again = this.#unwritable !== undefined;
    this.#unwritable = undefined;
    const dropped = [...this.#stored.keys()].filter((path) => !this.#kept.has(path));
    const touched = new Set([...this.#added.keys(), ...dropped, ...(again ? this.#kept.keys() : [])].map(shardOf));
    for (const shard of touched) {
      const before = this.#shard(shard);
      const after = new Map<string, Uint8Array>();
      for (const [path, { hash }] of this.#kept) {
        const key = entryKey(path, hash);
        const packed = shardOf(path) === shard ? (this.#added.get(path) ?? before.get(key)) : undefined;
        if (packed) after.set(key, packed);
      }
      this.#shards.set(shard, after);
      this.#write(`parsed-${shard}`, this.#vocabulary, packShard(after));
    }
    if (touched.size > 0 || this.#restamped || again) this.#write("parsed", this.#vocabulary, [serialize(this.#kept)]);
    for (const name of again ? this.#small.keys() : this.#changed) {
      const file = this.#small.get(name);
      if (file) this.#write(name, file.key, [this.#serialized(file.value())]);
    }
    this.#stored.clear();
    for (const [path, entry] of this.#kept) this.#stored.set(path, entry);
    this.#added.clear();
    this.#changed.clear();
    this.#restamped = false;
  }

  #serialized(value: unknown): Uint8Array {
    return (typeof value === "object" && value !== null && this.#prepared.get(value)) || serialize(value);
  }

  #decode(path: string, hash: string): NoteOutcome | undefined {
    const packed = this.#shard(shardOf(path)).get(entryKey(path, hash));
    return packed && unpackOutcome(packed);
  }

  #shard(shard: number): Map<string, Uint8Array> {
    let paths = this.#shards.get(shard);
    if (paths === undefined) {
      const file = this.#read(`parsed-${shard}`);
      paths = (file?.key === this.#vocabulary && unpackShard(file.bytes)) || new Map();
      this.#shards.set(shard, paths);
    }
    return paths;
  }

  #smallFile(name: Small): Stored | undefined {
    if (!this.#small.has(name)) this.#small.set(name, this.#read(name));
    return this.#small.get(name);
  }

  #get<T>(name: Small, ...key: string[]): T | undefined {
    const file = this.#smallFile(name);
    return file?.key === hash(...key) ? (file.value() as T | undefined) : undefined;
  }

  #set(name: Small, value: unknown, ...key: string[]): void {
    this.#small.set(name, { key: hash(...key), value: () => value });
    this.#changed.add(name);
  }

  /**
   * The value (in parts, written one after another) comes after its salt
   * and key, so that a reader can tell it is not the one sought without
   * decoding it: the file holds the length of that head, the head, then the
   * value.
   */
  #write(name: string, key: string, value: readonly Uint8Array[]): void {
    // Once one file is refused, the others of this save are too, most likely: not asked for.
    if (this.#unwritable) return;
    const head = serialize({ salt: this.#salt, key });
    const length = Buffer.alloc(HEAD_LENGTH_BYTES);
    length.writeUInt32LE(head.length);
    try {
      writeAtomic(join(this.#dir, `${name}.v8`), [length, head, ...value]);
    } catch (error) {
      // Each file read back is checked against its key, so files a save left as they were are never taken amiss.
      if (!isSystemRefusal(error)) throw error;
      this.#unwritable = error;
    }
  }

  /** Parses (an index, or a shard) stored under this vocabulary; empty if there are none. */
  #readMap<T>(name: string): Map<string, T> {
    const file = this.#read(name);
    const value = file?.key === this.#vocabulary ? file.value() : undefined;
    return value instanceof Map ? (value as Map<string, T>) : new Map();
  }

  /** A stored file, if this code wrote it; its value, v8-serialized, is decoded when first asked for. */
  #read(name: string): StoredFile | undefined {
    const path = join(this.#dir, `${name}.v8`);
    if (!existsSync(path)) return undefined;
    // A cache that cannot be read (another user's, a folder in a file's place) is only a slower build, never a failure.
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      return undefined;
    }
    const headEnd = bytes.length < HEAD_LENGTH_BYTES ? 0 : HEAD_LENGTH_BYTES + bytes.readUInt32LE();
    const head = decode(bytes.subarray(HEAD_LENGTH_BYTES, headEnd)) as { salt?: unknown; key?: unknown } | undefined;
    if (head?.salt !== this.#salt || typeof head.key !== "string" || headEnd > bytes.length) return undefined;
    let decoded: { value: unknown } | undefined;
    const value = () => {
      decoded ??= { value: decode(bytes.subarray(headEnd)) };
      return decoded.value;
    };
    return { key: head.key, bytes: bytes.subarray(headEnd), value };
  }
}

/** A cached value: the key it was computed for, and the value (undefined if it cannot be decoded). */
interface Stored {
  key: string;
  value(): unknown;
}

/** A cached value as read from its file, with its bytes as stored (a shard's are not v8-serialized: packShard). */
interface StoredFile extends Stored {
  bytes: Uint8Array;
}

function decode(bytes: Uint8Array): unknown {
  try {
    return deserialize(bytes);
  } catch {
    return undefined;
  }
}

/**
 * A stored parse's key: its note's path and the hash of the bytes it was
 * parsed from. The index (path → hash) and the shards are separate files, and
 * another process, or a save cut short, may leave one newer than the other: a
 * parse is only ever taken for the bytes it was made from.
 */
function entryKey(path: string, hash: string): string {
  return `${path}\n${hash}`;
}

/** FNV-1a of the path: which file its parse is kept in. */
function shardOf(path: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 0x01000193);
  return (h >>> 0) % SHARDS;
}
