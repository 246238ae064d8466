import { describe, expect, it } from "vitest";
import { citationIndex } from "../src/core/citations/citationIndex";
import { claimPlace } from "../src/core/citations/claimPlace";
import type { Claim, EdgeClaim } from "../src/core/citations/types";
import { nodeRelations } from "../src/core/relations/nodeRelations";
import { explorerStore, initialState } from "../src/core/store/explorerStore";
import { openCite, selectNodeAt, toggleCompare } from "../src/core/view";
import { parsePlace, placeText, samePlace } from "../src/core/view/panelPlace";
import type { PanelPlace } from "../src/core/view/types";
import { emptyView, parseView, serializeView, viewChange, withCite, withNode } from "../src/core/view/utils";
import { fixtureGraph } from "./fixtureGraph";

const graph = fixtureGraph();
const claims: Claim[] = [...citationIndex(graph).entries.values()].flatMap((entry) => entry.claims);
const edgeClaim = (edge: string): EdgeClaim => {
  const found = claims.find((claim): claim is EdgeClaim => claim.kind === "edge" && claim.edge === edge);
  if (!found) throw new Error(`no claim of ${edge} in the fixture`);
  return found;
};

/** The places a node's panel shows: each relation entry, each table row. */
function placesShown(node: string): string[] {
  const relations = nodeRelations(graph, node).flatMap(({ relation, direction, items }) =>
    items.map(({ neighbour }): PanelPlace => ({ kind: "relation", relation, direction, neighbour })),
  );
  const rows = graph
    .getNodeAttribute(node, "dimensions")
    .map(({ table, row }): PanelPlace => ({ kind: "row", table, row }));
  return [...relations, ...rows].map(placeText);
}

describe("the place of a claim in its nodes' panels", () => {
  it("is an entry each node's panel shows, for every claim of the fixture and each of its nodes", () => {
    expect(claims.some((claim) => claim.kind === "value")).toBe(true);
    for (const claim of claims) {
      for (const node of claim.kind === "edge" ? [claim.source, claim.target] : [claim.node]) {
        expect(placesShown(node)).toContain(placeText(claimPlace(graph, claim, node)));
      }
    }
  });

  it("is the edge's other end, under its relation read from the node opened", () => {
    // model/social-action has_role role/advocate, citing Rothman 1995.
    const role = edgeClaim("e10");
    expect(claimPlace(graph, role, "model/social-action")).toEqual({
      kind: "relation",
      relation: "has_role",
      direction: "out",
      neighbour: "role/advocate",
    });
    expect(claimPlace(graph, role, "role/advocate")).toEqual({
      kind: "relation",
      relation: "has_role",
      direction: "in",
      neighbour: "model/social-action",
    });
    // contrasts_with is symmetric: it reads "out" from both ends, as the panels list it.
    const contrast = edgeClaim("e9");
    expect(claimPlace(graph, contrast, contrast.target)).toMatchObject({
      direction: "out",
      neighbour: contrast.source,
    });
  });

  it("is a table cell's row of its table", () => {
    const cell = claims.find((claim) => claim.kind === "value");
    expect(cell && claimPlace(graph, cell, cell.node)).toEqual({ kind: "row", table: cell?.table, row: cell?.row });
  });
});

describe("a place in the URL (`at`)", () => {
  const relation: PanelPlace = { kind: "relation", relation: "has_role", direction: "in", neighbour: "model/a.b" };
  const row: PanelPlace = { kind: "row", table: "concept/community-organization#tiga-model-rothman", row: 2 };

  it("is written readably and read back, keys holding dots or a # included", () => {
    expect(placeText(relation)).toBe("in.has_role.model/a.b");
    expect(parsePlace(placeText(relation))).toEqual(relation);
    expect(parsePlace(placeText(row))).toEqual(row);
    const view = withNode(emptyView("en"), "role/advocate", row);
    const search = serializeView(view);
    expect(search).toBe("?node=role/advocate&at=row.2.concept/community-organization%23tiga-model-rothman&lang=en");
    expect(parseView(search)).toEqual(view);
  });

  it("is no place when hand-edited into something else: the panel opens at its top", () => {
    for (const text of ["", "up.has_role.x", "row.two.table", "out.has_role", "out..x", "row.-1.t"]) {
      expect(parsePlace(text)).toBeNull();
    }
    expect(samePlace(null, row)).toBe(false);
    expect(samePlace(parsePlace("row.2.concept/community-organization#tiga-model-rothman"), row)).toBe(true);
  });

  it("is kept only while its node's panel shows: another node, a citation view or no node drop it", () => {
    expect(parseView("?at=in.has_role.model/social-action&lang=id").place).toBeNull();
    expect(parseView("?node=role/advocate&cite=work/rothman1995&at=in.has_role.model/x").place).toBeNull();
    const at = withNode(emptyView(), "role/advocate", relation);
    expect(withNode(at, "role/mediator").place).toBeNull();
    expect(withNode(at, null).place).toBeNull();
    // A new place is a step Back undoes, as any new node is.
    expect(viewChange(withNode(at, "role/advocate"), at)).toBe("moved");
  });

  it("is dropped by the actions that hide the node's panel", () => {
    explorerStore.set(() => initialState(withCite(emptyView(), "work/rothman1995")));
    selectNodeAt("role/advocate", relation);
    expect(explorerStore.get().view).toMatchObject({ node: "role/advocate", place: relation, cite: null });
    expect(explorerStore.get().cameFrom).toBe("work/rothman1995");
    openCite("work/zastrow2008");
    expect(explorerStore.get().view.place).toBeNull();
    selectNodeAt("role/advocate", relation);
    toggleCompare("role/mediator");
    toggleCompare("role/negotiator");
    expect(explorerStore.get().view).toMatchObject({ node: null, place: null });
  });
});
