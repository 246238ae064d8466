import { defineConfig } from "vitest/config";

/**
 * End-to-end scenarios in real Chromium against a built app. One file at a
 * time: WebGL is software-rendered here and two browsers would starve each other.
 */
export default defineConfig({
  test: {
    name: "e2e",
    include: ["e2e/**/*.e2e.ts"],
    globalSetup: ["e2e/globalSetup.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
