import { useRef } from "react";
import type { ClaimFacets, Facet } from "../core/citations/claimFacets";
import { isFiltering, kindTable, NO_CLAIM_FILTER } from "../core/citations/filterClaims";
import { setClaimFilter } from "../core/view";
import { useLang, useT } from "../hooks/useT";
import { useView } from "../hooks/useView";

interface ClaimFilterBarProps {
  facets: ClaimFacets;
  /** How many claims the filter leaves, and how many cite the works in all. */
  shown: number;
  total: number;
}

const options = (facets: Facet[]) =>
  facets.map((facet) => (
    <option key={facet.value} value={facet.value}>
      {facet.label} ({facet.count})
    </option>
  ));

/** A labelled choice of one facet's values, or all of them (null). */
function FacetSelect({
  label,
  all,
  value,
  onChange,
  children,
}: {
  label: string;
  all: string;
  value: string | null;
  onChange: (value: string | null) => void;
  children: React.ReactNode;
}) {
  return (
    <label>
      <span className="field-label">{label}</span>
      <select value={value ?? ""} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">{all}</option>
        {children}
      </select>
    </label>
  );
}

/**
 * Narrows a citation view's claims by their words, a page and a kind of
 * claim, and says how many are left. The count is a status, so screen
 * readers say it as it changes without taking the reader from the field.
 */
export function ClaimFilterBar({ facets, shown, total }: ClaimFilterBarProps) {
  const lang = useLang();
  const t = useT();
  const { claimFilter: filter } = useView();
  const field = useRef<HTMLInputElement>(null);
  const clear = () => {
    setClaimFilter(NO_CLAIM_FILTER);
    // The button goes with the empty list; focus goes where the reader would type again.
    field.current?.focus();
  };
  const relations = facets.kinds.filter((facet) => kindTable(facet.value) === null);
  const tables = facets.kinds.filter((facet) => kindTable(facet.value) !== null);
  return (
    <div className="claim-filter">
      <label>
        <span className="field-label">{t("claimFilter")}</span>
        <input
          ref={field}
          type="search"
          placeholder={t("claimFilterPlaceholder")}
          value={filter.text}
          onChange={(event) => setClaimFilter({ text: event.target.value })}
        />
      </label>
      <div className="claim-facets">
        {facets.offered.page && (
          <FacetSelect
            label={t("claimPage")}
            all={t("claimPageAll")}
            value={filter.page}
            onChange={(page) => setClaimFilter({ page })}
          >
            {options(facets.pages)}
          </FacetSelect>
        )}
        {facets.offered.kind && (
          <FacetSelect
            label={t("claimKind")}
            all={t("claimKindAll")}
            value={filter.kind}
            onChange={(kind) => setClaimFilter({ kind })}
          >
            {relations.length > 0 && <optgroup label={t("claimKindRelations")}>{options(relations)}</optgroup>}
            {tables.length > 0 && <optgroup label={t("claimKindTables")}>{options(tables)}</optgroup>}
          </FacetSelect>
        )}
      </div>
      <p className="muted small" role="status">
        {t("claimsShown", { n: shown.toLocaleString(lang), total: total.toLocaleString(lang), count: total })}
      </p>
      {shown === 0 && isFiltering(filter) && (
        <p>
          {t("claimsNoMatch")}{" "}
          <button type="button" className="link" onClick={clear}>
            {t("clearClaimFilter")}
          </button>
        </p>
      )}
    </div>
  );
}
