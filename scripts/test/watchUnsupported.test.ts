import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { main } from "../src/cli";

// As on a platform @parcel/watcher has no build for: loading it throws.
vi.mock("@parcel/watcher", () => {
  throw new Error("No prebuild or local build of @parcel/watcher found. Tried @parcel/watcher-sunos-x64.");
});

describe("a watch on a platform with no file watcher", () => {
  it("is refused in a line, with exit code 2", async () => {
    const vault = join(mkdtempSync(join(tmpdir(), "simpul-no-watcher-")), "content");
    cpSync(join(import.meta.dirname, "fixtures", "clean"), vault, { recursive: true });
    const err: string[] = [];
    const args = ["build", "--content", vault, "--out", join(vault, "..", "graph.json")];
    const watched = await main(
      [...args, "--watch"],
      () => {},
      (line) => err.push(line),
    );
    expect(watched).toBe(2);
    expect(err).toEqual([
      expect.stringMatching(
        /^simpul: --watch has no file watcher for \w+-\w+ \(no build of @parcel\/watcher, or installed without optional dependencies\); build without --watch$/,
      ),
    ]);
  });
});
