import { cpSync, mkdtempSync } from "node:fs";
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
  failsAt: undefined as string | undefined,
  callback: undefined as SubscribeCallback | undefined,
  unsubscribed: false,
};

vi.mock("@parcel/watcher", () => ({
  subscribe: async (folder: string, callback: SubscribeCallback) => {
    if (watcher.failsAt !== undefined) throw limitReached(join(folder, watcher.failsAt));
    watcher.callback = callback;
    return {
      unsubscribe: async () => {
        watcher.unsubscribed = true;
      },
    };
  },
}));

beforeEach(() => {
  Object.assign(watcher, { failsAt: undefined, callback: undefined, unsubscribed: false });
});

describe("a watch the system cannot keep", () => {
  it("fails with the system's code for the folder it could not watch, and builds nothing", async () => {
    watcher.failsAt = "roles";
    const build = vi.fn(async () => {});
    await expect(watchBuilds("/vault", "/out/graph.json", build)).rejects.toMatchObject({
      code: "ENOSPC",
      syscall: "watch",
      path: "/vault/roles",
    });
    expect(build).not.toHaveBeenCalled();
  });

  it("stops once the build under way has ended when the watcher fails later", async () => {
    let finish = () => {};
    const build = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const watching = watchBuilds("/vault", "/out/graph.json", build);
    await vi.waitFor(() => expect(build).toHaveBeenCalledTimes(1));
    watcher.callback?.(limitReached("/vault/new-folder"), []);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(watcher.unsubscribed).toBe(false);
    finish();
    await expect(watching).rejects.toMatchObject({ code: "ENOSPC", path: "/vault/new-folder" });
    expect(watcher.unsubscribed).toBe(true);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it("is said in a line, with the limit to raise, and exit code 2", async () => {
    watcher.failsAt = "roles";
    const vault = join(mkdtempSync(join(tmpdir(), "simpul-watch-limit-")), "content");
    cpSync(join(import.meta.dirname, "fixtures", "clean"), vault, { recursive: true });
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(
      ["build", "--watch", "--content", vault, "--out", join(vault, "..", "graph.json")],
      (line) => out.push(line),
      (line) => err.push(line),
    );
    expect(code).toBe(2);
    expect(err).toEqual([
      expect.stringMatching(
        /^simpul: cannot watch \S*content\/roles \(ENOSPC\): the system's limit on folders watched at once is reached; raise it \(sudo sysctl fs\.inotify\.max_user_watches=524288\) or build without --watch$/,
      ),
    ]);
    expect(out).toEqual([expect.stringMatching(/^watching \S*content for changes/)]);
  });
});
