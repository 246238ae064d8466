import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { type BuiltGraph, buildDirectory } from "../src/buildDirectory";

const worker = new URL("../dist/parseWorker.mjs", import.meta.url);

/**
 * Builds the vault as `build` does, with the cache in `dir`, and checks it
 * against a whole build without: the same diagnostics and, once both are
 * written, the same bytes. How it was rebuilt; undefined when there are
 * errors, as `build` then neither writes the graph nor keeps it (the caller
 * mends the vault).
 */
export async function warmAsCold(vault: string, dir: string): Promise<BuiltGraph["rebuilt"] | undefined> {
  const [warmOut, coldOut] = [join(dir, "warm", "graph.json"), join(dir, "cold", "graph.json")];
  const warm = await buildDirectory(vault, warmOut, { worker, cacheDir: join(dir, "warm", ".cache") });
  const cold = await buildDirectory(vault, coldOut, { worker });
  expect(warm.diagnostics).toEqual(cold.diagnostics);
  if (warm.diagnostics.some((d) => d.severity === "error")) return undefined;
  await Promise.all([warm.write(), cold.write()]);
  warm.keep();
  expect(readFileSync(warmOut).equals(readFileSync(coldOut))).toBe(true);
  return warm.rebuilt;
}
