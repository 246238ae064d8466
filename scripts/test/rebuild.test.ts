import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { type BuiltGraph, buildDirectory } from "../src/buildDirectory";

const clean = join(import.meta.dirname, "fixtures", "clean");
const worker = new URL("../dist/parseWorker.mjs", import.meta.url);
let dir: string;
let vault: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "simpul-rebuild-"));
  vault = join(dir, "content");
  cpSync(clean, vault, { recursive: true });
});

function edit(file: string, change: (text: string) => string): void {
  const path = join(vault, file);
  writeFileSync(path, change(readFileSync(path, "utf8")));
}

/** Builds with the cache, as `build` does, writing even when there are errors; and without, to compare. */
async function rebuild(): Promise<{ warm: BuiltGraph; cold: BuiltGraph; bytes: [Buffer, Buffer] }> {
  const warmOut = join(dir, "warm", "graph.json");
  const coldOut = join(dir, "cold", "graph.json");
  const warm = await buildDirectory(vault, warmOut, { worker, cacheDir: join(dir, "warm", ".cache") });
  await warm.write();
  const cold = await buildDirectory(vault, coldOut, { worker });
  await cold.write();
  return { warm, cold, bytes: [readFileSync(warmOut), readFileSync(coldOut)] };
}

async function expectRebuilt(how: BuiltGraph["rebuilt"]): Promise<void> {
  const { warm, cold, bytes } = await rebuild();
  expect(warm.rebuilt).toBe(how);
  expect(warm.diagnostics).toEqual(cold.diagnostics);
  expect([warm.order, warm.size]).toEqual([cold.order, cold.size]);
  expect(bytes[0].equals(bytes[1])).toBe(true);
}

const ENABLER = "roles/enabler.md";
const CD = "concepts/community-development.md";
const MODEL = "models/locality-development.md";

describe("a rebuild after edits", () => {
  it.each([
    ["a mention added", [[ENABLER, (t: string) => `${t}\nLihat [[CD]] dan [[Rothman 1995]].\n`]]],
    ["a relation taken out", [[CD, (t: string) => t.replace(/^broader:: .*$/m, "")]]],
    [
      "a relation cited again, from the other end",
      [[MODEL, (t: string) => t.replace("[@rothman1995; @aribowo-makro]", "[@rothman1995, p. 31]")]],
    ],
    [
      "a note left with no relation",
      [
        [MODEL, (t: string) => t.replace(/^has_role: .*$/m, "")],
        [ENABLER, (t: string) => `${t}\n`],
      ],
    ],
    [
      "a cycle of an acyclic relation, a missing note and an unknown citation",
      [
        [
          "concepts/macro-intervention.md",
          (t: string) => `${t}\nbroader:: [[CD]]\nLihat [[Tidak Ada]] [@nobody2020].\n`,
        ],
      ],
    ],
  ] as const)("patches the structure of the last output after %s, as a whole build writes it", async (_, edits) => {
    await rebuild();
    for (const [file, change] of edits) edit(file, change);
    await expectRebuilt("structure");
  });

  it("patches again and again, and edits prose of a patched output", async () => {
    await rebuild();
    edit(ENABLER, (t) => `${t}\nLihat [[CD]].\n`);
    await expectRebuilt("structure");
    edit(CD, (t) => `${t}\nLihat [[Pemungkin]].\n`);
    await expectRebuilt("structure");
    edit(ENABLER, (t) => t.replace("Membantu warga", "Membantu seluruh warga"));
    await expectRebuilt("prose");
    edit(ENABLER, (t) => t.replace("\nLihat [[CD]].\n", ""));
    await expectRebuilt("structure");
  });

  it("builds whole when an edited note changed its names or its tables, which other notes and the graph hold", async () => {
    await rebuild();
    edit(ENABLER, (t) => t.replace("title: Pemungkin", "title: Pemungkin Baru"));
    await expectRebuilt("whole");
    edit(MODEL, (t) => t.replace("| Kemandirian |", "| Kemandirian warga |"));
    await expectRebuilt("whole");
  });
});
