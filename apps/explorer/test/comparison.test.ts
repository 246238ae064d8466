import { describe, expect, it } from "vitest";
import { citationIndex } from "../src/core/citations/citationIndex";
import { alignTables } from "../src/core/comparison/alignTables";
import { cellPlace } from "../src/core/comparison/cellPlace";
import { comparisonHighlight } from "../src/core/comparison/comparisonHighlight";
import { explicitLinks } from "../src/core/comparison/explicitLinks";
import { groupFacts } from "../src/core/comparison/groupFacts";
import { splitRelations } from "../src/core/comparison/splitRelations";
import { tablesAboutOne } from "../src/core/comparison/tablesAboutOne";
import { fixtureGraph } from "./fixtureGraph";

const graph = fixtureGraph();
const CO = "concept/community-organization";
const CD = "concept/community-development";
const ADVOCATE = "role/advocate";
const MEDIATOR = "role/mediator";
const MODELS = ["model/locality-development", "model/social-planning", "model/social-action"];

const fact = (f: { relation: string; direction: string; neighbour: string }) =>
  `${f.relation} ${f.direction} ${f.neighbour}`;

describe("groupFacts", () => {
  it("says a relation once over its neighbours, and once what each of them cites", () => {
    const cite = (key: string, page?: string) => (page ? { key, page } : { key });
    const fact = (relation: string, neighbour: string, citations: { key: string; page?: string }[]) => ({
      relation,
      direction: "out" as const,
      neighbour,
      holders: [{ node: "model/social-action", edge: `${relation}-${neighbour}`, citations }],
    });
    const groups = groupFacts([
      fact("has_role", "role/advocate", [cite("aribowo"), cite("rothman1995", "31")]),
      fact("uses_tactic", "concept/negosiasi", [cite("aribowo")]),
      fact("has_role", "role/broker", [cite("rothman1995", "31"), cite("aribowo"), cite("zastrow2008")]),
    ]);
    expect(groups.map((group) => [group.relation, group.facts.map((each) => each.neighbour)])).toEqual([
      ["has_role", ["role/advocate", "role/broker"]],
      ["uses_tactic", ["concept/negosiasi"]],
    ]);
    expect(groups[0]?.shared).toEqual([cite("aribowo"), cite("rothman1995", "31")]);
    // One fact alone keeps its citations beside it.
    expect(groups[1]?.shared).toEqual([]);
  });
});

describe("alignTables", () => {
  it("lines up CO and CD row by row", () => {
    const [first] = alignTables(graph, [CO, CD]);
    expect(first?.table.title).toBe("CO dan CD");
    expect(first?.coverage).toBe(2);
    expect(first?.rows.map((row) => row.dimension)).toEqual(["Fokus", "Pendekatan", "Peran pekerja sosial"]);
    expect(first?.rows[1]?.cells.map((cell) => cell?.value)).toEqual([
      "Konflik dan tekanan",
      "Konsensus dan kerja sama",
    ]);
  });

  it("offers, for a compared node a table lacks, the columns it is linked to by a typed relation", () => {
    const [table] = alignTables(graph, ["concept/pemberdayaan", CO]);
    expect(table?.table.title).toBe("CO dan CD");
    expect(table?.standIns).toEqual([
      { absent: "concept/pemberdayaan", column: CD, relation: "broader", direction: "out" },
    ]);
    // Nothing stands in for a node the table has, nor is a compared node offered for another.
    expect(alignTables(graph, [CO, CD])[0]?.standIns).toEqual([]);
    expect(alignTables(graph, ["concept/pemberdayaan", CD])[0]?.standIns).toEqual([]);
    // Nor for a node another table has: its own values show there.
    const linked = fixtureGraph();
    linked.addEdge(CO, "model/social-action", { type: "related", citations: [], provenance: [], symmetric: true });
    const models = alignTables(linked, [CO, "model/locality-development"]).find(
      ({ table }) => table.columns.includes(CO) === false,
    );
    expect(models?.table.columns).toEqual(MODELS);
    expect(models?.standIns).toEqual([]);
  });

  it("keeps a table that holds one compared node only apart, cut to its column", () => {
    const keys = [ADVOCATE, MEDIATOR, CO];
    const { sideBySide, aboutOne } = tablesAboutOne(alignTables(graph, keys), keys);
    expect(sideBySide.map(({ table }) => table.title)).toEqual(["Peran dalam konflik"]);
    expect(aboutOne.map(({ aligned, column }) => [aligned.table.title, column])).toEqual([["CO dan CD", 2]]);
    expect(aboutOne[0]?.aligned.rows[1]?.cells.map((cell) => cell?.value)).toEqual(["Konflik dan tekanan"]);
    // A table offering a column in place of a compared node it lacks stays whole: it shows where that one would be.
    const withStandIn = ["concept/pemberdayaan", CO];
    expect(tablesAboutOne(alignTables(graph, withStandIn), withStandIn).aboutOne).toEqual([]);
  });

  it("lines up the three Rothman models in the order asked for", () => {
    const reversed = [...MODELS].reverse();
    const [table] = alignTables(graph, reversed);
    expect(table?.coverage).toBe(3);
    expect(table?.rows[0]?.cells.map((cell) => cell?.value)).toEqual([
      "Pergeseran relasi kuasa dan sumber daya",
      "Pemecahan masalah substantif",
      "Kemandirian dan kapasitas masyarakat",
    ]);
    expect(table?.rows[0]?.cells[0]?.citations).toEqual([{ key: "rothman1995", page: "31" }]);
  });

  it("leaves an empty cell for a node the table lacks, and skips tables with none", () => {
    const tables = alignTables(graph, [ADVOCATE, CO]);
    expect(tables.map((t) => t.table.title)).toEqual(["CO dan CD", "Peran dalam konflik"]);
    expect(tables[0]?.rows[0]?.cells[0]).toBeNull();
    expect(tables[1]?.rows[0]?.cells[1]).toBeNull();
    expect(alignTables(graph, ["author/jack-rothman", "setting/rural"])).toEqual([]);
  });
});

describe("splitRelations", () => {
  it("splits CO and CD into shared and own relations", () => {
    const split = splitRelations(graph, [CO, CD]);
    expect(split.shared.map(fact)).toEqual(
      expect.arrayContaining([
        "broader out concept/intervensi-makro",
        "has_role out role/enabler",
        "applies_in out setting/rural",
      ]),
    );
    expect(split.only[0]?.map(fact)).toContain("has_role out role/advocate");
    expect(split.only[1]?.map(fact)).toContain("has_role out role/mediator");
    expect(split.only[1]?.map(fact)).toContain("broader in concept/pemberdayaan");
    expect([...split.shared, ...split.only.flat()].map(fact).join()).not.toMatch(/contrasts_with|mentions/);
  });

  it("finds what advocate and mediator share", () => {
    const split = splitRelations(graph, [ADVOCATE, MEDIATOR]);
    expect(split.shared.map(fact)).toEqual(["active_in_phase out concept/fase-konflik"]);
    expect(split.shared[0]?.holders.map((holder) => holder.citations[0]?.page)).toEqual(["52", "53"]);
  });

  it("separates facts held by two of three models", () => {
    const split = splitRelations(graph, MODELS);
    expect(split.shared.map(fact)).toEqual(
      expect.arrayContaining(["broader out concept/community-organization", "proposed_by out author/jack-rothman"]),
    );
    expect(split.partial).toEqual([]);
    expect(split.only[2]?.map(fact)).toEqual(["has_role out role/advocate", "has_role out role/negotiator"]);
  });
});

describe("explicitLinks", () => {
  it("puts the contrast between CO and CD with its citations first", () => {
    const [link] = explicitLinks(graph, [CD, CO]);
    expect(link).toMatchObject({ relation: "contrasts_with", source: CO, target: CD });
    expect(link?.citations).toEqual([{ key: "suharto1997", page: "12" }, { key: "aribowo-makro" }]);
  });
});

describe("comparisonHighlight", () => {
  it("stresses compared nodes, shared neighbours and the path between them", () => {
    const highlight = comparisonHighlight(graph, [ADVOCATE, "role/expert"]);
    expect([...highlight.compared]).toEqual([ADVOCATE, "role/expert"]);
    expect(highlight.pathNodes.has(ADVOCATE) && highlight.pathNodes.has("role/expert")).toBe(true);
    expect(highlight.pathNodes.size).toBeGreaterThan(2);
    expect(highlight.pathEdges.size).toBe(highlight.pathNodes.size - 1);
    const co = comparisonHighlight(graph, [CO, CD]);
    expect(co.shared).toEqual(new Set(["concept/intervensi-makro", "role/enabler", "setting/rural", "setting/urban"]));
  });
});

describe("cellPlace", () => {
  it("puts a row below its table's header and delimiter lines", () => {
    expect(cellPlace({ provenance: "concepts/conflict-handling.md:23" }, 0)).toBe("concepts/conflict-handling.md:25");
    expect(cellPlace({ provenance: "a:b.md:7" }, 2)).toBe("a:b.md:11");
    expect(cellPlace({ provenance: "" }, 0)).toBeNull();
  });

  it("lists every citing cell with the line it is written on", () => {
    const graph = fixtureGraph();
    const claims = citationIndex(graph).entries.get("rothman1995")?.claims ?? [];
    const cells = claims.filter((claim) => claim.kind === "value");
    expect(cells.length).toBeGreaterThan(0);
    const tables = new Map(graph.getAttribute("comparisons").map((table) => [table.id, table]));
    for (const cell of cells) {
      const table = tables.get(cell.table);
      if (!table) throw new Error(`no table ${cell.table}`);
      expect(table.rows[cell.row]).toBe(cell.dimension);
      expect(cellPlace(table, cell.row)).toMatch(/\.md:\d+$/);
    }
  });
});
