import { spawn, spawnSync } from "node:child_process";
import { appendFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { bareParseMs } from "./bareParse";
import { cliEnvironment } from "./cliEnvironment";
import { type Column, fixed } from "./formatTable";
import { generateVault } from "./generateVault";

export interface BuildFigures {
  notes: number;
  megabytes: number;
  bareParseMs: number;
  coldMs: number;
  coldRatio: number;
  notesPerSecond: number;
  /** Rebuild after one note gained a sentence (its prose changed, the graph's structure did not). */
  warmProseMs: number;
  /** Rebuild after one note gained or lost a link (an edge more or less: metrics and layout are computed again). */
  warmLinkMs: number;
  /** The same in one `build --watch` process: from the edit to the graph written, the wait for a quiet folder included. */
  watchLinkMs: number;
  /**
   * Rebuild after one note gained or lost an alias: patched when no other
   * note's link or table resolves otherwise (renameNotes), else built whole
   * from the parses in the cache.
   */
  warmAliasMs: number;
  /** Rebuild after a row is added to or taken out of a comparison table in a fourth note (patchTables). */
  warmTableMs: number;
  /** Rebuild after a note is added (linking to the first), or taken out again. */
  warmNoteMs: number;
  /** Rebuild after a fifth note moves into a folder of its own (keeping its id), or back. */
  warmMoveMs: number;
  /** Rebuild after a sixth note's id changes, or back: its node's key changes (patched: renameNotes, patchStructure). */
  warmIdMs: number;
  warmIdentical: boolean;
  peakRssMb: number;
  outputMb: number;
  outputGzipMb: number;
}

/**
 * Loaded before the CLI: prints the process's peak memory as it exits, for
 * timedBuild. Worker threads inherit the flag and load it too, but print
 * nothing: one that ends early would give the peak so far.
 */
const PEAK_MEMORY_AT_EXIT = `data:text/javascript,${[
  'import { isMainThread } from "node:worker_threads";',
  'if (isMainThread) process.on("exit", () => console.log("BENCH " + process.resourceUsage().maxRSS));',
].join("")}`;

/**
 * Runs the bundled CLI (dist/bin.mjs) as users do, in its own process;
 * returns wall time, peak memory and the edges written.
 */
function timedBuild(cli: URL, args: string[]): { ms: number; rssMb: number; edges: number } {
  const started = performance.now();
  const result = spawnSync(process.execPath, ["--import", PEAK_MEMORY_AT_EXIT, cli.pathname, ...args], {
    encoding: "utf8",
    env: cliEnvironment(),
    // The CLI prints every diagnostic; a 50,000-note vault has thousands.
    maxBuffer: 2 ** 28,
  });
  const ms = performance.now() - started;
  const peak = /^BENCH (\d+)$/m.exec(result.stdout);
  const edges = edgesWritten(result.stdout);
  if (result.status !== 0 || !peak || edges === undefined) {
    throw new Error(`bench: build failed:\n${result.stdout.slice(-4000)}\n${result.stderr}`);
  }
  return { ms, rssMb: Number(peak[1]) / 1024, edges };
}

/** The edges of the graph a build says it wrote (`wrote …: N nodes, M edges in T ms`), if it says so. */
function edgesWritten(printed: string): number | undefined {
  const edges = /^wrote .* (\d+) edges in/m.exec(printed)?.[1];
  return edges === undefined ? undefined : Number(edges);
}

/**
 * Link edits as in the warm builds, made one after another under one `build
 * --watch` process: the time from each edit to the line saying the graph is
 * written, each checked for the edge it added or took out.
 */
async function watchedLinkEdits(cli: URL, args: string[], edits: { text: string; edges: number }[], file: string) {
  const child = spawn(process.execPath, [cli.pathname, "build", "--watch", ...args], { env: cliEnvironment() });
  const written: string[] = [];
  let wake = () => {};
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    // The first build finds the graph of the last warm build: up to date.
    written.push(...chunk.split("\n").filter((line) => line.startsWith("wrote ") || line.includes(" is up to date: ")));
    wake();
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const nextWrite = async (count: number) => {
    while (written.length < count) {
      const woken = new Promise<void>((resolve) => {
        wake = resolve;
      });
      if ((await Promise.race([woken, exited.then(() => "exited")])) === "exited") {
        throw new Error("bench: build --watch stopped");
      }
    }
    return written[count - 1] as string;
  };
  try {
    await nextWrite(1);
    const times: number[] = [];
    for (const [index, { text, edges }] of edits.entries()) {
      const edited = performance.now();
      writeFileSync(file, text);
      const line = await nextWrite(index + 2);
      times.push(performance.now() - edited);
      if (edgesWritten(line) !== edges) throw new Error(`bench: build --watch after a link edit: ${line}`);
    }
    return Math.min(...times);
  } finally {
    // Asked to stop, it ends once the last build has saved its cache, which the builds after it read.
    child.kill("SIGINT");
    await exited;
  }
}

const titleOf = (text: string): string | undefined => /^title: (.*)$/m.exec(text)?.[1];

/** The first note and another that neither links to the other, by title: a link between them is a new edge. */
function unlinkedPair(notes: [string, string][]): [string, string] {
  const [first, ...rest] = notes;
  const firstTitle = first && titleOf(first[1]);
  const other = rest.find(([, text]) => {
    const title = titleOf(text);
    return title !== undefined && !first?.[1].includes(`[[${title}`) && !text.includes(`[[${firstTitle}`);
  });
  const otherTitle = other && titleOf(other[1]);
  if (!first || otherTitle === undefined) throw new Error("bench: no two notes of the vault are unlinked");
  return [first[0], otherTitle];
}

/** The line under a comparison table's head, as the vault's generator writes it. */
const SEPARATOR = "| --- | --- | --- |\n";

/**
 * An edit and its undoing, `runs` times each, in turns: a build after `edit`
 * makes its edit (first, third, …) or takes it back, which `check` sees.
 * The vault ends as it was.
 */
function alternately(
  cli: URL,
  args: string[],
  runs: number,
  edit: (editing: boolean) => void,
  check: (editing: boolean, build: ReturnType<typeof timedBuild>) => void = () => {},
): ReturnType<typeof timedBuild>[] {
  return Array.from({ length: 2 * runs }, (_, run) => {
    const editing = run % 2 === 0;
    edit(editing);
    const build = timedBuild(cli, args);
    check(editing, build);
    return build;
  });
}

/** alternately, the note at `path` given the `edited` text or its `original` back (none: the note taken out). */
function alternateEdits(
  cli: URL,
  args: string[],
  [path, original, edited]: [path: string, original: string | undefined, edited: string],
  runs: number,
  check?: (editing: boolean, build: ReturnType<typeof timedBuild>) => void,
): ReturnType<typeof timedBuild>[] {
  const edit = (editing: boolean) => {
    const text = editing ? edited : original;
    if (text === undefined) rmSync(path);
    else writeFileSync(path, text);
  };
  return alternately(cli, args, runs, edit, check);
}

/**
 * Generates a vault of `count` notes and measures the build against the bare
 * parse of the same files: cold (both the fastest of `runs`); warm after a
 * link is added to or taken out of one note, then after a sentence is added
 * to another, then after an alias is added to or taken out of a third, a
 * table row to or from a fourth, a note added or taken out, a fifth moved
 * into a folder or back, and a sixth given another id or its own back (the
 * prose edit the fastest of `runs`; each other the slower of making it and
 * taking it back, each the fastest of `runs`; the last output checked
 * byte-identical to a cold build of the vault as it is then); memory and
 * output size.
 */
export async function benchBuild(
  count: number,
  root: string,
  cli: URL,
  worker: URL,
  runs: number,
): Promise<BuildFigures> {
  const dir = join(root, String(count));
  const content = join(dir, "content");
  rmSync(dir, { recursive: true, force: true });
  const vault = generateVault(count);
  for (const [path, text] of vault.files) {
    mkdirSync(dirname(join(content, path)), { recursive: true });
    writeFileSync(join(content, path), text);
  }
  const notes = [...vault.files].filter(([path]) => path.endsWith(".md"));
  const texts = notes.map(([, text]) => text);
  const out = join(dir, "out", "graph.json");
  const buildArgs = ["build", "--content", content, "--out", out];
  // Load on a shared machine only ever adds time, and it comes in spells: the floor and the cold build are
  // each the fastest of `runs`, taken in turns so that both meet the same spells.
  let floor = Number.POSITIVE_INFINITY;
  const colds: ReturnType<typeof timedBuild>[] = [];
  for (let run = 0; run < runs; run++) {
    floor = Math.min(floor, await bareParseMs(texts, worker));
    rmSync(dirname(out), { recursive: true, force: true });
    colds.push(timedBuild(cli, buildArgs));
  }
  const fastest = (builds: ReturnType<typeof timedBuild>[]) =>
    builds.reduce((best, each) => (each.ms < best.ms ? each : best));
  // An edit and its undoing are two edits (a note added, a note taken out): the slower of the two counts.
  const slowerWay = (builds: ReturnType<typeof timedBuild>[]) => {
    const making = fastest(builds.filter((_, run) => run % 2 === 0));
    const undoing = fastest(builds.filter((_, run) => run % 2 === 1));
    return making.ms > undoing.ms ? making : undoing;
  };
  const cold = fastest(colds);
  // Each warm build follows a one-note edit of its own: a link added, taken out, added again, … (each a change of
  // structure); then a sentence added to another note, again and again (prose only).
  const [linked, otherTitle] = unlinkedPair(notes);
  const linkedPath = join(content, linked);
  const unlinked = readFileSync(linkedPath, "utf8");
  const linkedText = `${unlinked}\nLihat juga [[${otherTitle}]].\n`;
  const warmLinks = alternateEdits(cli, buildArgs, [linkedPath, unlinked, linkedText], runs, (adding, build) => {
    if (build.edges !== cold.edges + (adding ? 1 : 0)) {
      throw new Error(`bench: ${adding ? "adding" : "removing"} the link in ${linked} left ${build.edges} edges`);
    }
  });
  // As many again, so that the vault ends as it was for the prose edits.
  const linkEdits = Array.from({ length: 2 * runs }, (_, run) =>
    run % 2 === 0 ? { text: linkedText, edges: cold.edges + 1 } : { text: unlinked, edges: cold.edges },
  );
  const watchLinkMs = await watchedLinkEdits(cli, ["--content", content, "--out", out], linkEdits, linkedPath);
  const edited = notes.find(([path]) => path !== linked)?.[0] ?? linked;
  const warms: ReturnType<typeof timedBuild>[] = [];
  for (let run = 0; run < runs; run++) {
    appendFileSync(
      join(content, edited),
      `\nSatu kalimat baru (${run + 1}) ditambahkan untuk mengukur pembangunan ulang.\n`,
    );
    warms.push(timedBuild(cli, buildArgs));
  }
  const renamed = notes.find(([path]) => path !== linked && path !== edited)?.[0] ?? edited;
  const renamedPath = join(content, renamed);
  const named = readFileSync(renamedPath, "utf8");
  const aliased = named.replace(/^aliases: \[(.*)\]$/m, "aliases: [$1, nama lain untuk bench]");
  if (aliased === named) throw new Error(`bench: ${renamed} has no aliases line to add to`);
  const warmAliases = alternateEdits(cli, buildArgs, [renamedPath, named, aliased], runs);
  const [tabled] =
    notes.find(([path, text]) => ![linked, edited, renamed].includes(path) && text.includes(SEPARATOR)) ?? [];
  if (tabled === undefined) throw new Error("bench: no note of the vault has a comparison table");
  const tabledPath = join(content, tabled);
  const compared = readFileSync(tabledPath, "utf8");
  const rowAdded = compared.replace(SEPARATOR, `${SEPARATOR}| dimensi bench | satu | dua |\n`);
  const warmTables = alternateEdits(cli, buildArgs, [tabledPath, compared, rowAdded], runs);
  // A note of its own in the folder of the first, linking to it by title.
  const addedPath = join(dirname(linkedPath), "bench-note.md");
  const addedText = `---\ntype: ${linked.split("/")[0]}\nid: bench-note\ntitle: Catatan bench\n---\nLihat [[${titleOf(unlinked)}]].\n`;
  const warmAdded = alternateEdits(cli, buildArgs, [addedPath, undefined, addedText], runs, (adding, build) => {
    if (build.edges !== cold.edges + (adding ? 1 : 0)) {
      throw new Error(`bench: ${adding ? "adding" : "taking out"} ${addedPath} left ${build.edges} edges`);
    }
  });
  const movedNote = notes.find(([path]) => ![linked, edited, renamed, tabled].includes(path))?.[0] ?? linked;
  const [stayed, moved] = [join(content, movedNote), join(content, "bench-moved", basename(movedNote))];
  mkdirSync(dirname(moved), { recursive: true });
  const move = (moving: boolean) => (moving ? renameSync(stayed, moved) : renameSync(moved, stayed));
  const warmMoves = alternately(cli, buildArgs, runs, move, (_, build) => {
    if (build.edges !== cold.edges) throw new Error(`bench: moving ${movedNote} left ${build.edges} edges`);
  });
  const [renumbered, keyed] =
    notes.find(([path]) => ![linked, edited, renamed, tabled, movedNote].includes(path)) ?? [];
  if (renumbered === undefined || keyed === undefined) throw new Error("bench: no note left to change the id of");
  const rekeyed = keyed.replace(/^id: (.*)$/m, "id: $1-baru");
  if (rekeyed === keyed) throw new Error(`bench: ${renumbered} has no id line to change`);
  const warmIds = alternateEdits(cli, buildArgs, [join(content, renumbered), keyed, rekeyed], runs, (_, build) => {
    if (build.edges !== cold.edges)
      throw new Error(`bench: changing the id of ${renumbered} left ${build.edges} edges`);
  });
  const check = join(dir, "check", "graph.json");
  timedBuild(cli, ["build", "--no-cache", "--content", content, "--out", check]);
  const output = readFileSync(out);
  return {
    notes: count,
    megabytes: vault.bytes / 1e6,
    bareParseMs: floor,
    coldMs: cold.ms,
    coldRatio: cold.ms / floor,
    notesPerSecond: count / (cold.ms / 1000),
    warmProseMs: fastest(warms).ms,
    warmLinkMs: slowerWay(warmLinks).ms,
    watchLinkMs,
    warmAliasMs: slowerWay(warmAliases).ms,
    warmTableMs: slowerWay(warmTables).ms,
    warmNoteMs: slowerWay(warmAdded).ms,
    warmMoveMs: slowerWay(warmMoves).ms,
    warmIdMs: slowerWay(warmIds).ms,
    warmIdentical: output.equals(readFileSync(check)),
    peakRssMb: Math.max(
      ...[...colds, ...warmLinks, ...warms, ...warmAliases, ...warmTables, ...warmAdded, ...warmMoves, ...warmIds].map(
        (each) => each.rssMb,
      ),
    ),
    outputMb: output.length / 1e6,
    outputGzipMb: gzipSync(output).length / 1e6,
  };
}

export const BUILD_TITLE =
  "build (budgets: cold/bare ≤ 1.3× at 10,000 notes; warm < 2,000 ms at 10,000 after any one-note edit; 50,000 completes)";

export const BUILD_COLUMNS: Column<BuildFigures>[] = [
  ["notes", (r) => String(r.notes)],
  ["MB", (r) => fixed(r.megabytes, 1)],
  ["bare parse ms", (r) => fixed(r.bareParseMs)],
  ["cold ms", (r) => fixed(r.coldMs)],
  ["cold/bare", (r) => `${fixed(r.coldRatio, 2)}×`],
  ["notes/s", (r) => fixed(r.notesPerSecond)],
  ["warm prose ms", (r) => fixed(r.warmProseMs)],
  ["warm link ms", (r) => fixed(r.warmLinkMs)],
  ["watch link ms", (r) => fixed(r.watchLinkMs)],
  ["warm alias ms", (r) => fixed(r.warmAliasMs)],
  ["warm table ms", (r) => fixed(r.warmTableMs)],
  ["warm note ms", (r) => fixed(r.warmNoteMs)],
  ["warm move ms", (r) => fixed(r.warmMoveMs)],
  ["warm id ms", (r) => fixed(r.warmIdMs)],
  ["warm = cold", (r) => (r.warmIdentical ? "yes" : "NO")],
  ["peak RSS MB", (r) => fixed(r.peakRssMb)],
  ["out MB", (r) => fixed(r.outputMb, 1)],
  ["gzip MB", (r) => fixed(r.outputGzipMb, 1)],
];
