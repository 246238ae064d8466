import { edgeColors } from "../core/graphView/edgeColors";
import { relationLabel } from "../core/i18n/labels";
import { nodeRelations } from "../core/relations/nodeRelations";
import { useGraph } from "../hooks/useGraph";
import { useLang, useT } from "../hooks/useT";
import { CitationLinks } from "./CitationLinks";
import { NodeButton } from "./NodeButton";
import { Provenance } from "./Provenance";

/** A node's relations, one list per relation and direction, each item with its citations and source line. */
export function RelationGroups({ nodeKey }: { nodeKey: string }) {
  const graph = useGraph();
  const lang = useLang();
  const t = useT();
  const vocabulary = graph.getAttribute("vocabulary");
  const colors = edgeColors(vocabulary);
  const groups = nodeRelations(graph, nodeKey);
  if (groups.length === 0) return <p className="muted">{t("noRelations")}</p>;
  return (
    <div className="relation-groups">
      {groups.map((group) => (
        <section key={`${group.relation}|${group.direction}`} className="relation-group">
          <h4>
            <span className="edge-swatch" style={{ background: colors[group.relation] }} aria-hidden="true" />
            {relationLabel(vocabulary, group.relation, group.direction, lang)}{" "}
            <span className="count">({group.items.length})</span>
          </h4>
          <ul>
            {group.items.map((item) => (
              <li key={item.edge}>
                <NodeButton nodeKey={item.neighbour} />
                <CitationLinks citations={item.citations} />
                <Provenance places={item.provenance} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
