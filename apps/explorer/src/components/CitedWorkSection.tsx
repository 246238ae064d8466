import { citationIndex, distinctClaims } from "../core/citations/citationIndex";
import { citationShort } from "../core/citations/citeTarget";
import type { BibliographyEntry, Claim } from "../core/citations/types";
import { useGraph } from "../hooks/useGraph";
import { useLang, useT } from "../hooks/useT";
import { ClaimList } from "./ClaimList";
import { NodeButton } from "./NodeButton";
import { ReferenceText } from "./ReferenceText";

interface CitedWorkSectionProps {
  entry: BibliographyEntry;
  /** The entry's claims the filter left: all of them when `filtered` is false. */
  claims: readonly Claim[];
  filtered: boolean;
  /** What the citation view is about: its work is not linked again under it. */
  citeKey: string;
}

/** One cited work in a citation view: its reference, its note, and the claims citing it, "12 of 139" when filtered. */
export function CitedWorkSection({ entry, claims, filtered, citeKey }: CitedWorkSectionProps) {
  const graph = useGraph();
  const lang = useLang();
  const t = useT();
  const count = filtered
    ? t("claimsShown", {
        n: distinctClaims(claims).toLocaleString(lang),
        total: entry.count.toLocaleString(lang),
        count: entry.count,
      })
    : t("claimCount", { n: entry.count });
  return (
    <section className="cited-work">
      <h3>
        {citationShort(graph, citationIndex(graph), entry.key, lang)} <span className="count">({count})</span>
      </h3>
      {entry.reference && <ReferenceText reference={entry.reference} />}
      {entry.work && entry.work !== citeKey && (
        <p>
          <NodeButton nodeKey={entry.work} />
        </p>
      )}
      <ClaimList claims={claims} />
    </section>
  );
}
