import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packShard, unpackShard } from "../src/packedOutcome";
import { writeAtomic } from "../src/writeAtomic";

const shard = new Map<string, Uint8Array>([
  ["concepts/pengorganisasian-masyarakat.md", Buffer.from('{"note":{"title":"Pengorganisasian"}}')],
  ["peran/pendamping ✓ é.md", Buffer.from("{}")],
  ["kosong.md", new Uint8Array()],
]);

describe("files of the build cache", () => {
  it("keeps packed outcomes by path, and reads them back as they were", () => {
    const bytes = Buffer.concat(packShard(shard));
    const back = unpackShard(bytes);
    expect([...(back ?? [])].map(([path, packed]) => [path, Buffer.from(packed).toString()])).toEqual(
      [...shard].map(([path, packed]) => [path, Buffer.from(packed).toString()]),
    );
    expect(unpackShard(new Uint8Array())).toEqual(new Map());
  });

  it("refuses a shard cut short", () => {
    const bytes = Buffer.concat(packShard(shard));
    for (const cut of [1, 7, 20, bytes.length - 1]) expect(unpackShard(bytes.subarray(0, cut))).toBeUndefined();
  });

  it("writes a file from more parts than one system call takes", () => {
    const parts = Array.from({ length: 3000 }, (_, i) => Buffer.from(i % 3 === 0 ? "" : `part ${i};`));
    const path = join(mkdtempSync(join(tmpdir(), "simpul-cache-")), "sub", "file.v8");
    writeAtomic(path, parts);
    expect(readFileSync(path)).toEqual(Buffer.concat(parts));
  });
});
