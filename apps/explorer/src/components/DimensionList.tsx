import type { DimensionValue } from "../core/graph/types";
import { useGraph } from "../hooks/useGraph";
import { CitationLinks } from "./CitationLinks";

/** A node's values in comparison tables, grouped by table, rows in table order. */
export function DimensionList({ dimensions }: { dimensions: DimensionValue[] }) {
  const graph = useGraph();
  if (dimensions.length === 0) return null;
  const titles = new Map(graph.getAttribute("comparisons").map((table) => [table.id, table.title]));
  const tables = [...new Set(dimensions.map((value) => value.table))];
  return (
    <>
      {tables.map((table) => (
        <section key={table} className="dimension-table">
          <h4>{titles.get(table) ?? table}</h4>
          <dl>
            {dimensions
              .filter((value) => value.table === table)
              .sort((a, b) => a.row - b.row)
              .map((value) => (
                <div key={value.row} className="dimension-row">
                  <dt>{value.dimension}</dt>
                  <dd>
                    {value.value} <CitationLinks citations={value.citations} />
                  </dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
    </>
  );
}
