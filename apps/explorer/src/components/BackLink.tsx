import { citationIndex } from "../core/citations/citationIndex";
import { citeSubject } from "../core/citations/citeTarget";
import { keyLabel } from "../core/i18n/labels";
import { useExplorer } from "../core/store/explorerStore";
import { closeDetail } from "../core/view";
import { closedDetail } from "../core/view/utils";
import { useGraph } from "../hooks/useGraph";
import { useLang, useT } from "../hooks/useT";
import { useView } from "../hooks/useView";
import { focusDetail } from "./focusMoves";

/**
 * The way back to what the shown panel was opened over (a node under a
 * citation view, a comparison under a node), as its × goes; else, for a
 * node opened from a citation view, back to that view; nothing otherwise.
 */
export function BackLink() {
  const graph = useGraph();
  const lang = useLang();
  const t = useT();
  const cameFrom = useExplorer((state) => state.cameFrom);
  const view = useView();
  // The citation view the node was opened from is where the reader just was, before what lies under the node;
  // it is the history entry before this one, and going back there also finds the claim where it was read.
  if (cameFrom) {
    const back = () => {
      window.addEventListener("popstate", focusDetail, { once: true });
      window.history.back();
    };
    const name = citeSubject(graph, citationIndex(graph), cameFrom, lang);
    return <BackButton text={t("backToClaims", { name })} onClick={back} />;
  }
  const under = closedDetail(view);
  const label = (key: string) => keyLabel(graph, key, lang);
  const text = under.node
    ? t("backTo", { name: label(under.node) })
    : under.compare.length >= 2
      ? t("compareBack", {
          names: under.compare
            .filter((key) => graph.hasNode(key))
            .map(label)
            .join(t("versus")),
        })
      : null;
  if (!text) return null;
  return (
    <BackButton
      text={text}
      onClick={() => {
        closeDetail();
        focusDetail();
      }}
    />
  );
}

function BackButton({ text, onClick }: { text: string; onClick: () => void }) {
  return (
    <p>
      <button type="button" className="link" onClick={onClick}>
        {text}
      </button>
    </p>
  );
}
