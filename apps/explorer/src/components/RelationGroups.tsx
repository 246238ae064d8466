import { edgeColors } from "../core/graphView/edgeColors";
import { relationLabel } from "../core/i18n/labels";
import { nodeRelations } from "../core/relations/nodeRelations";
import { samePlace } from "../core/view/panelPlace";
import { placeMark } from "../hooks/landOnPlace";
import { useGraph } from "../hooks/useGraph";
import { useLang, useT } from "../hooks/useT";
import { usePanelPlace } from "../hooks/useView";
import { CitationLinks } from "./CitationLinks";
import { NodeButton } from "./NodeButton";
import { Provenance } from "./Provenance";

/**
 * A node's relations, one list per relation and direction, each item with
 * its citations and source line; the one a claim's link led to is marked.
 */
export function RelationGroups({ nodeKey }: { nodeKey: string }) {
  const graph = useGraph();
  const lang = useLang();
  const t = useT();
  const place = usePanelPlace();
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
            {group.items.map((item) => {
              const { relation, direction } = group;
              const here = samePlace(place, { kind: "relation", relation, direction, neighbour: item.neighbour });
              return (
                <li key={item.edge} {...placeMark(here)}>
                  <NodeButton nodeKey={item.neighbour} />
                  <CitationLinks citations={item.citations} />
                  <Provenance places={item.provenance} />
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
