import { type Diagnostic, diagnostic } from "@simpul/schema";

/** Paths equal but for case or Unicode normalization collide on macOS and Windows. */
export function pathClashes(paths: readonly string[]): Diagnostic[] {
  const seen = new Map<string, string>();
  const clashes: Diagnostic[] = [];
  for (const path of paths) {
    const folded = foldedPath(path);
    const first = seen.get(folded);
    if (first === undefined) seen.set(folded, path);
    else clashes.push(diagnostic("path-clash", clashMessage(path, first), path));
  }
  return clashes;
}

/**
 * Says how two clashing paths differ: by case, or by Unicode form, which
 * shows no difference on screen (é as one character, or as e and an accent).
 */
function clashMessage(path: string, first: string): string {
  const collide = "macOS and Windows take them for one file; rename one";
  const byCase = path.normalize("NFC") !== first.normalize("NFC");
  if (path.toLowerCase() === first.toLowerCase()) return `This path differs from ${first} only by case; ${collide}`;
  const form = (each: string) =>
    each === each.normalize("NFC") ? "each accent joined to its letter (NFC)" : "accents as separate marks (NFD)";
  const forms = `here ${form(path)}, there ${form(first)}`;
  return byCase
    ? `This path differs from ${first} by case, and in Unicode form: ${forms}; ${collide}`
    : `This path is ${first} written in another Unicode form: ${forms}; they look the same, but ${collide}`;
}

/** Whether any of these paths clashes (as pathClashes tells) with another path of the listing. */
export function clashesWithin(paths: readonly string[], listing: readonly string[]): boolean {
  if (paths.length === 0) return false;
  const sought = new Set(paths.map(foldedPath));
  const chosen = new Set(paths);
  return listing.some((path) => !chosen.has(path) && sought.has(foldedPath(path)));
}

/** A path as the file systems that ignore case and Unicode normalization see it. */
function foldedPath(path: string): string {
  return path.normalize("NFC").toLowerCase();
}
