import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";

const clean = join(import.meta.dirname, "fixtures", "clean");
let dir: string;
let vault: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "simpul-cli-"));
  vault = join(dir, "content");
  cpSync(clean, vault, { recursive: true });
});

const bin = join(import.meta.dirname, "..", "dist", "bin.mjs");

/** Runs the bundled CLI, the artifact users run, as its own process. */
function run(...args: string[]): { code: number; out: string[]; err: string[] } {
  return runIn(process.cwd(), ...args);
}

/** run, from another working folder: the one `build/` (the default out) is in. */
function runIn(cwd: string, ...args: string[]): { code: number; out: string[]; err: string[] } {
  // A CLI that hangs is stopped, and fails the test, rather than stopping the suite.
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd, timeout: 30_000 });
  const lines = (text: string) => text.split("\n").filter((line) => line !== "");
  return { code: result.status ?? -1, out: lines(result.stdout), err: lines(result.stderr) };
}

/**
 * Changes the author's name in the parses a build kept, and only there: a
 * check that takes them suggests "Jack Rothmax", one that parses every note
 * "Jack Rothman".
 */
function renameRothmanIn(cache: string): void {
  for (const name of readdirSync(cache).filter((each) => each.startsWith("parsed-"))) {
    const bytes = readFileSync(join(cache, name), "latin1");
    writeFileSync(join(cache, name), bytes.replaceAll("Jack Rothman", "Jack Rothmax"), "latin1");
  }
}

function edit(file: string, change: (text: string) => string): void {
  const path = join(vault, file);
  writeFileSync(path, change(readFileSync(path, "utf8")));
}

describe("simpul build", () => {
  it("writes graphology's serialized format with typed nodes and edges", () => {
    const out = join(dir, "build", "graph.json");
    expect(run("build", "--content", vault, "--out", out).code).toBe(0);
    const graph = JSON.parse(readFileSync(out, "utf8"));
    expect(graph.options).toEqual({ allowSelfLoops: false, multi: true, type: "directed" });
    expect(graph.attributes.format).toBe("simpul-graph");
    const co = graph.nodes.find((n: { key: string }) => n.key === "concept/community-organization");
    expect(co.attributes).toMatchObject({ type: "concept", label: "Pengorganisasian Masyarakat", aliases: ["CO"] });
    const contrast = graph.edges.find((e: { attributes: { type: string } }) => e.attributes.type === "contrasts_with");
    expect(contrast.attributes.citations).toEqual([{ key: "aribowo-makro", page: "4" }]);
  });

  it("gives byte-identical output for the same content, and for CRLF and BOM files", () => {
    const first = join(dir, "a.json");
    const second = join(dir, "b.json");
    const third = join(dir, "c.json");
    run("build", "--content", vault, "--out", first);
    run("build", "--content", vault, "--out", second);
    expect(readFileSync(second)).toEqual(readFileSync(first));
    for (const file of ["concepts/community-organization.md", "models/locality-development.md", "references.bib"]) {
      edit(file, (text) => `\uFEFF${text.replace(/\n/g, "\r\n")}`);
    }
    run("build", "--content", vault, "--out", third);
    expect(readFileSync(third)).toEqual(readFileSync(first));
  });

  it("fails with exit 1 and keeps the previous output when content has errors", () => {
    const out = join(dir, "graph.json");
    run("build", "--content", vault, "--out", out);
    const before = readFileSync(out, "utf8");
    edit("roles/enabler.md", (text) => `${text}\nSee [[Some Missing Note]].\n`);
    const result = run("build", "--content", vault, "--out", out);
    expect(result.code).toBe(1);
    expect(readFileSync(out, "utf8")).toBe(before);
    expect(readdirSync(dir).filter((name) => name.includes(".tmp"))).toEqual([]);
  });

  it("writes nothing at all when the first build fails", () => {
    edit("roles/enabler.md", (text) => text.replace("type: role", "type: rol"));
    const out = join(dir, "graph.json");
    expect(run("build", "--content", vault, "--out", out).code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });
});

describe("simpul check", () => {
  it("exits 0 on clean content and prints a summary", () => {
    const result = run("check", "--content", vault);
    expect(result.code).toBe(0);
    expect(result.out.at(-1)).toBe("0 errors, 0 warnings, 0 infos in 7 notes");
  });

  it("reports a link to a missing note at its path:line:col with exit 1", () => {
    edit("concepts/community-development.md", (text) => `${text}Lihat juga [[Some Missing Note]].\n`);
    const result = run("check", "--content", vault);
    expect(result.code).toBe(1);
    const lines = readFileSync(join(vault, "concepts/community-development.md"), "utf8").split("\n");
    const line = lines.findIndex((l) => l.includes("Some Missing Note")) + 1;
    const path = `${relative(process.cwd(), vault)}/concepts/community-development.md`;
    expect(result.out).toContain(`${path}:${line}:12: error: No note is named "Some Missing Note" [broken-link]`);
    expect(result.out.at(-1)).toBe("1 error, 0 warnings, 0 infos in 7 notes");
  });

  it("fails on warnings only with --strict", () => {
    edit("roles/enabler.md", (text) => text.replace("title: Pemungkin", "title: Pemungkin\ncolour: green"));
    expect(run("check", "--content", vault).code).toBe(0);
    expect(run("check", "--content", vault, "--strict").code).toBe(1);
  });

  it("reads the parses a build kept in build/.cache, never writes them, and reports as it does without them", () => {
    expect(runIn(dir, "build", "--content", "content").code).toBe(0);
    const cache = join(dir, "build", ".cache");
    const kept = () => new Map(readdirSync(cache).map((name) => [name, readFileSync(join(cache, name))]));
    const before = kept();
    edit("roles/enabler.md", (text) => `${text}\nSee [[Jack Rothmen]].\n`);
    edit("concepts/community-organization.md", (text) => text.replace("title: ", "colour: green\ntitle: "));
    // stats says its problems on stderr.
    const said = (result: ReturnType<typeof run>) => [...result.out, ...result.err].join("\n");
    for (const command of ["check", "stats"]) {
      const reused = runIn(dir, command, "--content", "content");
      expect(reused.code).toBe(1);
      expect(said(reused)).toContain('No note is named "Jack Rothmen"; did you mean "Jack Rothman"?');
      expect(reused).toEqual(runIn(dir, command, "--no-cache", "--content", "content"));
    }
    expect(kept()).toEqual(before);
    // The author's note, unedited, is taken from its kept parse: a name changed there is the one check suggests.
    renameRothmanIn(cache);
    expect(said(runIn(dir, "check", "--content", "content"))).toContain('did you mean "Jack Rothmax"?');
    expect(said(runIn(dir, "check", "--no-cache", "--content", "content"))).toContain('did you mean "Jack Rothman"?');
  });

  it("reads the parses kept beside the graph --out names, for a build that wrote elsewhere", () => {
    expect(runIn(dir, "build", "--content", "content", "--out", "site/graph.json").code).toBe(0);
    renameRothmanIn(join(dir, "site", ".cache"));
    edit("roles/enabler.md", (text) => `${text}\nSee [[Jack Rothmen]].\n`);
    const said = (...args: string[]) => runIn(dir, "check", "--content", "content", ...args).out.join("\n");
    expect(said("--out", "site/graph.json")).toContain('did you mean "Jack Rothmax"?');
    // Without --out, the default's cache (none here): every note parsed.
    expect(said()).toContain('did you mean "Jack Rothman"?');
  });

  it("exits 2 on usage errors", () => {
    expect(run("check", "--bogus").code).toBe(2);
    expect(run("frobnicate").code).toBe(2);
    expect(run("check", "--content", join(dir, "nowhere")).code).toBe(2);
    // A note where its folder is meant is told apart from a path that names nothing.
    const note = run("check", "--content", join(vault, "roles/enabler.md"));
    expect(note.code).toBe(2);
    expect(note.err).toEqual([
      expect.stringMatching(/enabler\.md is not a folder; --content takes the folder of notes$/),
    ]);
  });

  it("refuses an out file that is a file the build reads, and leaves it as it was", () => {
    for (const file of ["roles/enabler.md", "references.bib", "_schema/types.yaml", "Baru.MD"]) {
      const path = join(vault, file);
      const before = existsSync(path) ? readFileSync(path) : undefined;
      const refused = run("build", "--content", vault, "--out", path);
      expect(refused.code, file).toBe(2);
      expect(refused.err).toEqual([
        `simpul: --out names ${file} of the content folder, which the build reads; write the graph elsewhere`,
      ]);
      expect(existsSync(path) ? readFileSync(path) : undefined).toEqual(before);
    }
    // Nor through a symbolic link to the folder.
    symlinkSync(vault, join(dir, "link"));
    const linked = run("build", "--content", vault, "--out", join(dir, "link", "roles", "enabler.md"));
    expect([linked.code, linked.err]).toEqual([2, [expect.stringContaining("--out names roles/enabler.md")]]);
    // Where the build reads nothing, the graph may go inside the folder.
    expect(run("build", "--content", vault, "--out", join(vault, ".site", "graph.json")).code).toBe(0);
    expect(run("build", "--content", vault, "--out", join(vault, "graph.json")).code).toBe(0);
  });

  it("says in a line what the system refused, exit 2, and leaves no file behind", () => {
    const taken = join(dir, "taken");
    mkdirSync(join(taken, "graph.json"), { recursive: true });
    const asFolder = run("build", "--content", vault, "--out", join(taken, "graph.json"));
    expect(asFolder.code).toBe(2);
    expect(asFolder.err).toEqual([expect.stringMatching(/^simpul: cannot rename \S*taken\/graph\.json \(EISDIR\)$/)]);
    expect(readdirSync(taken).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    writeFileSync(join(dir, "a-file"), "");
    const underFile = run("build", "--content", vault, "--out", join(dir, "a-file", "graph.json"));
    expect(underFile.code).toBe(2);
    expect(underFile.err).toEqual([expect.stringMatching(/^simpul: cannot mkdir \S*a-file \(EEXIST\)$/)]);
    // Node's recursive mkdir never returns from this refusal.
    const underProc = run("build", "--content", vault, "--out", "/proc/simpul-none/graph.json");
    expect(underProc.code).toBe(2);
    expect(underProc.err).toEqual([expect.stringMatching(/^simpul: cannot mkdir \S*proc\/simpul-none \(ENOENT\)$/)]);
  });
});

describe("the build cache", () => {
  it("gives the same bytes as a cold build, before and after an edit", () => {
    const warm = join(dir, "warm", "graph.json");
    const cold = join(dir, "cold", "graph.json");
    expect(run("build", "--content", vault, "--out", warm).out.at(-1)).toMatch(/^wrote .*: 7 nodes, /);
    // No note changed: the file is left as it is.
    expect(run("build", "--content", vault, "--out", warm).out.at(-1)).toMatch(
      /graph\.json is up to date: 7 nodes, \d+ edges in \d+ ms$/,
    );
    run("build", "--no-cache", "--content", vault, "--out", cold);
    expect(readFileSync(warm)).toEqual(readFileSync(cold));
    edit("roles/enabler.md", (text) => `${text}\nKalimat baru. Lihat [[CO]].\n`);
    run("build", "--content", vault, "--out", warm);
    run("build", "--no-cache", "--content", vault, "--out", cold);
    expect(readFileSync(warm)).toEqual(readFileSync(cold));
    expect(readFileSync(warm, "utf8")).toContain("Kalimat baru");
  });

  it("gives the same bytes as a cold build after edits of prose only, which rewrite the last output", () => {
    const warm = join(dir, "warm", "graph.json");
    const cold = join(dir, "cold", "graph.json");
    run("build", "--content", vault, "--out", warm);
    edit("roles/enabler.md", (text) => `${text}Kalimat baru — tanpa tautan.\n`);
    edit("concepts/community-organization.md", (text) => text.replace(/^summary: .*$/m, "summary: Ringkasan “baru”."));
    run("build", "--content", vault, "--out", warm);
    run("build", "--no-cache", "--content", vault, "--out", cold);
    expect(readFileSync(warm)).toEqual(readFileSync(cold));
    expect(readFileSync(warm, "utf8")).toContain("Ringkasan “baru”");
  });

  it("keeps prose edited while a build failed: the failed build stored the parse, not the output", () => {
    const warm = join(dir, "warm", "graph.json");
    const cold = join(dir, "cold", "graph.json");
    run("build", "--content", vault, "--out", warm);
    const enabler = readFileSync(join(vault, "roles/enabler.md"), "utf8");
    edit("concepts/community-organization.md", (text) => `${text}Kalimat yang ditambahkan saat build gagal.\n`);
    edit("roles/enabler.md", (text) => `${text}\nSee [[Some Missing Note]].\n`);
    expect(run("build", "--content", vault, "--out", warm).code).toBe(1);
    edit("roles/enabler.md", () => enabler);
    expect(run("build", "--content", vault, "--out", warm).code).toBe(0);
    run("build", "--no-cache", "--content", vault, "--out", cold);
    expect(readFileSync(warm, "utf8")).toContain("ditambahkan saat build gagal");
    expect(readFileSync(warm)).toEqual(readFileSync(cold));
  });

  it("builds afresh when the last output was changed since it was written", () => {
    const out = join(dir, "graph.json");
    const cold = join(dir, "cold", "graph.json");
    run("build", "--content", vault, "--out", out);
    writeFileSync(out, `${readFileSync(out, "utf8").replace("Pemungkin", "Pemungkin!")}`);
    edit("roles/enabler.md", (text) => `${text}Kalimat baru.\n`);
    run("build", "--content", vault, "--out", out);
    run("build", "--no-cache", "--content", vault, "--out", cold);
    expect(readFileSync(out)).toEqual(readFileSync(cold));
  });

  it("treats an unreadable cache, or part of one, as no cache", () => {
    const out = join(dir, "graph.json");
    const cold = join(dir, "cold", "graph.json");
    const spoil = (pattern: RegExp) => {
      for (const name of readdirSync(join(dir, ".cache"))) {
        if (pattern.test(name)) writeFileSync(join(dir, ".cache", name), "garbage");
      }
    };
    run("build", "--content", vault, "--out", out);
    spoil(/^parsed-|^layout/);
    edit("roles/enabler.md", (text) => `${text}\nLihat [[CO]].\n`);
    expect(run("build", "--content", vault, "--out", out).code).toBe(0);
    run("build", "--no-cache", "--content", vault, "--out", cold);
    expect(readFileSync(out)).toEqual(readFileSync(cold));
    spoil(/./);
    expect(run("build", "--content", vault, "--out", out).code).toBe(0);
    expect(readFileSync(out)).toEqual(readFileSync(cold));
    // Cut short, as by a full disk: the salt and key read, the value not.
    for (const name of readdirSync(join(dir, ".cache"))) {
      const path = join(dir, ".cache", name);
      const bytes = readFileSync(path);
      writeFileSync(path, bytes.subarray(0, bytes.length - 100));
    }
    edit("roles/enabler.md", (text) => `${text}\nLihat [[CD]].\n`);
    expect(run("build", "--content", vault, "--out", out).code).toBe(0);
    run("build", "--no-cache", "--content", vault, "--out", cold);
    expect(readFileSync(out)).toEqual(readFileSync(cold));
    // Not a file at all: a folder in the place of each (as unreadable as another user's file, even to root), where
    // check reads the cache of the default out.
    expect(runIn(dir, "build", "--content", vault).code).toBe(0);
    const kept = join(dir, "build", ".cache");
    for (const name of readdirSync(kept)) {
      rmSync(join(kept, name));
      mkdirSync(join(kept, name));
    }
    edit("roles/enabler.md", (text) => `${text}\nKalimat baru.\n`);
    const checked = runIn(dir, "check", "--content", vault);
    expect(checked.code).toBe(0);
    expect(runIn(dir, "check", "--no-cache", "--content", vault)).toEqual(checked);
  });

  it("builds without the cache when it cannot be written, and says so", () => {
    const out = join(dir, "build", "graph.json");
    const cold = join(dir, "cold.json");
    expect(run("build", "--no-cache", "--content", vault, "--out", cold).code).toBe(0);
    mkdirSync(join(dir, "build"));
    writeFileSync(join(dir, "build", ".cache"), "a file where the cache's folder goes");
    const warning =
      "simpul: warning: cannot write the build cache in build/.cache (EEXIST); it is left as it was, so a later build may redo this one's work";
    for (const change of ["", "Kalimat baru.\n"]) {
      edit("roles/enabler.md", (text) => text + change);
      run("build", "--no-cache", "--content", vault, "--out", cold);
      const built = runIn(dir, "build", "--content", "content");
      expect(built.code).toBe(0);
      expect(built.err).toEqual([warning]);
      expect(readFileSync(out)).toEqual(readFileSync(cold));
    }
    expect(readFileSync(join(dir, "build", ".cache"), "utf8")).toBe("a file where the cache's folder goes");
  });

  it("refuses the notes over a size limit given later, as a build without the cache does", async () => {
    const out = join(dir, "build", "graph.json");
    expect(runIn(dir, "build", "--content", vault).code).toBe(0);
    // Past the time a file's stamp is trusted (see stampNote), the next build keeps the stamps: it reads no note.
    await new Promise((resolve) => setTimeout(resolve, 3100));
    expect(runIn(dir, "build", "--content", vault).out.at(-1)).toMatch(/is up to date/);
    const limited = ["--max-note-size", "300", "--content", vault];
    for (const command of ["check", "build"]) {
      const reused = runIn(dir, command, ...limited);
      expect(reused.code).toBe(1);
      expect(reused.out.filter((line) => line.includes("[note-too-large]"))).toHaveLength(2);
      expect(reused).toEqual(runIn(dir, command, "--no-cache", ...limited));
    }
    expect(existsSync(out)).toBe(true);
  });
});
