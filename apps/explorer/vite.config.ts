import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { CONTENT_SECURITY_POLICY_HEADER } from "./vite/contentSecurityPolicy.ts";
import { cspPlugin } from "./vite/cspPlugin.ts";
import { graphAssetPlugin, graphDevPlugin, graphSource } from "./vite/graphAssetPlugin.ts";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const page = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const graph = graphSource(repoRoot);

export default defineConfig({
  // Relative asset URLs: the app works from any folder it is copied to.
  base: "./",
  define: {
    // End-to-end builds (SIMPUL_E2E=1) expose sigma to the tests; others drop that code.
    __SIMPUL_E2E__: JSON.stringify(process.env.SIMPUL_E2E === "1"),
    // Bench builds (SIMPUL_BENCH=1) expose the search to the bench; others drop that code.
    __SIMPUL_BENCH__: JSON.stringify(process.env.SIMPUL_BENCH === "1"),
  },
  plugins: [react(), cspPlugin(), graphAssetPlugin(graph), graphDevPlugin(graph)],
  preview: {
    headers: { "Content-Security-Policy": CONTENT_SECURITY_POLICY_HEADER, "X-Content-Type-Options": "nosniff" },
  },
  build: {
    // sigma and graphology are one indivisible chunk of ~400 kB.
    chunkSizeWarningLimit: 800,
    rollupOptions: {
      // Bench builds (SIMPUL_BENCH=1) add the plain-sigma page the explorer is measured against.
      input:
        process.env.SIMPUL_BENCH === "1"
          ? { index: page("index.html"), baseline: page("bench/baseline.html") }
          : { index: page("index.html") },
    },
  },
  test: {
    name: "unit",
    environment: "node",
    include: ["test/**/*.test.{ts,tsx}"],
  },
});
