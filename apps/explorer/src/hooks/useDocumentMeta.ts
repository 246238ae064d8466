import { useEffect } from "react";
import { citationIndex } from "../core/citations/citationIndex";
import { citeSubject, citeTarget } from "../core/citations/citeTarget";
import { keyLabel, TOOL_LABELS } from "../core/i18n/labels";
import { translate } from "../core/i18n/translate";
import { useExplorer } from "../core/store/explorerStore";
import { shownComparison, shownNode } from "../core/view/utils";

/** `<html lang>` follows the UI language; the title names what is shown, so history entries are tellable apart. */
export function useDocumentMeta(): void {
  const lang = useExplorer((state) => state.view.lang);
  const graph = useExplorer((state) => state.graph);
  const node = useExplorer((state) => shownNode(state.view));
  const compared = useExplorer((state) => shownComparison(state.view).join(","));
  const cite = useExplorer((state) => state.view.cite);
  const panel = useExplorer((state) => state.view.panel);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    if (graph.status !== "ready") return;
    const label = (key: string) => keyLabel(graph.graph, key, lang);
    const index = citationIndex(graph.graph);
    const subject = compared
      ? compared.split(",").map(label).join(" · ")
      : cite
        ? citeTarget(graph.graph, index, cite)
          ? translate(lang, "claimsCitingTitle", { name: citeSubject(graph.graph, index, cite, lang) })
          : translate(lang, "notFoundTitle")
        : node
          ? label(node)
          : panel
            ? translate(lang, TOOL_LABELS[panel])
            : "";
    document.title = subject ? `${subject} — simpul` : "simpul";
  }, [graph, lang, node, compared, cite, panel]);
}
