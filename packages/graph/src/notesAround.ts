import type { ParsedNote } from "@simpul/markdown";
import type { Diagnostic } from "@simpul/schema";
import { neighboursOf } from "./editEdges";
import { nodeKey } from "./nameIndex";
import { type LinkContext, resolveNoteLinks } from "./noteLinks";
import { type ResolvedTable, resolveTables, tableFile } from "./noteTables";
import type { StructurePatchInput } from "./patchStructure";
import { writtenComparisons } from "./patchTables";
import { identityFields, memoLinks, type StructureMemo } from "./structureMemo";

/*
 * What a patch (patchStructure) asks of the notes around one whose names
 * changed or that was taken out: those that link to it, which an edge joins
 * to it, and those that have it for a column of a comparison table.
 */

/** The key of the note of this file, from the identity the memo holds of it (it must hold one). */
export function keyOf(memo: StructureMemo, file: string): string {
  return nodeKey(identityFields(memo.identities.get(file) as string));
}

/**
 * The tables of the notes that have the note whose key changed for a column
 * resolved again, into `tables` (stillNamed made sure each resolves with no
 * complaint); and the files whose tables patchTables must patch in: theirs,
 * and the note's own, whose ids hold its key.
 */
export function retableAround(
  [from, to]: [string, string],
  input: StructurePatchInput,
  context: LinkContext,
  tables: Map<string, ResolvedTable[]>,
): string[] {
  const naming = tablesNaming(input.attributes, from) ?? [];
  for (const file of naming) {
    const note = tables.has(file) ? undefined : input.noteOf(file);
    if (note) tables.set(file, resolveTables(note, context, []));
  }
  return [...new Set([...naming, context.index.files.get(to) as string])];
}

/**
 * Whether every link and table column that named this note still does, now
 * that it lost names (it may have moved from `movedFrom`): each note an edge
 * joins it to (any link to it makes one) resolves its links, and each note
 * with a comparison that has it for a column resolves its tables, with no
 * complaint. (A note that complains is left to a whole build, which reports
 * it as it reports every note's.) The edited notes are resolved anew anyway,
 * the one moved as well.
 */
export function stillNamed(
  key: string,
  movedFrom: string | undefined,
  input: StructurePatchInput,
  context: LinkContext,
): boolean {
  const edited = new Set([...input.edited.map((note) => note.file), movedFrom]);
  const resolvesQuietly = (file: string | undefined, resolve: (note: ParsedNote, complaints: Diagnostic[]) => void) => {
    if (file !== undefined && edited.has(file)) return true;
    const note = file === undefined ? undefined : input.noteOf(file);
    const complaints: Diagnostic[] = [];
    if (note) resolve(note, complaints);
    return note !== undefined && complaints.length === 0;
  };
  const { files } = input.memo.context.index;
  const naming = tablesNaming(input.attributes, key);
  return (
    naming !== undefined &&
    neighboursOf(input.memo.edges, key).every((neighbour) =>
      resolvesQuietly(files.get(neighbour), (note, complaints) => resolveNoteLinks(note, context, complaints)),
    ) &&
    naming.every((file) => resolvesQuietly(file, (note, complaints) => resolveTables(note, context, complaints)))
  );
}

/**
 * Whether no other note links to the note of this file, nor has it for a
 * column of a comparison: a link to it makes an edge, so only its
 * neighbours' links are read (from the memo).
 */
export function unlinked(file: string, { memo, attributes }: StructurePatchInput): boolean {
  const key = keyOf(memo, file);
  const linksTo = (neighbour: string) => {
    const links = memoLinks(memo, neighbour);
    return (
      links === undefined ||
      links.relations.some(({ source, target }) => source === key || target === key) ||
      links.mentions.some(({ to }) => to === key)
    );
  };
  const naming = tablesNaming(attributes, key);
  return !neighboursOf(memo.edges, key).some(linksTo) && naming !== undefined && naming.every((each) => each === file);
}

/**
 * The files of the comparisons that have this node for a column, from the
 * graph's attributes as serialized; undefined if their comparisons cannot
 * be read.
 */
function tablesNaming(attributes: string, key: string): string[] | undefined {
  if (!attributes.includes(JSON.stringify(key))) return [];
  return writtenComparisons(attributes)
    ?.filter((table) => table.columns.includes(key))
    .map(tableFile);
}
