import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { LayoutSnapshot } from "@simpul/graph";
import type { NoteSource, ParseResult, parseBibliography } from "@simpul/markdown";
import { writeAtomic } from "./writeAtomic";

type Bibliography = ReturnType<typeof parseBibliography>;

const hash = (...parts: (string | Uint8Array)[]) => {
  const digest = createHash("sha256");
  for (const part of parts) digest.update(part).update("\0");
  return digest.digest("hex");
};

/**
 * Parse results and the last layout, kept between builds so a rebuild after
 * editing one note parses one note. Parse results are keyed by the note's
 * path, text and the vocabulary, and salted with the parser's own code, so a
 * changed parser or schema never reuses a stale result; the layout is keyed
 * by the graph's structure, the bibliography by its text. Output is the same
 * with or without the cache.
 */
export class BuildCache {
  readonly #dir: string;
  readonly #salt: string;
  readonly #parsed: Map<string, ParseResult>;
  readonly #used = new Map<string, ParseResult>();
  #layout: { key: string; snapshot: LayoutSnapshot } | undefined;
  #bibliography: { key: string; parsed: Bibliography } | undefined;
  #parsedChanged = false;
  #layoutChanged = false;
  #bibliographyChanged = false;

  constructor(dir: string, parser: URL) {
    this.#dir = dir;
    this.#salt = hash(readFileSync(parser));
    const stored = this.#read<{ salt: string; parsed: Map<string, ParseResult> }>("parsed.v8");
    this.#parsed = stored?.salt === this.#salt ? stored.parsed : new Map();
    this.#layout = this.#read("layout.v8");
    this.#bibliography = this.#read("bibliography.v8");
  }

  /** Parses the bibliography, or returns the parse of the same text from last time. */
  bibliography(parse: typeof parseBibliography): typeof parseBibliography {
    return (path, text) => {
      const key = hash(this.#salt, path, text);
      if (this.#bibliography?.key !== key) {
        this.#bibliography = { key, parsed: parse(path, text) };
        this.#bibliographyChanged = true;
      }
      return this.#bibliography.parsed;
    };
  }

  /** Parse results depend on the vocabulary too: called once it is known. */
  useVocabulary(vocabulary: unknown): void {
    this.#vocabularyKey = hash(JSON.stringify(vocabulary));
  }

  #vocabularyKey = "";

  #key(source: NoteSource): string {
    return hash(this.#vocabularyKey, source.path, source.text);
  }

  getParsed(source: NoteSource): ParseResult | undefined {
    const key = this.#key(source);
    const result = this.#parsed.get(key);
    if (result) this.#used.set(key, result);
    return result;
  }

  setParsed(source: NoteSource, result: ParseResult): void {
    this.#used.set(this.#key(source), result);
    this.#parsedChanged = true;
  }

  getLayout(signature: string): LayoutSnapshot | undefined {
    return this.#layout?.key === hash(this.#salt, signature) ? this.#layout.snapshot : undefined;
  }

  setLayout(snapshot: LayoutSnapshot): void {
    const key = hash(this.#salt, snapshot.signature);
    if (this.#layout?.key === key) return;
    this.#layout = { key, snapshot };
    this.#layoutChanged = true;
  }

  /** Writes what changed; parse results keep only what this build used, so deleted notes do not linger. */
  save(): void {
    if (this.#parsedChanged || this.#used.size !== this.#parsed.size) {
      writeAtomic(join(this.#dir, "parsed.v8"), serialize({ salt: this.#salt, parsed: this.#used }));
    }
    if (this.#layoutChanged) writeAtomic(join(this.#dir, "layout.v8"), serialize(this.#layout));
    if (this.#bibliographyChanged) writeAtomic(join(this.#dir, "bibliography.v8"), serialize(this.#bibliography));
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
