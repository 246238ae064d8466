import { useRef, useState } from "react";
import { edgeColors } from "../core/graphView/edgeColors";
import { type LegendItem, sameLegendItem } from "../core/graphView/types";
import { relationLabel, typeLabel } from "../core/i18n/labels";
import { useExplorer } from "../core/store/explorerStore";
import { pointLegend, pressLegend } from "../core/view";
import { useGraph } from "../hooks/useGraph";
import { useGraphCounts } from "../hooks/useGraphCounts";
import { usePhoneLayout } from "../hooks/usePhoneLayout";
import { useLang, useT } from "../hooks/useT";
import { useView } from "../hooks/useView";
import { LEGEND_CLASS } from "../sigma/fitNodes";

/**
 * One legend entry: pointed at, focused or pressed, it lights its nodes or
 * edges up on the graph. With 23 relations some colours are alike; this says
 * which edges are which.
 */
function LegendEntry({
  item,
  hidden,
  onPress,
  children,
}: {
  item: LegendItem;
  hidden: boolean;
  onPress?: () => void;
  children: React.ReactNode;
}) {
  const t = useT();
  const isPressed = useExplorer((state) => sameLegendItem(state.legend.pressed, item));
  return (
    // What the filters hide is still explained, but marked as not drawn.
    <li className={hidden ? "legend-off" : undefined} title={hidden ? t("legendHidden") : undefined}>
      <button
        type="button"
        className="legend-entry"
        aria-pressed={isPressed}
        onPointerEnter={(event) => event.pointerType === "mouse" && pointLegend(item)}
        onPointerLeave={() => pointLegend(null)}
        // A key's focus, not a tap's: a tap presses it, and a focus left behind would keep it lit once pressed again.
        onFocus={(event) => event.currentTarget.matches(":focus-visible") && pointLegend(item)}
        onBlur={() => pointLegend(null)}
        onClick={() => {
          pressLegend(item);
          onPress?.();
        }}
      >
        {children}
        {hidden && <span className="visually-hidden">, {t("legendHidden")}</span>}
      </button>
    </li>
  );
}

/**
 * What the colours mean, over the canvas: node types always (they are few),
 * relations on demand (they are many and would hide the graph).
 */
export function Legend() {
  const graph = useGraph();
  const lang = useLang();
  const t = useT();
  const { types, relations } = useGraphCounts();
  const { hiddenTypes, hiddenRelations } = useView();
  const vocabulary = graph.getAttribute("vocabulary");
  const colors = edgeColors(vocabulary);
  const pressed = useExplorer((state) => state.legend.pressed);
  const [open, setOpen] = useState(false);
  const summary = useRef<HTMLElement>(null);
  // On a phone the open list covers the canvas: pressing an entry puts it away, so its edges show, and focus goes
  // to the line that opens it again, not to the page with the entry gone.
  const phone = usePhoneLayout();
  const putAway = phone
    ? () => {
        setOpen(false);
        summary.current?.focus();
      }
    : undefined;
  return (
    <section className={LEGEND_CLASS} aria-label={t("legend")}>
      <ul className="legend-types" aria-label={t("nodeTypes")}>
        {types.map(([type]) => (
          <LegendEntry key={type} item={{ kind: "type", name: type }} hidden={hiddenTypes.includes(type)}>
            <span className="dot" style={{ background: vocabulary.types[type]?.color ?? "#888" }} aria-hidden="true" />
            {typeLabel(vocabulary, type, lang)}
          </LegendEntry>
        ))}
      </ul>
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary ref={summary}>
          {t("relationTypes")} ({relations.length})
          {pressed?.kind === "relation" && !open && ` · ${relationLabel(vocabulary, pressed.name, "out", lang)}`}
        </summary>
        <ul>
          {relations.map(([relation]) => (
            <LegendEntry
              key={relation}
              item={{ kind: "relation", name: relation }}
              hidden={hiddenRelations.includes(relation)}
              onPress={putAway}
            >
              <span className="edge-swatch" style={{ background: colors[relation] }} aria-hidden="true" />
              {relationLabel(vocabulary, relation, "out", lang)}
            </LegendEntry>
          ))}
        </ul>
        <p className="muted">{t("legendHint")}</p>
        <p className="muted">{t("sizeHint")}</p>
      </details>
    </section>
  );
}
