import { closeSync, mkdirSync, openSync, renameSync, rmSync, write, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Writes through a temporary file beside the target and renames it, so a
 * reader never sees a partial file and a failed build leaves the old one.
 */
export function writeAtomic(path: string, content: string | Uint8Array): void {
  const temporary = temporaryBeside(path);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}

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
      while (written < content.length) written += await writeAt(fd, content, written);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
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
  mkdirSync(dir, { recursive: true });
  return join(dir, `.${basename(path)}.${process.pid}.tmp`);
}
