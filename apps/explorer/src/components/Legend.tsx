import { useMemo, useRef, useState } from "react";
import { edgeColors } from "../core/graphView/edgeColors";
import { type LegendItem, sameLegendItem } from "../core/graphView/types";
import { viewRelations } from "../core/graphView/viewRelations";
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
 * The relations as the legend lists them: those the view's edges are drawn
 * in first, then the others, when a view has some and not all; else one list.
 */
function relationGroups(relations: string[], inView: Set<string>) {
  const shown = relations.filter((relation) => inView.has(relation));
  if (shown.length === 0 || shown.length === relations.length) return [{ name: undefined, members: relations }];
  return [
    { name: "relationsInView" as const, members: shown },
    { name: "relationsElsewhere" as const, members: relations.filter((relation) => !inView.has(relation)) },
  ];
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
  const view = useView();
  const { hiddenTypes, hiddenRelations } = view;
  const vocabulary = graph.getAttribute("vocabulary");
  const colors = edgeColors(vocabulary);
  const pressed = useExplorer((state) => state.legend.pressed);
  const [open, setOpen] = useState(false);
  // Found only while the list is open: it takes the view's highlight again, which is slow in a large graph.
  const groups = useMemo(
    () =>
      relationGroups(
        relations.map(([relation]) => relation),
        open ? viewRelations(graph, view) : new Set(),
      ),
    [graph, relations, view, open],
  );
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
        {groups.map(({ name, members }) => (
          <div key={name ?? "all"}>
            {name && (
              <p className="legend-group" id={`legend-${name}`}>
                {t(name)} ({members.length})
              </p>
            )}
            <ul className="legend-relations" aria-labelledby={name ? `legend-${name}` : undefined}>
              {members.map((relation) => (
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
          </div>
        ))}
        <p className="muted">{t("legendHint")}</p>
        <p className="muted">{t("sizeHint")}</p>
      </details>
    </section>
  );
}
