import { realpathSync } from "node:fs";
import { dirname, relative, sep } from "node:path";
import type { AsyncSubscription, Event } from "@parcel/watcher";
import { BuildSession } from "./buildSession";
import { isContentFolder, isSkippedName, UsageError } from "./readVault";
import { shownPath } from "./shownPath";

/**
 * How long the folder must stay still before a build starts: an editor that
 * saves through a temporary file, or a git checkout, changes many files in a
 * burst, which gives one build.
 */
export const QUIET_MS = 50;

/**
 * What readByBuild refuses, as the watcher matches it (paths relative to the
 * folder): hidden names (`.git/`, `.obsidian/` can hold many folders) and
 * names starting with `_` but `_schema/` at the top. Not watched at all, so
 * they take none of the system's watches; readByBuild still filters events,
 * and the two must agree (a test holds them to it).
 */
export const NOT_READ = /(^|[/\\])\.|^_(?!schema([/\\]|$))|[/\\]_/;

/** What the watcher says when events were lost: the folder must be read again, which a build does. */
const EVENTS_LOST = /dropped|lost|re-?scan/i;

/**
 * How often a removed folder is looked for. Its watch went with it, and
 * watching the folder above instead would take that folder's events too
 * (a home folder's, say) for as long as the vault is gone.
 */
const RETURN_POLL_MS = 200;

/**
 * Builds, then builds again whenever a file the build reads changes, until
 * `signal` aborts (if ever); each build is given the session that keeps what
 * the next one can start from. One build runs at a time: changes made during
 * a build give another once it ends. `build` reports its own outcome; a
 * build that throws, or a watcher that fails, stops the watch with its error
 * once the running build has ended. Should the folder be removed (a branch
 * switched, a folder restored from elsewhere), `notice` says so, and the
 * watch waits for it to come back, then watches it anew and builds.
 */
export async function watchBuilds(
  contentDir: string,
  outFile: string,
  build: (session: BuildSession) => Promise<void>,
  signal = new AbortController().signal,
  notice: (line: string) => void = () => {},
): Promise<void> {
  let changed = () => {};
  let removed = () => {};
  let failed = (_error: unknown) => {};
  /*
   * @parcel/watcher, not fs.watch: Node 20's recursive fs.watch stops
   * reporting a file once it was replaced (a safe save). Nor chokidar, which
   * watches and stats every file from the main thread (1.1 s before the
   * first build at 10,000 notes, 5 s at 50,000; an inotify watch per file).
   * This one watches folders, from a thread of its own.
   */
  const { subscribe } = await import("@parcel/watcher").catch(() => {
    const platform = `${process.platform}-${process.arch}`;
    throw new UsageError(
      `--watch has no file watcher for ${platform} (no build of @parcel/watcher, or installed without optional dependencies); build without --watch`,
    );
  });
  // Events name real paths (macOS's FSEvents resolves /var to /private/var).
  const root = realpathSync(contentDir);
  const written = relative(contentDir, outFile);
  // The graph, and the folder the first build makes for it when it is inside the vault, are not read.
  const readsChange = ({ path, type }: Event) => {
    const inVault = relative(root, path);
    return inVault !== written && !(type === "create" && inVault === dirname(written)) && readByBuild(inVault);
  };
  // A change once subscribed is seen; one before, the first build reads.
  const watchRoot = (): Promise<AsyncSubscription> =>
    subscribe(
      root,
      (error, events) => {
        // Events lost are made up for by a build, which reads every note; any other failure ends the watch.
        if (error && !EVENTS_LOST.test(error.message)) failed(watchFailure(error, root));
        else if (events.some(({ path, type }) => path === root && type === "delete")) removed();
        else if (error || events.some(readsChange)) changed();
      },
      { ignore: [NOT_READ] },
    ).catch((error: unknown) => {
      throw watchFailure(error, root);
    });
  let subscription: AsyncSubscription | undefined = await watchRoot();
  const session = new BuildSession();
  let due = true;
  let stopped = false;
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  /** Set while the folder is gone: looks for it to come back. */
  let looking: NodeJS.Timeout | undefined;
  return new Promise<void>((resolve, reject) => {
    const stop = (error?: unknown) => {
      if (stopped) return;
      stopped = true;
      clearTimeout(timer);
      clearInterval(looking);
      const ended = running?.catch(() => {}) ?? Promise.resolve();
      // The session's workers are stopped only once the build using them has ended.
      void ended
        .then(() => Promise.all([subscription?.unsubscribe(), session.close()]))
        .then(() => (error === undefined ? resolve() : reject(error)), reject);
    };
    const back = async () => {
      clearInterval(looking);
      // The watcher keeps one watch per folder path: the removed folder's must end before the path is watched anew.
      const gone = subscription;
      subscription = undefined;
      // Its folder is gone: nothing is left that could fail to stop.
      await gone?.unsubscribe().catch(() => {});
      let fresh: AsyncSubscription;
      try {
        fresh = await watchRoot();
      } catch (error) {
        return stop(error);
      }
      if (stopped) return void fresh.unsubscribe();
      subscription = fresh;
      looking = undefined;
      notice(`content folder ${shownPath(contentDir)} is back`);
      due = true;
      next();
    };
    removed = () => {
      if (looking || stopped) return;
      clearTimeout(timer);
      notice(`content folder ${shownPath(contentDir)} was removed; watching for it to come back`);
      looking = setInterval(() => isContentFolder(root) && void back(), RETURN_POLL_MS);
    };
    const next = () => {
      if (!due || running || stopped || looking) return;
      // Removed since the last events: found before a build would say so.
      if (!isContentFolder(root)) return removed();
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
    changed = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        due = true;
        next();
      }, QUIET_MS);
    };
    failed = stop;
    signal.addEventListener("abort", () => stop());
    if (signal.aborted) stop();
    else next();
  });
}

/**
 * What the watcher failed at, as the system's error for the path, which the
 * CLI says in a line: the watcher gives only a message, such as
 * "inotify_add_watch on '…' failed: No space left on device" past Linux's
 * limit on watches. A message with no error the system names is said as it is.
 */
function watchFailure(error: unknown, root: string): Error {
  const message = error instanceof Error ? error.message : String(error);
  const found = /on '(.+)' failed: (.+)$/.exec(message);
  const code = ERRNO_BY_TEXT[found?.[2] ?? message];
  const path = found?.[1] ?? root;
  if (code === undefined) return new UsageError(`cannot watch ${shownPath(path)}: ${message}`);
  return Object.assign(new Error(message), { code, syscall: "watch", path });
}

/** The system's texts for the failures a watch may meet (strerror), and their codes. */
const ERRNO_BY_TEXT: Record<string, string> = {
  "No space left on device": "ENOSPC",
  "Too many open files": "EMFILE",
  "Permission denied": "EACCES",
  "No such file or directory": "ENOENT",
};

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
