import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from "react";
import { searchOptions } from "../core/search/resultOptions";
import { useExplorer } from "../core/store/explorerStore";
import { compareNodes, openCite, selectNode, setQuery } from "../core/view";
import { showsDetail } from "../core/view/utils";
import { useGraph } from "../hooks/useGraph";
import { useT } from "../hooks/useT";
import { useView } from "../hooks/useView";
import { focusDetail, SEARCH_INPUT_ID } from "./focusMoves";
import { SearchOptionView } from "./SearchOptionView";

/** The accessible name the issue asks for, the same in both languages. */
const SEARCH_LABEL = "Cari / Search";
const LIST_ID = "search-results";

/** Headings of the results list's parts; each row names its own type. */
const SECTION_HEADINGS = { compare: "comparison", name: "nameMatches", text: "textMatches" } as const;

/**
 * One search box over everything: arrows move through the results (what the
 * query names, then what only mentions it), Enter opens one, Escape closes
 * the list and then clears the text.
 */
export function SearchBox() {
  const graph = useGraph();
  const t = useT();
  const view = useView();
  const { q } = view;
  const [open, setOpen] = useState(() => q !== "" && !showsDetail(view));
  const [active, setActive] = useState(-1);
  const revision = useExplorer((state) => state.detailsRevision);
  // The index is built on the first query (or when the app is idle, see ReadinessController), not on first render.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the graph stays the same object when note details arrive; `revision` says they did, and they add summaries and text to the index.
  const groups = useMemo(() => searchOptions(graph, q), [graph, q, revision]);
  const options = groups.flatMap((group) => group.options);
  const current = open ? options[active] : undefined;

  useEffect(() => {
    if (current) document.getElementById(`option-${current.id}`)?.scrollIntoView({ block: "nearest" });
  }, [current]);

  // A list opened by a link's `q` has no focus to lose: a press anywhere else, or Escape, closes it.
  const box = useRef<HTMLElement>(null);
  const showList = open && q.trim() !== "";
  useEffect(() => {
    if (!showList) return;
    const outside = (event: Event) => !box.current?.contains(event.target as Node);
    const onPointerDown = (event: PointerEvent) => {
      if (outside(event)) setOpen(false);
    };
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== "Escape" || !outside(event)) return;
      // Said: the panels (usePanelKeys, on window) leave this Escape alone.
      event.preventDefault();
      setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [showList]);

  const choose = (index: number) => {
    const option = options[index];
    if (!option) return;
    if (option.action === "cite") openCite(option.key);
    else if (option.action === "compare") compareNodes(option.key.split(","));
    else selectNode(option.key);
    setOpen(false);
    focusDetail();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = options.length - 1;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive(
        !open || active < 0
          ? step > 0
            ? 0
            : last
          : active + step > last
            ? 0
            : active + step < 0
              ? last
              : active + step,
      );
    } else if (event.key === "Enter") {
      event.preventDefault();
      choose(open && active >= 0 ? active : 0);
    } else if (event.key === "Escape") {
      event.preventDefault();
      if (open && q) setOpen(false);
      else setQuery("");
    }
  };

  return (
    <search className="search" ref={box}>
      <label htmlFor={SEARCH_INPUT_ID} className="visually-hidden">
        {SEARCH_LABEL}
      </label>
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        autoComplete="off"
        spellCheck={false}
        placeholder={t("searchPlaceholder")}
        value={q}
        role="combobox"
        aria-expanded={showList && options.length > 0}
        aria-autocomplete="list"
        aria-controls={showList && options.length > 0 ? LIST_ID : undefined}
        aria-activedescendant={current ? `option-${current.id}` : undefined}
        aria-describedby="search-status"
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <p id="search-status" className="visually-hidden" role="status">
        {showList ? t("resultCount", { n: options.length }) : ""}
      </p>
      {showList && options.length === 0 && <p className="search-results muted empty">{t("noResults")}</p>}
      {showList && options.length > 0 && (
        <div id={LIST_ID} role="listbox" aria-label={t("results")} className="search-results">
          {groups.map((group) => (
            // biome-ignore lint/a11y/useSemanticElements: options grouped inside a listbox, per the ARIA listbox pattern
            <div key={group.section} role="group" aria-labelledby={`group-${group.section}`}>
              <p id={`group-${group.section}`} className="group-label" role="presentation">
                {t(SECTION_HEADINGS[group.section])}
              </p>
              {group.options.map((option) => (
                <SearchOptionView
                  key={option.id}
                  option={option}
                  active={option === current}
                  onChoose={() => choose(options.indexOf(option))}
                />
              ))}
            </div>
          ))}
        </div>
      )}
    </search>
  );
}
