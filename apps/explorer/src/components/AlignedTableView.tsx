import type { AlignedTable } from "../core/comparison/types";
import { useT } from "../hooks/useT";
import { CitationLinks } from "./CitationLinks";
import { Provenance } from "./Provenance";

/** One comparison table cut to the compared nodes: a real table, so rows read across. */
export function AlignedTableView({ aligned, names }: { aligned: AlignedTable; names: string[] }) {
  const t = useT();
  return (
    // Scrolls within its own box, both ways, so its header row and dimension column can stay in sight (styles.css).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to be scrolled by keyboard.
    <section className="table-scroll aligned-scroll" aria-label={aligned.table.title} tabIndex={0}>
      <table className="aligned-table">
        <caption>
          {aligned.table.title} <Provenance places={[aligned.table.provenance]} />
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
          {aligned.rows.map((row) => (
            <tr key={row.dimension}>
              <th scope="row">{row.dimension}</th>
              {row.cells.map((cell, index) => (
                <td key={names[index]}>
                  {cell ? (
                    <>
                      {cell.value} <CitationLinks citations={cell.citations} />
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
