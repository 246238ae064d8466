import { useEffect } from "react";
import { nodeLabel } from "../core/i18n/labels";
import { useExplorer } from "../core/store/explorerStore";
import { shownComparison } from "../core/view/utils";

/** `<html lang>` follows the UI language; the title names what is shown, so history entries are tellable apart. */
export function useDocumentMeta(): void {
  const lang = useExplorer((state) => state.view.lang);
  const graph = useExplorer((state) => state.graph);
  const node = useExplorer((state) => state.view.node);
  const compared = useExplorer((state) => shownComparison(state.view).join(","));
  const cite = useExplorer((state) => state.view.cite);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    if (graph.status !== "ready") return;
    const label = (key: string) =>
      graph.graph.hasNode(key) ? nodeLabel(graph.graph.getNodeAttributes(key), lang) : key;
    const subject = compared
      ? compared.split(",").map(label).join(" · ")
      : cite
        ? label(cite)
        : node
          ? label(node)
          : "";
    document.title = subject ? `${subject} — simpul` : "simpul";
  }, [graph, lang, node, compared, cite]);
}
