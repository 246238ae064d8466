import { existsSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import type { Plugin } from "vite";
import { graphFiles } from "./graphFiles.ts";

/** The graph to ship: `$SIMPUL_GRAPH` (relative to the repo root) or `<repo>/build/graph.json`. */
export function graphSource(repoRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  const override = env.SIMPUL_GRAPH;
  if (!override) return resolve(repoRoot, "build/graph.json");
  return isAbsolute(override) ? override : resolve(repoRoot, override);
}

/** Reads, checks and splits the graph; the error says what to run instead of letting an empty app ship. */
function readGraphFiles(path: string): Map<string, string> {
  if (!existsSync(path)) {
    throw new Error(
      `[simpul-graph] No graph at ${path}. Run "npm run build:graph" at the repository root first, ` +
        "or set SIMPUL_GRAPH to a graph.json file (absolute, or relative to the repository root).",
    );
  }
  return graphFiles(readFileSync(path, "utf8"), path);
}

/** Ships the knowledge graph with the built app: its view and detail shards (see payload.ts). */
export function graphAssetPlugin(path: string): Plugin {
  let files = new Map<string, string>();
  return {
    name: "simpul-graph",
    apply: "build",
    buildStart() {
      files = readGraphFiles(path);
    },
    generateBundle() {
      for (const [fileName, source] of files) this.emitFile({ type: "asset", fileName, source });
    },
  };
}

/**
 * Serves the graph fresh from disk on the dev server, and reloads the page
 * whenever the file is written again, so that each build of `build:graph
 * --watch` shows up by itself (the view is in the URL, so it stays).
 */
export function graphDevPlugin(path: string): Plugin {
  let cached: { mtimeMs: number; files: Map<string, string> } | undefined;
  const current = () => {
    const { mtimeMs } = statSync(path);
    if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, files: readGraphFiles(path) };
    return cached.files;
  };
  return {
    name: "simpul-graph-dev",
    apply: "serve",
    configureServer(server) {
      // A build replaces the file by renaming another over it: the watcher may see it added rather than changed.
      const reload = (file: string) => {
        if (resolve(file) === path) server.ws.send({ type: "full-reload" });
      };
      server.watcher.add(path);
      server.watcher.on("add", reload).on("change", reload);
      server.middlewares.use("/graph", (request, response) => {
        response.setHeader("Content-Type", "application/json");
        try {
          const file = current().get(`graph${request.url ?? ""}`);
          response.statusCode = file === undefined ? 404 : 200;
          response.end(file ?? JSON.stringify({ error: `no such graph file: ${request.url}` }));
        } catch (error) {
          response.statusCode = 500;
          response.end(JSON.stringify({ error: (error as Error).message }));
        }
      });
    },
  };
}
