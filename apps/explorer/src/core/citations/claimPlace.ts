import type { KnowledgeGraph } from "../graph/types";
import { directionFrom } from "../relations/nodeRelations";
import type { PanelPlace } from "../view/types";
import type { Claim } from "./types";

/**
 * Where a claim shows in the panel of `node`, one of its nodes: an edge's
 * claim as the edge's other end under its relation, read from `node` (as
 * nodeRelations lists it); a table cell's as the cell's row of its table.
 */
export function claimPlace(graph: KnowledgeGraph, claim: Claim, node: string): PanelPlace {
  if (claim.kind === "value") return { kind: "row", table: claim.table, row: claim.row };
  const outgoing = claim.source === node;
  const symmetric = graph.hasEdge(claim.edge) && graph.getEdgeAttribute(claim.edge, "symmetric");
  return {
    kind: "relation",
    relation: claim.relation,
    direction: directionFrom(outgoing, symmetric),
    neighbour: outgoing ? claim.target : claim.source,
  };
}
