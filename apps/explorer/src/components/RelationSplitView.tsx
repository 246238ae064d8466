import type { RelationFact, RelationSplit } from "../core/comparison/types";
import { relationLabel } from "../core/i18n/labels";
import { useGraph } from "../hooks/useGraph";
import { useLang, useT } from "../hooks/useT";
import { CitationLinks } from "./CitationLinks";
import { NodeButton } from "./NodeButton";

function FactList({ facts, names, keys }: { facts: RelationFact[]; names?: string[]; keys?: string[] }) {
  const graph = useGraph();
  const lang = useLang();
  const t = useT();
  const vocabulary = graph.getAttribute("vocabulary");
  if (facts.length === 0) return <p className="muted">{t("none")}</p>;
  return (
    <ul className="facts">
      {facts.map((fact) => (
        <li key={`${fact.relation}|${fact.direction}|${fact.neighbour}`}>
          <span className="relation">{relationLabel(vocabulary, fact.relation, fact.direction, lang)}</span>{" "}
          <NodeButton nodeKey={fact.neighbour} />
          {names && keys && (
            <span className="holders">
              {" "}
              ({fact.holders.map((holder) => names[keys.indexOf(holder.node)]).join(", ")})
            </span>
          )}{" "}
          <CitationLinks citations={fact.holders.flatMap((holder) => holder.citations)} />
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
