import type { SchemaSource } from "@simpul/graph";
import { BuildCache, hash } from "./buildCache";
import { loadBibliography, type ParsedBibliography } from "./loadBibliography";
import { ParsePool, POOL_DEFAULTS } from "./parsePool";
import { READ_DEFAULTS } from "./readNote";
import { type ReadNotes, readNotes } from "./readNotes";
import { listVault, readSchemaFiles, type VaultListing } from "./readVault";

export interface DirectoryOptions {
  maxNoteBytes: number;
  timeoutMs: number;
  worker: URL;
  /** Where earlier builds' results are kept; none when absent. */
  cacheDir?: string;
}

export interface DirectoryRead {
  schema: SchemaSource;
  listing: VaultListing;
  bibliography: ParsedBibliography | undefined;
  notes: ReadNotes;
  cache: BuildCache | undefined;
}

/**
 * Reads a vault as the CLI does: lists the folder, then reads and parses the
 * notes in workers (or takes them from the cache) while another worker
 * parses the bibliography. The workers stay up while `use` runs, which may
 * need notes decoded or parsed again (ReadNotes.complete).
 */
export async function readDirectory<T>(
  contentDir: string,
  options: Partial<DirectoryOptions>,
  use: (read: DirectoryRead) => Promise<T>,
): Promise<T> {
  const { maxNoteBytes = READ_DEFAULTS.maxNoteBytes, cacheDir } = options;
  const worker = options.worker ?? POOL_DEFAULTS.worker;
  const schema = readSchemaFiles(contentDir);
  const { types, relations } = schema;
  // Salted with the code that computes what is cached: the parse worker and the bundle holding this file.
  const code = [worker, new URL(import.meta.url)];
  const vocabulary = hash(JSON.stringify([types, relations]));
  const cache = cacheDir === undefined ? undefined : new BuildCache(cacheDir, code, vocabulary);
  // A worker starts now and loads the parser while this thread lists the folder.
  const pool = new ParsePool(
    { job: "notes", contentDir, maxNoteBytes, types, relations },
    { worker, ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }) },
  );
  try {
    const listing = listVault(contentDir);
    const [notes, bibliography] = await Promise.all([
      readNotes(listing.notes, pool, cache),
      loadBibliography(schema.bibliography, worker, cache),
    ]);
    return await use({ schema, listing, bibliography, notes, cache });
  } finally {
    await pool.close();
  }
}
