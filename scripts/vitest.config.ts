import { defineConfig } from "vitest/config";

export default defineConfig({
  // These tests run the bundled CLI as a process, several times each.
  test: { testTimeout: 60_000 },
});
