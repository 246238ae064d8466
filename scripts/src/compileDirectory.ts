import { assembleStructure, type CompiledVault, type CompileOptions, completeVault, loadSchema } from "@simpul/graph";
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

/**
 * Assembles what readDirectory read: the graph, and every diagnostic, sorted.
 * The bibliography's worker parses it while this thread builds and lays out
 * the graph.
 */
export async function assembleDirectory(
  read: DirectoryRead,
  notes: NoteOutcomes,
  options: CompileOptions,
): Promise<CompiledDirectory> {
  const { schema, listing } = read;
  const { outcomes } = notes;
  const bibliography = read.bibliography();
  const vocabulary = parseVocabulary(schema.types, schema.relations);
  const parsed = outcomes.flatMap((outcome) => (outcome?.note ? [outcome.note] : []));
  const structure = assembleStructure(vocabulary.vocabulary, parsed, options);
  // Clashing paths are those of notes read as text (a note that timed out had been).
  const readPaths = listing.notes.filter((_, index) => outcomes[index]?.note !== undefined || !outcomes[index]);
  const compiled = completeVault(structure, loadSchema(vocabulary, await bibliography), parsed, [
    ...listing.diagnostics,
    ...pathClashes(readPaths),
    ...notes.diagnostics,
    ...outcomes.flatMap((outcome) => outcome?.diagnostics ?? []),
  ]);
  return { ...compiled, noteCount: listing.notes.length };
}
