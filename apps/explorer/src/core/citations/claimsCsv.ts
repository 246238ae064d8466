import { cellPlace } from "../comparison/cellPlace";
import { csvText } from "../csv/csvText";
import type { KnowledgeGraph } from "../graph/types";
import { keyLabel, relationLabel, tableText } from "../i18n/labels";
import type { Lang } from "../i18n/types";
import type { WorkClaims } from "./types";

/**
 * The claims listed, one row each, for a spreadsheet: the work's key and
 * page, what is claimed (a relation between two nodes, or a table cell's
 * value), in the reader's language, and where the claim is written. Given
 * the lists as filtered, it holds what the reader sees.
 */
export function claimsToCsv(graph: KnowledgeGraph, lists: readonly WorkClaims[], lang: Lang): string {
  const vocabulary = graph.getAttribute("vocabulary");
  const tables = new Map(graph.getAttribute("comparisons").map((table) => [table.id, table]));
  const label = (key: string) => keyLabel(graph, key, lang);
  const rows = [["work", "page", "node", "relation", "target", "table", "dimension", "value", "written_at"]];
  for (const { bibkey, claims } of lists) {
    for (const claim of claims) {
      const page = claim.page ?? "";
      if (claim.kind === "edge") {
        const relation = relationLabel(vocabulary, claim.relation, "out", lang);
        const written = claim.provenance.join("; ");
        rows.push([bibkey, page, label(claim.source), relation, label(claim.target), "", "", "", written]);
        continue;
      }
      const table = tables.get(claim.table);
      const title = table ? tableText(table.title, table.titleEn, lang) : claim.table;
      const dimension = tableText(claim.dimension, table?.rowsEn?.[claim.row], lang);
      const value = tableText(claim.value, claim.valueEn, lang);
      const written = table ? (cellPlace(table, claim.row) ?? "") : "";
      rows.push([bibkey, page, label(claim.node), "", "", title, dimension, value, written]);
    }
  }
  return csvText(rows);
}
