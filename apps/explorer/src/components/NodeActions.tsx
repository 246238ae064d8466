import { citationIndex } from "../core/citations/citationIndex";
import { cites, citeTarget, claimCount } from "../core/citations/citeTarget";
import { keyLabel } from "../core/i18n/labels";
import { explorerStore } from "../core/store/explorerStore";
import { openCite, toggleCompare } from "../core/view";
import { MAX_COMPARED } from "../core/view/types";
import { shownComparison } from "../core/view/utils";
import { useGraph } from "../hooks/useGraph";
import { isPhoneLayout } from "../hooks/usePhoneLayout";
import { useLang, useT } from "../hooks/useT";
import { useView } from "../hooks/useView";
import { BackLink } from "./BackLink";
import { FocusControl } from "./FocusControl";
import { focusDetail, focusSearch } from "./focusMoves";

/** What a reader can do from a node: compare it, list the claims citing it, focus the graph on it. */
export function NodeActions({ nodeKey }: { nodeKey: string }) {
  const graph = useGraph();
  const lang = useLang();
  const t = useT();
  const { compare } = useView();
  const index = citationIndex(graph);
  const target = citeTarget(graph, index, nodeKey);
  const label = (key: string) => keyLabel(graph, key, lang);
  const picked = compare.includes(nodeKey);
  // A comparison of two or more stays open under the node: the node can join it, or the reader go back to it.
  const comparing = compare.length >= 2;
  const replaced = compare[MAX_COMPARED - 1];
  const compareLabel = picked
    ? comparing
      ? t("compareRemoveNamed", { name: label(nodeKey) })
      : t("compareCancel")
    : comparing
      ? compare.length >= MAX_COMPARED && replaced
        ? t("compareReplace", { name: label(replaced) })
        : t("compareAdd")
      : compare.length === 1 && compare[0]
        ? t("compareWith", { name: label(compare[0]) })
        : t("compareStart");
  return (
    <div className="node-actions">
      <div className="button-row">
        <button
          type="button"
          className={picked ? "" : "primary"}
          onClick={() => {
            toggleCompare(nodeKey);
            const { view } = explorerStore.get();
            // The comparison replaces this panel, and the button with it.
            if (shownComparison(view).length > 0) focusDetail();
            // Begun: the next node is looked for (in the search box, as `/` selects it), not this button, which
            // pressed again would cancel. On a phone the keyboard would cover the hint.
            else if (view.compare.length === 1 && view.compare[0] === nodeKey && !isPhoneLayout()) focusSearch();
          }}
        >
          {compareLabel}
        </button>
        {target && cites(index, target.bibkeys) && (
          <button type="button" onClick={() => openCite(nodeKey)}>
            {t("claimsCiting", { n: claimCount(index, target.bibkeys) })}
          </button>
        )}
      </div>
      <BackLink />
      {picked && !comparing && <p className="hint">{t("comparePickHint")}</p>}
      <FocusControl name="node-focus" />
    </div>
  );
}
