import { copyFileSync, mkdtempSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer, type ViteDevServer } from "vite";
import { afterEach, describe, expect, it } from "vitest";
import { graphDevPlugin } from "../vite/graphAssetPlugin";

const fixture = join(import.meta.dirname, "fixtures", "graph.json");
let server: ViteDevServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A dev server with the plugin, its pages' reload messages recorded. */
async function devServer(graph: string): Promise<{ reloads: unknown[] }> {
  const root = mkdtempSync(join(tmpdir(), "simpul-dev-"));
  server = await createServer({ configFile: false, root, logLevel: "silent", plugins: [graphDevPlugin(graph)] });
  const reloads: unknown[] = [];
  server.ws.send = (payload: unknown) => reloads.push(payload);
  return { reloads };
}

async function until(done: () => boolean, timeoutMs = 4_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("graphDevPlugin", () => {
  it("reloads the page when a build replaces the graph, and only then", async () => {
    const dir = mkdtempSync(join(tmpdir(), "simpul-graph-"));
    const graph = join(dir, "graph.json");
    copyFileSync(fixture, graph);
    const { reloads } = await devServer(graph);
    // Chokidar takes a moment to start watching.
    await new Promise((resolve) => setTimeout(resolve, 500));
    writeFileSync(join(dir, "other.json"), "{}");
    // As writeAtomic does: a temporary file renamed over the graph.
    copyFileSync(fixture, join(dir, ".graph.json.tmp"));
    renameSync(join(dir, ".graph.json.tmp"), graph);
    await until(() => reloads.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(reloads).toEqual([{ type: "full-reload" }]);
  });
});
