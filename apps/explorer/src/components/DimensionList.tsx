import { comparedColumns } from "../core/comparison/comparedColumns";
import type { DimensionValue } from "../core/graph/types";
import { compareNodes } from "../core/view";
import { samePlace } from "../core/view/panelPlace";
import { placeMark } from "../hooks/landOnPlace";
import { useGraph } from "../hooks/useGraph";
import { useT } from "../hooks/useT";
import { usePanelPlace } from "../hooks/useView";
import { CitationLinks } from "./CitationLinks";
import { TableText } from "./TableText";

/**
 * A node's values in comparison tables, grouped by table, rows in table
 * order, the row a claim's link led to marked; each table can be compared from it.
 */
export function DimensionList({ nodeKey, dimensions }: { nodeKey: string; dimensions: DimensionValue[] }) {
  const graph = useGraph();
  const t = useT();
  const place = usePanelPlace();
  if (dimensions.length === 0) return null;
  const byId = new Map(graph.getAttribute("comparisons").map((table) => [table.id, table]));
  const tables = [...new Set(dimensions.map((value) => value.table))];
  return (
    <>
      {tables.map((table) => {
        const comparison = byId.get(table);
        return (
          <section key={table} className="dimension-table">
            <h3>
              <TableText text={comparison?.title ?? table} en={comparison?.titleEn} />
            </h3>
            <dl>
              {dimensions
                .filter((value) => value.table === table)
                .sort((a, b) => a.row - b.row)
                .map((value) => (
                  <div
                    key={value.row}
                    className="dimension-row"
                    {...placeMark(samePlace(place, { kind: "row", table, row: value.row }))}
                  >
                    <dt>
                      <TableText text={value.dimension} en={comparison?.rowsEn?.[value.row]} />
                    </dt>
                    <dd>
                      <TableText text={value.value} en={value.valueEn} /> <CitationLinks citations={value.citations} />
                    </dd>
                  </div>
                ))}
            </dl>
            {(comparison?.columns.length ?? 0) >= 2 && (
              <button
                type="button"
                className="small"
                onClick={() =>
                  compareNodes(
                    comparedColumns(
                      (comparison?.columns ?? []).filter((key) => graph.hasNode(key)),
                      nodeKey,
                    ),
                  )
                }
              >
                {t("compareTable")}
              </button>
            )}
          </section>
        );
      })}
    </>
  );
}
