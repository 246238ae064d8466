import { ownCitations, rowCitations, sharedCitations } from "../core/comparison/sharedCitations";
import type { AlignedTable, StandIn } from "../core/comparison/types";
import { keyLabel, relationLabel } from "../core/i18n/labels";
import { compareNodes } from "../core/view";
import { useGraph } from "../hooks/useGraph";
import { useLang, useT } from "../hooks/useT";
import { CitationLinks } from "./CitationLinks";
import { Provenance } from "./Provenance";
import { TableText } from "./TableText";

/** A column that may stand for a compared node the table lacks, and a button that compares it instead. */
function StandInNote({ standIn, keys }: { standIn: StandIn; keys: string[] }) {
  const graph = useGraph();
  const lang = useLang();
  const t = useT();
  const name = keyLabel(graph, standIn.absent, lang);
  const other = keyLabel(graph, standIn.column, lang);
  const relation = relationLabel(graph.getAttribute("vocabulary"), standIn.relation, standIn.direction, lang);
  return (
    <p className="hint">
      {t("tableStandIn", { name, relation, other })}{" "}
      <button
        type="button"
        className="small"
        onClick={() => compareNodes(keys.map((key) => (key === standIn.absent ? standIn.column : key)))}
      >
        {t("compareInstead", { other })}
      </button>
    </p>
  );
}

/** One comparison table cut to the compared nodes, then what may stand in it for a compared node it lacks. */
export function AlignedTableView({ aligned, names, keys }: { aligned: AlignedTable; names: string[]; keys: string[] }) {
  return (
    <>
      <AlignedTableBody aligned={aligned} names={names} />
      {aligned.standIns.map((standIn) => (
        <StandInNote key={`${standIn.absent} ${standIn.column}`} standIn={standIn} keys={keys} />
      ))}
    </>
  );
}

/** The table itself: a real table, so rows read across. */
function AlignedTableBody({ aligned, names }: { aligned: AlignedTable; names: string[] }) {
  const t = useT();
  const { table } = aligned;
  const shared = sharedCitations(aligned.rows);
  return (
    <table className="aligned-table">
      <caption>
        <TableText text={table.title} en={table.titleEn} /> <Provenance places={[table.provenance]} />
        {shared.length > 0 && (
          <span className="shared-citations">
            {t("everyValueCites")} <CitationLinks citations={shared} />
          </span>
        )}
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
        {aligned.rows.map((row, index) => {
          // What every value of the row cites is said under its name; what every value of the table cites, above.
          const rowCited = rowCitations(row, shared);
          const said = [...shared, ...rowCited];
          return (
            <tr key={row.dimension}>
              <th scope="row">
                <TableText text={row.dimension} en={table.rowsEn?.[index]} />
                {rowCited.length > 0 && (
                  <>
                    {" "}
                    <span className="shared-citations">
                      <CitationLinks citations={rowCited} />
                    </span>
                  </>
                )}
              </th>
              {row.cells.map((cell, index) => (
                // On a phone the rows stack, and each value says whose it is (styles/phone.css).
                <td key={names[index]} data-column={names[index]}>
                  {cell ? (
                    <>
                      <TableText text={cell.value} en={cell.valueEn} />{" "}
                      <CitationLinks citations={ownCitations(cell.citations, said)} />
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
          );
        })}
      </tbody>
    </table>
  );
}
