import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative } from "node:path";
import seedrandom from "seedrandom";
import { describe, expect, it } from "vitest";
import { warmAsCold } from "./warmAsCold";

const clean = join(import.meta.dirname, "fixtures", "clean");

/** Names the fixture's notes have or link by, one like a path, and none; and names made up as edits go on. */
const NAMES = ["CD", "CO", "Enabler", "Pemungkin", "Jack Rothman", "Intervensi Makro", "Kota", "a/b", ""];

/** Types a note may be given: those that relations between concepts, models, roles and settings allow, and one not. */
const TYPES = ["concept", "model", "role", "setting", "author"];

type EditKind =
  | "names changed"
  | "tables changed"
  | "links changed"
  | "notes added"
  | "notes taken out"
  | "notes moved"
  | "ids changed"
  | "types changed";

/**
 * One random edit of a note's names, tables or links, as users make them:
 * names are often new, and links and columns often name them.
 */
function editOf(random: () => number, made: string[]): { change: (text: string) => string; kind: EditKind } {
  const pick = (names: readonly string[]) => names[Math.floor(random() * names.length)] as string;
  const fresh = () => {
    const name = `Sebutan ${made.length + 1}`;
    made.push(name);
    return name;
  };
  const name = random() < 0.5 ? fresh() : pick(NAMES);
  const linked = () => (made.length > 0 && random() < 0.7 ? pick(made) : pick(NAMES) || "CD");
  const roll = random();
  if (roll < 0.2)
    return { kind: "names changed", change: (text) => text.replace(/^title: .*$/m, `title: ${name || "Judul"}`) };
  if (roll < 0.4) {
    const aliases = (text: string) =>
      /^aliases: /m.test(text)
        ? text.replace(
            /^aliases: \[(.*)\]$/m,
            (_, before: string) => `aliases: [${[before, name].filter(Boolean).join(", ")}]`,
          )
        : text.replace(/^title: (.*)$/m, `title: $1\naliases: [${name}]`);
    return { kind: "names changed", change: aliases };
  }
  if (roll < 0.45) return { kind: "names changed", change: (text) => text.replace(/^aliases: .*\n/m, "") };
  const row = `| Aspek ${made.length} | satu [@rothman1995, p. ${made.length + 1}] | dua |`;
  if (roll < 0.6) {
    const [a, b] = [linked(), linked()];
    const table = `## Banding ${made.length}\n\n| Dimensi | [[${a}]] | [[${b}]] |\n| --- | --- | --- |\n${row}\n`;
    return { kind: "tables changed", change: (text) => `${text}\n${table}` };
  }
  if (roll < 0.7) {
    // A row more at the end of the note's last table, if it has one.
    const rowAdded = (text: string) => text.replace(/(^\|.*\n)(?![\s\S]*^\|)/m, `$1${row}\n`);
    return { kind: "tables changed", change: rowAdded };
  }
  if (roll < 0.75) return { kind: "tables changed", change: (text) => text.replace(/^\|.*\n/gm, "") };
  const target = linked();
  return { kind: "links changed", change: (text) => `${text}\nLihat [[${target}]].\n` };
}

/** The vault's notes as they are edited: the files it holds, and the names made up so far. */
interface EditedVault {
  vault: string;
  files: string[];
  made: string[];
}

/**
 * One random edit of one note of the vault (or a note added beside it), the
 * `serial`th: what kind, and how to undo it. A `reach` below 1 leaves out
 * the kinds past it: 0.2, notes added or taken out only.
 */
function editNote(
  { vault, files, made }: EditedVault,
  random: () => number,
  serial: number,
  reach: number,
): { kind: EditKind; undo: () => void } {
  const file = files[Math.floor(random() * files.length)] as string;
  const path = join(vault, file);
  const before = readFileSync(path, "utf8");
  const roll = random() * reach;
  let kind: EditKind;
  let undo = () => writeFileSync(path, before);
  if (roll < 0.12) {
    // A note added beside it, named anew or by a name some note has, linking to one, and comparing it with CD.
    kind = "notes added";
    const added = join(dirname(path), `baru-${serial}.md`);
    const title = random() < 0.8 ? `Baru ${serial}` : (NAMES[serial % NAMES.length] as string);
    const target = made.length > 0 && random() < 0.5 ? made[serial % made.length] : "CD";
    const table =
      random() < 0.5 ? `\n| Aspek | [[CD]] | [[${target}]] |\n| --- | --- | --- |\n| Fokus | a | b |\n` : "";
    writeFileSync(added, `---\ntype: concept\ntitle: ${title || "Judul"}\n---\nLihat [[${target}]].\n${table}`);
    files.push(relative(vault, added));
    undo = () => {
      rmSync(added);
      files.splice(files.indexOf(relative(vault, added)), 1);
    };
  } else if (roll < 0.2) {
    kind = "notes taken out";
    rmSync(path);
    files.splice(files.indexOf(file), 1);
    undo = () => {
      writeFileSync(path, before);
      files.push(file);
    };
  } else if (roll < 0.28) {
    // Into a folder of its own, or under another file name, with the id it had from the old one written down
    // or not (its key then changes).
    kind = "notes moved";
    const base = basename(file, ".md");
    const renamed = random() < 0.5;
    const keepsId = random() < 0.5;
    const moved = renamed ? join(dirname(path), `${base}-${serial}.md`) : join(vault, `pindah-${serial}`, `${base}.md`);
    mkdirSync(dirname(moved), { recursive: true });
    writeFileSync(
      moved,
      renamed && keepsId && !/^id: /m.test(before) ? before.replace(/^type: /m, `id: ${base}\ntype: `) : before,
    );
    rmSync(path);
    files.splice(files.indexOf(file), 1, relative(vault, moved));
    undo = () => {
      rmSync(moved);
      writeFileSync(path, before);
      files.splice(files.indexOf(relative(vault, moved)), 1, file);
    };
  } else if (roll < 0.36) {
    // A key changed: an id given or changed, or the type (which some relations of its own or its neighbours'
    // may not allow).
    kind = "ids changed";
    const id = `${basename(file, ".md")}-${serial}`;
    writeFileSync(
      path,
      /^id: /m.test(before)
        ? before.replace(/^id: .*$/m, `id: ${id}`)
        : before.replace(/^type: /m, `id: ${id}\ntype: `),
    );
  } else if (roll < 0.4) {
    kind = "types changed";
    const type = TYPES[serial % TYPES.length] as string;
    writeFileSync(path, before.replace(/^type: .*$/m, `type: ${type}`));
  } else {
    const edit = editOf(random, made);
    kind = edit.kind;
    writeFileSync(path, edit.change(before));
  }
  return { kind, undo };
}

/** Kinds of edit in order, each with how many there were if more than one: `notes added (2), notes taken out`. */
function counted(kinds: readonly EditKind[]): string {
  const counts = new Map<EditKind, number>();
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts.keys()]
    .sort()
    .map((kind) => ((counts.get(kind) as number) > 1 ? `${kind} (${counts.get(kind)})` : kind))
    .join(", ");
}

/**
 * Rounds of `edits` random edits each (each of another note), every round
 * built warm and checked against a whole build; how each round built was
 * rebuilt, after what kinds of edit (as `structure after notes added (2),
 * notes taken out`).
 */
async function editRounds(seed: string, rounds: number, edits: () => number, reach = 1): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "simpul-edits-"));
  const vault = join(dir, "content");
  cpSync(clean, vault, { recursive: true });
  const files = readdirSync(vault, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith(".md"))
    .sort();
  const edited: EditedVault = { vault, files, made: [] };
  const random = seedrandom(seed);
  const rebuilds: string[] = [];
  // Each edit's number, which names what it adds.
  let serial = 0;
  for (let round = 0; round < rounds; round++) {
    const done = Array.from({ length: edits() }, () => editNote(edited, random, serial++, reach));
    const rebuilt = await warmAsCold(vault, dir);
    // As `build` does: a graph with errors is not written, and its notes are then mended (put back).
    if (rebuilt === undefined) for (const { undo } of done.reverse()) undo();
    else rebuilds.push(`${rebuilt} after ${counted(done.map(({ kind }) => kind))}`);
  }
  rmSync(dir, { recursive: true, force: true });
  return rebuilds;
}

describe("edits of names, tables and links, and notes added, taken out or moved", () => {
  it("give, one note after another, build after build, what a whole build gives", async () => {
    const rebuilds = new Set(await editRounds("one-note edits", 80, () => 1));
    // Names patched in, and names that could not be; tables and links patched in, naming notes old and new.
    expect([...rebuilds]).toEqual(
      expect.arrayContaining([
        "structure after names changed",
        "whole after names changed",
        "structure after tables changed",
        "structure after links changed",
        "structure after notes added",
        "structure after notes taken out",
        "structure after notes moved",
        "structure after ids changed",
        "structure after types changed",
      ]),
    );
  }, 180_000);

  it("give, several notes at once (a pull, a checkout), build after build, what a whole build gives", async () => {
    const random = seedrandom("several notes");
    const count = () => 2 + Math.floor(random() * 3);
    const addedOrTakenOut = await editRounds("notes at once", 60, count, 0.2);
    const mixed = await editRounds("edits at once", 30, count);
    // Several notes added and taken out at once are patched in, not built whole; among other edits, some are.
    const several = /^structure after .*(names changed|notes added|notes taken out) \(\d\)/;
    expect(addedOrTakenOut.filter((each) => several.test(each)).length).toBeGreaterThanOrEqual(8);
    expect(mixed.filter((each) => several.test(each)).length).toBeGreaterThanOrEqual(1);
  }, 180_000);
});
