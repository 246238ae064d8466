import { assembleVault, type CompiledVault, loadSchema } from "@simpul/graph";
import { type NoteSource, type ParseResult, parseBibliography } from "@simpul/markdown";
import { BuildCache } from "./buildCache";
import { POOL_DEFAULTS, parseInWorkers } from "./parsePool";
import { READ_DEFAULTS, readVault } from "./readVault";

export interface DirectoryOptions {
  layout: boolean;
  maxNoteBytes: number;
  timeoutMs: number;
  worker: URL;
  /** Where parse results and the last layout are kept between builds; none when absent. */
  cacheDir?: string;
}

/** The pipeline as the CLI runs it: read the folder, parse in workers (or take the cache), assemble. */
export async function compileDirectory(
  contentDir: string,
  options: Partial<DirectoryOptions> = {},
): Promise<CompiledVault & { noteCount: number }> {
  const { layout = true, maxNoteBytes = READ_DEFAULTS.maxNoteBytes, cacheDir } = options;
  const worker = options.worker ?? POOL_DEFAULTS.worker;
  const files = readVault(contentDir, { maxNoteBytes });
  const cache = cacheDir === undefined ? undefined : new BuildCache(cacheDir, worker);
  const schema = loadSchema(files, cache?.bibliography(parseBibliography));
  cache?.useVocabulary(schema.vocabulary);
  const results: (ParseResult | undefined)[] = files.notes.map((note) => cache?.getParsed(note));
  const missing: NoteSource[] = files.notes.filter((_, index) => results[index] === undefined);
  const parsed = await parseInWorkers(missing, schema.vocabulary, {
    worker,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  });
  for (const [index, result] of parsed.results.entries()) {
    const source = missing[index] as NoteSource;
    if (result) cache?.setParsed(source, result);
  }
  const fresh = parsed.results.values();
  const all = results.map((result) => result ?? fresh.next().value);
  const compiled = assembleVault(
    schema,
    all.flatMap((result) => (result ? [result.note] : [])),
    [...files.diagnostics, ...parsed.diagnostics, ...all.flatMap((result) => result?.diagnostics ?? [])],
    { layout, reuseLayout: (signature) => cache?.getLayout(signature) },
  );
  if (cache) {
    if (compiled.layout) cache.setLayout(compiled.layout);
    cache.save();
  }
  return { ...compiled, noteCount: files.fileCount };
}
