import type { Citation } from "../graph/types";
import { commonCitations } from "./sharedCitations";
import type { RelationFact } from "./types";

/** Facts of one relation, read one way: said once with its neighbours after it. */
export interface FactGroup {
  relation: string;
  direction: RelationFact["direction"];
  facts: RelationFact[];
  /** What every fact of two or more cites, said once after the relation rather than beside each. */
  shared: Citation[];
}

/** The facts' citations, from every node that holds them. */
export const factCitations = (fact: RelationFact): Citation[] => fact.holders.flatMap((holder) => holder.citations);

/**
 * Facts grouped by relation and direction, in the order each first comes:
 * Social Action's seven roles under one "has role", where each repeated it
 * with the same two citations.
 */
export function groupFacts(facts: readonly RelationFact[]): FactGroup[] {
  const groups = new Map<string, FactGroup>();
  for (const fact of facts) {
    const key = `${fact.relation}|${fact.direction}`;
    const group = groups.get(key) ?? { relation: fact.relation, direction: fact.direction, facts: [], shared: [] };
    group.facts.push(fact);
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => ({
    ...group,
    shared: commonCitations(
      group.facts.map((fact) => ({ citations: factCitations(fact) })),
      2,
    ),
  }));
}
