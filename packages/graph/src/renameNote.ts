import { isAttachmentName, type ParsedNote } from "@simpul/markdown";
import { compareStrings, normalizeName } from "@simpul/schema";
import { type NameIndex, namesOf, nodeKey, shownNames } from "./nameIndex";
import { identityFields, identityOf, type StructureMemo } from "./structureMemo";

export interface Renaming {
  /** The name index once the notes are edited: the memo's own if no name changed. */
  index: NameIndex;
  /** Each kept note's identity once the notes are edited (see StructureMemo). */
  identities: Map<string, string>;
  /** Each kept note's type, by key, once the notes are edited. */
  typeOf: Map<string, string>;
  /**
   * The key the note had that lost names or changed its key, if one did: a
   * link that named it by a name lost now names no note, and one that names
   * it by another may no longer be allowed (a relation to its new type). Such
   * a link can only be one of its neighbours' (whose links then resolve
   * otherwise) or a table's column (which the graph's comparisons hold); the
   * caller checks both.
   */
  narrowed?: string;
  /**
   * The key a note had, and the key it has, if its type or id changed: its
   * node goes and another comes in its place, and every link that named it
   * names the new one (the caller resolves again its neighbours' links and
   * the tables that had it for a column, and their tables' ids hold its key).
   */
  rekeyed?: [from: string, to: string];
  /**
   * The file a note moved from, and the file it moved to, if one did: taken
   * out of one file and added in another. With the same type and id, it keeps
   * its node and every edge, and names only by its path changed; with
   * another, it is `rekeyed` too.
   */
  moved?: [from: string, to: string];
}

/**
 * The memo's name index, identities and types once these notes are edited
 * (those the memo has not are added) and those of these files removed, when
 * one note changed its names (its type or id too), was added, was removed or
 * moved to another file, or several were added, removed or only gained
 * names (renameEach), in a way that changes how no other link resolves but
 * to follow its key:
 * - every name it gained is no other note's, and where the name has a `/`,
 *   its last segment names no other note either (as a link by the name
 *   falls back on it); nor is it like an attachment's (`data.json`), as a
 *   link to an attachment that named no note was left out, unreported;
 * - every name it lost that has a `/` (a path, when it moved) has a last
 *   segment that names it alone once edited, or no note, unless it was
 *   removed: a link by the name then falls back on that segment, and finds
 *   it as before, or complains (which the caller sees: `narrowed`).
 *
 * A link names a note, or its whole path first and then a note named by
 * its last segment whose path ends with it (resolveLink; a stricter test
 * than these checks, which ask only that the segment name no other note):
 * in a written graph every link resolved (else the graph was not written),
 * so no link could name a note by a name no note had, but a path could have
 * fallen back on its last segment. A removed note must be one no other note
 * links to (which the caller checks): no link then named it by any name.
 * Undefined if the edits are not such.
 */
export function renameNotes(
  memo: StructureMemo,
  edited: readonly ParsedNote[],
  removed: readonly string[] = [],
): Renaming | undefined {
  const { index, typeOf } = memo.context;
  const renamed = edited.filter((note) => memo.identities.get(note.file) !== identityOf(note));
  if (renamed.length + removed.length === 0) return { index, identities: memo.identities, typeOf };
  const moved = movedNote(memo, renamed, removed);
  if (moved || renamed.length + removed.length === 1) return renameNote(memo, renamed[0], removed[0], moved);
  return renameEach(memo, renamed, removed);
}

/**
 * Several notes added, taken out, or given names they gain (a pull, a
 * checkout): one at a time, each against the index those before it left, so
 * that a name two of them gain, say, is refused as one note gaining a name
 * another has. Only while none narrows, rekeys or moves a note, as a
 * Renaming tells that of one note alone.
 */
function renameEach(memo: StructureMemo, renamed: readonly ParsedNote[], removed: readonly string[]) {
  let renaming: Renaming | undefined;
  let edited = memo;
  const steps = [
    ...renamed.map((note) => [note, undefined] as const),
    ...removed.map((file) => [undefined, file] as const),
  ];
  for (const [note, file] of steps) {
    renaming = renameNote(edited, note, file, undefined);
    if (renaming === undefined || renaming.narrowed !== undefined || renaming.rekeyed !== undefined) return undefined;
    const { identities, index, typeOf } = renaming;
    edited = { ...edited, identities, context: { index, typeOf } };
  }
  return renaming;
}

/** renameNotes of one note: edited (`note`, in the file it `moved` to, if it did), or taken out (`removed`). */
function renameNote(
  memo: StructureMemo,
  note: ParsedNote | undefined,
  removed: string | undefined,
  moved: [from: string, to: string] | undefined,
): Renaming | undefined {
  const { index, typeOf } = memo.context;
  const file = note?.file ?? (removed as string);
  const from = moved?.[0] ?? file;
  const before = memo.identities.get(from);
  if (before === undefined && note === undefined) return undefined;
  const was = before === undefined ? undefined : { ...identityFields(before), file: from };
  const key = nodeKey(note ?? (was as { type: string; id: string }));
  const oldKey = was ? nodeKey(was) : key;
  const had = was ? namesOf(was) : new Set<string>();
  const has = note ? namesOf(note) : new Set<string>();
  const gained = [...has].filter((name) => !had.has(name));
  const lost = [...had].filter((name) => !has.has(name));
  // Whether a link by this name, were it no note's, would fall back on a last segment that `names` gives a note
  // other than `self` (this note's key in them).
  const fallsElsewhere = (names: Map<string, string[]>, name: string, self: string) => {
    const keys = name.includes("/") ? names.get(normalizeName(lastSegment(name))) : undefined;
    return keys !== undefined && keys.join("\n") !== self;
  };
  const taken = (name: string) =>
    index.byName.has(name) || fallsElsewhere(index.byName, name, oldKey) || isAttachmentName(name);
  if (gained.some(taken)) return undefined;
  const identities = new Map(memo.identities);
  const files = new Map(index.files);
  const types = new Map(typeOf);
  if (from !== file || note === undefined) identities.delete(from);
  if (oldKey !== key || note === undefined) {
    files.delete(oldKey);
    types.delete(oldKey);
  }
  if (note) {
    identities.set(file, identityOf(note));
    files.set(key, file);
    types.set(key, note.type);
  }
  const byName = new Map(index.byName);
  for (const name of lost) {
    const others = (byName.get(name) ?? []).filter((each) => each !== oldKey);
    if (others.length > 0) byName.set(name, others);
    else byName.delete(name);
  }
  for (const name of gained) byName.set(name, [key]);
  // The notes known by a name it kept are in note order (by file), which its new key or file may change.
  if (oldKey !== key || from !== file) {
    const byFile = (a: string, b: string) => compareStrings(files.get(a) as string, files.get(b) as string);
    for (const name of has) {
      const keys = gained.includes(name) ? undefined : byName.get(name);
      if (keys) byName.set(name, keys.map((each) => (each === oldKey ? key : each)).sort(byFile));
    }
  }
  // A lost name whose segment names no note now leaves a link by it broken, which the caller sees (narrowed).
  if (lost.some((name) => fallsElsewhere(byName, name, key))) return undefined;
  // Every note's shown names, as createNameIndex gathers them (in no order: `nearest` needs none): the memo's, but
  // for those this note showed and no other shows, and with those it shows now. Only identities holding the name's
  // text are decoded.
  const names = new Set(index.names);
  const shown = note ? shownNames(note) : [];
  for (const name of was ? shownNames(was) : []) {
    if (shown.includes(name)) continue;
    const quoted = JSON.stringify(name);
    // The identities are those after the edit: this note's shows its names now, or is gone.
    const shows = (identity: string) =>
      identity.includes(quoted) && shownNames(identityFields(identity)).includes(name);
    if (![...identities.values()].some(shows)) names.delete(name);
  }
  for (const name of shown) names.add(name);
  return {
    index: { byName, names: [...names], files },
    identities,
    typeOf: types,
    ...(note && was && (lost.length > 0 || oldKey !== key) ? { narrowed: oldKey } : {}),
    ...(oldKey !== key ? { rekeyed: [oldKey, key] as [string, string] } : {}),
    ...(moved ? { moved } : {}),
  };
}

/**
 * A note moved: one note the memo has not (every edited note it has kept its
 * names) in place of the one note taken out. With another type or id (a
 * file renamed, its id taken from its name), its key changes too.
 */
function movedNote(
  memo: StructureMemo,
  renamed: readonly ParsedNote[],
  removed: readonly string[],
): [from: string, to: string] | undefined {
  const [note] = renamed;
  const [from] = removed;
  if (renamed.length !== 1 || removed.length !== 1 || note === undefined || from === undefined) return undefined;
  return memo.identities.has(note.file) || !memo.identities.has(from) ? undefined : [from, note.file];
}

function lastSegment(name: string): string {
  return name.slice(name.lastIndexOf("/") + 1);
}
