import { existsSync, lstatSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { SchemaSource } from "@simpul/graph";
import { decodeSource, type NoteSource } from "@simpul/markdown";
import { type Diagnostic, diagnostic } from "@simpul/schema";

/** Thrown for problems with the command line rather than with the content. */
export class UsageError extends Error {}

export interface ReadOptions {
  /** Notes larger than this many bytes are refused unread. */
  maxNoteBytes: number;
}

export const READ_DEFAULTS: ReadOptions = { maxNoteBytes: 5 * 1024 * 1024 };

export interface VaultFiles extends SchemaSource {
  notes: NoteSource[];
  /** Every `.md` file found, read or refused. */
  fileCount: number;
  /** Files that could not be read as notes, and links not followed. */
  diagnostics: Diagnostic[];
}

const defaultSchema = (name: string) => fileURLToPath(import.meta.resolve(`@simpul/schema/vocabulary/${name}`));

/**
 * Reads a vault from disk: every `.md` note (names starting with `_` or `.`
 * are not notes; symbolic links are reported, never followed), the vocabulary
 * from `_schema/` or the built-in one, and `references.bib` if present.
 */
export function readVault(contentDir: string, options: ReadOptions = READ_DEFAULTS): VaultFiles {
  if (!existsSync(contentDir) || !lstatSync(contentDir).isDirectory()) {
    throw new UsageError(`content folder not found: ${contentDir}`);
  }
  const diagnostics: Diagnostic[] = [];
  const notes: NoteSource[] = [];
  const found = listNotes(contentDir, contentDir, diagnostics);
  for (const file of found) {
    const path = relative(contentDir, file).split(sep).join("/");
    const size = lstatSync(file).size;
    if (size > options.maxNoteBytes) {
      const message = `This note is ${size} bytes, over the limit of ${options.maxNoteBytes}; split it`;
      diagnostics.push(diagnostic("note-too-large", message, path));
      continue;
    }
    const decoded = decodeSource(path, readFileSync(file));
    diagnostics.push(...decoded.diagnostics);
    if (decoded.text !== undefined) notes.push({ path, text: decoded.text });
  }
  diagnostics.push(...pathClashes(notes.map((note) => note.path)));
  const schemaFile = (name: string) => {
    const own = join(contentDir, "_schema", name);
    const path = existsSync(own) ? own : defaultSchema(name);
    return { path: existsSync(own) ? `_schema/${name}` : path, text: readFileSync(path, "utf8") };
  };
  const bibPath = join(contentDir, "references.bib");
  return {
    notes,
    fileCount: found.length,
    diagnostics,
    types: schemaFile("types.yaml"),
    relations: schemaFile("relations.yaml"),
    ...(existsSync(bibPath) ? { bibliography: { path: "references.bib", text: readFileSync(bibPath, "utf8") } } : {}),
  };
}

function listNotes(dir: string, root: string, diagnostics: Diagnostic[]): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith("_") || entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) {
      const shown = relative(root, path).split(sep).join("/");
      diagnostics.push(
        diagnostic("symlink", "Symbolic link not followed; vaults are read without leaving their folder", shown),
      );
    } else if (entry.isDirectory()) files.push(...listNotes(path, root, diagnostics));
    else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) files.push(path);
  }
  return files.sort();
}

/** Paths equal but for case or Unicode normalization collide on macOS and Windows. */
function pathClashes(paths: readonly string[]): Diagnostic[] {
  const seen = new Map<string, string>();
  const clashes: Diagnostic[] = [];
  for (const path of paths) {
    const folded = path.normalize("NFC").toLowerCase();
    const first = seen.get(folded);
    if (first === undefined) seen.set(folded, path);
    else {
      const message = `This path differs from ${first} only by case or Unicode normalization; rename one`;
      clashes.push(diagnostic("path-clash", message, path));
    }
  }
  return clashes;
}
