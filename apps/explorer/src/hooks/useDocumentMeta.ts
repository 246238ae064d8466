import { useEffect } from "react";
import { nodeLabel } from "../core/i18n/labels";
import { useExplorer } from "../core/store/explorerStore";

/** `<html lang>` follows the UI language; the title names what is shown, so history entries are tellable apart. */
export function useDocumentMeta(): void {
  const lang = useExplorer((state) => state.view.lang);
  const graph = useExplorer((state) => state.graph);
  const node = useExplorer((state) => state.view.node);
  const compare = useExplorer((state) => state.view.compare);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    if (graph.status !== "ready") return;
    const label = (key: string) =>
      graph.graph.hasNode(key) ? nodeLabel(graph.graph.getNodeAttributes(key), lang) : key;
    const subject = compare.length >= 2 ? compare.map(label).join(" · ") : node ? label(node) : "";
    document.title = subject ? `${subject} — simpul` : "simpul";
  }, [graph, lang, node, compare]);
}
