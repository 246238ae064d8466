/** The stream a ProgressLine draws on: a terminal's, or anything else, which it leaves alone. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/** Where a ProgressLine draws, and when (PROGRESS_DEFAULTS). */
export type ProgressOptions = { stream: ProgressStream } & Partial<typeof PROGRESS_DEFAULTS>;

export const PROGRESS_DEFAULTS = {
  /** Nothing is drawn for a step shorter than this: a build of a few notes prints what it always did. */
  afterMs: 400,
  /** Redrawn no more often than this. */
  intervalMs: 100,
};

/**
 * One line on a terminal saying how far a long build has come (at 10,000
 * notes the notes take seconds to parse, then the graph seconds more),
 * redrawn in place and cleared before anything else is printed. On a stream
 * that is not a terminal (a pipe, a file, CI) it draws nothing: its reader
 * wants the diagnostics alone.
 */
export class ProgressLine {
  readonly #stream: ProgressStream;
  readonly #options: typeof PROGRESS_DEFAULTS;
  readonly #now: () => number;
  readonly #started: number;
  #drawnAt = Number.NEGATIVE_INFINITY;
  #shown = false;

  constructor({ stream, ...options }: ProgressOptions, now: () => number = () => performance.now()) {
    this.#stream = stream;
    this.#options = { ...PROGRESS_DEFAULTS, ...options };
    this.#now = now;
    this.#started = now();
  }

  /** Says `text` in place of what the line said, unless too soon (see PROGRESS_DEFAULTS) or `force`d. */
  update(text: string, force = false): void {
    if (!this.#stream.isTTY) return;
    const now = this.#now();
    if (now - this.#started < this.#options.afterMs) return;
    if (!force && now - this.#drawnAt < this.#options.intervalMs) return;
    this.#drawnAt = now;
    // Never wider than the terminal: a wrapped line would not be redrawn in place. (A terminal of no known size
    // says 0 columns.)
    const width = (this.#stream.columns || 80) - 1;
    this.#stream.write(`\r${ERASE_LINE}${text.length > width ? text.slice(0, width) : text}`);
    this.#shown = true;
  }

  /** Erases the line, if one is drawn, so that what is printed next starts on a clean line. */
  clear(): void {
    if (!this.#shown) return;
    this.#stream.write(`\r${ERASE_LINE}`);
    this.#shown = false;
  }
}

const ERASE_LINE = "\x1b[K";

/**
 * A progress line for one build or check: how many notes are parsed, then
 * `then` once all are; erased once `during` settles, before anything is
 * printed.
 */
export function parseProgress(options: ProgressOptions, then: string) {
  const line = new ProgressLine(options);
  return {
    onParsed(done: number, total: number, reused: number) {
      const all = done === total;
      const unchanged = reused > 0 ? ` (${reused.toLocaleString("en")} unchanged)` : "";
      line.update(`simpul: ${countOf(done, total)} notes parsed${unchanged}${all ? `; ${then}…` : ""}`, all);
    },
    async during<T>(run: () => Promise<T>): Promise<T> {
      try {
        return await run();
      } finally {
        line.clear();
      }
    },
  };
}

/** `done` of `total` as a progress line says it: "4,210 of 10,000". */
export function countOf(done: number, total: number): string {
  return `${done.toLocaleString("en")} of ${total.toLocaleString("en")}`;
}
