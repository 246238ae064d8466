import { describe, expect, it } from "vitest";
import { querySides } from "../src/core/search/guessComparison";
import { words } from "../src/core/search/normalize";
import { searchOptions } from "../src/core/search/resultOptions";
import { fixtureGraph } from "./fixtureGraph";

const CO = "concept/community-organization";
const CD = "concept/community-development";

/** The comparison a query's first row offers, as its keys joined by ","; none when the first row is no comparison. */
function compared(graph: ReturnType<typeof fixtureGraph>, query: string): string[] {
  const [top] = searchOptions(graph, query);
  return top?.section === "compare" ? top.options.map((option) => option.key) : [];
}

describe("comparisons a query asks for", () => {
  it("offers to compare two or three nodes a query names, first", () => {
    const graph = fixtureGraph();
    const [top] = searchOptions(graph, "pembela vs mediator vs perunding");
    expect(top?.options).toEqual([
      {
        id: "compare-role/advocate-role/mediator-role/negotiator",
        action: "compare",
        key: "role/advocate,role/mediator,role/negotiator",
        type: "compare",
      },
    ]);
    // Not for one name, a query with other words in it, or authors ("rothman tropman" asks for their work).
    for (const query of ["mediator", "co cd tentang", "rothman tropman"]) {
      expect(searchOptions(graph, query)[0]?.section, query).not.toBe("compare");
    }
    expect(searchOptions(graph, "co cd co")[0]?.options[0]?.key).toBe(`${CO},${CD}`);
    expect(searchOptions(graph, "pembel vs mediatorr")[0]?.options[0]?.key).toBe("role/advocate,role/mediator");
    // Asking for their difference, in either language.
    for (const query of ["perbedaan CO dan CD", "beda co x cd", "difference between CO and CD", "compare co with cd"])
      expect(searchOptions(graph, query)[0]?.options[0]?.key, query).toBe(`${CO},${CD}`);
    // A name a work shares with a role compares the role; the work listed first under the name.
    const shared = fixtureGraph();
    const mediator = shared.getNodeAttributes("role/mediator");
    shared.dropNode("role/mediator");
    shared.addNode("role/mediator", mediator);
    shared.setNodeAttribute("work/zastrow2008", "aliases", ["Mediator"]);
    expect(searchOptions(shared, "pembela mediator")[0]?.options[0]?.key).toBe("role/advocate,role/mediator");
  });

  it("guesses the comparison a query asks for by parts of names, a set the vault compares first", () => {
    const graph = fixtureGraph();
    expect(compared(graph, "pengorganisasian vs pengembangan")).toEqual([`${CO},${CD}`]);
    // A later word of a name; the vault's table of CO and CD before Locality Development, also "development".
    expect(compared(graph, "organization vs development")).toEqual([`${CO},${CD}`]);
    expect(compared(graph, "perbedaan advo dan media")).toEqual(["role/advocate,role/mediator"]);
    expect(compared(graph, "lokal versus perencanaan vs aksi")).toEqual([
      "model/locality-development,model/social-planning,model/social-action",
    ]);
    // A table of the two models before CD, the closer name; without a table, two concepts before a concept and a role.
    expect(compared(graph, "pengembangan vs aksi")).toEqual(["model/locality-development,model/social-action"]);
    expect(compared(graph, "pengembangan vs negosia")).toEqual([`${CD},concept/negosiasi`]);
    expect(compared(graph, "advo vs nego")).toEqual(["role/advocate,role/negotiator"]);
    expect(compared(graph, "advokas vs negosias")).toEqual(["concept/advokasi,concept/negosiasi"]);
    // A table the vault holds outweighs one type.
    const tables = graph.getAttribute("comparisons");
    const columns = ["model/locality-development", "role/negotiator"];
    graph.setAttribute("comparisons", [...tables, { ...(tables[0] as (typeof tables)[number]), id: "t", columns }]);
    expect(compared(graph, "pengembangan vs negosia")).toEqual([columns.join(",")]);
    graph.setAttribute("comparisons", tables);
    expect(compared(graph, "perdesaan vs kota")).toEqual(["setting/rural,setting/urban"]);
    // Not while a part is still being typed, not for a list with no question, not for authors or a two-letter start.
    for (const query of ["pengorganisasian vs", "pengorganisasian dan pengembangan", "rothman vs tropman", "pe vs me"])
      expect(compared(graph, query), query).toEqual([]);
  });

  it("splits a query into what it compares only where it asks to", () => {
    expect(querySides(words("pengorganisasian vs pengembangan masyarakat"))).toEqual([
      ["pengorganisasian"],
      ["pengembangan", "masyarakat"],
    ]);
    // "dan" joins the compared only after a question; without one it may belong to a name.
    expect(querySides(words("perbedaan antara pembela dan mediator"))).toEqual([["pembela"], ["mediator"]]);
    expect(querySides(words("pengorganisasian dan pengembangan vs co"))).toEqual([
      ["pengorganisasian", "dan", "pengembangan"],
      ["co"],
    ]);
    expect(querySides(words("pembela dan mediator"))).toEqual([]);
    expect(querySides(words("a vs b vs c vs d"))).toEqual([]);
  });

  it('takes a node\'s whole name for that node, though it holds "vs" or asks a question', () => {
    const graph = fixtureGraph();
    const attributes = graph.getNodeAttributes("concept/negosiasi");
    for (const [key, label] of [
      ["concept/advokasi-vs-negosiasi", "Advokasi vs Negosiasi"],
      ["concept/perbedaan-co-cd", "Perbedaan CO dan CD"],
    ] as const) {
      graph.addNode(key, { ...attributes, label, labelEn: label, aliases: [] });
    }
    for (const query of ["advokasi vs negosiasi", "Perbedaan CO dan CD"]) {
      const [top] = searchOptions(graph, query);
      expect(top?.section, query).toBe("name");
    }
    // A name the query only begins still asks for the comparison.
    expect(compared(graph, "advokas vs negosias")).toEqual(["concept/advokasi,concept/negosiasi"]);
  });

  it("keeps the node a part names whole as the rest is typed, whatever tables others share", () => {
    const graph = fixtureGraph();
    const planning = graph.getNodeAttributes("model/social-planning");
    graph.addNode("model/social-planning-policy", {
      ...planning,
      label: "Perencanaan dan Kebijakan Sosial",
      labelEn: "Social Planning/Policy",
      aliases: [],
    });
    const [models] = graph.getAttribute("comparisons");
    if (!models) throw new Error("the fixture has a table of the models");
    const renamed = ["model/locality-development", "model/social-planning-policy"];
    graph.setAttribute("comparisons", [{ ...models, columns: renamed }]);
    for (const query of [
      "social planning vs local",
      "social planning vs locality",
      "social planning vs locality development",
    ])
      expect(compared(graph, query), query).toEqual(["model/social-planning,model/locality-development"]);
    // Cut short, the name is one of two: the table they share decides.
    expect(compared(graph, "social plann vs locality")).toEqual([[...renamed].reverse().join(",")]);
  });
});
