import type { Diagnostic } from "@simpul/schema";
import type { BuildCache, CachedNote } from "./buildCache";
import type { ParsedFile, ParsePool } from "./parsePool";
import type { NoteOutcome } from "./parseWorker";
import type { NoteHash } from "./readNote";

export interface NoteOutcomes {
  /** One per path, in order; undefined where the note took too long to parse. */
  outcomes: (NoteOutcome | undefined)[];
  /** Why those notes could not be parsed. */
  diagnostics: Diagnostic[];
}

export interface ReadNotes {
  /** One per path, in order (see ParsedFile); undefined where the note took too long to parse. */
  shapes: (string | undefined)[];
  /** One per path, in order: the hash of the note's bytes; undefined where the note could not be read. */
  hashes: (string | undefined)[];
  /** The outcomes parsed by this build rather than taken from the cache, by path. */
  fresh: Map<string, NoteOutcome>;
  /** One note's outcome, parsed by this build or decoded from the cache; undefined if it has none or cannot be decoded. */
  outcome(index: number): NoteOutcome | undefined;
  /** Every outcome; decodes those taken from the cache, and parses again any that cannot be decoded. */
  complete(): Promise<NoteOutcomes>;
}

/**
 * Reads every note: from the cache where the note's bytes are unchanged,
 * else read and parsed in the workers. When parses are stored, every note is
 * hashed first, to tell which changed.
 */
export async function readNotes(
  paths: readonly string[],
  pool: ParsePool,
  cache?: BuildCache,
  onParsed?: ParseProgress,
): Promise<ReadNotes> {
  const cached: (CachedNote | undefined)[] = new Array(paths.length);
  const hashes: (NoteHash | undefined)[] = cache?.hasNotes ? await hashNotes(paths, pool, cache) : [];
  for (const [index, path] of paths.entries()) cached[index] = cache?.getNote(path, hashes[index]);
  const missing = paths.filter((_, index) => cached[index] === undefined);
  const reused = paths.length - missing.length;
  if (missing.length === 0) onParsed?.(0, 0, reused);
  const parsed = await parse(missing, pool, cache, onParsed && ((done, total) => onParsed(done, total, reused)));
  const fresh = new Map([...parsed.files].map(([path, file]) => [path, file.outcome] as const));
  const outcome = (index: number) => fresh.get(paths[index] as string) ?? cached[index]?.outcome();
  return {
    shapes: paths.map((path, index) => cached[index]?.shape ?? parsed.files.get(path)?.shape),
    hashes: paths.map((path, index) => (cached[index] ? hashes[index]?.hash : parsed.files.get(path)?.hash)),
    fresh,
    outcome,
    async complete() {
      const outcomes = paths.map((_, index) => outcome(index));
      const broken = paths.filter((_, index) => cached[index] !== undefined && outcomes[index] === undefined);
      const reparsed = await parse(broken, pool, cache);
      for (const [index, path] of paths.entries()) outcomes[index] ??= reparsed.files.get(path)?.outcome;
      return { outcomes, diagnostics: [...parsed.diagnostics, ...reparsed.diagnostics] };
    },
  };
}

/**
 * Every note's hash: the stored one where the note's stamp is that it was
 * taken with, else read and hashed. When the last output may be edited, no
 * stored parse needs decoding, and this thread hashes the notes while a
 * worker loads to parse those changed. Otherwise a worker hashes while this
 * thread decodes the stored parses.
 */
async function hashNotes(paths: readonly string[], pool: ParsePool, cache: BuildCache) {
  const stamps = pool.stampNotes(paths);
  const hashes = paths.map((path, index) => cache.knownHash(path, stamps[index]));
  const unknown = paths.filter((_, index) => hashes[index] === undefined);
  const hashing = cache.hasOutput || unknown.length === 0 ? pool.hashNotesHere(unknown) : pool.hashNotes(unknown);
  if (!cache.hasOutput) cache.recall(paths);
  const fresh = (await hashing).values();
  return hashes.map((known) => known ?? fresh.next().value);
}

/**
 * Told, as each note is parsed, how many of those to parse are, and how many
 * notes were taken from the cache instead: for a build to say how far it has
 * come.
 */
export type ParseProgress = (done: number, total: number, reused: number) => void;

/** Parses notes in the workers, keeping what they give in the cache. */
async function parse(
  paths: readonly string[],
  pool: ParsePool,
  cache?: BuildCache,
  onParsed?: (done: number, total: number) => void,
) {
  const files = new Map<string, ParsedFile>();
  const { results, diagnostics } = await pool.parseNotes(paths, onParsed);
  for (const [index, path] of paths.entries()) {
    const result = results[index];
    if (result === undefined) continue;
    files.set(path, result);
    const { hash, stamp, shape } = result;
    if (hash !== undefined) cache?.setNote(path, { hash, stamp, shape }, result.packed);
  }
  return { files, diagnostics };
}
