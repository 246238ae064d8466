import { pageLabel } from "../core/citations/citationLabel";
import { claimPlace } from "../core/citations/claimPlace";
import type { Claim, ValueClaim } from "../core/citations/types";
import { cellPlace } from "../core/comparison/cellPlace";
import type { ComparisonTable } from "../core/graph/types";
import { relationLabel } from "../core/i18n/labels";
import { useGraph } from "../hooks/useGraph";
import { useLang, useT } from "../hooks/useT";
import { NodeButton } from "./NodeButton";
import { Provenance } from "./Provenance";
import { TableText } from "./TableText";

/**
 * Claims citing one work: "CO — contrasts with → CD, p. 12", or a table cell
 * with its value; each node named opens its panel at the claim.
 */
export function ClaimList({ claims }: { claims: readonly Claim[] }) {
  const graph = useGraph();
  const lang = useLang();
  const t = useT();
  const vocabulary = graph.getAttribute("vocabulary");
  const tables = new Map(graph.getAttribute("comparisons").map((table) => [table.id, table]));
  if (claims.length === 0) return <p className="muted">{t("noClaims")}</p>;
  const rowPlace = (id: string, row: number) => {
    const table = tables.get(id);
    const place = table ? cellPlace(table, row) : null;
    return place ? [place] : [];
  };
  const page = (claim: Claim) => (claim.page ? <span className="page">{pageLabel(claim.page, lang)}</span> : null);
  return (
    <ul className="claims">
      {claims.map((claim) =>
        claim.kind === "edge" ? (
          <li key={`${claim.edge}|${claim.page ?? ""}`}>
            <NodeButton nodeKey={claim.source} place={claimPlace(graph, claim, claim.source)} />{" "}
            <strong className="relation">{relationLabel(vocabulary, claim.relation, "out", lang)}</strong>{" "}
            <NodeButton nodeKey={claim.target} place={claimPlace(graph, claim, claim.target)} /> {page(claim)}
            <Provenance places={claim.provenance} />
          </li>
        ) : (
          <li key={`${claim.node}|${claim.table}|${claim.dimension}|${claim.page ?? ""}`}>
            <NodeButton nodeKey={claim.node} place={claimPlace(graph, claim, claim.node)} />{" "}
            <ValueText claim={claim} table={tables.get(claim.table)} /> {page(claim)}
            <Provenance places={rowPlace(claim.table, claim.row)} />
          </li>
        ),
      )}
    </ul>
  );
}

/** A table cell's claim: "Table · Dimension: value", each in the reader's language where the note gives it. */
function ValueText({ claim, table }: { claim: ValueClaim; table: ComparisonTable | undefined }) {
  return (
    <>
      <span className="muted">
        <TableText text={table?.title ?? claim.table} en={table?.titleEn} />
      </span>{" "}
      ·{" "}
      <strong>
        <TableText text={claim.dimension} en={table?.rowsEn?.[claim.row]} />
      </strong>
      : <TableText text={claim.value} en={claim.valueEn} />
    </>
  );
}
