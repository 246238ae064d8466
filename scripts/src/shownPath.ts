import { relative } from "node:path";

/** A path as the CLI prints it: from the folder it was started in, "." for that folder itself. */
export function shownPath(path: string): string {
  return relative(process.cwd(), path) || ".";
}
