import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NOT_READ, readByBuild } from "../src/watchBuilds";

const clean = join(import.meta.dirname, "fixtures", "clean");
const bin = join(import.meta.dirname, "..", "dist", "bin.mjs");
const ENABLER = "roles/enabler.md";
let dir: string;
let vault: string;
/** The watch a test started, stopped after it. */
let running: Watcher | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "simpul-watch-"));
  vault = join(dir, "content");
  cpSync(clean, vault, { recursive: true });
});

afterEach(() => {
  running?.process.kill("SIGINT");
  running = undefined;
});

function edit(file: string, change: (text: string) => string): void {
  const path = join(vault, file);
  writeFileSync(path, change(readFileSync(path, "utf8")));
}

/** `build --watch`, the bundled CLI as users run it, with the lines it prints as they come. */
class Watcher {
  readonly process: ChildProcess;
  readonly lines: string[] = [];
  /** What it printed on stderr. */
  errors = "";
  #read = 0;
  #waiting: (() => void) | undefined;

  constructor(...args: string[]) {
    this.process = spawn(process.execPath, [bin, "build", "--watch", ...args]);
    this.process.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      this.errors += chunk;
    });
    let partial = "";
    this.process.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      const lines = (partial + chunk).split("\n");
      partial = lines.pop() ?? "";
      this.lines.push(...lines);
      this.#waiting?.();
    });
  }

  /** The lines printed since the last call, up to the first that matches. */
  async next(pattern: RegExp, timeoutMs = 30_000): Promise<string[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.lines.findIndex((line, index) => index >= this.#read && pattern.test(line));
      if (found >= 0) {
        const lines = this.lines.slice(this.#read, found + 1);
        this.#read = found + 1;
        return lines;
      }
      if (Date.now() > deadline) throw new Error(`no line matched ${pattern}; printed: ${this.lines.join("\n")}`);
      await new Promise<void>((resolve) => {
        this.#waiting = resolve;
        setTimeout(resolve, 100);
      });
    }
  }

  /**
   * The lines of the builds a change gave, once one matched and no line came
   * for a while (a move may be seen as two changes, giving two builds).
   */
  async settled(pattern: RegExp): Promise<string[]> {
    const lines = await this.next(pattern);
    for (;;) {
      const more = await this.quiet(700);
      if (more.length === 0) return lines;
      lines.push(...more);
      this.#read = this.lines.length;
    }
  }

  /** Lines printed since the last next(), after waiting this long. */
  async quiet(ms: number): Promise<string[]> {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return this.lines.slice(this.#read);
  }
}

/** `build --watch` of the vault, once it has written its first graph, and the graph's path. */
async function startWatching(): Promise<{ out: string; watcher: Watcher }> {
  const out = join(dir, "build", "graph.json");
  running = new Watcher("--content", vault, "--out", out);
  await running.next(/^wrote /);
  return { out, watcher: running };
}

/** The graph a single build writes from the vault as it is now, without the cache. */
function coldBuild(): Buffer {
  const out = join(dir, "cold", "graph.json");
  const result = spawnSync(process.execPath, [bin, "build", "--no-cache", "--content", vault, "--out", out]);
  expect(result.status).toBe(0);
  return readFileSync(out);
}

describe("simpul build --watch", () => {
  it("writes the graph again after each edit, as a single build writes it, and goes on after content errors", async () => {
    const { out, watcher } = await startWatching();
    expect(watcher.lines.find((line) => line.startsWith("wrote "))).toMatch(/: 7 nodes, \d+ edges in \d+ ms$/);
    expect(watcher.lines[0]).toMatch(/^watching .*content for changes/);

    edit(ENABLER, (text) => `${text}\nLihat [[CD]].\n`);
    // Settled: a late event of the edit may bring a build that finds the graph up to date.
    await watcher.settled(/^wrote /);
    expect(readFileSync(out).equals(coldBuild())).toBe(true);

    // Neither hidden files (an editor's, the cache) nor folders starting with "_" other than _schema are read.
    mkdirSync(join(vault, ".obsidian"));
    writeFileSync(join(vault, ".obsidian", "workspace.json"), "{}");
    mkdirSync(join(vault, "_templates"));
    writeFileSync(join(vault, "_templates", "note.md"), "---\ntype: concept\n---\n");
    expect(await watcher.quiet(600)).toEqual([]);

    const written = readFileSync(out);
    edit(ENABLER, (text) => text.replace("type: role", "type: rolle"));
    const failed = await watcher.next(/^\d+ errors?, /);
    expect(
      failed.some((line) => /roles\/enabler\.md:2:1: error: Unknown type "rolle".*\[unknown-type\]$/.test(line)),
    ).toBe(true);
    expect(readFileSync(out).equals(written)).toBe(true);

    edit(ENABLER, (text) => text.replace("type: rolle", "type: role").replace("\nLihat [[CD]].\n", ""));
    await watcher.next(/^wrote /);
    expect(readFileSync(out).equals(coldBuild())).toBe(true);
  });

  it("builds again when a note is added, moved to a new folder, edited there or deleted", async () => {
    const { out, watcher } = await startWatching();
    const added = join(vault, "roles", "broker.md");
    const broker = "---\ntype: role\ntitle: Perantara\ntitle_en: Broker\n---\nMenghubungkan warga dengan [[CD]].\n";
    writeFileSync(added, broker);
    await watcher.settled(/^wrote .*: 8 nodes, /);
    expect(readFileSync(out).equals(coldBuild())).toBe(true);
    mkdirSync(join(vault, "roles", "more"));
    renameSync(added, join(vault, "roles", "more", "broker.md"));
    await watcher.settled(/^wrote .*: 8 nodes, /);
    expect(readFileSync(out).equals(coldBuild())).toBe(true);
    // Node 20's recursive fs.watch reports nothing more of a file once it was moved or replaced.
    edit("roles/more/broker.md", (text) => text.replace("[[CD]]", "[[CD]] dan [[Pemungkin]]"));
    await watcher.settled(/^wrote /);
    expect(readFileSync(out).equals(coldBuild())).toBe(true);
    rmSync(join(vault, "roles", "more"), { recursive: true });
    await watcher.settled(/^wrote .*: 7 nodes, /);
    expect(readFileSync(out).equals(coldBuild())).toBe(true);
  });

  it("sees a note saved through a temporary file, and edited in place after", async () => {
    const { out, watcher } = await startWatching();
    // As editors save safely: the new text in a file beside, renamed over the note.
    const temporary = join(vault, "roles", ".enabler.md.swp");
    writeFileSync(temporary, `${readFileSync(join(vault, ENABLER), "utf8")}\nLihat [[CD]].\n`);
    renameSync(temporary, join(vault, ENABLER));
    await watcher.settled(/^wrote /);
    expect(readFileSync(out).equals(coldBuild())).toBe(true);
    for (const link of ["[[Rothman 1995]]", "[[Intervensi Makro]]"]) {
      edit(ENABLER, (text) => `${text}Lihat ${link}.\n`);
      await watcher.settled(/^wrote /);
      expect(readFileSync(out).equals(coldBuild())).toBe(true);
    }
  });

  it("waits for a content folder removed to come back, then builds and watches it anew", async () => {
    const { out, watcher } = await startWatching();
    rmSync(vault, { recursive: true });
    const removed = await watcher.next(/^content folder .*content was removed; watching for it to come back$/);
    // No build while it is gone: none fails on a missing folder, and no graph is written.
    expect(removed).toHaveLength(1);
    expect(await watcher.quiet(600)).toEqual([]);
    cpSync(clean, vault, { recursive: true });
    await watcher.next(/^content folder .*content is back$/);
    // The same notes again: the graph written is theirs.
    await watcher.settled(/ is up to date: 7 nodes, /);
    expect(readFileSync(out).equals(coldBuild())).toBe(true);
    // The folder watched is the one now there.
    edit(ENABLER, (text) => `${text}\nLihat [[CD]].\n`);
    await watcher.settled(/^wrote /);
    expect(readFileSync(out).equals(coldBuild())).toBe(true);
    expect(watcher.errors).toBe("");
  });

  it("ends on Ctrl-C once the build under way has saved its cache, with exit 0", async () => {
    const { out, watcher } = await startWatching();
    edit(ENABLER, (text) => `${text}\nLihat [[CD]].\n`);
    await watcher.next(/^wrote /);
    const exited = new Promise<[number | null, string | null]>((resolve) =>
      watcher.process.once("exit", (code, signal) => resolve([code, signal])),
    );
    // Right after the graph is written, while the cache is being saved.
    watcher.process.kill("SIGINT");
    expect(await exited).toEqual([0, null]);
    const record = statSync(join(dir, "build", ".cache", "output.v8")).mtimeMs;
    expect(record).toBeGreaterThanOrEqual(statSync(out).mtimeMs);
  });

  it("refuses a content folder that does not exist, with exit 2", () => {
    const result = spawnSync(process.execPath, [bin, "build", "--watch", "--content", join(dir, "none")], {
      encoding: "utf8",
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^simpul: content folder not found: .*none$/m);
  });

  it("applies to build only", () => {
    const result = spawnSync(process.execPath, [bin, "check", "--watch", "--content", vault], { encoding: "utf8" });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^simpul: --watch only applies to build$/m);
  });
});

describe("readByBuild", () => {
  it("takes notes, the vocabulary and the bibliography; not hidden files, nor other folders starting with _", () => {
    expect(["a.md", "concepts/b.md", "_schema/types.yaml", "references.bib"].map(readByBuild)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(["", "concepts"].map(readByBuild)).toEqual([true, true]);
    const hidden = [
      ".obsidian/workspace.json",
      "concepts/.b.md.swp",
      "_templates/t.md",
      "notes/_drafts/a.md",
      "a/_schema",
    ];
    expect(hidden.map(readByBuild)).toEqual([false, false, false, false, false]);
  });

  it("agrees with NOT_READ, the pattern the watcher is told to pass over", () => {
    const paths = [
      ...["", "a.md", "a_b/c_d.md", "concepts/b.md", "references.bib", "_schema", "_schema/types.yaml"],
      ...[".obsidian", ".git/objects/ab", "concepts/.b.md.swp", "_schemas/x.yaml", "_templates/t.md"],
      ...["notes/_drafts/a.md", "a/_schema", "a/_schema/types.yaml", "x/y/.z/w.md"],
    ].map((path) => path.split("/").join(sep));
    expect(paths.filter((path) => NOT_READ.test(path))).toEqual(paths.filter((path) => !readByBuild(path)));
  });
});
