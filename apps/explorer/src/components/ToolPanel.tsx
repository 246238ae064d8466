import { openPanel } from "../core/view";
import { useT } from "../hooks/useT";
import { useView } from "../hooks/useView";
import { BibliographyPanel } from "./BibliographyPanel";
import { FiltersPanel } from "./FiltersPanel";
import { OutlinePanel } from "./OutlinePanel";

/** The left-hand panel: outline, bibliography or filters, as chosen in the top bar. */
export function ToolPanel() {
  const t = useT();
  const { panel } = useView();
  if (!panel) return null;
  return (
    <section className="tool-panel" aria-label={t("tools")}>
      <button type="button" className="close" aria-label={t("closePanel")} onClick={() => openPanel(null)}>
        ×
      </button>
      {panel === "outline" && <OutlinePanel />}
      {panel === "index" && <BibliographyPanel />}
      {panel === "filters" && <FiltersPanel />}
    </section>
  );
}
