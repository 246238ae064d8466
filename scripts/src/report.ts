import { countDiagnostics, type Diagnostic, formatDiagnostic } from "@simpul/schema";

/** Prints every diagnostic, then one summary line; returns whether the run failed. */
export function report(
  diagnostics: readonly Diagnostic[],
  options: { pathPrefix: string; strict: boolean; noteCount: number },
  write: (line: string) => void,
): boolean {
  for (const d of diagnostics) write(formatDiagnostic(d, options.pathPrefix));
  const { errors, warnings, infos } = countDiagnostics(diagnostics);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  write(
    `${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(infos, "info")} in ${plural(options.noteCount, "note")}`,
  );
  return errors > 0 || (options.strict && warnings > 0);
}
