import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseNote } from "@simpul/markdown";
import { parseVocabulary } from "@simpul/schema";
import { describe, expect, it } from "vitest";
import { packOutcome, packShard, unpackOutcome, unpackShard } from "../src/packedOutcome";
import { writeAtomic } from "../src/writeAtomic";

const shard = new Map<string, Uint8Array>([
  ["concepts/pengorganisasian-masyarakat.md", Buffer.from('{"note":{"title":"Pengorganisasian"}}')],
  ["peran/pendamping ✓ é.md", Buffer.from("{}")],
  ["kosong.md", new Uint8Array()],
]);

const schemaDir = join(import.meta.dirname, "../../packages/schema/vocabulary");
const { vocabulary } = parseVocabulary(
  { path: "types.yaml", text: readFileSync(join(schemaDir, "types.yaml"), "utf8") },
  { path: "relations.yaml", text: readFileSync(join(schemaDir, "relations.yaml"), "utf8") },
);

function outcomeOf(text: string) {
  const { note, diagnostics } = parseNote({ path: "konsep/co.md", text }, vocabulary);
  return { note, diagnostics };
}

const NOTE = `---
type: concept
title: Pengorganisasian masyarakat
summary: 'Ringkasan "dikutip", [[CD]]'
---
Badan *catatan* ✓ é. Lihat [[CD]] [@rothman1995, p. 27].

| Dimensi | [[CO]] | [[CD]] |
| --- | --- | --- |
| tujuan | aksi | swadaya |
`;

describe("packed outcomes", () => {
  it("unpack to the outcome packed, keys in the same order", () => {
    const outcome = outcomeOf(NOTE);
    const back = unpackOutcome(packOutcome(outcome).bytes);
    expect(JSON.stringify(back)).toBe(JSON.stringify(outcome));
    const unread = { diagnostics: outcome.diagnostics };
    expect(unpackOutcome(packOutcome(unread).bytes)).toEqual(unread);
  });

  it("have one shape for notes that differ only in prose, and another when a link differs", () => {
    const { shape } = packOutcome(outcomeOf(NOTE));
    // Words of the same length, and a sentence at the end: every link and citation keeps its place.
    const prose = `${NOTE.replace("Ringkasan", "Ikhtisar.").replace("Badan", "Tubuh")}\nKalimat baru.\n`;
    expect(packOutcome(outcomeOf(prose)).shape).toBe(shape);
    expect(packOutcome(outcomeOf(NOTE.replace("Lihat [[CD]]", "Lihat [[PM]]"))).shape).not.toBe(shape);
    expect(packOutcome(outcomeOf(NOTE.replace("swadaya", "mandiri"))).shape).not.toBe(shape);
  });

  it("are refused when the bytes are not a pack", () => {
    // Among them, an outcome as an older simpul packed it, alone.
    for (const text of ["", "{", "[1", "no", '{"diagnostics":[]}', "[]"]) {
      expect(unpackOutcome(Buffer.from(text)), text).toBeUndefined();
    }
  });
});

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
