import type { Diagnostic } from "@simpul/schema";
import { neighboursOf } from "./editEdges";
import { type LinkContext, type NoteLinks, resolveNoteLinks } from "./noteLinks";
import { type ResolvedTable, resolveTables, tableFile } from "./noteTables";
import type { StructurePatchInput } from "./patchStructure";
import { writtenComparisons } from "./patchTables";

/*
 * What a patch (patchStructure) asks of the notes around one whose names or
 * key changed, or that was taken out: those that link to it, which an edge
 * joins to it, and those that have it for a column of a comparison table.
 */

/** The notes around some nodes, resolved again against the names the graph has once the notes are edited. */
export interface Relinked {
  /** The links of each note an edge joins to one of the nodes (any link to it makes one), by key. */
  links: Map<string, NoteLinks>;
  /** Their files: what resolving their links reports is in `complaints`, in place of what it reported before. */
  files: string[];
  /** The tables of each note with a comparison that has one of the nodes for a column, by file. */
  tables: Map<string, ResolvedTable[]>;
  /** The files of those notes, and of the notes skipped that have such a comparison: their tables changed. */
  naming: Set<string>;
  /** What resolving those links and tables reports: a link that named a node by a name it lost now names none. */
  complaints: Diagnostic[];
}

/**
 * The notes around the nodes of these keys (one that lost names or changed
 * its key, and those taken out), resolved again, but for those of the
 * files `skipped` (the edited notes, resolved anyway, and those taken out);
 * undefined if a note cannot be had, or the comparisons cannot be read.
 */
export function relinkAround(
  keys: readonly string[],
  skipped: ReadonlySet<string>,
  { memo, attributes, noteOf }: StructurePatchInput,
  context: LinkContext,
): Relinked | undefined {
  const relinked: Relinked = { links: new Map(), files: [], tables: new Map(), naming: new Set(), complaints: [] };
  const { files } = memo.context.index;
  for (const key of keys) {
    const naming = tablesNaming(attributes, key);
    if (naming === undefined) return undefined;
    for (const neighbour of neighboursOf(memo.edges, key)) {
      const file = files.get(neighbour) as string;
      if (skipped.has(file) || relinked.links.has(neighbour)) continue;
      const note = noteOf(file);
      if (note === undefined) return undefined;
      relinked.links.set(neighbour, resolveNoteLinks(note, context, relinked.complaints));
      relinked.files.push(file);
    }
    for (const file of naming) {
      relinked.naming.add(file);
      if (skipped.has(file) || relinked.tables.has(file)) continue;
      const note = noteOf(file);
      if (note === undefined) return undefined;
      relinked.tables.set(file, resolveTables(note, context, relinked.complaints));
    }
  }
  return relinked;
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
