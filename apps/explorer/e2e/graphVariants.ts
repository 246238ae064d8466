import { readFileSync } from "node:fs";
import { VIEW_FILE } from "../src/core/graph/payload";
import { graphFiles } from "../vite/graphFiles";

/** The fixture graph every scenario uses. */
export const fixture = readFileSync(new URL("../test/fixtures/graph.json", import.meta.url), "utf8");

/** Markup and script in every text field a note controls; the explorer must show it as text. */
export const HOSTILE_LABEL = `<img src=x onerror="alert('label')">CO`;
export const HOSTILE_SUMMARY = `<script>alert('summary')</script><b onmouseover="alert('b')">bold?</b>`;

function hostile(): string {
  const graph = JSON.parse(fixture);
  const node = graph.nodes.find((candidate: { key: string }) => candidate.key === "concept/community-organization");
  Object.assign(node.attributes, {
    label: HOSTILE_LABEL,
    labelEn: HOSTILE_LABEL,
    summary: HOSTILE_SUMMARY,
    summaryEn: HOSTILE_SUMMARY,
    body: `javascript:alert('body') <iframe src="javascript:alert('frame')"></iframe>`,
    aliases: ["CO", `<svg onload=alert('alias')>`],
  });
  graph.attributes.references.zastrow2008.title = `<img src=x onerror=alert('ref')>`;
  return JSON.stringify(graph);
}

/** A generated bibliography entry, as `graph.json` stores references. */
export interface GeneratedReference {
  key: string;
  authors: string[];
  year: string;
  title: string;
}

const SURNAMES = ["Adi", "Ábalos", "Hadi", "Kusuma", "Lestari", "Müller", "Nasution", "Nguyễn", "Pérez", "Santoso"];
const GIVEN_NAMES = ["Ana", "Budi", "Citra", "Dian"];
const TOPICS = [
  "Pendampingan masyarakat desa",
  "Community practice in small towns: notes from the field",
  "Kebijakan sosial daerah",
  "Social welfare in transition",
  "Advokasi kelompok rentan dan organisasi warga di perkotaan",
];

/**
 * 3,000 generated works, enough that drawing every row would show: surnames
 * with and without accents, several authors for some, years 1950–2020. The
 * last in author order is Zúñiga's, which sorts after every fixture author.
 */
export const LARGE_BIBLIOGRAPHY: GeneratedReference[] = [
  ...Array.from({ length: 2999 }, (_, i) => {
    const surname = (n: number) => SURNAMES[(i + n * 3) % SURNAMES.length] ?? "";
    const year = String(1950 + ((i * 13) % 71));
    // BibTeX-like keys ("perez1987bcd"): first surname unaccented, year, then letters, so no other year hides in one.
    const letters = [676, 26, 1].map((unit) => String.fromCharCode(97 + (Math.floor(i / unit) % 26))).join("");
    return {
      key: `${surname(0).normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()}${year}${letters}`,
      authors: Array.from(
        { length: 1 + (i % 3 === 0 ? 1 : 0) + (i % 5 === 0 ? 1 : 0) },
        (_, n) => `${surname(n)}, ${GIVEN_NAMES[(i + n) % GIVEN_NAMES.length]}`,
      ),
      year,
      title: `${TOPICS[i % TOPICS.length]}, ${Math.floor(i / TOPICS.length) + 1}`,
    };
  }),
  { key: "zuniga2019", authors: ["Zúñiga, Ana"], year: "2019", title: "Catatan penutup tentang pekerjaan sosial" },
];

/**
 * The fixture (few nodes: WebGL is software-rendered here) citing the
 * generated works too: work `i` is cited `i mod 7` times, from the fixture's relations.
 */
function largeBibliography(): string {
  const graph = JSON.parse(fixture);
  const edges: { attributes: { citations: { key: string; page?: string }[] } }[] = graph.edges;
  LARGE_BIBLIOGRAPHY.forEach((reference, i) => {
    graph.attributes.references[reference.key] = {
      ...reference,
      type: "book",
      container: "",
      publisher: "",
      provenance: `references.bib:${i + 1}`,
    };
    for (let claim = 0; claim < i % 7; claim++) {
      edges[(i + claim) % edges.length]?.attributes.citations.push({ key: reference.key, page: String(claim + 1) });
    }
  });
  return JSON.stringify(graph);
}

/**
 * The fixture with two titles missing, as a source citing "Suharto (1997)"
 * leaves an entry (authors and year alone), and as a BibTeX entry may lack
 * one though it names its publisher.
 */
function untitled(): string {
  const graph = JSON.parse(fixture);
  Object.assign(graph.attributes.references.suharto1997, { title: "", publisher: "" });
  graph.attributes.references.zastrow2008.title = "";
  return JSON.stringify(graph);
}

/** The fixture's files with the view changed, as a newer build or a broken copy would leave it. */
function brokenView(change: (view: string) => string): Map<string, string> {
  const files = graphFiles(fixture, "fixture");
  files.set(VIEW_FILE, change(files.get(VIEW_FILE) ?? ""));
  return files;
}

/** The graph files (view and shards) served under each URL prefix of the test server. */
export const GRAPH_VARIANTS: Record<string, Map<string, string>> = {
  app: graphFiles(fixture, "fixture"),
  hostile: graphFiles(hostile(), "hostile fixture"),
  "large-bibliography": graphFiles(largeBibliography(), "fixture with a large bibliography"),
  untitled: graphFiles(untitled(), "fixture with untitled entries"),
  corrupt: brokenView((view) => view.slice(0, 500)),
  future: brokenView((view) => JSON.stringify({ ...JSON.parse(view), version: 99 })),
};
