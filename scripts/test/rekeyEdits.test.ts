import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import seedrandom from "seedrandom";
import { afterAll, describe, expect, it } from "vitest";
import { generateVault } from "../src/bench/generateVault";
import { warmAsCold } from "./warmAsCold";

const TYPES = ["concept", "author", "work", "model", "role", "setting"];

type Kind = "id changed" | "type changed" | "file renamed";

describe("a note's key changed in a generated vault (id, type, or file renamed with no id written)", () => {
  const dir = mkdtempSync(join(tmpdir(), "simpul-rekey-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is patched in, build after build, as a whole build writes it", async () => {
    const vault = join(dir, "content");
    const { files } = generateVault(300, "rekey");
    for (const [path, text] of files) {
      mkdirSync(dirname(join(vault, path)), { recursive: true });
      writeFileSync(join(vault, path), text);
    }
    const paths = [...files.keys()].filter((path) => path.endsWith(".md"));
    const random = seedrandom("rekey edits");
    expect(await warmAsCold(vault, dir)).toBe("whole");
    const patched = new Map<Kind, number>();
    for (let round = 0; round < 18; round++) {
      const at = Math.floor(random() * paths.length);
      const path = paths[at] as string;
      const before = readFileSync(join(vault, path), "utf8");
      const kind = (["id changed", "type changed", "file renamed"] as const)[round % 3] as Kind;
      let undo = () => writeFileSync(join(vault, path), before);
      if (kind === "id changed") writeFileSync(join(vault, path), before.replace(/^id: (.*)$/m, `id: $1-${round}`));
      else if (kind === "type changed") {
        const type = TYPES[Math.floor(random() * TYPES.length)] as string;
        writeFileSync(join(vault, path), before.replace(/^type: .*$/m, `type: ${type}`));
      } else {
        const renamed = join(dirname(path), `renamed-${round}.md`);
        writeFileSync(join(vault, renamed), before.replace(/^id: .*\n/m, ""));
        rmSync(join(vault, path));
        paths[at] = renamed;
        undo = () => {
          renameSync(join(vault, renamed), join(vault, path));
          paths[at] = path;
        };
      }
      const rebuilt = await warmAsCold(vault, dir);
      // A type its relations, or its neighbours', do not allow: not written, and put back (the next build is whole).
      if (rebuilt === undefined) undo();
      else if (rebuilt === "structure") patched.set(kind, (patched.get(kind) ?? 0) + 1);
    }
    // Links in a generated vault name notes by title: every id change and renamed file is patched.
    expect(patched.get("id changed")).toBe(6);
    expect(patched.get("file renamed")).toBe(6);
    expect(patched.get("type changed")).toBeGreaterThan(0);
  }, 180_000);
});
