import type { ParsedNote, WikiLink } from "@simpul/markdown";
import { compareStrings, nearest, normalizeName } from "@simpul/schema";

/** Resolves link targets to node keys by id, title, English title, alias or file name. */
export interface NameIndex {
  /** Normalized name → the keys of the notes known by it, in note order. */
  byName: Map<string, string[]>;
  /** Every name a note is known by, for "did you mean" suggestions (in no order: `nearest` needs none). */
  names: string[];
  /** Node key → the file that defines it. */
  files: Map<string, string>;
}

export type Resolution =
  | { status: "found"; key: string }
  | { status: "missing"; suggestion: string | undefined }
  | { status: "ambiguous"; candidates: string[] };

export function nodeKey(note: Pick<ParsedNote, "type" | "id">): string {
  return `${note.type}/${note.id}`;
}

/** What of a note its names are made from. */
export type Named = Pick<ParsedNote, "type" | "id" | "file" | "title" | "titleEn" | "aliases">;

/** The names a note shows (its titles and aliases), as written. */
export function shownNames(note: Pick<Named, "title" | "titleEn" | "aliases">): string[] {
  return [note.title, note.titleEn, ...note.aliases].filter((name) => name !== "");
}

/** Every name a link may give a note by, normalized: its key, id, path, file name, titles and aliases. */
export function namesOf(note: Named): Set<string> {
  const path = note.file.replace(/\.md$/i, "");
  const baseName = path.slice(path.lastIndexOf("/") + 1);
  const names = new Set<string>();
  for (const name of [nodeKey(note), note.id, path, baseName, ...shownNames(note)]) {
    const normalized = normalizeName(name);
    if (normalized !== "") names.add(normalized);
  }
  return names;
}

export function createNameIndex(notes: readonly ParsedNote[]): NameIndex {
  const byName = new Map<string, string[]>();
  const names = new Set<string>();
  const files = new Map<string, string>();
  for (const note of notes) {
    const key = nodeKey(note);
    if (files.has(key)) continue;
    files.set(key, note.file);
    for (const name of namesOf(note)) {
      const keys = byName.get(name);
      if (keys === undefined) byName.set(name, [key]);
      else if (!keys.includes(key)) keys.push(key);
    }
    for (const name of shownNames(note)) names.add(name);
  }
  return { byName, names: [...names], files };
}

/**
 * Finds the note a link names. `[[folder/Note]]` names by the whole path
 * first, then, as Obsidian does, any note whose path ends with it
 * (`sub/folder/Note.md`), never a `Note` in another folder.
 */
export function resolveLink(index: NameIndex, link: Pick<WikiLink, "target">): Resolution {
  const whole = index.byName.get(normalizeName(link.target));
  if (whole !== undefined || !link.target.includes("/")) return resolution(index, whole, link.target);
  return resolution(index, atPathEnd(index, link.target), link.target);
}

/**
 * Finds the note whose file has this name (without `.md`), in any folder, or
 * whose path ends with it (`files/data.json` finds `a/files/data.json.md`):
 * by its file alone, no title, alias or id, as a link to an attachment
 * (`[[data.json]]`) names a note in Obsidian.
 */
export function resolveFile(index: NameIndex, name: string): Resolution {
  return resolution(index, atPathEnd(index, name), name);
}

/** The notes whose path (without `.md`) is `path` or ends with it, among those its last segment names. */
function atPathEnd(index: NameIndex, path: string): string[] | undefined {
  const wanted = normalizeName(path);
  return index.byName.get(normalizeName(path.slice(path.lastIndexOf("/") + 1)))?.filter((key) => {
    const notePath = pathOf(index, key);
    return notePath === wanted || notePath.endsWith(`/${wanted}`);
  });
}

/** Finds the note at a path of the content folder (without `.md`), by its file alone: no title, alias or other folder. */
export function resolvePath(index: NameIndex, path: string): Resolution {
  const wanted = normalizeName(path);
  return resolution(
    index,
    index.byName.get(wanted)?.filter((key) => pathOf(index, key) === wanted),
    path,
  );
}

/** A note's path in the content folder, without `.md`, as names are compared. */
function pathOf(index: NameIndex, key: string): string {
  return normalizeName((index.files.get(key) ?? "").replace(/\.md$/i, ""));
}

function resolution(index: NameIndex, keys: string[] | undefined, target: string): Resolution {
  if (keys === undefined || keys.length === 0) return { status: "missing", suggestion: nearest(target, index.names) };
  if (keys.length === 1) return { status: "found", key: keys[0] as string };
  return { status: "ambiguous", candidates: [...keys].sort(compareStrings) };
}
