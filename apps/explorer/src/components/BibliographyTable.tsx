import { defaultRangeExtractor, useVirtualizer } from "@tanstack/react-virtual";
import { type ReactNode, useMemo, useRef, useState } from "react";
import { authorsShort } from "../core/citations/citationLabel";
import type { BibliographyEntry, BibliographyOrder, BibliographySort } from "../core/citations/types";
import { openCite } from "../core/view";
import { useScrollMargin } from "../hooks/useScrollMargin";
import { useLang, useT } from "../hooks/useT";
import { TitleText } from "./TitleText";

/** A row's height until it is drawn and measured: a title over three lines of the panel's narrow column. */
const ROW_ESTIMATE = 74;

/** Rows drawn beyond each edge of the view, so Tab and Shift+Tab find the next title already there. */
const OVERSCAN = 8;

/** Up to this many rows, all are drawn: it costs nothing. */
const DRAW_ALL_UP_TO = 200;

/** The tool panel scrolls, not the table: rows are drawn against its scrollbar, which stays the only one. */
const scrollingPanel = (element: Element | null): HTMLElement | null =>
  element?.closest<HTMLElement>(".tool-panel") ?? null;

/** Stands for rows not drawn, at their height, so the scrollbar is right. */
function SpacerRow({ height }: { height: number }) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: nothing in it takes focus; hidden so screen readers count no empty row
    <tr className="spacer" aria-hidden="true">
      <td colSpan={4} style={{ height }} />
    </tr>
  );
}

interface BibliographyTableProps {
  rows: readonly BibliographyEntry[];
  order: BibliographyOrder;
  onOrder: (order: BibliographyOrder) => void;
}

/**
 * The bibliography table with sortable columns. Only the rows in view (and a
 * few around them) are drawn, so thousands of entries open and sort at once;
 * the row holding focus stays drawn when scrolled away, or focus would fall back to the page.
 */
export function BibliographyTable({ rows, order, onOrder }: BibliographyTableProps) {
  const lang = useLang();
  const t = useT();
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const scrollMargin = useScrollMargin(bodyRef, scrollingPanel);
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const focused = useMemo(() => rows.findIndex((entry) => entry.key === focusedKey), [rows, focusedKey]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollingPanel(bodyRef.current),
    estimateSize: () => ROW_ESTIMATE,
    overscan: OVERSCAN,
    scrollMargin,
    getItemKey: (index) => rows[index]?.key ?? index,
    rangeExtractor: (range) => {
      if (range.count <= DRAW_ALL_UP_TO) return Array.from({ length: range.count }, (_, index) => index);
      const drawn = defaultRangeExtractor(range);
      if (focused < 0 || drawn.includes(focused)) return drawn;
      // With its neighbours, so Tab and Shift+Tab from it reach the next title rather than leave the table.
      const kept = [focused - 1, focused, focused + 1].filter((index) => index >= 0 && index < range.count);
      return [...new Set([...drawn, ...kept])].sort((a, b) => a - b);
    },
  });

  const header = (by: BibliographySort, label: string) => {
    const active = order.by === by;
    return (
      <th scope="col" aria-sort={active ? (order.descending ? "descending" : "ascending") : "none"}>
        <button type="button" onClick={() => onOrder({ by, descending: active ? !order.descending : by === "claims" })}>
          {label} <span aria-hidden="true">{active ? (order.descending ? "▼" : "▲") : "↕"}</span>
        </button>
      </th>
    );
  };

  // Item positions count from the top of the panel's content; the table body starts `scrollMargin` below it.
  const body: ReactNode[] = [];
  let drawnTo = scrollMargin;
  for (const item of virtualizer.getVirtualItems()) {
    const entry = rows[item.index];
    if (!entry) continue;
    if (item.start > drawnTo) body.push(<SpacerRow key={`before-${entry.key}`} height={item.start - drawnTo} />);
    body.push(
      <tr
        key={entry.key}
        data-key={entry.key}
        data-index={item.index}
        aria-rowindex={item.index + 2}
        ref={virtualizer.measureElement}
      >
        <td>
          {(entry.reference && authorsShort(entry.reference.authors, lang)) || (
            <>
              <span aria-hidden="true">—</span>
              <span className="visually-hidden">{t("noAuthor")}</span>
            </>
          )}
        </td>
        <td>{entry.reference?.year ?? ""}</td>
        <td>
          <button type="button" className="link" onClick={() => openCite(entry.work ?? entry.key)}>
            {entry.reference ? <TitleText reference={entry.reference} /> : entry.key}
          </button>
        </td>
        <td className="number">{entry.count}</td>
      </tr>,
    );
    drawnTo = item.end;
  }
  const end = scrollMargin + virtualizer.getTotalSize();
  if (end > drawnTo) body.push(<SpacerRow key="after" height={end - drawnTo} />);

  return (
    <div className="table-scroll">
      <table aria-rowcount={rows.length + 1}>
        {/* Fixed widths (styles/lists.css): the columns fit the panel and keep their widths while rows are drawn and dropped. */}
        <colgroup>
          <col className="author" />
          <col className="year" />
          <col />
          <col className="claims" />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {header("author", t("author"))}
            {header("year", t("year"))}
            <th scope="col">{t("title")}</th>
            {header("claims", t("claims"))}
          </tr>
        </thead>
        <tbody
          ref={bodyRef}
          onFocus={(event) => setFocusedKey(event.target.closest("tr")?.dataset.key ?? null)}
          // Focus moving from row to row keeps the old row until the new one has it, or a row scrolled away
          // would be dropped mid-move and focus would land on the page.
          onBlur={(event) => {
            // Focus that leaves with the window comes back to the same row, which must still be drawn then.
            if (!event.currentTarget.contains(event.relatedTarget) && document.hasFocus()) setFocusedKey(null);
          }}
        >
          {body}
        </tbody>
      </table>
    </div>
  );
}
