import {
  type CompiledVault,
  type CompileOptions,
  completeVault,
  loadSchema,
  placeStructure,
  planStructure,
} from "@simpul/graph";
import { parseVocabulary } from "@simpul/schema";
import { BuildLayout } from "./layoutThread";
import { pathClashes } from "./pathClashes";
import { type DirectoryOptions, type DirectoryRead, readDirectory } from "./readDirectory";
import type { NoteOutcomes } from "./readNotes";

export type CompiledDirectory = CompiledVault & { noteCount: number };

/** The pipeline over a folder, as `check` and `stats` run it: read (readDirectory), then assemble. */
export function compileDirectory(
  contentDir: string,
  options: Partial<DirectoryOptions & { layout: boolean }> = {},
): Promise<CompiledDirectory> {
  return readDirectory(contentDir, options, async (read) => {
    const { compiled, place } = await assembleDirectory(read, await read.notes.complete(), {
      layout: options.layout ?? true,
    });
    return place ? await place() : compiled;
  });
}

/** What assembleDirectory gives: the graph and its diagnostics at once, and the graph placed when its layout has run. */
export interface AssembledDirectory {
  /** Every node at 0 until `place` is called (see planStructure). */
  compiled: CompiledDirectory;
  /** Waits for the layout and places the nodes, in the same graph; none when there was no layout to run. */
  place?: () => Promise<CompiledDirectory>;
}

/**
 * Assembles what readDirectory read: the graph, and every diagnostic, sorted.
 * The bibliography's worker parses it while this thread builds the graph,
 * and a layout worker (`layout`, or one started here) computes metrics and
 * layout while this thread checks citations and its caller serializes the
 * graph.
 */
export async function assembleDirectory(
  read: DirectoryRead,
  notes: NoteOutcomes,
  options: CompileOptions,
  layout?: BuildLayout,
): Promise<AssembledDirectory> {
  const { schema, listing } = read;
  const { outcomes } = notes;
  const bibliography = read.bibliography();
  // Started now, it has loaded by the time the graph is built.
  const thread = options.layout ? (layout ?? new BuildLayout(read.worker, read.layoutThread(true))) : undefined;
  try {
    const vocabulary = parseVocabulary(schema.types, schema.relations);
    const parsed = outcomes.flatMap((outcome) => (outcome?.note ? [outcome.note] : []));
    const { pendingLayout, ...structure } = planStructure(vocabulary.vocabulary, parsed, options);
    const running = pendingLayout && thread?.run(pendingLayout.structure);
    // Its caller awaits it (place); should anything fail first, that failure is the one reported.
    if (running) running.catch(() => {});
    else thread?.stop();
    // Clashing paths are those of notes read as text (a note that timed out had been).
    const readPaths = listing.notes.filter((_, index) => outcomes[index]?.note !== undefined || !outcomes[index]);
    const compiled = completeVault(structure, loadSchema(vocabulary, await bibliography), parsed, [
      ...listing.diagnostics,
      ...pathClashes(readPaths),
      ...notes.diagnostics,
      ...outcomes.flatMap((outcome) => outcome?.diagnostics ?? []),
    ]);
    const noteCount = listing.notes.length;
    if (!pendingLayout || !running) return { compiled: { ...compiled, noteCount } };
    // Only when asked: the caller may first serialize the graph with its nodes at 0.
    const place = async () => ({ ...placeStructure(compiled, pendingLayout, await running), noteCount });
    return { compiled: { ...compiled, noteCount }, place };
  } catch (error) {
    thread?.stop();
    throw error;
  }
}
