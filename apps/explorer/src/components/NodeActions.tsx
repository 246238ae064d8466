import { citationIndex } from "../core/citations/citationIndex";
import { citeTarget, claimCount } from "../core/citations/citeTarget";
import { nodeLabel } from "../core/i18n/labels";
import { openCite, toggleCompare } from "../core/view";
import { useGraph } from "../hooks/useGraph";
import { useLang, useT } from "../hooks/useT";
import { useView } from "../hooks/useView";
import { FocusControl } from "./FocusControl";

/** What a reader can do from a node: compare it, list the claims citing it, focus the graph on it. */
export function NodeActions({ nodeKey }: { nodeKey: string }) {
  const graph = useGraph();
  const lang = useLang();
  const t = useT();
  const { compare } = useView();
  const index = citationIndex(graph);
  const target = citeTarget(graph, index, nodeKey);
  const pending = compare.length === 1 ? compare[0] : undefined;
  const picked = compare.includes(nodeKey);
  const compareLabel = picked
    ? t("compareCancel")
    : pending && graph.hasNode(pending)
      ? t("compareWith", { name: nodeLabel(graph.getNodeAttributes(pending), lang) })
      : t("compareStart");
  return (
    <div className="node-actions">
      <div className="button-row">
        <button type="button" className={picked ? "" : "primary"} onClick={() => toggleCompare(nodeKey)}>
          {compareLabel}
        </button>
        {target && (
          <button type="button" onClick={() => openCite(nodeKey)}>
            {t("claimsCiting", { n: claimCount(index, target.bibkeys) })}
          </button>
        )}
      </div>
      {picked && <p className="hint">{t("comparePickHint")}</p>}
      <FocusControl name="node-focus" />
    </div>
  );
}
