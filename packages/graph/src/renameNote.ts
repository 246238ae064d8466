import type { ParsedNote } from "@simpul/markdown";
import { type NameIndex, namesOf, nodeKey, shownNames } from "./nameIndex";
import { identityFields, identityOf, type StructureMemo } from "./structureMemo";

export interface Renaming {
  /** The name index once the notes are edited: the memo's own if no name changed. */
  index: NameIndex;
  /** Each kept note's identity once the notes are edited (see StructureMemo). */
  identities: Map<string, string>;
  /**
   * The key of the note that lost names, if one did: a link that named it by
   * one of them now names no note. Such a link can only be one of its
   * neighbours' (whose links then resolve otherwise) or a table's column (which
   * the graph's comparisons hold); the caller checks both.
   */
  narrowed?: string;
}

/**
 * The memo's name index and identities once these notes are edited, when
 * at most one of them changed its names (not its type, id or file) in a way
 * that changes how no other link resolves: every name it gained is no other
 * note's, and no name it gained or lost has a `/`. A link names a note, or
 * its whole path first and then its last segment: in a written graph every
 * link resolved (else the graph was not written), so no link could name a
 * note by a name no note had, but a path could have fallen back on its last
 * segment. Undefined if the edits are not such.
 */
export function renameNotes(memo: StructureMemo, edited: readonly ParsedNote[]): Renaming | undefined {
  const { index } = memo.context;
  const renamed = edited.filter((note) => memo.identities.get(note.file) !== identityOf(note));
  const [note] = renamed;
  if (note === undefined) return { index, identities: memo.identities };
  const before = memo.identities.get(note.file);
  if (renamed.length > 1 || before === undefined) return undefined;
  const was = identityFields(before);
  if (was.type !== note.type || was.id !== note.id) return undefined;
  const had = namesOf({ ...was, file: note.file });
  const has = namesOf(note);
  const gained = [...has].filter((name) => !had.has(name));
  const lost = [...had].filter((name) => !has.has(name));
  if ([...gained, ...lost].some((name) => name.includes("/")) || gained.some((name) => index.byName.has(name))) {
    return undefined;
  }
  const key = nodeKey(note);
  const byName = new Map(index.byName);
  for (const name of lost) {
    const others = (byName.get(name) ?? []).filter((each) => each !== key);
    if (others.length > 0) byName.set(name, others);
    else byName.delete(name);
  }
  for (const name of gained) byName.set(name, [key]);
  const identities = new Map(memo.identities).set(note.file, identityOf(note));
  // Every note's shown names, as createNameIndex gathers them (in no order: `nearest` needs none).
  const names = new Set<string>();
  for (const identity of identities.values()) {
    for (const name of shownNames(identityFields(identity))) names.add(name);
  }
  return {
    index: { byName, names: [...names], files: index.files },
    identities,
    ...(lost.length > 0 ? { narrowed: key } : {}),
  };
}
