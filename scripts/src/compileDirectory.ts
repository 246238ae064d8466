import { assembleVault, type CompiledVault, loadSchema } from "@simpul/graph";
import { POOL_DEFAULTS, parseInWorkers } from "./parsePool";
import { READ_DEFAULTS, readVault } from "./readVault";

export interface DirectoryOptions {
  layout: boolean;
  maxNoteBytes: number;
  timeoutMs: number;
  worker: URL;
}

/** The pipeline as the CLI runs it: read the folder, parse in workers, assemble. */
export async function compileDirectory(
  contentDir: string,
  options: Partial<DirectoryOptions> = {},
): Promise<CompiledVault & { noteCount: number }> {
  const { layout = true, maxNoteBytes = READ_DEFAULTS.maxNoteBytes, ...pool } = options;
  const files = readVault(contentDir, { maxNoteBytes });
  const schema = loadSchema(files);
  const parsed = await parseInWorkers(files.notes, schema.vocabulary, {
    timeoutMs: pool.timeoutMs ?? POOL_DEFAULTS.timeoutMs,
    worker: pool.worker ?? POOL_DEFAULTS.worker,
  });
  const compiled = assembleVault(schema, parsed.notes, [...files.diagnostics, ...parsed.diagnostics], { layout });
  return { ...compiled, noteCount: files.fileCount };
}
