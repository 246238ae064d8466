import { statSync } from "node:fs";
import { BuildCache } from "./buildCache";
import { LayoutThread } from "./layoutThread";
import { ParsePool, type PoolOptions, type PoolSetup } from "./parsePool";

/**
 * What a process that builds the same folder again and again (`build
 * --watch`) keeps from one build to the next, so that a rebuild starts where
 * a one-off build is half done: the cache with every file it decoded, the
 * parse workers with the parser loaded, a layout worker started and warmed
 * up while nothing was being built, and the graph last written. Each is
 * kept while what it was made for stays the same (the cache and the workers
 * are made again when the vocabulary changes).
 */
export class BuildSession {
  #cache: { key: string; cache: BuildCache } | undefined;
  #pool: { key: string; pool: ParsePool } | undefined;
  #spare: LayoutThread | undefined;
  #written: WrittenFile | undefined;
  readonly #buffers: Buffer[] = [];
  #lastAsked: Buffer | undefined;

  cache(dir: string, code: readonly URL[], vocabulary: string): BuildCache {
    const key = JSON.stringify([dir, vocabulary]);
    if (this.#cache?.key !== key) this.#cache = { key, cache: new BuildCache(dir, code, vocabulary) };
    this.#cache.cache.startBuild();
    return this.#cache.cache;
  }

  pool(setup: PoolSetup, options: Partial<PoolOptions>): ParsePool {
    const key = JSON.stringify([setup, options]);
    if (this.#pool?.key !== key) {
      void this.#pool?.pool.close();
      this.#pool = { key, pool: new ParsePool(setup, options) };
    }
    return this.#pool.pool;
  }

  /** The layout worker started after the last build, if any is left; else one started now, which warms up if `warm`. */
  layoutThread(url: URL, warm: boolean): LayoutThread {
    const spare = this.#spare;
    this.#spare = undefined;
    return spare ?? new LayoutThread(url, warm);
  }

  /** Once a build is written: keeps its bytes (and how to hash them), and starts the next build's layout worker. */
  wrote(path: string, bytes: Buffer, bytesHash: () => string, url: URL): void {
    this.#written = { path, bytes, hash: bytesHash, stamp: fileStamp(path) };
    this.#spare ??= new LayoutThread(url, true);
  }

  /** The bytes last written to this file, if they have this hash and the file was not touched since. */
  written(path: string, bytesHash: string): Buffer | undefined {
    const kept = this.#written;
    const stamp = fileStamp(path);
    if (kept?.path !== path || stamp === undefined || stamp !== kept.stamp) return undefined;
    return kept.hash() === bytesHash ? kept.bytes : undefined;
  }

  /**
   * Memory for a graph's bytes (an Allocate), from up to BUFFERS buffers
   * reused build after build: their pages were touched by an earlier build
   * (a page first written costs a fault, 130 ms for 40 MB here). Never the
   * buffer of the last ask (the graph encoded is read while its output is
   * written), nor the one holding the bytes last written, which a build
   * copies from and the next may ask for again; so one of three is free.
   */
  readonly allocate = (size: number): Buffer => {
    const inUse = (buffer: Buffer) => buffer === this.#lastAsked || buffer.buffer === this.#written?.bytes.buffer;
    let at = this.#buffers.findIndex((buffer) => !inUse(buffer) && buffer.length >= size);
    if (at < 0) {
      at = this.#buffers.length < BUFFERS ? this.#buffers.length : this.#buffers.findIndex((each) => !inUse(each));
      // Slow: a buffer of its own, never a slice of Node's shared pool, so that the one in use is told by its memory.
      this.#buffers[at] = Buffer.allocUnsafeSlow(Math.ceil(size * 1.05));
    }
    const buffer = this.#buffers[at] as Buffer;
    this.#lastAsked = buffer;
    return buffer.subarray(0, size);
  };

  async close(): Promise<void> {
    this.#spare?.stop();
    this.#spare = undefined;
    await this.#pool?.pool.close();
    this.#pool = undefined;
  }
}

/** The bytes last written, a build's graph encoded and its output. */
const BUFFERS = 3;

interface WrittenFile {
  path: string;
  bytes: Buffer;
  /** The bytes' hash, computed once for the cache's record of them. */
  hash: () => string;
  /** The file's stamp (fileStamp) as written: another is another file, or the file rewritten. */
  stamp: string | undefined;
}

/** Size, modification time and inode: any write to the file, or a file put in its place, changes one. */
function fileStamp(path: string): string | undefined {
  try {
    const { size, mtimeNs, ino } = statSync(path, { bigint: true });
    return `${size}:${mtimeNs}:${ino}`;
  } catch {
    return undefined;
  }
}
