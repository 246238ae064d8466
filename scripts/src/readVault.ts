import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { basename, dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { SchemaSource } from "@simpul/graph";
import { type Diagnostic, diagnostic } from "@simpul/schema";

/** Thrown for problems with the command line rather than with the content. */
export class UsageError extends Error {}

export interface VaultListing {
  /** Every `.md` note, as a path relative to the vault with `/`, in code-unit order. */
  notes: string[];
  /** Symbolic links not followed. */
  diagnostics: Diagnostic[];
}

const defaultSchema = (name: string) => fileURLToPath(import.meta.resolve(`@simpul/schema/vocabulary/${name}`));

/** Reads the vocabulary from `_schema/` or the built-in one, and `references.bib` if present. */
export function readSchemaFiles(contentDir: string): SchemaSource {
  checkContentFolder(contentDir);
  const schemaFile = (name: string) => {
    const own = join(contentDir, "_schema", name);
    const path = existsSync(own) ? own : defaultSchema(name);
    return { path: existsSync(own) ? `_schema/${name}` : path, text: readFileSync(path, "utf8") };
  };
  const bibPath = join(contentDir, "references.bib");
  return {
    types: schemaFile("types.yaml"),
    relations: schemaFile("relations.yaml"),
    ...(existsSync(bibPath) ? { bibliography: { path: "references.bib", text: readFileSync(bibPath, "utf8") } } : {}),
  };
}

export function checkContentFolder(contentDir: string): void {
  if (!isContentFolder(contentDir)) {
    // A note given where its folder is meant (`--content notes/a.md`) is told apart from a path that names nothing.
    const message = existsSync(contentDir)
      ? `${contentDir} is not a folder; --content takes the folder of notes`
      : `content folder not found: ${contentDir}`;
    throw new UsageError(message);
  }
}

/**
 * Refuses an out file the build would read, which writing the graph would
 * overwrite: a note of the vault, `references.bib`, or a vocabulary file in
 * `_schema/`. Elsewhere inside the folder (`content/graph.json`, say) the
 * graph is no note, and is never read.
 */
export function checkOutFile(contentDir: string, outFile: string): void {
  // Through symbolic links too: a link to the vault is the vault.
  const path = relative(realPath(contentDir), realPath(outFile)).split(sep);
  if (path[0] === ".." || path[0] === "" || path.some((part) => part === "..")) return;
  const [top] = path;
  const note = (path.at(-1) as string).toLowerCase().endsWith(".md") && !path.some(isSkippedName);
  if (note || top === "_schema" || (path.length === 1 && top === "references.bib")) {
    throw new UsageError(
      `--out names ${path.join("/")} of the content folder, which the build reads; write the graph elsewhere`,
    );
  }
}

/** The path with every symbolic link on the way to it followed; the part not there yet as it is written. */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realPath(parent), basename(path));
  }
}

/** Whether a folder is there to read as a vault (a symbolic link to one is not). */
export function isContentFolder(contentDir: string): boolean {
  return lstatSync(contentDir, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/** Names a vault's listing passes over: hidden (`.obsidian/`, `.git/`), or starting with `_` (`_schema/`, read apart). */
export function isSkippedName(name: string): boolean {
  return name.startsWith("_") || name.startsWith(".");
}

/**
 * Lists a vault's notes: every `.md` file (but isSkippedName's; symbolic
 * links, and pipes, sockets and devices named `.md`, are reported, never
 * followed or read). The notes are read by the parse workers (readNote).
 */
export function listVault(contentDir: string): VaultListing {
  const diagnostics: Diagnostic[] = [];
  const notes = listNotes(contentDir, "", diagnostics).sort();
  return { notes, diagnostics };
}

function listNotes(dir: string, prefix: string, diagnostics: Diagnostic[]): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (isSkippedName(entry.name)) continue;
    const path = `${prefix}${entry.name}`;
    if (entry.isSymbolicLink()) {
      diagnostics.push(
        diagnostic("symlink", "Symbolic link not followed; vaults are read without leaving their folder", path),
      );
    } else if (entry.isDirectory()) files.push(...listNotes(join(dir, entry.name), `${path}/`, diagnostics));
    else if (!entry.name.toLowerCase().endsWith(".md")) continue;
    else if (entry.isFile()) files.push(path);
    // Reading a pipe waits for a writer that may never come.
    else
      diagnostics.push(diagnostic("special-file", "Not a regular file (a pipe, socket or device), so not read", path));
  }
  return files;
}
