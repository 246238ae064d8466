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

export function createNameIndex(notes: readonly ParsedNote[]): NameIndex {
  const byName = new Map<string, string[]>();
  const names = new Set<string>();
  const files = new Map<string, string>();
  for (const note of notes) {
    const key = nodeKey(note);
    if (files.has(key)) continue;
    files.set(key, note.file);
    const path = note.file.replace(/\.md$/i, "");
    const baseName = path.slice(path.lastIndexOf("/") + 1);
    const shown = [note.title, note.titleEn, ...note.aliases].filter((name) => name !== "");
    // A note's names often repeat (key and path, id and file name): each is folded once.
    for (const name of new Set([key, note.id, path, baseName, ...shown])) {
      const normalized = normalizeName(name);
      if (normalized === "") continue;
      const keys = byName.get(normalized);
      if (keys === undefined) byName.set(normalized, [key]);
      else if (!keys.includes(key)) keys.push(key);
    }
    for (const name of shown) names.add(name);
  }
  return { byName, names: [...names], files };
}

/**
 * Finds the note a link names. `[[folder/Note]]` tries the whole path first,
 * then the last segment, as Obsidian does.
 */
export function resolveLink(index: NameIndex, link: Pick<WikiLink, "target">): Resolution {
  const attempts = [link.target];
  if (link.target.includes("/")) attempts.push(link.target.split("/").pop() ?? link.target);
  for (const attempt of attempts) {
    const keys = index.byName.get(normalizeName(attempt));
    if (keys === undefined) continue;
    if (keys.length === 1) return { status: "found", key: keys[0] as string };
    return { status: "ambiguous", candidates: [...keys].sort(compareStrings) };
  }
  return { status: "missing", suggestion: nearest(link.target, index.names) };
}
