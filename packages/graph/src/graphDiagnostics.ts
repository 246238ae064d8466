import { type Diagnostic, diagnostic, type Vocabulary } from "@simpul/schema";
import { splitProvenance } from "./edgeDrafts";
import { findCycles } from "./findCycles";

/** What the checks over the whole graph read of an edge. */
export interface EdgeEnds {
  type: string;
  source: string;
  target: string;
}

/**
 * A cycle in each relation the vocabulary declares acyclic, reported where
 * its first edge is stated (`provenance`, of the edge at that index, is asked
 * for those edges only). Edges come in key order, as the graph has them.
 */
export function cycleDiagnostics(
  edges: readonly EdgeEnds[],
  provenance: (index: number) => readonly string[],
  vocabulary: Vocabulary,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const relation of Object.values(vocabulary.relations)) {
    if (!relation.acyclic) continue;
    const stated = new Map<string, number>();
    const pairs: [string, string][] = [];
    edges.forEach(({ type, source, target }, index) => {
      if (type !== relation.name) return;
      stated.set(`${source}\n${target}`, index);
      pairs.push([source, target]);
    });
    for (const cycle of findCycles(pairs)) {
      const [from, to] = cycle as [string, string];
      const index = stated.get(`${from}\n${to}`);
      const [file, line] = splitProvenance((index === undefined ? undefined : provenance(index)?.[0]) ?? ":1");
      diagnostics.push(
        diagnostic("relation-cycle", `"${relation.name}" loops: ${cycle.join(" → ")}`, file, { line, column: 1 }),
      );
    }
  }
  return diagnostics;
}

export function orphanDiagnostic(label: string, file: string): Diagnostic {
  return diagnostic("orphan", `"${label}" has no relation to any other note`, file);
}
