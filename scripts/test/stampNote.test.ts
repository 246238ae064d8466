import { mkdtempSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BuildCache } from "../src/buildCache";
import { hashNote, stampNote } from "../src/readNote";

afterEach(() => {
  vi.useRealTimers();
});

/** A note written now, and this process's clock moved `later` ms on. */
function noteWritten(later: number): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), "simpul-stamp-"));
  writeFileSync(join(dir, "a.md"), "---\ntitle: A\n---\nSatu.\n");
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(Date.now() + later);
  return { dir, path: "a.md" };
}

describe("stampNote", () => {
  it("gives no stamp to a note changed within the last seconds, which a coarse clock could not tell apart", () => {
    const { dir, path } = noteWritten(0);
    expect(stampNote(dir, path)).toBeUndefined();
    expect(hashNote(dir, path, { maxNoteBytes: 1000 })?.stamp).toBeUndefined();
  });

  it("stamps an older note the same until it is written again, even to the same size and modification time", () => {
    const { dir, path } = noteWritten(10_000);
    const stamp = stampNote(dir, path);
    expect(stamp).toMatch(/^\d+:\d+:\d+:\d+$/);
    expect(stampNote(dir, path)).toBe(stamp);
    expect(hashNote(dir, path, { maxNoteBytes: 1000 })?.stamp).toBe(stamp);
    const { atime, mtime } = statSync(join(dir, path));
    writeFileSync(join(dir, path), "---\ntitle: B\n---\nSatu.\n");
    utimesSync(join(dir, path), atime, mtime);
    expect(stampNote(dir, path)).not.toBe(stamp);
    expect(stampNote(dir, "missing.md")).toBeUndefined();
  });
});

describe("BuildCache.knownHash", () => {
  it("gives a stored hash only for the stamp it was taken with, and keeps a new stamp across saves", () => {
    const dir = mkdtempSync(join(tmpdir(), "simpul-cache-"));
    const code = [new URL(import.meta.url)];
    const first = new BuildCache(dir, code, "vocabulary");
    first.setNote("a.md", { hash: "h1", stamp: "s1", shape: "shape" }, new Uint8Array([1]));
    first.save();
    const second = new BuildCache(dir, code, "vocabulary");
    expect(second.knownHash("a.md", "s1")).toEqual({ hash: "h1", stamp: "s1" });
    expect(second.knownHash("a.md", "s2")).toBeUndefined();
    expect(second.knownHash("a.md", undefined)).toBeUndefined();
    expect(second.knownHash("b.md", "s1")).toBeUndefined();
    // Read again and found unchanged, under a stamp of its own: that stamp is the one kept.
    expect(second.getNote("a.md", { hash: "h1", stamp: "s2" })?.shape).toBe("shape");
    second.save();
    const third = new BuildCache(dir, code, "vocabulary");
    expect(third.knownHash("a.md", "s2")).toEqual({ hash: "h1", stamp: "s2" });
    expect(third.knownHash("a.md", "s1")).toBeUndefined();
  });
});
