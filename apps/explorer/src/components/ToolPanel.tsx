import { lazy, Suspense } from "react";
import { TOOL_LABELS } from "../core/i18n/labels";
import { useT } from "../hooks/useT";
import { useView } from "../hooks/useView";
import { FiltersPanel } from "./FiltersPanel";
import { closeToolPanel } from "./focusMoves";
import { OutlinePanel } from "./OutlinePanel";
import { PanelClose } from "./PanelClose";

// Fetched when first opened, with its table virtualizer: most visits never show the bibliography.
const BibliographyPanel = lazy(() =>
  import("./BibliographyPanel").then((module) => ({ default: module.BibliographyPanel })),
);

/** The left-hand panel: outline, bibliography or filters, as chosen in the top bar. */
export function ToolPanel() {
  const t = useT();
  const { panel } = useView();
  if (!panel) return null;
  return (
    // Not a landmark of its own: the panel inside is one, named by its heading. Keyed by the panel, so another
    // panel starts at its top rather than where the last one was scrolled.
    <div className="tool-panel" data-panel={panel} key={panel}>
      <PanelClose label={t("closeNamed", { name: t(TOOL_LABELS[panel]) })} onClose={closeToolPanel} />
      {panel === "outline" && <OutlinePanel />}
      {panel === "index" && (
        <Suspense fallback={null}>
          <BibliographyPanel />
        </Suspense>
      )}
      {panel === "filters" && <FiltersPanel />}
    </div>
  );
}
