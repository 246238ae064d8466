import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import type { Plugin } from "vite";
import { checkSerializedGraph } from "../src/core/graph/checkSerializedGraph.ts";
import { GraphFormatError } from "../src/core/graph/GraphFormatError.ts";

/** Where the app fetches the graph from, relative to index.html. */
const GRAPH_ASSET = "graph.json";

/** The graph to ship: `$SIMPUL_GRAPH` (relative to the repo root) or `<repo>/build/graph.json`. */
export function graphSource(repoRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  const override = env.SIMPUL_GRAPH;
  if (!override) return resolve(repoRoot, "build/graph.json");
  return isAbsolute(override) ? override : resolve(repoRoot, override);
}

/** Reads and checks the graph; the error says what to run instead of letting an empty app ship. */
function readCheckedGraph(path: string): string {
  if (!existsSync(path)) {
    throw new Error(
      `[simpul-graph] No graph at ${path}. Run "npm run build:graph" at the repository root first, ` +
        "or set SIMPUL_GRAPH to a graph.json file (absolute, or relative to the repository root).",
    );
  }
  try {
    return JSON.stringify(checkSerializedGraph(JSON.parse(readFileSync(path, "utf8"))));
  } catch (error) {
    const reason = error instanceof GraphFormatError ? error.message : `not valid JSON (${(error as Error).message})`;
    throw new Error(`[simpul-graph] ${path} cannot be shipped: ${reason}. Rebuild it with "npm run build:graph".`);
  }
}

/** Copies the knowledge graph into the built app as `graph.json`, checked and minified. */
export function graphAssetPlugin(path: string): Plugin {
  let source = "";
  return {
    name: "simpul-graph",
    apply: "build",
    buildStart() {
      source = readCheckedGraph(path);
    },
    generateBundle() {
      this.emitFile({ type: "asset", fileName: GRAPH_ASSET, source });
    },
  };
}

/** Serves the graph fresh from disk on the dev server, so `build:graph` shows up on reload. */
export function graphDevPlugin(path: string): Plugin {
  return {
    name: "simpul-graph-dev",
    apply: "serve",
    configureServer(server) {
      server.middlewares.use(`/${GRAPH_ASSET}`, (_request, response) => {
        response.setHeader("Content-Type", "application/json");
        if (!existsSync(path)) {
          response.statusCode = 404;
          response.end(JSON.stringify({ error: `No graph at ${path}; run npm run build:graph` }));
          return;
        }
        response.end(readFileSync(path));
      });
    },
  };
}
