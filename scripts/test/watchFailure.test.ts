import { EventEmitter } from "node:events";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { main } from "../src/cli";
import { watchBuilds } from "../src/watchBuilds";

/**
 * A watcher whose scan fails as Linux's does past fs.inotify.max_user_watches:
 * an error for the file that found the limit, then one for every file after.
 */
class FailingWatcher extends EventEmitter {
  closed = false;

  constructor(folder: string) {
    super();
    setTimeout(() => {
      for (const name of ["a.md", "b.md", "c.md"]) this.emit("error", limitReached(join(folder, name)));
    }, 10);
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

function limitReached(path: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(
    `ENOSPC: System limit for number of file watchers reached, watch '${path}'`,
  );
  return Object.assign(error, { code: "ENOSPC", syscall: "watch", path, errno: -28 });
}

const watchers: FailingWatcher[] = [];

vi.mock("chokidar", () => ({
  watch: (folder: string) => {
    const watcher = new FailingWatcher(folder);
    watchers.push(watcher);
    return watcher;
  },
}));

describe("a watch the system cannot set up", () => {
  it("fails with the first error, closes the watcher and builds nothing", async () => {
    const build = vi.fn(async () => {});
    await expect(watchBuilds("/vault", "/out/graph.json", build)).rejects.toMatchObject({
      code: "ENOSPC",
      path: "/vault/a.md",
    });
    // The errors after the first found a listener: none reached the process, and none is left to.
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(watchers.at(-1)?.closed).toBe(true);
    expect(build).not.toHaveBeenCalled();
  });

  it("is said in a line, with the limit to raise, and exit code 2", async () => {
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
        /^simpul: cannot watch \S*content\/a\.md \(ENOSPC\): the system's limit on files watched at once is reached; raise it \(sudo sysctl fs\.inotify\.max_user_watches=524288\) or build without --watch$/,
      ),
    ]);
    expect(out).toEqual([expect.stringMatching(/^watching \S*content for changes/)]);
  });
});
