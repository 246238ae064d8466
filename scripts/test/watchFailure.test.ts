import { cpSync, mkdtempSync, realpathSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SubscribeCallback } from "@parcel/watcher";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../src/cli";
import { watchBuilds } from "../src/watchBuilds";

/** The message @parcel/watcher gives past Linux's limit on watches (fs.inotify.max_user_watches). */
const limitReached = (path: string) => new Error(`inotify_add_watch on '${path}' failed: No space left on device`);

/** What the mocked watcher does: fail to subscribe, or subscribe and hand its callback over. */
const watcher = {
  fails: undefined as ((folder: string) => Error) | undefined,
  callback: undefined as SubscribeCallback | undefined,
  unsubscribed: false,
};

vi.mock("@parcel/watcher", () => ({
  subscribe: async (folder: string, callback: SubscribeCallback) => {
    if (watcher.fails) throw watcher.fails(folder);
    watcher.callback = callback;
    return {
      unsubscribe: async () => {
        watcher.unsubscribed = true;
      },
    };
  },
}));

let vault: string;

beforeEach(() => {
  Object.assign(watcher, { fails: undefined, callback: undefined, unsubscribed: false });
  vault = join(realpathSync(mkdtempSync(join(tmpdir(), "simpul-watch-fails-"))), "content");
  cpSync(join(import.meta.dirname, "fixtures", "clean"), vault, { recursive: true });
});

/** `build --watch` of the vault, in this process: its exit code and the lines it printed. */
async function watchOnce() {
  const out: string[] = [];
  const err: string[] = [];
  const args = ["build", "--watch", "--content", vault, "--out", join(vault, "..", "graph.json")];
  const code = await main(
    args,
    (line) => out.push(line),
    (line) => err.push(line),
  );
  return { code, out, err };
}

/** A watch whose builds wait to be let go, one at a time. */
function heldBuilds() {
  const finishers: (() => void)[] = [];
  const build = vi.fn(() => new Promise<void>((resolve) => finishers.push(resolve)));
  return { build, finish: () => finishers.shift()?.() };
}

describe("a watch the system cannot keep", () => {
  it("fails with the system's code for the folder it could not watch, and builds nothing", async () => {
    watcher.fails = (folder) => limitReached(join(folder, "roles"));
    const build = vi.fn(async () => {});
    await expect(watchBuilds(vault, join(vault, "..", "graph.json"), build)).rejects.toMatchObject({
      code: "ENOSPC",
      syscall: "watch",
      path: join(vault, "roles"),
    });
    expect(build).not.toHaveBeenCalled();
  });

  it("is said in a line, with the limit to raise, and exit code 2", async () => {
    watcher.fails = (folder) => limitReached(join(folder, "roles"));
    const { code, out, err } = await watchOnce();
    expect(code).toBe(2);
    expect(err).toEqual([
      expect.stringMatching(
        /^simpul: cannot watch \S*content\/roles \(ENOSPC\): the system's limit on folders watched at once is reached; raise it \(sudo sysctl fs\.inotify\.max_user_watches=524288\) or build without --watch$/,
      ),
    ]);
    expect(out).toEqual([expect.stringMatching(/^watching \S*content for changes/)]);
  });

  it("says the watcher's own words for a failure the system has no code for", async () => {
    watcher.fails = () => new Error("Unable to start the watcher backend");
    const { code, err } = await watchOnce();
    expect(code).toBe(2);
    expect(err).toEqual([
      expect.stringMatching(/^simpul: cannot watch \S*content: Unable to start the watcher backend$/),
    ]);
  });

  it("builds again when events were lost, and stops once the build under way has ended when the watcher fails", async () => {
    const { build, finish } = heldBuilds();
    const watching = watchBuilds(vault, join(vault, "..", "graph.json"), build);
    await vi.waitFor(() => expect(build).toHaveBeenCalledTimes(1));
    finish();
    watcher.callback?.(new Error("Events were dropped by the FSEvents client. File system must be re-scanned."), []);
    await vi.waitFor(() => expect(build).toHaveBeenCalledTimes(2));
    watcher.callback?.(new Error("Error starting FSEvents stream"), []);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(watcher.unsubscribed).toBe(false);
    finish();
    await expect(watching).rejects.toThrow(/^cannot watch \S*content: Error starting FSEvents stream$/);
    expect(watcher.unsubscribed).toBe(true);
    expect(build).toHaveBeenCalledTimes(2);
  });

  it("builds for notes and the vocabulary, not for the graph it writes or names it does not read", async () => {
    const out = join(vault, "build", "graph.json");
    const { build, finish } = heldBuilds();
    const controller = new AbortController();
    const watching = watchBuilds(vault, out, build, controller.signal);
    await vi.waitFor(() => expect(build).toHaveBeenCalledTimes(1));
    finish();
    const event = (type: "create" | "update", ...paths: string[]) =>
      watcher.callback?.(
        null,
        paths.map((path) => ({ type, path: join(vault, path) })),
      );
    event("create", "build");
    event("update", "build/graph.json", "_templates/note.md", ".obsidian/workspace.json");
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(build).toHaveBeenCalledTimes(1);
    event("update", "_schema/types.yaml");
    await vi.waitFor(() => expect(build).toHaveBeenCalledTimes(2));
    finish();
    controller.abort();
    await watching;
    expect(watcher.unsubscribed).toBe(true);
  });
});
