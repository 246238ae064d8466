import type { SchemaSource } from "@simpul/graph";
import { BuildCache, hash } from "./buildCache";
import type { BuildSession } from "./buildSession";
import { LayoutThread } from "./layoutThread";
import { loadBibliography, type ParsedBibliography } from "./loadBibliography";
import { ParsePool, POOL_DEFAULTS } from "./parsePool";
import { READ_DEFAULTS } from "./readNote";
import { type ParseProgress, type ReadNotes, readNotes } from "./readNotes";
import { listVault, readSchemaFiles, type VaultListing } from "./readVault";
import type { Allocate } from "./writtenGraph";

export interface DirectoryOptions {
  maxNoteBytes: number;
  timeoutMs: number;
  worker: URL;
  /** Where earlier builds' results are kept; none when absent. */
  cacheDir?: string;
  /** What a process that builds again and again keeps between builds; none for a single build. */
  session?: BuildSession;
  /** Told how many of the notes to parse (those not taken from the cache) are parsed, as each is. */
  onParsed?: ParseProgress;
}

export interface DirectoryRead {
  schema: SchemaSource;
  listing: VaultListing;
  /**
   * The parsed `references.bib`, parsed from the first call in a worker of
   * its own, loaded since the read began: after the notes, so it does not
   * compete with their workers, and while this thread builds the graph,
   * which does not need it.
   */
  bibliography: () => Promise<ParsedBibliography | undefined>;
  notes: ReadNotes;
  cache: BuildCache | undefined;
  /** The worker script (parseWorker) this read's jobs run in. */
  worker: URL;
  /** A worker for the layout: the session's spare, warmed up already, if it has one; else one that warms up if `warm`. */
  layoutThread: (warm: boolean) => LayoutThread;
  /** Memory for the graph's bytes: the session's, reused from build to build, if there is one. */
  allocate?: Allocate;
}

/**
 * Reads a vault as the CLI does: lists the folder, then reads and parses the
 * notes in workers (or takes them from the cache); the bibliography is parsed
 * when `use` asks for it. The workers stay up while `use` runs, which may
 * need notes decoded or parsed again (ReadNotes.complete).
 */
export async function readDirectory<T>(
  contentDir: string,
  options: Partial<DirectoryOptions>,
  use: (read: DirectoryRead) => Promise<T>,
): Promise<T> {
  const { maxNoteBytes = READ_DEFAULTS.maxNoteBytes, cacheDir, session } = options;
  const worker = options.worker ?? POOL_DEFAULTS.worker;
  const schema = readSchemaFiles(contentDir);
  const { types, relations } = schema;
  // Salted with the code that computes what is cached: the parse worker and the bundle holding this file.
  const code = [worker, new URL(import.meta.url)];
  // What notes are parsed against: the vocabulary, and the size over which a note is refused unread (a parse kept
  // for a note within one limit is not that of a note over another).
  const vocabulary = hash(JSON.stringify([types, relations, maxNoteBytes]));
  const cache =
    cacheDir === undefined
      ? undefined
      : (session?.cache(cacheDir, code, vocabulary) ?? new BuildCache(cacheDir, code, vocabulary));
  const setup = { job: "notes", contentDir, maxNoteBytes, types, relations } as const;
  const poolOptions = { worker, ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }) };
  // A worker starts now and loads the parser while this thread lists the folder.
  const pool = session?.pool(setup, poolOptions) ?? new ParsePool(setup, poolOptions);
  const layoutThread = (warm: boolean) => session?.layoutThread(worker, warm) ?? new LayoutThread(worker, warm);
  // Stops the bibliography's worker should `use` end before asking for it, or fail before its parse ends.
  const done = new AbortController();
  try {
    const bibliography = loadBibliography(schema.bibliography, worker, cache, done.signal);
    const listing = listVault(contentDir);
    const notes = await readNotes(listing.notes, pool, cache, options.onParsed);
    const parseBibliography = () => {
      const parsed = bibliography();
      // Its caller awaits it; should the caller fail first, the failure is theirs, not an unhandled rejection.
      parsed.catch(() => {});
      return parsed;
    };
    const read = { schema, listing, bibliography: parseBibliography, notes, cache, worker, layoutThread };
    return await use(session ? { ...read, allocate: session.allocate } : read);
  } finally {
    done.abort();
    // A session's workers wait for its next build.
    if (session === undefined) await pool.close();
  }
}
