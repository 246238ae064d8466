import { fold } from "./normalize";

/** Orders text the way readers of both languages expect: case- and diacritic-insensitive. */
export function compareText(a: string, b: string): number {
  const folded = fold(a).localeCompare(fold(b), "id");
  return folded || a.localeCompare(b, "id");
}
