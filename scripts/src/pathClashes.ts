import { type Diagnostic, diagnostic } from "@simpul/schema";

/** Paths equal but for case or Unicode normalization collide on macOS and Windows. */
export function pathClashes(paths: readonly string[]): Diagnostic[] {
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
