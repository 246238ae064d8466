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
 * redrawn in place and erased before anything else is printed (`clearing`).
 * On a stream that is not a terminal (a pipe, a file, CI) it draws nothing:
 * its reader wants the diagnostics alone.
 */
export class ProgressLine {
  readonly #stream: ProgressStream;
  readonly #options: typeof PROGRESS_DEFAULTS;
  readonly #now: () => number;
  #started: number;
  #drawnAt = Number.NEGATIVE_INFINITY;
  #shown = false;
  /** A forced text that came too soon, drawn once the wait is over unless something else is first. */
  #deferred: NodeJS.Timeout | undefined;

  constructor({ stream, ...options }: ProgressOptions, now: () => number = () => performance.now()) {
    this.#stream = stream;
    this.#options = { ...PROGRESS_DEFAULTS, ...options };
    this.#now = now;
    this.#started = now();
  }

  /** Erases the line and starts the wait again: for a step of its own (another build of a watch). */
  restart(): void {
    this.clear();
    this.#started = this.#now();
  }

  /**
   * Says `text` in place of what the line said, unless too soon: within the
   * wait (see PROGRESS_DEFAULTS), when a `force`d text is drawn at its end,
   * or within the interval of the last redraw, unless `force`d.
   */
  update(text: string, force = false): void {
    if (!this.#stream.isTTY) return;
    clearTimeout(this.#deferred);
    const now = this.#now();
    const waited = now - this.#started;
    if (waited < this.#options.afterMs) {
      if (force) this.#deferred = setTimeout(() => this.#draw(text), this.#options.afterMs - waited).unref();
      return;
    }
    if (force || now - this.#drawnAt >= this.#options.intervalMs) this.#draw(text);
  }

  /** Erases the line, if one is drawn, so that what is printed next starts on a clean line. */
  clear(): void {
    clearTimeout(this.#deferred);
    if (!this.#shown) return;
    this.#stream.write(`\r${ERASE_LINE}`);
    this.#shown = false;
  }

  /** `write`, which first erases the line: for anything else printed on the terminal. */
  clearing(write: (text: string) => void): (text: string) => void {
    return (text) => {
      this.clear();
      write(text);
    };
  }

  #draw(text: string): void {
    this.#drawnAt = this.#now();
    // Never wider than the terminal: a wrapped line would not be redrawn in place. (A terminal of no known size
    // says 0 columns.)
    const width = (this.#stream.columns || 80) - 1;
    this.#stream.write(`\r${ERASE_LINE}${text.length > width ? text.slice(0, width) : text}`);
    this.#shown = true;
  }
}

const ERASE_LINE = "\x1b[K";

/**
 * The line for one build or check: how many notes are parsed (and how many
 * were taken from the cache), then `then` once all are; erased once `during`
 * settles, before anything is printed.
 */
export function parseProgress(line: ProgressLine, then: string) {
  line.restart();
  return {
    onParsed(done: number, total: number, reused: number) {
      if (total === 0) return line.update(`simpul: ${grouped(reused)} notes unchanged; ${then}…`, true);
      const unchanged = reused > 0 ? ` (${grouped(reused)} unchanged)` : "";
      const all = done === total;
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
  return `${grouped(done)} of ${grouped(total)}`;
}

/** A count with its thousands grouped, whatever the user's locale: "10,000". */
function grouped(count: number): string {
  return count.toLocaleString("en");
}
