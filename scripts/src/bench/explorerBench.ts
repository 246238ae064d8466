import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { BrowserContext, Page } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../../apps/explorer/e2e/chromium";
import { serveDirectory } from "../../../apps/explorer/e2e/staticServer";
import { type Column, fixed } from "./formatTable";

export interface ExplorerFigures {
  nodes: number;
  edges: number;
  /** What the explorer fetches before it can draw: the graph view. */
  viewMb: number;
  viewGzipMb: number;
  /** Plain sigma drawing the same view, navigation to first frame (median of runs). */
  baselineMs: number;
  firstRenderMs: number;
  renderRatio: number;
  /** Navigation until search is ready to answer. */
  interactiveMs: number;
  heapMb: number;
  searchP50Ms: number;
  searchP95Ms: number;
}

/** Queries the search latency is measured over: names, prefixes, typos, several words, a comparison by parts of names, none. */
const QUERIES = [
  "pemberdayaan",
  "komunitas",
  "community development",
  "mediator",
  "mediatr",
  "pem",
  "co",
  "concept 1a",
  "work 2k kebijakan",
  "author",
  "kesejahteraan sosial",
  "rothman 1995",
  "pemberdayaan vs komunitas",
];

const repo = fileURLToPath(new URL("../..", import.meta.url));
const explorer = join(repo, "apps/explorer");

/** Builds the explorer (with its bench page) around one graph, as users' builds do. */
export function buildExplorer(graph: string, outDir: string): void {
  const vite = join(repo, "node_modules/vite/bin/vite.js");
  const result = spawnSync(
    process.execPath,
    [vite, "build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn"],
    {
      cwd: explorer,
      encoding: "utf8",
      env: { ...process.env, SIMPUL_GRAPH: graph, SIMPUL_E2E: "", SIMPUL_BENCH: "1", NODE_ENV: "production" },
    },
  );
  if (result.status !== 0) throw new Error(`bench: explorer build failed:\n${result.stdout}\n${result.stderr}`);
}

/** Gzipped size of the script the page loads before it draws anything (entry and preloaded chunks). */
export function initialScriptGzipKb(appDir: string): number {
  const html = readFileSync(join(appDir, "index.html"), "utf8");
  const scripts = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\.?\/?([^"]+\.js)"/g)];
  return scripts.reduce((sum, [, path]) => sum + gzipSync(readFileSync(join(appDir, path as string))).length, 0) / 1024;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};
const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
};

/** Milliseconds from navigation to a performance mark the page sets, waiting for it as long as it takes. */
async function markTime(page: Page, mark: string): Promise<number> {
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, {
    timeout: 0,
    polling: 50,
  });
  return page.evaluate((name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN, mark);
}

async function timedOpen(context: BrowserContext, url: string, marks: string[]): Promise<{ page: Page; ms: number[] }> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "commit" });
  const ms = [];
  for (const mark of marks) ms.push(await markTime(page, mark));
  return { page, ms };
}

/**
 * Opens the built explorer and the plain-sigma page in headless Chromium,
 * `runs` times each, and measures first frame, interactive, heap and search.
 */
export async function benchExplorer(appDir: string, runs: number): Promise<ExplorerFigures> {
  const view = readFileSync(join(appDir, "graph/view.json"));
  const { nodes, edges } = JSON.parse(view.toString("utf8")) as { nodes: unknown[]; edges: unknown[] };
  const server = await serveDirectory(appDir);
  const profile = await mkdtemp(join(tmpdir(), "simpul-bench-"));
  // Loaded here, not at the top: every timed child build starts from this bundle, and playwright-core takes ~0.7 s to load.
  const { chromium } = await import("playwright-core");
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 860 },
  });
  try {
    const baseline: number[] = [];
    const firstRender: number[] = [];
    const interactive: number[] = [];
    let heapMb = 0;
    let searches: number[] = [];
    for (let run = 0; run < runs; run++) {
      const plain = await timedOpen(context, `${server.url}/bench/baseline.html`, ["simpul:first-render"]);
      baseline.push(plain.ms[0] as number);
      await plain.page.close();
      const app = await timedOpen(context, `${server.url}/index.html`, ["simpul:first-render", "simpul:interactive"]);
      firstRender.push(app.ms[0] as number);
      interactive.push(app.ms[1] as number);
      if (run === 0) {
        const cdp = await context.newCDPSession(app.page);
        await cdp.send("HeapProfiler.collectGarbage");
        heapMb = (await cdp.send("Runtime.getHeapUsage")).usedSize / 2 ** 20;
        searches = await app.page.evaluate((queries) => {
          const search = (globalThis as { __simpulSearch?: (query: string) => unknown }).__simpulSearch;
          if (!search) throw new Error("bench: the explorer was not built with SIMPUL_BENCH=1");
          const times: number[] = [];
          for (let round = 0; round < 5; round++) {
            for (const query of queries) {
              const started = performance.now();
              search(query);
              times.push(performance.now() - started);
            }
          }
          return times;
        }, QUERIES);
      }
      await app.page.close();
    }
    const firstRenderMs = median(firstRender);
    const baselineMs = median(baseline);
    return {
      nodes: nodes.length,
      edges: edges.length,
      viewMb: view.length / 1e6,
      viewGzipMb: gzipSync(view).length / 1e6,
      baselineMs,
      firstRenderMs,
      renderRatio: firstRenderMs / baselineMs,
      interactiveMs: median(interactive),
      heapMb,
      searchP50Ms: percentile(searches, 50),
      searchP95Ms: percentile(searches, 95),
    };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    await server.close();
  }
}

export const EXPLORER_TITLE =
  "explorer in headless Chromium (budgets: first render ≤ 1.3× plain sigma at 10,000 nodes; search p95 < 50 ms at 50,000)";

export const EXPLORER_COLUMNS: Column<ExplorerFigures>[] = [
  ["nodes", (r) => String(r.nodes)],
  ["edges", (r) => String(r.edges)],
  ["view MB", (r) => fixed(r.viewMb, 1)],
  ["gzip MB", (r) => fixed(r.viewGzipMb, 1)],
  ["sigma ms", (r) => fixed(r.baselineMs)],
  ["first render ms", (r) => fixed(r.firstRenderMs)],
  ["render/sigma", (r) => `${fixed(r.renderRatio, 2)}×`],
  ["interactive ms", (r) => fixed(r.interactiveMs)],
  ["JS heap MB", (r) => fixed(r.heapMb)],
  ["search p50 ms", (r) => fixed(r.searchP50Ms, 1)],
  ["search p95 ms", (r) => fixed(r.searchP95Ms, 1)],
];
