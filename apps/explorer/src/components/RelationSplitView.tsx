import { factCitations, groupFacts } from "../core/comparison/groupFacts";
import { ownCitations } from "../core/comparison/sharedCitations";
import type { RelationFact, RelationSplit } from "../core/comparison/types";
import type { Citation } from "../core/graph/types";
import { relationLabel } from "../core/i18n/labels";
import { useGraph } from "../hooks/useGraph";
import { useLang, useT } from "../hooks/useT";
import { CitationLinks } from "./CitationLinks";
import { NodeButton } from "./NodeButton";

/** A neighbour of a fact: its node, who holds it (of three compared), and what it cites beyond `said`. */
function FactItem({
  fact,
  said,
  names,
  keys,
}: {
  fact: RelationFact;
  said: Citation[];
  names?: string[];
  keys?: string[];
}) {
  return (
    <>
      <NodeButton nodeKey={fact.neighbour} />
      {names && keys && (
        <span className="holders"> ({fact.holders.map((holder) => names[keys.indexOf(holder.node)]).join(", ")})</span>
      )}{" "}
      <CitationLinks citations={ownCitations(factCitations(fact), said)} />
    </>
  );
}

function FactList({ facts, names, keys }: { facts: RelationFact[]; names?: string[]; keys?: string[] }) {
  const graph = useGraph();
  const lang = useLang();
  const t = useT();
  const vocabulary = graph.getAttribute("vocabulary");
  if (facts.length === 0) return <p className="muted">{t("none")}</p>;
  return (
    <ul className="facts">
      {groupFacts(facts).map((group) => (
        <li key={`${group.relation}|${group.direction}`}>
          <span className="relation">{relationLabel(vocabulary, group.relation, group.direction, lang)}</span>{" "}
          {group.facts.length === 1 && group.facts[0] ? (
            <FactItem fact={group.facts[0]} said={[]} names={names} keys={keys} />
          ) : (
            <>
              <CitationLinks citations={group.shared} />
              <ul className="fact-items">
                {group.facts.map((fact) => (
                  <li key={fact.neighbour}>
                    <FactItem fact={fact} said={group.shared} names={names} keys={keys} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Relations the compared nodes share, hold in part (three nodes), or hold alone, side by side. */
export function RelationSplitView({ split, keys, names }: { split: RelationSplit; keys: string[]; names: string[] }) {
  const t = useT();
  return (
    <section>
      <h3>{t("relationsCompared")}</h3>
      <h4>{t("sharedBy", { n: split.shared.length })}</h4>
      <FactList facts={split.shared} />
      {keys.length > 2 && (
        <>
          <h4>{t("sharedBySome", { n: split.partial.length })}</h4>
          <FactList facts={split.partial} names={names} keys={keys} />
        </>
      )}
      <div className={`compare-columns cols-${keys.length}`}>
        {keys.map((key, index) => (
          <div key={key}>
            <h4>{t("onlyIn", { name: names[index] ?? key, n: split.only[index]?.length ?? 0 })}</h4>
            <FactList facts={split.only[index] ?? []} />
          </div>
        ))}
      </div>
    </section>
  );
}
