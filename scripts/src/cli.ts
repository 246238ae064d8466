import { relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { compileVault, serializeGraph } from "@simpul/graph";
import { readVault, UsageError } from "./readVault";
import { report } from "./report";
import { formatStats, vaultStats } from "./stats";
import { writeAtomic } from "./writeAtomic";

const USAGE = `usage: simpul <command> [options]

commands:
  build   validate content and write the graph (default out: build/graph.json)
  check   validate content only
  stats   counts by type and relation, uncited notes, orphans and gaps

options:
  --content DIR   the vault folder (default: content)
  --out FILE      where build writes the graph (default: build/graph.json)
  --strict        warnings fail the run too
  -h, --help      show this help`;

/** Runs one command; returns the exit code: 0 clean, 1 content errors, 2 usage errors. */
export function main(argv: readonly string[], out = console.log, err = console.error): number {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    err(`simpul: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { command, values } = parsed;
  if (values.help) {
    out(USAGE);
    return 0;
  }
  const contentDir = resolve(values.content ?? "content");
  const prefix = relative(process.cwd(), contentDir).split(sep).join("/");
  try {
    const started = performance.now();
    const vault = readVault(contentDir);
    const compiled = compileVault(vault, { layout: command === "build" });
    const printed =
      command === "stats" ? compiled.diagnostics.filter((d) => d.severity !== "info") : compiled.diagnostics;
    const failed = report(
      printed,
      { pathPrefix: prefix === "" ? "" : `${prefix}/`, strict: values.strict ?? false, noteCount: vault.notes.length },
      command === "stats" ? err : out,
    );
    if (command === "stats") {
      out(formatStats(vaultStats(compiled.graph)));
      return failed ? 1 : 0;
    }
    if (failed) return 1;
    if (command === "build") {
      const outFile = resolve(values.out ?? "build/graph.json");
      writeAtomic(outFile, serializeGraph(compiled.graph));
      const { order, size } = compiled.graph;
      const ms = Math.round(performance.now() - started);
      out(`wrote ${relative(process.cwd(), outFile)}: ${order} nodes, ${size} edges in ${ms} ms`);
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      err(`simpul: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

function parse(argv: readonly string[]) {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      content: { type: "string" },
      out: { type: "string" },
      strict: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help) return { command: "help", values };
  if (command !== "build" && command !== "check" && command !== "stats") {
    throw new Error(command === undefined ? "missing command" : `unknown command "${command}"`);
  }
  if (rest.length > 0) throw new Error(`unexpected argument "${rest[0]}"`);
  if (values.out !== undefined && command !== "build") throw new Error("--out only applies to build");
  return { command, values };
}
