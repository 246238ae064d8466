import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { main } from "../cli";
import { runBareParseWorker } from "./bareParse";
import { benchBuild } from "./buildBench";
import { formatTable } from "./formatTable";

const self = new URL(import.meta.url);

async function bench(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "1000,10000,50000" },
      // npm runs workspace scripts in the workspace; INIT_CWD is where the user typed the command.
      out: { type: "string", default: join(process.env.INIT_CWD ?? process.cwd(), "bench") },
    },
  });
  const sizes = values.sizes.split(",").map(Number);
  const root = join(tmpdir(), "simpul-bench");
  const build = [];
  for (const size of sizes) {
    console.error(`bench: build, ${size} notes…`);
    build.push(await benchBuild(size, root, self, self));
  }
  const report = { date: new Date().toISOString(), machine: machine(), build };
  mkdirSync(values.out, { recursive: true });
  writeFileSync(join(values.out, "results.json"), `${JSON.stringify(report, null, 2)}\n`);
  console.log(formatTable(build));
}

function machine() {
  return { node: process.version, cores: availableParallelism(), memoryGb: Math.round(totalmem() / 2 ** 30) };
}

/** One build as the CLI runs it, then its peak memory for the parent to read. */
async function childBuild(args: string[]): Promise<void> {
  process.exitCode = await main(args, () => {});
  console.log(`BENCH ${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })}`);
}

if (!runBareParseWorker()) {
  const [flag, ...rest] = process.argv.slice(2);
  if (flag === "--child-build") await childBuild(rest);
  else await bench();
}
