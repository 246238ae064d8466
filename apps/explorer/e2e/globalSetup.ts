import { rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import type { TestProject } from "vitest/node";
import { GRAPH_VARIANTS } from "./graphVariants";
import { startStaticServer } from "./staticServer";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const appRoot = fileURLToPath(new URL("..", import.meta.url));
const outDir = fileURLToPath(new URL("../test-results/app", import.meta.url));

/**
 * Builds the app once for the tests (production React, sigma exposed on
 * `window`, the fixture as its graph) and serves it on a free port for every scenario.
 */
export default async function setup(project: TestProject) {
  process.env.SIMPUL_GRAPH = fileURLToPath(new URL("../test/fixtures/graph.json", import.meta.url));
  process.env.SIMPUL_E2E = "1";
  // Vitest sets NODE_ENV=test, which would give the build React's development bundle.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  await rm(outDir, { recursive: true, force: true });
  try {
    await build({ root: appRoot, mode: "production", logLevel: "warn", build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const server = await startStaticServer(outDir, GRAPH_VARIANTS);
  project.provide("baseUrl", server.url);
  return server.close;
}
