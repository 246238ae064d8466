import { keyLabel } from "../core/i18n/labels";
import { closeDetail } from "../core/view";
import { closedDetail } from "../core/view/utils";
import { useGraph } from "../hooks/useGraph";
import { useLang, useT } from "../hooks/useT";
import { useView } from "../hooks/useView";
import { focusDetail } from "./focusMoves";

/**
 * The way back to what the shown panel was opened over (a node under a
 * citation view, a comparison under a node), as its × goes; nothing when it
 * was opened over nothing.
 */
export function BackLink() {
  const graph = useGraph();
  const lang = useLang();
  const t = useT();
  const under = closedDetail(useView());
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
    <p>
      <button
        type="button"
        className="link"
        onClick={() => {
          closeDetail();
          focusDetail();
        }}
      >
        {text}
      </button>
    </p>
  );
}
