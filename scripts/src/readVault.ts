import { existsSync, lstatSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { VaultSource } from "@simpul/graph";

/** Thrown for problems with the command line rather than with the content. */
export class UsageError extends Error {}

const defaultSchema = (name: string) => fileURLToPath(import.meta.resolve(`@simpul/schema/vocabulary/${name}`));

/**
 * Reads a vault from disk: every `.md` note (names starting with `_` or `.`
 * are skipped, symbolic links are not followed), the vocabulary from
 * `_schema/` or the built-in one, and `references.bib` if present.
 */
export function readVault(contentDir: string): VaultSource {
  if (!existsSync(contentDir) || !lstatSync(contentDir).isDirectory()) {
    throw new UsageError(`content folder not found: ${contentDir}`);
  }
  const notes = listNotes(contentDir).map((file) => ({
    path: relative(contentDir, file).split(sep).join("/"),
    text: readFileSync(file, "utf8"),
  }));
  const schemaFile = (name: string) => {
    const own = join(contentDir, "_schema", name);
    const path = existsSync(own) ? own : defaultSchema(name);
    const shown = existsSync(own) ? `_schema/${name}` : path;
    return { path: shown, text: readFileSync(path, "utf8") };
  };
  const bibPath = join(contentDir, "references.bib");
  return {
    notes,
    types: schemaFile("types.yaml"),
    relations: schemaFile("relations.yaml"),
    ...(existsSync(bibPath) ? { bibliography: { path: "references.bib", text: readFileSync(bibPath, "utf8") } } : {}),
  };
}

function listNotes(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith("_") || entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listNotes(path));
    else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) files.push(path);
  }
  return files.sort();
}
