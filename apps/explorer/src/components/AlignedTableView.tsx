import type { AlignedTable } from "../core/comparison/types";
import { tableText } from "../core/i18n/labels";
import { useLang, useT } from "../hooks/useT";
import { CitationLinks } from "./CitationLinks";
import { Provenance } from "./Provenance";
import { TableText } from "./TableText";

/** One comparison table cut to the compared nodes: a real table, so rows read across. */
export function AlignedTableView({ aligned, names }: { aligned: AlignedTable; names: string[] }) {
  const t = useT();
  const lang = useLang();
  const { table } = aligned;
  return (
    // Scrolls within its own box, both ways, so its header row and dimension column can stay in sight (styles.css).
    <section
      className="table-scroll aligned-scroll"
      aria-label={tableText(table.title, table.titleEn, lang)}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to be scrolled by keyboard.
      tabIndex={0}
    >
      <table className="aligned-table">
        <caption>
          <TableText text={table.title} en={table.titleEn} /> <Provenance places={[table.provenance]} />
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("dimension")}</th>
            {names.map((name) => (
              <th key={name} scope="col">
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
                <td key={names[index]}>
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
    </section>
  );
}
