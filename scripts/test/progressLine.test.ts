import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { buildDirectory } from "../src/buildDirectory";
import { countOf, ProgressLine, type ProgressStream, parseProgress } from "../src/progressLine";

const worker = new URL("../dist/parseWorker.mjs", import.meta.url);

/** A terminal (or not) that keeps what is written to it, on a clock the test moves. */
function screen(isTTY: boolean, columns?: number) {
  const written: string[] = [];
  let now = 0;
  const stream: ProgressStream = { isTTY, columns, write: (text: string) => written.push(text) };
  return { stream, written, clock: () => now, at: (ms: number) => (now = ms) };
}

describe("a progress line", () => {
  it("says nothing for a short step, then redraws in place at most every 100 ms, and is erased", () => {
    const { stream, written, clock, at } = screen(true, 40);
    const line = new ProgressLine({ stream }, clock);
    at(100);
    line.update("early");
    line.clear();
    expect(written).toEqual([]);
    at(450);
    line.update("one");
    at(500);
    line.update("too soon");
    line.update("forced", true);
    at(560);
    line.update("two");
    line.clear();
    line.clear();
    expect(written).toEqual(["\r\x1b[Kone", "\r\x1b[Kforced", "\r\x1b[K"]);
  });

  it("draws a forced text that comes within the wait once the wait is over, unless erased first", () => {
    vi.useFakeTimers();
    try {
      const { stream, written, clock, at } = screen(true, 80);
      const line = new ProgressLine({ stream }, clock);
      at(100);
      line.update("7 of 7 notes parsed; building the graph…", true);
      expect(written).toEqual([]);
      at(400);
      vi.advanceTimersByTime(300);
      expect(written).toEqual(["\r\x1b[K7 of 7 notes parsed; building the graph…"]);
      line.restart();
      line.update("another build", true);
      line.clear();
      vi.advanceTimersByTime(1000);
      expect(written).toEqual(["\r\x1b[K7 of 7 notes parsed; building the graph…", "\r\x1b[K"]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("is erased before anything else is printed, a watch's notices too", () => {
    const { stream, written, clock, at } = screen(true, 80);
    const line = new ProgressLine({ stream }, clock);
    const say = line.clearing((text) => written.push(`said: ${text}`));
    at(500);
    line.update("2,161 of 10,000 notes parsed");
    say("content folder content was removed; watching for it to come back");
    say("content folder content is back");
    expect(written).toEqual([
      "\r\x1b[K2,161 of 10,000 notes parsed",
      "\r\x1b[K",
      "said: content folder content was removed; watching for it to come back",
      "said: content folder content is back",
    ]);
  });

  it("is never wider than the terminal, whose width may be unknown", () => {
    const narrow = screen(true, 10);
    new ProgressLine({ stream: narrow.stream, afterMs: 0 }, narrow.clock).update("0123456789abc");
    expect(narrow.written).toEqual(["\r\x1b[K012345678"]);
    const unknown = screen(true, 0);
    new ProgressLine({ stream: unknown.stream, afterMs: 0 }, unknown.clock).update("a".repeat(100));
    expect(unknown.written).toEqual([`\r\x1b[K${"a".repeat(79)}`]);
  });

  it("draws nothing on a stream that is not a terminal", () => {
    const { stream, written, clock, at } = screen(false);
    const line = new ProgressLine({ stream }, clock);
    at(5000);
    line.update("anything", true);
    line.clear();
    expect(written).toEqual([]);
  });

  it("counts with thousands grouped", () => {
    expect(countOf(4210, 10000)).toBe("4,210 of 10,000");
  });
});

describe("a build on a terminal", () => {
  it("counts the notes as they are parsed, says what comes next, and erases the line once built", async () => {
    const vault = join(mkdtempSync(join(tmpdir(), "simpul-progress-")), "content");
    cpSync(join(import.meta.dirname, "fixtures", "clean"), vault, { recursive: true });
    const drawn: string[] = [];
    const stream: ProgressStream = { isTTY: true, columns: 120, write: (text: string) => drawn.push(text) };
    // Every parse told, however soon: a vault of seven notes parses well within the usual wait.
    const parsing = parseProgress(new ProgressLine({ stream, afterMs: 0, intervalMs: 0 }), "building the graph");
    const built = await parsing.during(async () => {
      const graph = await buildDirectory(vault, join(vault, "..", "graph.json"), {
        worker,
        onParsed: parsing.onParsed,
      });
      drawn.push(`built ${graph.order} nodes`);
      return graph;
    });
    expect(built.order).toBe(7);
    expect(drawn).toEqual([
      ...[1, 2, 3, 4, 5, 6].map((done) => `\r\x1b[Ksimpul: ${done} of 7 notes parsed`),
      "\r\x1b[Ksimpul: 7 of 7 notes parsed; building the graph…",
      "built 7 nodes",
      "\r\x1b[K",
    ]);
  });

  it("counts apart the notes taken from the cache", async () => {
    const vault = join(mkdtempSync(join(tmpdir(), "simpul-progress-")), "content");
    cpSync(join(import.meta.dirname, "fixtures", "clean"), vault, { recursive: true });
    const options = { worker, cacheDir: join(vault, "..", ".cache") };
    const first = await buildDirectory(vault, join(vault, "..", "graph.json"), options);
    await first.write();
    first.keep();
    const enabler = join(vault, "roles", "enabler.md");
    writeFileSync(enabler, `${readFileSync(enabler, "utf8")}\nKalimat baru.\n`);
    const drawn: string[] = [];
    const stream: ProgressStream = { isTTY: true, columns: 120, write: (text: string) => drawn.push(text) };
    const parsing = parseProgress(new ProgressLine({ stream, afterMs: 0, intervalMs: 0 }), "building the graph");
    await parsing.during(() =>
      buildDirectory(vault, join(vault, "..", "graph.json"), { ...options, onParsed: parsing.onParsed }),
    );
    expect(drawn).toEqual(["\r\x1b[Ksimpul: 1 of 1 notes parsed (6 unchanged); building the graph…", "\r\x1b[K"]);
    drawn.length = 0;
    await parsing.during(() =>
      buildDirectory(vault, join(vault, "..", "graph.json"), { ...options, onParsed: parsing.onParsed }),
    );
    expect(drawn).toEqual(["\r\x1b[Ksimpul: 7 notes unchanged; building the graph…", "\r\x1b[K"]);
  });
});
