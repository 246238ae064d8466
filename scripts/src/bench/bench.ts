import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
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
      // The CLI users run, bundled beside this file; this file's own worker mode parses bare.
      const cli = new URL("./bin.mjs", self);
      build.push(await benchBuild(size, root, cli, self, size >= 50000 ? 1 : Number(values.runs)));
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

if (!runBareParseWorker()) await bench();
