import { describe, expect, it } from "vitest";
import { viewRelations } from "../src/core/graphView/viewRelations";
import { parseView } from "../src/core/view/utils";
import { fixtureGraph } from "./fixtureGraph";

const relations = (search: string) => [...viewRelations(fixtureGraph(), parseView(search))].sort();

describe("the relations a view draws its highlighted edges in", () => {
  it("are a node's relations, those of a comparison's paths, none for the whole graph", () => {
    expect(relations("?node=role/mediator")).toEqual([
      "active_in_phase",
      "contrasts_with",
      "has_role",
      "related",
      "uses_tactic",
    ]);
    // Community organization and development are compared along the one edge between them.
    expect(relations("?compare=concept/community-organization,concept/community-development")).toEqual([
      "contrasts_with",
    ]);
    expect(relations("")).toEqual([]);
  });

  it("leave out what the filters hide: a hidden relation, or one whose other end is hidden", () => {
    expect(relations("?node=role/mediator&hiderel=uses_tactic")).not.toContain("uses_tactic");
    // Mediator's role in community development goes with the concepts.
    expect(relations("?node=role/mediator&hide=concept")).toEqual(["contrasts_with", "related"]);
  });
});
