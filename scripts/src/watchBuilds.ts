import { relative, sep } from "node:path";
import { watch } from "chokidar";
import { BuildSession } from "./buildSession";
import { isSkippedName } from "./readVault";

/**
 * How long the folder must stay still before a build starts: an editor that
 * saves through a temporary file, or a git checkout, changes many files in a
 * burst, which gives one build.
 */
export const QUIET_MS = 50;

/**
 * Builds, then builds again whenever a file the build reads changes, until
 * `signal` aborts (if ever); each build is given the session that keeps what
 * the next one can start from. One build runs at a time: changes made during
 * a build give another once it ends. `build` reports its own outcome; a
 * build that throws, or a watcher that fails, stops the watch with its error
 * once the running build has ended.
 */
export async function watchBuilds(
  contentDir: string,
  outFile: string,
  build: (session: BuildSession) => Promise<void>,
  signal = new AbortController().signal,
): Promise<void> {
  // chokidar, not fs.watch: Node 20's recursive fs.watch stops reporting a file once it was replaced (a safe save).
  const watcher = watch(contentDir, {
    ignoreInitial: true,
    // Folders not read are not watched: .git/ and .obsidian/ can hold many files.
    ignored: (path) => path === outFile || !readByBuild(relative(contentDir, path)),
  });
  // A change after the folder was scanned is seen; one before, the first build reads.
  try {
    // `on`, not `once`: past a system's limit on watches, the scan fails for every file after, and an error with no listener would end the process.
    await new Promise<void>((resolve, reject) => watcher.once("ready", resolve).on("error", reject));
  } catch (error) {
    await watcher.close();
    throw error;
  }
  const session = new BuildSession();
  let due = true;
  let stopped = false;
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  return new Promise<void>((resolve, reject) => {
    const stop = (error?: unknown) => {
      if (stopped) return;
      stopped = true;
      clearTimeout(timer);
      const ended = running?.catch(() => {}) ?? Promise.resolve();
      // The session's workers are stopped only once the build using them has ended.
      void ended
        .then(() => Promise.all([watcher.close(), session.close()]))
        .then(() => (error === undefined ? resolve() : reject(error)), reject);
    };
    const next = () => {
      if (!due || running || stopped) return;
      due = false;
      running = build(session).then(
        () => {
          running = undefined;
          next();
        },
        (error: unknown) => {
          running = undefined;
          stop(error);
        },
      );
    };
    watcher.on("all", () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        due = true;
        next();
      }, QUIET_MS);
    });
    watcher.on("error", stop);
    signal.addEventListener("abort", () => stop());
    if (signal.aborted) stop();
    else next();
  });
}

/**
 * Whether a build may read this file or folder (a path inside the folder;
 * "" for the folder itself): no name the listing passes over (isSkippedName),
 * but the vocabulary's folder.
 */
export function readByBuild(path: string): boolean {
  return path
    .split(sep)
    .every((name, depth) => name === "" || !isSkippedName(name) || (depth === 0 && name === "_schema"));
}
