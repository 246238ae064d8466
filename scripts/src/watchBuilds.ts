import { watch } from "node:fs";
import { join, sep } from "node:path";
import { BuildSession } from "./buildSession";

/**
 * How long the folder must stay still before a build starts: an editor that
 * saves through a temporary file, or a git checkout, changes many files in a
 * burst, which gives one build.
 */
export const QUIET_MS = 50;

/**
 * Builds, then builds again whenever a file the build reads changes, until
 * `signal` aborts (if ever); each build is given the session that keeps what the next
 * one can start from. One build runs at a time: changes made during a build
 * give another once it ends. `build` reports its own outcome; a build that
 * throws stops the watch with its error.
 */
export async function watchBuilds(
  contentDir: string,
  outFile: string,
  build: (session: BuildSession) => Promise<void>,
  signal = new AbortController().signal,
): Promise<void> {
  const session = new BuildSession();
  let due = true;
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  return new Promise<void>((resolve, reject) => {
    const stop = (error?: unknown) => {
      clearTimeout(timer);
      watcher.close();
      void session.close().then(() => (error === undefined ? resolve() : reject(error)), reject);
    };
    const next = () => {
      if (!due || running || signal.aborted) return;
      due = false;
      running = build(session).then(
        () => {
          running = undefined;
          if (signal.aborted) stop();
          else next();
        },
        (error: unknown) => stop(error),
      );
    };
    const watcher = watch(contentDir, { recursive: true }, (_event, file) => {
      if (file === null || !readByBuild(file) || join(contentDir, file) === outFile) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        due = true;
        next();
      }, QUIET_MS);
    });
    watcher.on("error", stop);
    signal.addEventListener("abort", () => {
      if (running === undefined) stop();
    });
    if (signal.aborted) stop();
    else next();
  });
}

/**
 * Whether a build may read this file (a path inside the folder): nothing
 * hidden (`.obsidian/`, `.git/`, the cache), and of the folders whose names
 * start with `_`, only the vocabulary's.
 */
export function readByBuild(file: string): boolean {
  const segments = file.split(sep);
  if (segments.some((segment) => segment.startsWith("."))) return false;
  return !segments[0]?.startsWith("_") || segments[0] === "_schema";
}
