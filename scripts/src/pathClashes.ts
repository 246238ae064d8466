import { type Diagnostic, diagnostic } from "@simpul/schema";

/** Paths equal but for case or Unicode normalization collide on macOS and Windows. */
export function pathClashes(paths: readonly string[]): Diagnostic[] {
  const seen = new Map<string, string>();
  const clashes: Diagnostic[] = [];
  for (const path of paths) {
    const folded = foldedPath(path);
    const first = seen.get(folded);
    if (first === undefined) seen.set(folded, path);
    else {
      const message = `This path differs from ${first} only by case or Unicode normalization; rename one`;
      clashes.push(diagnostic("path-clash", message, path));
    }
  }
  return clashes;
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
