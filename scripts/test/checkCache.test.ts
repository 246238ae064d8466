import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { buildDirectory } from "../src/buildDirectory";
import { compileDirectory } from "../src/compileDirectory";
import { readDirectory } from "../src/readDirectory";

const clean = join(import.meta.dirname, "fixtures", "clean");
const worker = new URL("../dist/parseWorker.mjs", import.meta.url);

it("check reads a build's cache: only the notes edited since are parsed, and the graph is the one parsing all gives", async () => {
  const dir = mkdtempSync(join(tmpdir(), "simpul-check-cache-"));
  const vault = join(dir, "content");
  cpSync(clean, vault, { recursive: true });
  const cacheDir = join(dir, "build", ".cache");
  const built = await buildDirectory(vault, join(dir, "build", "graph.json"), { worker, cacheDir });
  await built.write();
  built.keep();
  const enabler = join(vault, "roles", "enabler.md");
  writeFileSync(enabler, `${readFileSync(enabler, "utf8")}\nLihat [[CO]] dan [[Some Missing Note]].\n`);

  const parsed = await readDirectory(vault, { worker, cacheDir }, async (read) => [...read.notes.fresh.keys()]);
  expect(parsed).toEqual(["roles/enabler.md"]);

  const reused = await compileDirectory(vault, { worker, cacheDir, layout: false });
  const whole = await compileDirectory(vault, { worker, layout: false });
  expect(reused.diagnostics.map((d) => d.rule)).toContain("broken-link");
  expect(reused.diagnostics).toEqual(whole.diagnostics);
  expect(reused.graph.export()).toEqual(whole.graph.export());
});
