import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { LayoutSnapshot } from "@simpul/graph";
import type { NoteSource, ParseResult } from "@simpul/markdown";
import { writeAtomic } from "./writeAtomic";

const hash = (...parts: (string | Uint8Array)[]) => {
  const digest = createHash("sha256");
  for (const part of parts) digest.update(part).update("\0");
  return digest.digest("hex");
};

/**
 * Parse results and the last layout, kept between builds so a rebuild after
 * editing one note parses one note. Parse results are keyed by the note's
 * path and text and salted with the parser's own code and the vocabulary, so
 * a changed parser or schema never reuses a stale result; the layout is keyed
 * by the graph's structure. Output is the same with or without the cache.
 */
export class BuildCache {
  readonly #dir: string;
  readonly #salt: string;
  readonly #parsed: Map<string, ParseResult>;
  readonly #used = new Map<string, ParseResult>();
  #layout: { key: string; snapshot: LayoutSnapshot } | undefined;

  constructor(dir: string, parser: URL, vocabulary: unknown) {
    this.#dir = dir;
    this.#salt = hash(readFileSync(parser), JSON.stringify(vocabulary));
    const stored = this.#read<{ salt: string; parsed: Map<string, ParseResult> }>("parsed.v8");
    this.#parsed = stored?.salt === this.#salt ? stored.parsed : new Map();
    this.#layout = this.#read("layout.v8");
  }

  #key(source: NoteSource): string {
    return hash(source.path, source.text);
  }

  getParsed(source: NoteSource): ParseResult | undefined {
    const key = this.#key(source);
    const result = this.#parsed.get(key);
    if (result) this.#used.set(key, result);
    return result;
  }

  setParsed(source: NoteSource, result: ParseResult): void {
    this.#used.set(this.#key(source), result);
  }

  getLayout(signature: string): LayoutSnapshot | undefined {
    return this.#layout?.key === hash(this.#salt, signature) ? this.#layout.snapshot : undefined;
  }

  setLayout(snapshot: LayoutSnapshot): void {
    this.#layout = { key: hash(this.#salt, snapshot.signature), snapshot };
  }

  /** Writes what this build used, so notes since deleted do not linger. */
  save(): void {
    writeAtomic(join(this.#dir, "parsed.v8"), serialize({ salt: this.#salt, parsed: this.#used }));
    if (this.#layout) writeAtomic(join(this.#dir, "layout.v8"), serialize(this.#layout));
  }

  #read<T>(name: string): T | undefined {
    const path = join(this.#dir, name);
    if (!existsSync(path)) return undefined;
    try {
      return deserialize(readFileSync(path)) as T;
    } catch {
      // A cache that cannot be read is only a slower build, never a failure.
      return undefined;
    }
  }
}
