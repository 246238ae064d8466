import { type Diagnostic, diagnostic, type Vocabulary } from "@simpul/schema";
import { splitProvenance } from "./edgeDrafts";
import { findCycles } from "./findCycles";

/** What the checks over the whole graph read of an edge. */
export interface EdgeStatement {
  type: string;
  source: string;
  target: string;
  provenance: readonly string[];
}

/**
 * A cycle in each relation the vocabulary declares acyclic, reported where
 * its first edge is stated. Edges come in key order, as the graph has them.
 */
export function cycleDiagnostics(edges: readonly EdgeStatement[], vocabulary: Vocabulary): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const relation of Object.values(vocabulary.relations)) {
    if (!relation.acyclic) continue;
    const stated = edges.filter((edge) => edge.type === relation.name);
    const provenance = new Map(stated.map((edge) => [`${edge.source}\n${edge.target}`, edge.provenance]));
    for (const cycle of findCycles(stated.map((edge) => [edge.source, edge.target]))) {
      const [from, to] = cycle as [string, string];
      const [file, line] = splitProvenance(provenance.get(`${from}\n${to}`)?.[0] ?? ":1");
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
