import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type BuiltGraph, buildDirectory } from "../src/buildDirectory";
import { BuildSession } from "../src/buildSession";

const clean = join(import.meta.dirname, "fixtures", "clean");
const worker = new URL("../dist/parseWorker.mjs", import.meta.url);
let dir: string;
let vault: string;
/** The session warm builds share, in the suites that build as `build --watch` does. */
let session: BuildSession | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "simpul-rebuild-"));
  vault = join(dir, "content");
  cpSync(clean, vault, { recursive: true });
});

afterEach(async () => {
  await session?.close();
  session = undefined;
});

function edit(file: string, change: (text: string) => string): void {
  const path = join(vault, file);
  writeFileSync(path, change(readFileSync(path, "utf8")));
}

const warmOut = () => join(dir, "warm", "graph.json");

/** A build with the cache (and the session, if any), as `build` does, written or not by the caller. */
function warmBuild(): Promise<BuiltGraph> {
  return buildDirectory(vault, warmOut(), { worker, cacheDir: join(dir, "warm", ".cache"), session });
}

/** Builds with the cache, as `build` does, writing even when there are errors; and without, to compare. */
async function rebuild(): Promise<{ warm: BuiltGraph; cold: BuiltGraph; bytes: [Buffer, Buffer] }> {
  const coldOut = join(dir, "cold", "graph.json");
  const warm = await warmBuild();
  await warm.write();
  warm.keep();
  const cold = await buildDirectory(vault, coldOut, { worker });
  await cold.write();
  return { warm, cold, bytes: [readFileSync(warmOut()), readFileSync(coldOut)] };
}

async function expectRebuilt(how: BuiltGraph["rebuilt"]): Promise<void> {
  const { warm, cold, bytes } = await rebuild();
  expect(warm.rebuilt).toBe(how);
  expect(warm.diagnostics).toEqual(cold.diagnostics);
  expect([warm.order, warm.size]).toEqual([cold.order, cold.size]);
  expect(bytes[0].equals(bytes[1])).toBe(true);
}

const ENABLER = "roles/enabler.md";
const CD = "concepts/community-development.md";
const MODEL = "models/locality-development.md";

/**
 * An edit no patch follows, on a note no link or table names so: a name like
 * a path ending in another note's name, which a link by the path meant until
 * now (renameNotes).
 */
const namedLikeAPath = (t: string) =>
  t.replace("aliases: [Pemercepat perubahan]", "aliases: [Pemercepat perubahan, Peran/CD]");

describe.each([
  ["a rebuild after edits", false],
  ["a rebuild in a session that built before (build --watch)", true],
])("%s", (_, inSession) => {
  beforeEach(() => {
    if (inSession) session = new BuildSession();
  });

  it.each([
    ["a mention added", [[ENABLER, (t: string) => `${t}\nLihat [[CD]] dan [[Rothman 1995]].\n`]]],
    ["a relation taken out", [[CD, (t: string) => t.replace(/^broader:: .*$/m, "")]]],
    [
      "a relation cited again, from the other end",
      [[MODEL, (t: string) => t.replace("[@rothman1995; @aribowo-makro]", "[@rothman1995, p. 31]")]],
    ],
    [
      "a note left with no relation",
      [
        [MODEL, (t: string) => t.replace(/^has_role: .*$/m, "")],
        [ENABLER, (t: string) => `${t}\n`],
      ],
    ],
    [
      "a cycle of an acyclic relation, a missing note and an unknown citation",
      [
        [
          "concepts/macro-intervention.md",
          (t: string) => `${t}\nbroader:: [[CD]]\nLihat [[Tidak Ada]] [@nobody2020].\n`,
        ],
      ],
    ],
  ] as const)("patches the structure of the last output after %s, as a whole build writes it", async (__, edits) => {
    await rebuild();
    for (const [file, change] of edits) edit(file, change);
    await expectRebuilt("structure");
  });

  it("leaves the file as it is when no note changed since it was written, unless the file did", async () => {
    await rebuild();
    const written = statSync(warmOut()).mtimeMs;
    await expectRebuilt("unchanged");
    // An edit put back before any build saw it.
    const original = readFileSync(join(vault, ENABLER), "utf8");
    edit(ENABLER, (t) => `${t}\nLihat [[CD]].\n`);
    writeFileSync(join(vault, ENABLER), original);
    await expectRebuilt("unchanged");
    expect(statSync(warmOut()).mtimeMs).toBe(written);
    writeFileSync(warmOut(), "{}");
    await expectRebuilt("whole");
  });

  it("patches again and again, and edits prose of a patched output", async () => {
    await rebuild();
    edit(ENABLER, (t) => `${t}\nLihat [[CD]].\n`);
    await expectRebuilt("structure");
    edit(CD, (t) => `${t}\nLihat [[Pemungkin]].\n`);
    await expectRebuilt("structure");
    edit(ENABLER, (t) => t.replace("Membantu warga", "Membantu seluruh warga"));
    await expectRebuilt("prose");
    edit(ENABLER, (t) => t.replace("\nLihat [[CD]].\n", ""));
    await expectRebuilt("structure");
  });

  it("patches the last output after a note's names change, reporting the links it breaks", async () => {
    await rebuild();
    // Its file name gives it the name its English title had.
    edit(CD, (t) => t.replace("title_en: Community Development", "title_en: Community Development (CD)"));
    await expectRebuilt("structure");
    edit(ENABLER, (t) => t.replace("title: Pemungkin", "title: Pemungkin Baru"));
    await expectRebuilt("structure");
    edit(CD, (t) => `${t}\nLihat [[Pemungkin Baru]].\n`);
    await expectRebuilt("structure");
    // The name that link uses taken away: a broken link, reported as a whole build reports it.
    edit(ENABLER, (t) => t.replace("title: Pemungkin Baru", "title: Pemungkin"));
    await expectRebuilt("structure");
    edit(CD, (t) => t.replace("\nLihat [[Pemungkin Baru]].\n", ""));
    await expectRebuilt("structure");
    // A note's own table names it by an alias it drops, its lines as they were: the column is left out.
    edit(MODEL, (t) =>
      t
        .replace("title_en: Locality Development\n", "title_en: Locality Development\naliases: [PML]\n")
        .replace("| [[Locality Development]] |", "| [[PML]] |"),
    );
    await expectRebuilt("structure");
    edit(MODEL, (t) => t.replace("aliases: [PML]", "aliases: []"));
    await expectRebuilt("structure");
  });

  it("patches the comparisons, and the dimensions of their columns, after a note's tables change", async () => {
    await rebuild();
    // A cell of the column that is the note itself.
    edit(MODEL, (t) => t.replace("| Kemandirian |", "| Kemandirian warga |"));
    await expectRebuilt("structure");
    edit(MODEL, (t) => `${t}| Skala | Lokal | Kota [@rothman1995, p. 31] |\n`);
    await expectRebuilt("structure");
    edit(MODEL, (t) => t.replace("| [[Community Organization]] |", "| [[CD]] |"));
    await expectRebuilt("structure");
    // A table in a note before it in file order, with a column they share: its values come first.
    const table =
      "## Banding\n\n| Aspek | [[CD]] | [[Locality Development]] |\n| --- | --- | --- |\n| Fokus | Desa | Warga |\n";
    edit(CD, (t) => `${t}\n${table}`);
    await expectRebuilt("structure");
    // A column that names no note: its cells left out, as a whole build leaves them.
    edit(MODEL, (t) => t.replace("| [[CD]] |", "| [[Tidak Ada]] |"));
    await expectRebuilt("structure");
    edit(MODEL, (t) => t.slice(0, t.indexOf("## Perbandingan")));
    await expectRebuilt("structure");
    edit(CD, (t) => `${t}\n${table.replaceAll("Banding", "Banding lagi")}`);
    await expectRebuilt("structure");
  });

  it("says once what a table resolved again says, when a note its columns name loses a name", async () => {
    await rebuild();
    edit(CD, (t) => t.replace("aliases: [CD, PM]", "aliases: [CD, PM, Pengembangan Komunitas]"));
    await expectRebuilt("structure");
    // Columns that are left out: one names CD twice, one is no link. No link of the note names CD.
    const table =
      "## Peran\n\n| Aspek | [[CD]] | [[Community Organization]] | [[PM]] | Catatan |\n| --- | --- | --- | --- | --- |\n| Fokus | Desa | Kota | Desa | Lihat |\n";
    edit(ENABLER, (t) => `${t}\n${table}`);
    const { warm } = await rebuild();
    expect(warm.diagnostics.filter((d) => d.rule.endsWith("-column")).map((d) => [d.rule, d.line])).toEqual([
      ["duplicate-column", 11],
      ["table-column", 11],
    ]);
    // The table is resolved again, as it names the note that narrows.
    edit(CD, (t) => t.replace("aliases: [CD, PM, Pengembangan Komunitas]", "aliases: [CD, PM]"));
    await expectRebuilt("structure");
  });

  it("patches the last output after a note is added, or one no other note links to is taken out", async () => {
    await rebuild();
    const broker = join(vault, "roles", "broker.md");
    writeFileSync(broker, "---\ntype: role\ntitle: Perantara\n---\nMenghubungkan warga dengan [[CD]].\n");
    await expectRebuilt("structure");
    edit(CD, (t) => `${t}\nLihat [[Perantara]].\n`);
    await expectRebuilt("structure");
    // Linked to: taking it out breaks the link, which the patch reports as a whole build does.
    rmSync(broker);
    await expectRebuilt("structure");
    // The graph written had an error (as `build` writes none, these tests write it anyway): mended, it is patched.
    edit(CD, (t) => t.replace("\nLihat [[Perantara]].\n", ""));
    await expectRebuilt("structure");
    // A note in a folder of its own, with a comparison: its values go to the columns, and go again with it.
    mkdirSync(join(vault, "more"));
    const table = "| Aspek | [[CD]] | [[Pemungkin]] |\n| --- | --- | --- |\n| Fokus | Desa | Warga |\n";
    writeFileSync(join(vault, "more", "banding.md"), `---\ntype: concept\ntitle: Banding\n---\n${table}`);
    await expectRebuilt("structure");
    rmSync(join(vault, "more"), { recursive: true });
    await expectRebuilt("structure");
  });

  it("builds whole once a note takes the file name a link to an attachment gave, which named no note until then", async () => {
    edit(CD, (t) => `${t}\nData: [[data.json]].\n`);
    await rebuild();
    const data = join(vault, "concepts", "data.json.md");
    writeFileSync(data, "---\ntype: concept\ntitle: Data\n---\nLihat [[Pemungkin]].\n");
    await expectRebuilt("whole");
    // Taken out, the link names an attachment again, as a whole build reads it.
    rmSync(data);
    await expectRebuilt("structure");
  });

  it("patches the last output after a note moves to another file, keeping its id, while every link resolves as it did", async () => {
    await rebuild();
    const moved = join(vault, "archive", "locality-development.md");
    mkdirSync(join(vault, "archive"));
    renameSync(join(vault, MODEL), moved);
    await expectRebuilt("structure");
    // Its file renamed: the id it had from the file's name stays as written.
    const text = readFileSync(moved, "utf8");
    writeFileSync(
      join(vault, "archive", "ld.md"),
      text.replace("type: model\n", "type: model\nid: locality-development\n"),
    );
    rmSync(moved);
    await expectRebuilt("structure");
    rmSync(join(vault, "archive"), { recursive: true });
    writeFileSync(join(vault, MODEL), text);
    await expectRebuilt("structure");
    // A file name that another note has: a link by it may now mean either.
    const enabler = readFileSync(join(vault, ENABLER), "utf8");
    rmSync(join(vault, ENABLER));
    writeFileSync(
      join(vault, "roles", "community-development.md"),
      enabler.replace("type: role\n", "type: role\nid: enabler\n"),
    );
    await expectRebuilt("whole");
  });

  it("patches the last output after a note's id or type changes, reporting the links it breaks as a whole build does", async () => {
    await rebuild();
    // Linked to by title, with a comparison of its own (whose id holds its key) that has it for a column.
    edit(MODEL, (t) => t.replace("type: model\n", "type: model\nid: pml\n"));
    await expectRebuilt("structure");
    // A column of that comparison, and linked to by alias.
    edit(CD, (t) => t.replace("type: concept\n", "type: setting\n"));
    await expectRebuilt("structure");
    edit(CD, (t) => t.replace("type: setting\n", "type: concept\n"));
    await expectRebuilt("structure");
    edit(MODEL, (t) => t.replace("id: pml\n", ""));
    await expectRebuilt("structure");
    // Re-keyed while a note whose table has it for a column is edited, its tables as they were: the column follows it.
    edit("concepts/community-organization.md", (t) => t.replace("type: concept\n", "type: concept\nid: co-baru\n"));
    edit(MODEL, (t) => `${t}\nLihat juga [[Enabler]].\n`);
    await expectRebuilt("structure");
    // A relation of a neighbour's that the type does not allow: reported as a whole build does.
    edit(ENABLER, (t) => t.replace("type: role\n", "type: concept\n"));
    await expectRebuilt("structure");
    // From a graph with errors, a key or name changed is built whole: a link that did not resolve may now.
    edit(ENABLER, (t) => t.replace("type: concept\n", "type: role\n"));
    await expectRebuilt("whole");
    // Its file renamed, with no id written: it takes the new name for its id.
    renameSync(join(vault, MODEL), join(vault, "models", "pml.md"));
    await expectRebuilt("structure");
    renameSync(join(vault, "models", "pml.md"), join(vault, MODEL));
    await expectRebuilt("structure");
    // A link by the id it had (not its file's name) now names no note.
    edit(MODEL, (t) => t.replace("type: model\n", "type: model\nid: pml\n"));
    await expectRebuilt("structure");
    edit(CD, (t) => `${t}\nLihat [[pml]].\n`);
    await expectRebuilt("structure");
    edit(MODEL, (t) => t.replace("id: pml\n", "id: pml-lain\n"));
    await expectRebuilt("structure");
  });

  it("builds whole when an edited note took a name another note has, or one like a path", async () => {
    await rebuild();
    edit(ENABLER, (t) => t.replace("aliases: [Pemercepat perubahan]", "aliases: [Pemercepat perubahan, CD]"));
    await expectRebuilt("whole");
    edit(ENABLER, (t) => t.replace(", CD]", "]"));
    await expectRebuilt("whole");
    edit(ENABLER, namedLikeAPath);
    await expectRebuilt("whole");
  });

  it("edits the graph on disk, not the one it wrote, when another process wrote there since", async () => {
    await rebuild();
    edit(ENABLER, (t) => `${t}\nLihat [[CD]].\n`);
    await rebuild();
    // The same bytes, written again by another process: not the file this build wrote, but what the cache recorded.
    edit(ENABLER, (t) => t.replace("\nLihat [[CD]].\n", ""));
    const { bytes } = await rebuild();
    writeFileSync(warmOut(), bytes[0]);
    edit(CD, (t) => `${t}\nLihat [[Pemungkin]].\n`);
    await expectRebuilt("structure");
    writeFileSync(warmOut(), "{}");
    edit(CD, (t) => t.replace("\nLihat [[Pemungkin]].\n", ""));
    await expectRebuilt("whole");
  });

  it("keeps no parse of a build that failed and was not kept, once its note is put back", async () => {
    await rebuild();
    const original = readFileSync(join(vault, ENABLER), "utf8");
    // A link to no note: an error, in a build that patches the last output rather than building whole.
    edit(ENABLER, (t) => `${t}\nLihat [[Tidak Ada]].\n`);
    const failed = await warmBuild();
    expect([failed.rebuilt, failed.diagnostics.some((d) => d.rule === "broken-link")]).toEqual(["structure", true]);
    writeFileSync(join(vault, ENABLER), original);
    // As the graph last written was built.
    await expectRebuilt("unchanged");
    // Another process, reading only the cache files, after an edit that has every parse decoded (a whole build).
    await session?.close();
    session = undefined;
    edit(ENABLER, namedLikeAPath);
    await expectRebuilt("whole");
  });

  it("patches the graph last written after a patched build that failed and wrote nothing", async () => {
    await rebuild();
    // An edge more (its layout computed, not taken from the cache), and a link to no note.
    edit(ENABLER, (t) => `${t}\nLihat [[CD]] dan [[Tidak Ada]].\n`);
    const failed = await warmBuild();
    expect([failed.rebuilt, failed.diagnostics.some((d) => d.rule === "broken-link")]).toEqual(["structure", true]);
    // The link mended: the written graph is still the one to patch.
    edit(ENABLER, (t) => t.replace(" dan [[Tidak Ada]]", ""));
    await expectRebuilt("structure");
  });

  it("patches the graph last written after a whole build that failed and wrote nothing", async () => {
    await rebuild();
    // A name like a path (a whole build) with the same structure (its layout taken from the cache), and an error.
    const enabler = readFileSync(join(vault, ENABLER), "utf8");
    edit(ENABLER, (t) => `${namedLikeAPath(t)}\nLihat [@nobody2020].\n`);
    const failed = await warmBuild();
    expect([failed.rebuilt, failed.diagnostics.some((d) => d.severity === "error")]).toEqual(["whole", true]);
    writeFileSync(join(vault, ENABLER), enabler);
    edit(CD, (t) => `${t}\nLihat [[Pemungkin]].\n`);
    await expectRebuilt("structure");
    edit(CD, (t) => t.replace("\nLihat [[Pemungkin]].\n", ""));
    await expectRebuilt("structure");
  });

  it("takes no parse of other bytes when another process saved the cache meanwhile", async () => {
    // A one-off build first: a session then starts on a cache whose parses it has not read.
    const started = session;
    session = undefined;
    await rebuild();
    session = started;
    await rebuild();
    const original = readFileSync(join(vault, ENABLER), "utf8");
    edit(ENABLER, (t) => t.replace("Membantu warga", "Membantu seluruh warga"));
    // Another process builds this edit and saves the cache; then the note is put back.
    const other = await buildDirectory(vault, join(dir, "other", "graph.json"), {
      worker,
      cacheDir: join(dir, "warm", ".cache"),
    });
    await other.write();
    other.keep();
    writeFileSync(join(vault, ENABLER), original);
    // Prose edited into the last graph this build wrote, or whole after the graph the other wrote.
    const { bytes } = await rebuild();
    expect(bytes[0].equals(bytes[1])).toBe(true);
    edit(ENABLER, namedLikeAPath);
    await expectRebuilt("whole");
  });

  it.skipIf(inSession)("takes no parse of other bytes when a save was cut short before the index", async () => {
    await rebuild();
    const index = join(dir, "warm", ".cache", "parsed.v8");
    const before = readFileSync(index);
    const original = readFileSync(join(vault, ENABLER), "utf8");
    edit(ENABLER, (t) => t.replace("Membantu warga", "Membantu seluruh warga"));
    await rebuild();
    // The shards of that build saved, its index not (the process stopped between the two).
    writeFileSync(index, before);
    writeFileSync(join(vault, ENABLER), original);
    edit(ENABLER, namedLikeAPath);
    await expectRebuilt("whole");
  });

  it("builds again with a vocabulary changed between builds", async () => {
    await rebuild();
    mkdirSync(join(vault, "_schema"), { recursive: true });
    const types = readFileSync(join(import.meta.dirname, "../../packages/schema/vocabulary/types.yaml"), "utf8");
    writeFileSync(join(vault, "_schema", "types.yaml"), `${types}\n`);
    await expectRebuilt("whole");
    edit(ENABLER, (t) => `${t}\nLihat [[CD]].\n`);
    await expectRebuilt("structure");
  });
});

describe("a session's cache the system refused to write", () => {
  it("is written whole at the first save it can make, and a later process takes it as a build's", async () => {
    session = new BuildSession();
    const cacheDir = join(dir, "warm", ".cache");
    mkdirSync(join(dir, "warm"));
    writeFileSync(cacheDir, "a file where the cache's folder goes");
    const refused = await warmBuild();
    await refused.write();
    expect(refused.keep()).toMatchObject({ code: "EEXIST" });
    rmSync(cacheDir);
    // The session has every parse in memory: this build parses one note, and its save writes them all.
    edit(ENABLER, (t) => `${t}\nLihat [[CD]].\n`);
    const written = await warmBuild();
    expect(written.rebuilt).toBe("structure");
    await written.write();
    expect(written.keep()).toBeUndefined();
    // Every file a build with a cache from the start keeps.
    const fresh = join(dir, "fresh", ".cache");
    const built = await buildDirectory(vault, join(dir, "fresh", "graph.json"), { worker, cacheDir: fresh });
    await built.write();
    built.keep();
    expect(readdirSync(cacheDir).sort()).toEqual(readdirSync(fresh).sort());
    await session.close();
    session = undefined;
    edit(ENABLER, (t) => `${t}Kalimat baru.\n`);
    await expectRebuilt("prose");
  });
});
