import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { main } from "../cli";
import { runBareParseWorker } from "./bareParse";
import { BUILD_COLUMNS, BUILD_TITLE, type BuildFigures, benchBuild } from "./buildBench";
import {
  benchExplorer,
  buildExplorer,
  EXPLORER_COLUMNS,
  EXPLORER_TITLE,
  type ExplorerFigures,
  initialScriptGzipKb,
} from "./explorerBench";
import { formatTable } from "./formatTable";

const self = new URL(import.meta.url);

/** The initial script of the explorer may weigh at most this much, gzipped. */
const SCRIPT_BUDGET_KB = 250;

async function bench(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "1000,10000,50000" },
      // Either part alone, for quicker turns while working on it; the explorer needs the build's graph.
      parts: { type: "string", default: "build,explorer" },
      runs: { type: "string", default: "3" },
      // npm runs workspace scripts in the workspace; INIT_CWD is where the user typed the command.
      out: { type: "string", default: join(process.env.INIT_CWD ?? process.cwd(), "bench") },
    },
  });
  const sizes = values.sizes.split(",").map(Number);
  const parts = new Set(values.parts.split(","));
  const root = join(tmpdir(), "simpul-bench");
  const build: BuildFigures[] = [];
  const explorer: ExplorerFigures[] = [];
  let scriptKb = 0;
  for (const size of sizes) {
    if (parts.has("build")) {
      console.error(`bench: build, ${size} notes…`);
      build.push(await benchBuild(size, root, self, self, size >= 50000 ? 1 : Number(values.runs)));
    }
    if (parts.has("explorer")) {
      const graph = join(root, String(size), "out", "graph.json");
      if (!existsSync(graph)) throw new Error(`bench: no graph at ${graph}; run the build part for ${size} first`);
      console.error(`bench: explorer, ${size} notes…`);
      const app = join(root, String(size), "app");
      buildExplorer(graph, app);
      scriptKb = initialScriptGzipKb(app);
      explorer.push(await benchExplorer(app, size >= 50000 ? 1 : Number(values.runs)));
    }
  }
  const report = { date: new Date().toISOString(), machine: machine(), build, explorer, initialScriptGzipKb: scriptKb };
  mkdirSync(values.out, { recursive: true });
  writeFileSync(join(values.out, "results.json"), `${JSON.stringify(report, null, 2)}\n`);
  const tables = [];
  if (build.length > 0) tables.push(formatTable(BUILD_TITLE, BUILD_COLUMNS, build));
  if (explorer.length > 0) {
    tables.push(
      formatTable(EXPLORER_TITLE, EXPLORER_COLUMNS, explorer),
      `initial script: ${scriptKb.toFixed(1)} KB gzip (budget ${SCRIPT_BUDGET_KB} KB)`,
    );
  }
  console.log(tables.join("\n\n"));
}

function machine() {
  return { node: process.version, cores: availableParallelism(), memoryGb: Math.round(totalmem() / 2 ** 30) };
}

/**
 * One build as the CLI runs it, then its peak memory and the edges it wrote,
 * for the parent to read; with `--watch`, each build's line as it comes.
 */
async function childBuild(args: string[]): Promise<void> {
  const printed: string[] = [];
  process.exitCode = await main(args, (line) => {
    printed.push(line);
    if (line.startsWith("wrote ")) console.log(line);
  });
  const edges = Number(/(\d+) edges/.exec(printed.join("\n"))?.[1]);
  console.log(`BENCH ${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, edges })}`);
}

if (!runBareParseWorker()) {
  const [flag, ...rest] = process.argv.slice(2);
  if (flag === "--child-build") await childBuild(rest);
  else await bench();
}
