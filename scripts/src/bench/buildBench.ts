import { spawnSync } from "node:child_process";
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { bareParseMs } from "./bareParse";
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
  warmMs: number;
  /** Rebuild after one note gained a link (a new edge: metrics and layout are computed again). */
  warmLinkMs: number;
  warmIdentical: boolean;
  peakRssMb: number;
  outputMb: number;
  outputGzipMb: number;
}

/** Runs the bundled CLI as users do, in its own process; returns wall time and peak memory. */
function timedBuild(cli: URL, args: string[]): { ms: number; rssMb: number } {
  const started = performance.now();
  const result = spawnSync(process.execPath, [cli.pathname, "--child-build", ...args], { encoding: "utf8" });
  const ms = performance.now() - started;
  const report = /^BENCH (.*)$/m.exec(result.stdout);
  if (result.status !== 0 || !report) throw new Error(`bench: build failed:\n${result.stdout}\n${result.stderr}`);
  return { ms, rssMb: JSON.parse(report[1] as string).maxRssKb / 1024 };
}

/**
 * Generates a vault of `count` notes and measures the build against the bare
 * parse of the same files: cold; warm after a link is added to one note, then
 * after a sentence is added to another (the last output checked
 * byte-identical to a cold build of the edited vault); memory and output size.
 */
export async function benchBuild(count: number, root: string, self: URL, worker: URL): Promise<BuildFigures> {
  const dir = join(root, String(count));
  const content = join(dir, "content");
  rmSync(dir, { recursive: true, force: true });
  const vault = generateVault(count);
  for (const [path, text] of vault.files) {
    mkdirSync(dirname(join(content, path)), { recursive: true });
    writeFileSync(join(content, path), text);
  }
  const texts = [...vault.files].filter(([path]) => path.endsWith(".md")).map(([, text]) => text);
  const floor = await bareParseMs(texts, worker);

  const out = join(dir, "out", "graph.json");
  const cold = timedBuild(self, ["build", "--content", content, "--out", out]);
  const [linked, other, edited] = [...vault.files].filter(([path]) => path.endsWith(".md"));
  const otherTitle = /^title: (.*)$/m.exec(other?.[1] ?? "")?.[1];
  if (!linked || !edited || otherTitle === undefined) throw new Error("bench: the vault has too few notes");
  appendFileSync(join(content, linked[0]), `\nLihat juga [[${otherTitle}]].\n`);
  const warmLink = timedBuild(self, ["build", "--content", content, "--out", out]);
  appendFileSync(join(content, edited[0]), "\nSatu kalimat baru ditambahkan untuk mengukur pembangunan ulang.\n");
  const warm = timedBuild(self, ["build", "--content", content, "--out", out]);
  const check = join(dir, "check", "graph.json");
  timedBuild(self, ["build", "--no-cache", "--content", content, "--out", check]);
  const output = readFileSync(out);
  return {
    notes: count,
    megabytes: vault.bytes / 1e6,
    bareParseMs: floor,
    coldMs: cold.ms,
    coldRatio: cold.ms / floor,
    notesPerSecond: count / (cold.ms / 1000),
    warmMs: warm.ms,
    warmLinkMs: warmLink.ms,
    warmIdentical: output.equals(readFileSync(check)),
    peakRssMb: Math.max(cold.rssMb, warmLink.rssMb, warm.rssMb),
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
  ["warm prose ms", (r) => fixed(r.warmMs)],
  ["warm link ms", (r) => fixed(r.warmLinkMs)],
  ["warm = cold", (r) => (r.warmIdentical ? "yes" : "NO")],
  ["peak RSS MB", (r) => fixed(r.peakRssMb)],
  ["out MB", (r) => fixed(r.outputMb, 1)],
  ["gzip MB", (r) => fixed(r.outputGzipMb, 1)],
];
