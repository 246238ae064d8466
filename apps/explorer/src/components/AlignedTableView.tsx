import type { AlignedTable } from "../core/comparison/types";
import { useT } from "../hooks/useT";
import { CitationLinks } from "./CitationLinks";
import { Provenance } from "./Provenance";
import { TableText } from "./TableText";

/** One comparison table cut to the compared nodes: a real table, so rows read across. */
export function AlignedTableView({ aligned, names }: { aligned: AlignedTable; names: string[] }) {
  const t = useT();
  const { table } = aligned;
  return (
    <table className="aligned-table">
      <caption>
        <TableText text={table.title} en={table.titleEn} /> <Provenance places={[table.provenance]} />
      </caption>
      <thead>
        <tr>
          <th scope="col" className="column-head">
            {t("dimension")}
          </th>
          {names.map((name) => (
            <th key={name} scope="col" className="column-head">
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {aligned.rows.map((row, index) => (
          <tr key={row.dimension}>
            <th scope="row">
              <TableText text={row.dimension} en={table.rowsEn?.[index]} />
            </th>
            {row.cells.map((cell, index) => (
              // On a phone the rows stack, and each value says whose it is (styles.css).
              <td key={names[index]} data-column={names[index]}>
                {cell ? (
                  <>
                    <TableText text={cell.value} en={cell.valueEn} /> <CitationLinks citations={cell.citations} />
                  </>
                ) : (
                  <span className="muted">
                    <span aria-hidden="true">—</span>
                    <span className="visually-hidden">{t("notInTable")}</span>
                  </span>
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
