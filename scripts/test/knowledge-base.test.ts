// The knowledge base in content/ is data that people rely on. These tests
// compile the real vault with the CLI's own pipeline and
// assert the facts a user of the graph expects to find, so that an edit of a
// note (or of the pipeline) cannot silently lose them.
import { join } from "node:path";
import type { Citation, CompiledVault, EdgeAttributes, KnowledgeGraph } from "@simpul/graph";
import { beforeAll, describe, expect, it } from "vitest";
import { compileDirectory } from "../src/compileDirectory";

const contentDir = join(import.meta.dirname, "..", "..", "content");

/** The five source texts; every claim must record which of them it was read in. */
const SOURCE_KEYS = [
  "src-pekerja-sosial-2011",
  "aribowo-makro",
  "src-rangkuman-peksos",
  "src-pendampingan-pm",
  "src-konflik",
];

interface Edge extends EdgeAttributes {
  source: string;
  target: string;
}

let graph: KnowledgeGraph;
let diagnostics: CompiledVault["diagnostics"];
let allEdges: Edge[];

beforeAll(async () => {
  const worker = new URL("../dist/parseWorker.mjs", import.meta.url);
  const compiled = await compileDirectory(contentDir, { layout: false, worker });
  graph = compiled.graph;
  diagnostics = compiled.diagnostics;
  allEdges = [];
  graph.forEachEdge((_, attributes, source, target) => allEdges.push({ ...attributes, source, target }));
});

const nodesOf = (type: string) => graph.filterNodes((_, a) => a.type === type);
const edgesOf = (type: string) => allEdges.filter((edge) => edge.type === type);
const keys = (citations: Citation[]) => citations.map((c) => c.key);

/** The edge of `type` from `source` to `target` (either way round for symmetric relations). */
function edge(type: string, source: string, target: string): Edge | undefined {
  return allEdges.find(
    (e) =>
      e.type === type &&
      ((e.source === source && e.target === target) || (e.symmetric && e.source === target && e.target === source)),
  );
}

function expectEdge(type: string, source: string, target: string, ...citedKeys: string[]): Edge {
  const found = edge(type, source, target);
  expect(found, `${source} -[${type}]-> ${target}`).toBeDefined();
  for (const key of citedKeys)
    expect(keys((found as Edge).citations), `${source} -[${type}]-> ${target}`).toContain(key);
  return found as Edge;
}

const targets = (type: string, source: string) =>
  edgesOf(type)
    .filter((e) => e.source === source)
    .map((e) => e.target)
    .sort();
const sources = (type: string, target: string) =>
  edgesOf(type)
    .filter((e) => e.target === target)
    .map((e) => e.source)
    .sort();

describe("the vault compiles", () => {
  it("with no diagnostics at all (clean under --strict, no orphans)", () => {
    expect(diagnostics.map((d) => `${d.file}:${d.line}: ${d.message} [${d.rule}]`)).toEqual([]);
  });

  it("meets the node-type minimums of the issue", () => {
    expect(nodesOf("concept").length).toBeGreaterThanOrEqual(40);
    expect(nodesOf("author").length).toBeGreaterThanOrEqual(30);
    expect(nodesOf("role").length).toBeGreaterThanOrEqual(15);
    expect(nodesOf("setting").length).toBeGreaterThanOrEqual(7);
    expect(nodesOf("model").length).toBeGreaterThanOrEqual(6);
    const works = nodesOf("work");
    const primary = works.filter((key) => graph.getNodeAttribute(key, "fields").kind === "primary");
    const secondary = works.filter((key) => graph.getNodeAttribute(key, "fields").kind === "secondary");
    expect(primary.length).toBeGreaterThanOrEqual(25);
    expect(secondary.sort()).toEqual(SOURCE_KEYS.map((key) => `work/${key}`).sort());
  });
});

describe("every comparison table reads in English too", () => {
  it("gives every table's title, dimensions and values their English (tables_en)", () => {
    for (const table of graph.getAttribute("comparisons")) {
      expect(table.titleEn, table.id).toBeTruthy();
      expect(table.rowsEn?.filter(Boolean), table.id).toHaveLength(table.rows.length);
      for (const column of table.columns) {
        for (const value of graph.getNodeAttribute(column, "dimensions").filter((d) => d.table === table.id)) {
          expect(value.valueEn, `${table.id} ${column} ${value.dimension}`).toBeTruthy();
        }
      }
    }
  });
});

describe("every node is labelled and summarised in both languages", () => {
  it("has an Indonesian and an English label, aliases and a summary", () => {
    graph.forEachNode((key, a) => {
      expect(a.label, key).not.toBe("");
      expect(a.labelEn, key).not.toBe("");
      expect(a.aliases.length, key).toBeGreaterThan(0);
      expect(a.summary.length, key).toBeGreaterThan(40);
      expect(a.summaryEn.length, key).toBeGreaterThan(40);
    });
  });

  it("gives every node a summary of two to four sentences in each language", () => {
    // Abbreviations with a full stop would count as sentence ends; mask them first.
    const sentences = (text: string) =>
      text
        .replace(/\b(Ph\.D|et al|dkk|e\.g|i\.e|J|E|G|H|W|R|D)\./g, "$1")
        .split(/[.!?](?:\s|$)/)
        .filter((part) => part.trim() !== "").length;
    graph.forEachNode((key, a) => {
      for (const [field, text] of [
        ["summary", a.summary],
        ["summary_en", a.summaryEn],
      ] as const) {
        expect(sentences(text), `${key} ${field}`).toBeGreaterThanOrEqual(2);
        expect(sentences(text), `${key} ${field}`).toBeLessThanOrEqual(4);
      }
    });
  });

  it("lists the other-language name among the aliases of every concept, model, role and setting", () => {
    const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
    for (const type of ["concept", "model", "role", "setting"]) {
      for (const key of nodesOf(type)) {
        const a = graph.getNodeAttributes(key);
        if (norm(a.label) === norm(a.labelEn)) continue;
        expect(a.aliases.map(norm), key).toContain(norm(a.labelEn));
      }
    }
  });

  it("resolves the abbreviations users search for", () => {
    const aliasOf = (abbreviation: string) => graph.filterNodes((_, a) => a.aliases.includes(abbreviation));
    expect(aliasOf("CO")).toEqual(["concept/community-organization"]);
    expect(aliasOf("CD")).toEqual(["concept/community-development"]);
    expect(aliasOf("PM")).toEqual(["concept/community-development"]);
    expect(aliasOf("PSM")).toEqual(["concept/community-work"]);
    expect(aliasOf("PPM")).toEqual(["concept/ppm-indonesia"]);
    expect(aliasOf("3P")).toEqual(["concept/three-p"]);
    expect(aliasOf("ODHA")).toEqual(["concept/plwha-support"]);
    expectEdge("broader", "concept/plwha-support", "setting/health-rehabilitation", "suharto2008");
  });
});

describe("the notes are in the vault's own words", () => {
  // The English quotations of the source texts must be paraphrased, never pasted:
  // no six consecutive words of any of them may appear in a node's summary or body.
  const quotations = [
    "Social work practice seeks to promote human well-being and to redress human suffering and injustice. Practitioners aim to mobilize the force of the individual, community and state to address the process by which individual and groups are marginalized or diminished in their capacity to participate as citizen",
    "Social welfare is all social interventions intended to enhance or maintain the social functioning of human beings. Social work is a professional occupation that delivers social welfare services",
    "Whenever a social worker tries to help someone, he or she is starting from a position in which there are some useful, positive things in the client's life and surroundings which will help them move forward, as well as the problems or blocks which they are trying to overcome. Part of social work is finding the good things, and helping the client to take advantage of them",
    "Social work purposes and basic social practice principles, which suggest using an empowering process of problem solving and maximizing individual competence and social justice, are embodied in this framework. The paradigm organizes social work activities by professional functions and delineates social work roles and strategies associated with these functions",
    "The traditional role of enabler in social work implies education, facilitation, and promotion of interaction and action",
  ];
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/['\u2019]/g, "")
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
  const windows = new Set(
    quotations.flatMap((q) => {
      const w = words(q);
      return w.slice(0, w.length - 5).map((_, i) => w.slice(i, i + 6).join(" "));
    }),
  );

  it("paraphrases the English quotations of the sources", () => {
    const copied: string[] = [];
    graph.forEachNode((key, a) => {
      for (const text of [a.summary, a.summaryEn, a.body]) {
        const w = words(text);
        for (let i = 0; i + 6 <= w.length; i++) {
          const run = w.slice(i, i + 6).join(" ");
          if (windows.has(run)) copied.push(`${key}: ${run}`);
        }
      }
    });
    expect(copied).toEqual([]);
  });
});

describe("claims are traceable", () => {
  it("every typed relation carries at least one citation", () => {
    const uncited = allEdges.filter((e) => e.type !== "mentions" && e.citations.length === 0);
    expect(uncited.map((e) => `${e.source} -[${e.type}]-> ${e.target}`)).toEqual([]);
  });

  it("every typed relation names the source text it was read in", () => {
    const unsourced = allEdges.filter(
      (e) => e.type !== "mentions" && !e.citations.some((c) => SOURCE_KEYS.includes(c.key)),
    );
    expect(unsourced.map((e) => `${e.source} -[${e.type}]-> ${e.target}`)).toEqual([]);
  });

  it("every citation key is an entry of references.bib, and every work names its own entry", () => {
    const references = graph.getAttribute("references");
    for (const e of allEdges) for (const c of e.citations) expect(references, c.key).toHaveProperty(c.key);
    for (const key of nodesOf("work")) {
      const bibkey = graph.getNodeAttribute(key, "fields").bibkey;
      expect(references, key).toHaveProperty(bibkey as string);
    }
  });

  it("keeps the page numbers the sources give", () => {
    const pageOf = (key: string) =>
      new Set(
        allEdges
          .flatMap((e) => e.citations)
          .filter((c) => c.key === key && c.page)
          .map((c) => c.page),
      );
    expect(pageOf("zastrow1999")).toContain("24");
    expect(pageOf("tan-envall2000")).toContain("5");
    expect(pageOf("oconnor2003")).toContain("1");
    expect(pageOf("suharto2008")).toContain("114");
    expect(pageOf("dolgoff-feldstein2007")).toContain("4");
    expect(pageOf("marbun2011")).toContain("154");
    expect(pageOf("parsons1994")).toContain("12");
    expect(pageOf("zastrow2000")).toContain("75");
    expect(pageOf("twelvetrees1991")).toContain("1");
    expect(pageOf("suharto1997")).toContain("292-293");
    expect(pageOf("payne1986")).toContain("26");
    expect(pageOf("dubois-miley1992")).toContain("268");
    expect(graph.getNodeAttribute("work/suharto1997", "fields").pages).toBe("292-293");
  });

  it("puts a page only on the claim the source gives it for, not on every link beside it", () => {
    const cited = (source: string, target: string) =>
      expectEdge("mentions", source, target).citations.map((c) => `${c.key}${c.page ? ` p. ${c.page}` : ""}`);
    // Source 002 gives Parsons 1994:12 for the facilitator; source 004 quotes Parsons on the enabler and the broker with no page.
    expect(cited("work/parsons1994", "role/facilitator")).toContain("parsons1994 p. 12");
    for (const role of ["role/enabler", "role/broker"]) {
      expect(cited("work/parsons1994", role)).toContain("parsons1994");
      expect(cited("work/parsons1994", role)).not.toContain("parsons1994 p. 12");
    }
    // Zastrow 1999:24 is for the bodies of knowledge, values and skills; 2000:75 for the initiator.
    expect(cited("author/charles-h-zastrow", "concept/social-work")).not.toContain("zastrow2000 p. 75");
    expect(cited("author/charles-h-zastrow", "role/initiator")).not.toContain("zastrow1999 p. 24");
    // A citation of the next sentence is not the claim's: the collective action is source 003's, not Suharto's;
    // the practice principles are source 004's, not Zastrow's.
    expect(cited("role/community-worker", "concept/collective-action")).toEqual(["src-pekerja-sosial-2011"]);
    expect(cited("concept/body-of-value", "concept/practice-principles")).toEqual(["src-rangkuman-peksos"]);
  });
});

describe("authors and works", () => {
  it("gives Rothman's works the right years and authors", () => {
    const year = (key: string) => graph.getNodeAttribute(key, "fields").year;
    expect(year("work/rothman1976")).toBe("1976");
    expect(year("work/rothman-tropman1987")).toBe("1987");
    expect(year("work/rothman1995")).toBe("1995");
    expect(targets("authored", "author/jack-rothman")).toEqual(
      ["work/rothman-tropman1987", "work/rothman1976", "work/rothman1995"].sort(),
    );
    expect(sources("authored", "work/rothman-tropman1987")).toEqual(["author/jack-rothman", "author/john-e-tropman"]);
    expect(graph.getAttribute("references").rothman1995?.year).toBe("1995");
  });

  it("dates every cited work the sources date", () => {
    const undated = ["work/yazid-antaranews"];
    for (const key of nodesOf("work")) {
      const fields = graph.getNodeAttribute(key, "fields");
      if (fields.kind !== "primary" || undated.includes(key)) continue;
      expect(fields.year, key).toMatch(/^(19|20)\d\d$/);
    }
  });

  it("links every cited work to the source text that cites it, and almost every one to an author", () => {
    const authorless = ["work/peksos-indonesia2011", "work/uu11-2009"];
    for (const key of nodesOf("work")) {
      if (graph.getNodeAttribute(key, "fields").kind !== "primary") continue;
      const citedBy = sources("cites", key);
      expect(citedBy.length, key).toBeGreaterThan(0);
      for (const source of citedBy) expect(SOURCE_KEYS.map((k) => `work/${k}`)).toContain(source);
      if (!authorless.includes(key)) expect(sources("authored", key).length, key).toBeGreaterThan(0);
    }
  });

  it("credits the source texts' own authors where the texts name them", () => {
    expectEdge("authored", "author/aribowo", "work/aribowo-makro", "aribowo-makro");
    expectEdge("authored", "author/bona-pasogit", "work/src-konflik", "src-konflik");
  });
});

describe("definitions and terms", () => {
  it("contrasts CO with CD, citing Aribowo's slides", () => {
    expectEdge("contrasts_with", "concept/community-organization", "concept/community-development", "aribowo-makro");
  });

  it("records the names macro intervention goes by, after Isbandi (2001)", () => {
    for (const name of ["community-work", "community-organization", "ppm-indonesia"]) {
      expectEdge("also_called", "concept/macro-intervention", `concept/${name}`, "isbandi2001", "aribowo-makro");
    }
    expectEdge("also_called", "concept/macro-intervention", "setting/macro-practice", "isbandi2001");
    expectEdge("defined_by", "concept/macro-intervention", "work/netting2003", "netting2003");
    expectEdge("defined_by", "concept/macro-intervention", "work/rothman-tropman1987", "rothman-tropman1987");
  });

  it("defines social work and social welfare after the cited authors", () => {
    expectEdge("defined_by", "concept/social-work", "work/tan-envall2000", "tan-envall2000");
    expectEdge("defined_by", "concept/social-work", "work/oconnor2003", "oconnor2003");
    expectEdge("defined_by", "concept/social-welfare", "work/dolgoff-feldstein2007", "dolgoff-feldstein2007");
    expectEdge("defined_by", "concept/community-development", "work/twelvetrees1991", "twelvetrees1991");
    expectEdge("applies_in", "concept/community-development", "setting/macro-practice", "johnson1984");
  });

  it("uses target group rather than client in community work", () => {
    expectEdge("contrasts_with", "concept/target-group", "concept/client", "aribowo-makro");
    expectEdge("also_called", "concept/target-group", "concept/target-population", "aribowo-makro");
  });
});

describe("models", () => {
  const rothmanRoles: Record<string, string[]> = {
    "model/locality-development": ["catalyst", "coordinator", "enabler", "teacher"],
    "model/social-planning-policy": [
      "analyst",
      "expert-planner",
      "fact-gatherer",
      "facilitator",
      "program-designer",
      "program-implementer",
    ],
    "model/social-action": ["activist", "advocate", "agitator", "broker", "negotiator", "partisan"],
  };

  it.each(Object.keys(rothmanRoles))("%s has its practitioner roles, cited to Rothman (1995)", (model) => {
    const roles = (rothmanRoles[model] ?? []).map((id) => `role/${id}`);
    for (const role of roles) expectEdge("has_role", model, role, "rothman1995", "aribowo-makro");
    expect(targets("has_role", model)).toEqual(roles.sort());
  });

  it("places the three models in Rothman & Tropman (1987) and Rothman (1995)", () => {
    expect(sources("broader", "model/rothman-tropman-1987-models")).toEqual(
      ["model/locality-development", "model/social-action", "model/social-planning"].sort(),
    );
    expect(sources("broader", "model/rothman-1995-approaches")).toEqual(
      [
        "concept/goal-categories",
        "model/locality-development",
        "model/social-action",
        "model/social-planning-policy",
      ].sort(),
    );
    expectEdge("proposed_by", "model/rothman-1995-approaches", "work/rothman1995", "rothman1995");
    expectEdge("proposed_by", "model/rothman-tropman-1987-models", "work/rothman-tropman1987", "rothman-tropman1987");
  });

  it("renames social planning to social planning/policy in 1995", () => {
    expectEdge("renamed_to", "model/social-planning", "model/social-planning-policy", "rothman1995");
  });

  it("records that Rothman (1976) said locality development, also called community development, which the blog's wider approach replaces", () => {
    expectEdge(
      "proposed_by",
      "model/locality-development",
      "work/rothman1976",
      "rothman1976",
      "src-pekerja-sosial-2011",
    );
    // Source 000: the blog finds Rothman's term too narrow and uses a wider one; not a second name for it.
    expectEdge(
      "related",
      "model/locality-development",
      "concept/community-development-approach",
      "src-pekerja-sosial-2011",
    );
    expect(edge("also_called", "model/locality-development", "concept/community-development-approach")).toBeUndefined();
    expectEdge("also_called", "model/locality-development", "concept/community-development", "aribowo-makro");
  });

  it("compares the three approaches on all twelve variables, every cell cited", () => {
    const table = graph.getAttribute("comparisons").find((t) => t.id.startsWith("model/rothman-1995-approaches#"));
    expect(table).toBeDefined();
    expect(table?.columns).toEqual([
      "model/locality-development",
      "model/social-planning-policy",
      "model/social-action",
    ]);
    expect(table?.rows).toHaveLength(12);
    for (const column of table?.columns ?? []) {
      const values = graph.getNodeAttribute(column, "dimensions").filter((d) => d.table === table?.id);
      expect(values, column).toHaveLength(12);
      for (const value of values)
        expect(keys(value.citations), `${column} ${value.dimension}`).toContain("rothman1995");
    }
  });

  it("tells the 1987 and 1995 frameworks apart by 11 and 12 variables", () => {
    const table = graph
      .getAttribute("comparisons")
      .find(
        (t) =>
          t.columns.includes("model/rothman-tropman-1987-models") &&
          t.columns.includes("model/rothman-1995-approaches"),
      );
    expect(table).toBeDefined();
    const count = (model: string) =>
      graph
        .getNodeAttribute(model, "dimensions")
        .find((d) => d.table === table?.id && /variabel/i.test(d.dimension))
        ?.value.replace(/\s*\[@.*$/, "");
    expect(count("model/rothman-tropman-1987-models")).toMatch(/^11\b/);
    expect(count("model/rothman-1995-approaches")).toMatch(/^12\b/);
  });

  it("gives Glen (1993) three forms of community practice", () => {
    expect(sources("broader", "model/glen-1993-forms")).toEqual(
      ["model/community-action", "model/community-services-approach", "model/glen-community-development"].sort(),
    );
    expectEdge("proposed_by", "model/glen-1993-forms", "work/glen1993", "glen1993");
  });

  it("sets out Twelvetrees' eight bipolar continua as contrasting pairs", () => {
    const pairs = [
      ["professional-community-work", "radical-community-work"],
      ["community-development-approach", "social-planning-approach"],
      ["service-strategy", "influence-strategy"],
      ["generic-community-work", "specialist-community-work"],
      ["process-goals", "product-goals"],
      ["enabling-approach", "organizing-approach"],
      ["community-work-as-attitude", "community-work-in-own-right"],
      ["unpaid-community-work", "paid-community-work"],
    ];
    for (const [a, b] of pairs) {
      expectEdge("contrasts_with", `concept/${a}`, `concept/${b}`, "src-pekerja-sosial-2011");
      expectEdge("broader", `concept/${a}`, "model/twelvetrees-continua");
      expectEdge("broader", `concept/${b}`, "model/twelvetrees-continua");
    }
    const tables = graph.getAttribute("comparisons").filter((t) => t.id.startsWith("model/twelvetrees-continua#"));
    const covered = new Set(tables.flatMap((t) => t.columns));
    for (const [a, b] of pairs) {
      expect(covered).toContain(`concept/${a}`);
      expect(covered).toContain(`concept/${b}`);
    }
    expectEdge("proposed_by", "model/twelvetrees-continua", "author/alan-twelvetrees");
  });

  it("names the professional community work authors of source 000", () => {
    expect(targets("exemplified_by", "concept/professional-community-work")).toEqual(
      ["work/batten1967", "work/biddle1965", "work/goetschius1969", "work/henderson-thomas1967"].sort(),
    );
  });
});

describe("roles", () => {
  it("gives Marbun's (2011) eight roles of the professional social worker", () => {
    const roles = ["advocate", "conferee", "enabler", "facilitator", "guardian", "initiator", "mediator", "negotiator"];
    for (const role of roles) {
      const found = expectEdge("has_role", "concept/professional-roles-marbun", `role/${role}`, "marbun2011");
      expect(found.citations).toContainEqual({ key: "marbun2011", page: "154" });
    }
  });

  it("gives the companion (pendamping) its five roles", () => {
    for (const role of ["facilitator", "enabler", "broker", "mediator", "advocate", "guardian"]) {
      expectEdge("has_role", "role/pendamping", `role/${role}`, "src-pendampingan-pm");
    }
  });

  it("places each conflict-handling role in its phase", () => {
    for (const role of ["mediator", "facilitator", "broker"]) {
      expectEdge("has_role", "concept/conflict-handling", `role/${role}`, "src-konflik");
    }
    expect(targets("active_in_phase", "role/mediator")).toEqual(["concept/active-conflict"]);
    expect(targets("active_in_phase", "role/facilitator")).toEqual(["concept/post-conflict", "concept/pre-conflict"]);
    expect(targets("active_in_phase", "role/broker")).toEqual(["concept/post-conflict", "concept/pre-conflict"]);
    const table = graph
      .getAttribute("comparisons")
      .find((t) => t.columns.join() === "role/mediator,role/facilitator,role/broker");
    expect(table?.rows.length).toBeGreaterThanOrEqual(3);
  });

  it("contrasts the mediator with the advocate and the negotiator, in one comparison table", () => {
    expectEdge("contrasts_with", "role/advocate", "role/mediator", "src-konflik");
    expectEdge("contrasts_with", "role/negotiator", "role/mediator", "marbun2011");
    const table = graph
      .getAttribute("comparisons")
      .find((t) => t.columns.join() === "role/advocate,role/mediator,role/negotiator");
    expect(table).toBeDefined();
  });

  it("gives the broker its three key ideas and three principles", () => {
    expect(targets("has_key_idea", "role/broker")).toEqual(
      ["concept/goods-and-services", "concept/linking", "concept/quality-control"].sort(),
    );
    for (const idea of targets("has_key_idea", "role/broker"))
      expectEdge("has_key_idea", "role/broker", idea, "parsons1994");
    for (const principle of ["broker-principle-identify", "broker-principle-connect", "broker-principle-evaluate"]) {
      expectEdge("has_principle", "role/broker", `concept/${principle}`, "src-konflik");
    }
  });

  it("defines the initiator after Zastrow (2000:75)", () => {
    const found = expectEdge("defined_by", "role/initiator", "work/zastrow2000", "zastrow2000");
    expect(found.citations).toContainEqual({ key: "zastrow2000", page: "75" });
  });
});

describe("settings, principles, assumptions and goals", () => {
  it("has the seven settings after Suharto (2008:114), each with its activities", () => {
    const settings = sources("broader", "concept/social-work-settings").filter((key) => key.startsWith("setting/"));
    expect(settings).toHaveLength(7);
    for (const setting of settings) {
      const found = expectEdge("proposed_by", setting, "work/suharto2008", "suharto2008");
      expect(found.citations).toContainEqual({ key: "suharto2008", page: "114" });
      expect(graph.getNodeAttribute(setting, "body"), setting).toMatch(/Kegiatannya/);
    }
  });

  it("has the three practice levels", () => {
    expect(sources("broader", "concept/practice-levels")).toEqual([
      "setting/macro-practice",
      "setting/mezzo-practice",
      "setting/micro-practice",
    ]);
  });

  it("has the seven principles of social work practice", () => {
    const principles = [
      "acceptance",
      "confidentiality",
      "controlled-emotional-involvement",
      "genuineness",
      "individualization",
      "non-judgemental",
      "self-determination",
    ];
    for (const principle of principles) {
      expectEdge("has_principle", "concept/social-work", `concept/${principle}`, "src-rangkuman-peksos");
      expectEdge("broader", `concept/${principle}`, "concept/practice-principles");
    }
  });

  it("has Murray G. Ross's seven assumptions and NASW's three goals", () => {
    const assumptions = targets("has_assumption", "concept/ross-assumptions");
    expect(assumptions).toHaveLength(7);
    for (const a of assumptions) expectEdge("proposed_by", a, "author/murray-g-ross", "aribowo-makro");
    const goals = targets("has_goal", "concept/nasw-goals");
    expect(goals).toHaveLength(3);
    for (const g of goals) expectEdge("proposed_by", g, "author/nasw", "aribowo-makro");
  });

  it("gives social accompaniment the 3P, its three functions and the three kinds of resources", () => {
    expect(targets("part_of", "concept/enabling")).toEqual(["concept/three-p"]);
    expect(sources("part_of", "concept/three-p")).toEqual([
      "concept/enabling",
      "concept/protecting",
      "concept/supporting",
    ]);
    for (const fn of ["problem-solving-consultation", "resource-management", "education-function"]) {
      expectEdge("has_function", "concept/social-accompaniment", `concept/${fn}`, "src-pendampingan-pm");
      expectEdge("has_function", "concept/generalist-paradigm", `concept/${fn}`, "dubois-miley1992");
    }
    expect(targets("manages", "concept/resource-management")).toEqual([
      "concept/interpersonal-resources",
      "concept/personal-resources",
      "concept/social-resources",
    ]);
  });
});

describe("the topic hierarchy", () => {
  it("is rooted at social work and reaches every concept, model, role and setting", () => {
    const parents = new Map<string, string[]>();
    for (const e of edgesOf("broader")) parents.set(e.source, [...(parents.get(e.source) ?? []), e.target]);
    const reachesRoot = (key: string, seen = new Set<string>()): boolean => {
      if (key === "concept/social-work") return true;
      if (seen.has(key)) return false;
      seen.add(key);
      return (parents.get(key) ?? []).some((parent) => reachesRoot(parent, seen));
    };
    const stray = graph
      .filterNodes((_, a) => ["concept", "model", "role", "setting"].includes(a.type))
      .filter((key) => !reachesRoot(key));
    expect(stray).toEqual([]);
    expect(parents.get("concept/social-work")).toBeUndefined();
  });
});
