import { assembleVault, type CompiledVault, type CompileOptions, loadSchema } from "@simpul/graph";
import { parseVocabulary } from "@simpul/schema";
import { pathClashes } from "./pathClashes";
import { type DirectoryOptions, type DirectoryRead, readDirectory } from "./readDirectory";
import type { NoteOutcomes } from "./readNotes";

export type CompiledDirectory = CompiledVault & { noteCount: number };

/** The pipeline over a folder, as `check` and `stats` run it: read (readDirectory), then assemble. */
export function compileDirectory(
  contentDir: string,
  options: Partial<Omit<DirectoryOptions, "cacheDir"> & { layout: boolean }> = {},
): Promise<CompiledDirectory> {
  return readDirectory(contentDir, options, async (read) =>
    assembleDirectory(read, await read.notes.complete(), { layout: options.layout ?? true }),
  );
}

/** Assembles what readDirectory read: the graph, and every diagnostic, sorted. */
export function assembleDirectory(
  read: DirectoryRead,
  notes: NoteOutcomes,
  options: CompileOptions,
): CompiledDirectory {
  const { schema, listing, bibliography } = read;
  const { outcomes } = notes;
  // Clashing paths are those of notes read as text (a note that timed out had been).
  const readPaths = listing.notes.filter((_, index) => outcomes[index]?.note !== undefined || !outcomes[index]);
  const compiled = assembleVault(
    loadSchema(parseVocabulary(schema.types, schema.relations), bibliography),
    outcomes.flatMap((outcome) => (outcome?.note ? [outcome.note] : [])),
    [
      ...listing.diagnostics,
      ...pathClashes(readPaths),
      ...notes.diagnostics,
      ...outcomes.flatMap((outcome) => outcome?.diagnostics ?? []),
    ],
    options,
  );
  return { ...compiled, noteCount: listing.notes.length };
}
