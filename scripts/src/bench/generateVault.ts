import seedrandom from "seedrandom";

/** The real knowledge base's mix of node types, as shares of the notes. */
const TYPE_MIX: [string, number][] = [
  ["concept", 0.38],
  ["author", 0.15],
  ["work", 0.17],
  ["role", 0.14],
  ["model", 0.08],
  ["setting", 0.08],
];

/** Relations each type states, with the types they may point to (as in the vocabulary). */
const RELATIONS: Record<string, [string, string[]][]> = {
  concept: [
    ["broader", ["concept"]],
    ["related", ["concept", "model", "role"]],
    ["contrasts_with", ["concept"]],
    ["defined_by", ["work", "author"]],
  ],
  author: [["authored", ["work"]]],
  work: [["related", ["concept", "work"]]],
  role: [
    ["broader", ["role"]],
    ["active_in_phase", ["concept"]],
    ["contrasts_with", ["role"]],
  ],
  model: [
    ["has_role", ["role"]],
    ["proposed_by", ["work", "author"]],
    ["applies_in", ["setting"]],
  ],
  setting: [["related", ["setting", "concept"]]],
};

const WORDS = (
  "masyarakat pekerja sosial pengembangan komunitas partisipasi pemberdayaan kelompok kebijakan " +
  "perencanaan aksi lokal sumber daya klien peran fasilitator mediator pembela konflik intervensi " +
  "makro program evaluasi kesejahteraan keluarga pelayanan lembaga pendampingan tujuan proses hasil " +
  "community development social planning organization practice change resource empowerment skill " +
  "value knowledge network support education consultation problem solving leadership participation"
).split(" ");

export interface GeneratedVault {
  /** Path (relative to the vault) → file content. */
  files: Map<string, string>;
  bytes: number;
}

/**
 * A synthetic vault of `count` notes: realistic sizes (2–3 KB of prose, lists
 * and a table now and then), the real type mix, typed relations with
 * citations, and a references.bib. The same count and seed give the same files.
 */
export function generateVault(count: number, seed = "simpul-bench"): GeneratedVault {
  const rng = seedrandom(`${seed}:${count}`);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
  const notes = Array.from({ length: count }, (_, index) => ({ index, type: typeAt(rng()), title: "" }));
  for (const note of notes) note.title = `${note.type} ${index36(note.index)} ${pick(WORDS)}`;
  const byType = new Map<string, typeof notes>();
  for (const note of notes) byType.set(note.type, [...(byType.get(note.type) ?? []), note]);
  const works = byType.get("work") ?? [];
  const bibkey = (work: { index: number }) => `work${work.index}`;
  const cite = () => (works.length === 0 ? "" : ` [@${bibkey(pick(works))}, p. ${1 + Math.floor(rng() * 300)}]`);
  const sentence = () => {
    const length = 8 + Math.floor(rng() * 14);
    const words = Array.from({ length }, () => pick(WORDS));
    return `${words.join(" ").replace(/^./, (c) => c.toUpperCase())}.`;
  };
  const files = new Map<string, string>();
  for (const note of notes) {
    const lines = [
      "---",
      `type: ${note.type}`,
      `id: n${note.index}`,
      `title: ${note.title}`,
      `title_en: ${note.title} (en)`,
      `aliases: [N${note.index}]`,
      `summary: ${sentence()} ${sentence()}`,
      `summary_en: ${sentence()} ${sentence()}`,
    ];
    if (note.type === "work")
      lines.push(`bibkey: ${bibkey(note)}`, `year: ${1950 + (note.index % 70)}`, "kind: primary");
    lines.push("---", "");
    const relations = RELATIONS[note.type] ?? [];
    while (lines.join("\n").length < 2000 + rng() * 1000) {
      const roll = rng();
      if (roll < 0.45) {
        const target = pick(notes);
        if (target === note) continue;
        lines.push(`${sentence()} ${sentence()} Lihat [[${target.title}]]${cite()}. ${sentence()}`, "");
      } else if (roll < 0.7 && relations.length > 0) {
        const [relation, targetTypes] = pick(relations);
        const candidates = byType.get(pick(targetTypes)) ?? [];
        const target = candidates.length > 0 ? pick(candidates) : undefined;
        if (target && target !== note) lines.push(`${sentence()}`, `${relation}:: [[${target.title}]]${cite()}`, "");
      } else if (roll < 0.9) {
        lines.push(...Array.from({ length: 3 }, () => `- ${sentence()}`), "");
      } else {
        const peers = (byType.get(note.type) ?? []).filter((peer) => peer !== note);
        if (peers.length >= 2) {
          const [a, b] = [pick(peers), pick(peers)];
          lines.push(
            `## Perbandingan ${index36(note.index)}`,
            "",
            `| Dimensi | [[${a.title}]] | [[${b.title}]] |`,
            "| --- | --- | --- |",
          );
          for (let row = 0; row < 3; row++) lines.push(`| ${pick(WORDS)} | ${sentence()}${cite()} | ${sentence()} |`);
          lines.push("");
        }
      }
    }
    files.set(`${note.type}/n${note.index}.md`, `${lines.join("\n")}\n`);
  }
  const bib = works
    .map(
      (work) =>
        `@book{${bibkey(work)},\n  author = {Author${work.index}, A.},\n  title = {${work.title}},\n  year = {${1950 + (work.index % 70)}}\n}\n`,
    )
    .join("");
  files.set("references.bib", bib);
  let bytes = 0;
  for (const text of files.values()) bytes += Buffer.byteLength(text);
  return { files, bytes };
}

function typeAt(roll: number): string {
  let sum = 0;
  for (const [type, share] of TYPE_MIX) {
    sum += share;
    if (roll < sum) return type;
  }
  return "concept";
}

function index36(index: number): string {
  return index.toString(36);
}
