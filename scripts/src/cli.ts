import { dirname, join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import type { Diagnostic } from "@simpul/schema";
import { buildDirectory } from "./buildDirectory";
import type { BuildSession } from "./buildSession";
import { compileDirectory } from "./compileDirectory";
import { POOL_DEFAULTS } from "./parsePool";
import { ProgressLine, type ProgressOptions, parseProgress } from "./progressLine";
import { READ_DEFAULTS } from "./readNote";
import { checkContentFolder, checkOutFile, UsageError } from "./readVault";
import { report } from "./report";
import { shownPath } from "./shownPath";
import { formatStats, vaultStats } from "./stats";
import { isSystemRefusal } from "./systemRefusal";
import { watchBuilds } from "./watchBuilds";

/** Where build writes the graph unless told (`--out`); its cache is beside it, where check and stats read it. */
const DEFAULT_OUT = "build/graph.json";

const USAGE = `usage: simpul <command> [options]

commands:
  build   validate content and write the graph (default out: ${DEFAULT_OUT})
  check   validate content only
  stats   counts by type and relation, uncited notes, orphans and gaps

options:
  --content DIR         the vault folder (default: content)
  --out FILE            where build writes the graph (default: ${DEFAULT_OUT}); for check and stats, the
                        graph whose build's parses to take
  --strict              warnings fail the run too
  --max-note-size N     refuse notes over N bytes (default: ${READ_DEFAULTS.maxNoteBytes})
  --parse-timeout MS    give up on a note after MS milliseconds (default: ${POOL_DEFAULTS.timeoutMs})
  --no-cache            build without reusing earlier parses, layout and output (kept beside --out in .cache/);
                        check and stats parse every note rather than take those kept beside --out
  --watch               build, then build again whenever a note, the vocabulary or references.bib changes
  -h, --help            show this help`;

type Write = (line: string) => void;

/**
 * Runs one command; resolves to the exit code: 0 clean, 1 content errors, 2
 * usage errors. A long build or check says how far it has come on
 * `progress`'s stream, if that is a terminal (ProgressLine).
 */
export async function main(
  argv: readonly string[],
  out: Write = console.log,
  err: Write = console.error,
  progress: ProgressOptions = { stream: process.stderr },
) {
  // Whatever is printed, a watch's notices too, comes on a line of its own.
  const line = new ProgressLine(progress);
  out = line.clearing(out);
  err = line.clearing(err);
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    err(`simpul: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { command, values, limits } = parsed;
  let saidUnkept: string | undefined;
  if (command === "help") {
    out(USAGE);
    return 0;
  }
  const contentDir = resolve(values.content ?? "content");
  const prefix = relative(process.cwd(), contentDir).split(sep).join("/");
  const print = (diagnostics: readonly Diagnostic[], noteCount: number) =>
    report(
      diagnostics,
      { pathPrefix: prefix === "" ? "" : `${prefix}/`, strict: values.strict ?? false, noteCount },
      command === "stats" ? err : out,
    );
  try {
    if (command === "build") {
      const outFile = resolve(values.out ?? DEFAULT_OUT);
      checkOutFile(contentDir, outFile);
      const cacheDir = values["no-cache"] ? undefined : cacheBeside(outFile);
      const build = async (session?: BuildSession) => {
        const started = performance.now();
        const parsing = parseProgress(line, "building the graph");
        const built = await parsing.during(() =>
          buildDirectory(contentDir, outFile, { ...limits, cacheDir, session, onParsed: parsing.onParsed }),
        );
        if (print(built.diagnostics, built.noteCount)) return 1;
        const writing = built.write();
        // A single build keeps its cache while the graph is written; a session has the graph out first.
        let refused = session === undefined ? built.keep() : undefined;
        await writing;
        const ms = Math.round(performance.now() - started);
        const graph = `${built.order} nodes, ${built.size} edges in ${ms} ms`;
        const path = shownPath(outFile);
        out(built.rebuilt === "unchanged" ? `${path} is up to date: ${graph}` : `wrote ${path}: ${graph}`);
        if (session) refused = built.keep();
        const unkept =
          refused &&
          `cannot write the build cache in ${shownPath(cacheDir as string)} (${refused.code}); it is left as it was, so a later build may redo this one's work`;
        // A watch says it once while the cache stays unwritable, not at every build.
        if (unkept && unkept !== saidUnkept) err(`simpul: warning: ${unkept}`);
        saidUnkept = unkept;
        return 0;
      };
      if (!values.watch) return await build();
      await watch(contentDir, outFile, build, out, err);
      return 0;
    }
    // The parses a build kept beside its out file, read and never written: check on another folder leaves the
    // build's cache as it was.
    const cacheDir = values["no-cache"] ? undefined : cacheBeside(resolve(values.out ?? DEFAULT_OUT));
    const parsing = parseProgress(line, command === "check" ? "checking the graph" : "counting");
    const compiled = await parsing.during(() =>
      compileDirectory(contentDir, { ...limits, cacheDir, layout: false, onParsed: parsing.onParsed }),
    );
    if (command === "check") return print(compiled.diagnostics, compiled.noteCount) ? 1 : 0;
    const failed = print(
      compiled.diagnostics.filter((d) => d.severity !== "info"),
      compiled.noteCount,
    );
    out(formatStats(vaultStats(compiled.graph)));
    return failed ? 1 : 0;
  } catch (error) {
    reportFailure(error, err);
    return 2;
  }
}

function parse(argv: readonly string[]) {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      content: { type: "string" },
      out: { type: "string" },
      strict: { type: "boolean" },
      "max-note-size": { type: "string" },
      "parse-timeout": { type: "string" },
      "no-cache": { type: "boolean" },
      watch: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  const limits = {
    maxNoteBytes: positiveInteger(values["max-note-size"], "--max-note-size", READ_DEFAULTS.maxNoteBytes),
    timeoutMs: positiveInteger(values["parse-timeout"], "--parse-timeout", POOL_DEFAULTS.timeoutMs),
  };
  const [command, ...rest] = positionals;
  if (values.help) return { command: "help" as const, values, limits };
  if (command !== "build" && command !== "check" && command !== "stats") {
    throw new Error(command === undefined ? "missing command" : `unknown command "${command}"`);
  }
  if (rest.length > 0) throw new Error(`unexpected argument "${rest[0]}"`);
  if (values.watch && command !== "build") throw new Error("--watch only applies to build");
  return { command, values, limits };
}

/**
 * `build --watch`: builds until the process is asked to stop (Ctrl-C, or
 * SIGTERM); a build under way then ends, cache saved, before the process
 * does, and a second Ctrl-C stops it at once (the graph is only ever
 * replaced whole, so it is the last one). A build that fails for the
 * content or the system is reported and the watch goes on.
 */
async function watch(
  contentDir: string,
  outFile: string,
  build: (session: BuildSession) => Promise<number>,
  out: Write,
  err: Write,
): Promise<void> {
  checkContentFolder(contentDir);
  const stopped = new AbortController();
  const stop = (signal: NodeJS.Signals) => {
    if (stopped.signal.aborted) process.exit(signal === "SIGINT" ? 130 : 143);
    stopped.abort();
  };
  process.on("SIGINT", stop).on("SIGTERM", stop);
  out(`watching ${shownPath(contentDir)} for changes (Ctrl-C stops)`);
  try {
    await watchBuilds(
      contentDir,
      outFile,
      async (session) => {
        try {
          await build(session);
        } catch (error) {
          reportFailure(error, err);
        }
      },
      stopped.signal,
      out,
    );
  } finally {
    process.off("SIGINT", stop).off("SIGTERM", stop);
  }
}

/** The cache a build keeps for the graph it writes to `outFile`. */
function cacheBeside(outFile: string): string {
  return join(dirname(outFile), ".cache");
}

function positiveInteger(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0)
    throw new Error(`${flag} takes a positive whole number, not "${value}"`);
  return number;
}

/** Says in a line a failure that is the user's or the system's; throws again one of simpul's own (a bug). */
function reportFailure(error: unknown, err: Write): void {
  const failed = error instanceof UsageError ? error.message : systemFailure(error);
  if (failed === undefined) throw error;
  err(`simpul: ${failed}`);
}

/**
 * What the system refused (a folder where --out names a file, a full disk, no
 * permission), said in a line: not simpul's failure, nor the notes'.
 */
function systemFailure(error: unknown): string | undefined {
  if (!isSystemRefusal(error) || error.syscall === undefined) return undefined;
  const { code, syscall, path, dest } = error as NodeJS.ErrnoException & { dest?: string };
  // A rename's destination is the file asked for; its source is a temporary file.
  const file = dest ?? path;
  const hint = code === "ENOSPC" && syscall === "watch" ? WATCH_LIMIT : "";
  return `cannot ${syscall}${file === undefined ? "" : ` ${shownPath(file)}`} (${code})${hint}`;
}

/** On Linux, each folder of the vault takes an inotify watch; older systems allow 8,192 a user. */
const WATCH_LIMIT =
  ": the system's limit on folders watched at once is reached; raise it (sudo sysctl fs.inotify.max_user_watches=524288) or build without --watch";
