import {
  closeSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  write,
  writeFileSync,
  writevSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Writes through a temporary file beside the target and renames it, so a
 * reader never sees a partial file and a failed build leaves the old one.
 */
export function writeAtomic(path: string, content: string | Uint8Array | readonly Uint8Array[]): void {
  const temporary = temporaryBeside(path);
  try {
    if (typeof content === "string" || content instanceof Uint8Array) writeFileSync(temporary, content);
    else writeParts(temporary, content);
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** The parts one after another, without joining them into one buffer first: a system call writes many. */
function writeParts(path: string, parts: readonly Uint8Array[]): void {
  const fd = openSync(path, "w");
  try {
    const rest = parts.filter((part) => part.length > 0);
    let next = 0;
    while (next < rest.length) {
      let written = progress(writevSync(fd, rest.slice(next, next + PARTS_PER_CALL)));
      // A write may stop short: past the parts written whole, the rest of one is left.
      while (next < rest.length && written >= (rest[next] as Uint8Array).length) {
        written -= (rest[next] as Uint8Array).length;
        next++;
      }
      if (written > 0) rest[next] = (rest[next] as Uint8Array).subarray(written);
    }
  } finally {
    closeSync(fd);
  }
}

/** IOV_MAX on Linux and macOS: the most parts one writev takes. */
const PARTS_PER_CALL = 1024;

/**
 * writeAtomic with the bytes written on one of libuv's threads, started at
 * once, while this thread goes on (the graph is written while the cache is
 * saved). The file is opened here: an asynchronous open would wait for this
 * thread to come back to the event loop before the write could start.
 */
export async function writeAtomicSoon(path: string, content: Uint8Array): Promise<void> {
  const temporary = temporaryBeside(path);
  try {
    const fd = openSync(temporary, "w");
    try {
      let written = 0;
      while (written < content.length) written += progress(await writeAt(fd, content, written));
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** A write that took no byte would be asked again forever: it fails instead. */
function progress(count: number): number {
  if (count === 0) throw new Error("simpul: the file system took no byte of a write");
  return count;
}

function writeAt(fd: number, content: Uint8Array, offset: number): Promise<number> {
  return new Promise((resolve, reject) =>
    write(fd, content, offset, content.length - offset, offset, (error, count) =>
      error ? reject(error) : resolve(count),
    ),
  );
}

function temporaryBeside(path: string): string {
  const dir = dirname(path);
  makeFolder(dir);
  return join(dir, `.${basename(path)}.${process.pid}.tmp`);
}

/**
 * `mkdir -p`, a folder at a time from the nearest that is there: Node's own
 * (recursive: true) never returns where the system refuses a folder whose
 * parent is there with ENOENT, as under /proc.
 */
function makeFolder(dir: string): void {
  const found = statSync(dir, { throwIfNoEntry: false });
  if (found?.isDirectory()) return;
  if (found === undefined) makeFolder(dirname(dir));
  try {
    mkdirSync(dir);
  } catch (error) {
    // Made meanwhile, by another process: as good. A file of that name is not.
    if ((error as NodeJS.ErrnoException).code !== "EEXIST" || !statSync(dir).isDirectory()) throw error;
  }
}
