import { filteredOut } from "../core/filters/filteredOut";
import { nodeLabel, typeLabel } from "../core/i18n/labels";
import { showFilteredOut } from "../core/view";
import { useGraph } from "../hooks/useGraph";
import { useLang, useT } from "../hooks/useT";
import { useView } from "../hooks/useView";
import { focusDetail } from "./focusMoves";

/**
 * Says which of the nodes a panel shows the filters hide: the graph draws
 * them only while the panel is open, which nothing else tells. Its button
 * lifts those filters, so they stay, and the view is framed anew.
 */
export function FilteredNotice({ keys }: { keys: string[] }) {
  const graph = useGraph();
  const lang = useLang();
  const t = useT();
  const view = useView();
  const out = filteredOut(graph, view, keys);
  if (out.keys.length === 0) return null;
  const list = (items: string[]) => new Intl.ListFormat(lang, { type: "conjunction" }).format(items);
  const vocabulary = graph.getAttribute("vocabulary");
  const name = (key: string) => nodeLabel(graph.getNodeAttributes(key), lang);
  const types =
    out.types.length > 0
      ? [t("filteredTypes", { types: list(out.types.map((type) => typeLabel(vocabulary, type, lang))) })]
      : [];
  const reasons = list([...types, ...(out.hubs.length > 0 ? [t("filteredHubs")] : [])]);
  return (
    <p className="hint">
      <span role="status">{t("filteredOut", { reasons, names: list(out.keys.map(name)), n: out.keys.length })}</span>{" "}
      <button
        type="button"
        className="small"
        onClick={() => {
          showFilteredOut(out);
          // The button goes with the notice: focus would fall to the page's start.
          focusDetail();
        }}
      >
        {t("filteredShow", { what: list([...types, ...out.hubs.map(name)]) })}
      </button>
    </p>
  );
}
