import { useEffect } from "react";
import { explorerStore } from "../core/store/explorerStore";
import { restoreView } from "../core/view";
import { parseView, serializeView, viewChange } from "../core/view/utils";

const urlOf = (search: string) => `${window.location.pathname}${search}${window.location.hash}`;

/** The panels whose place in a long list (140 claims citing a work) Back returns to. */
const SCROLLED = [".detail-panel", ".tool-panel"];

/** What a history entry keeps beside its URL: how far each panel was scrolled when the reader left it. */
interface EntryState {
  scroll: number[];
}

const scrollPlaces = (): EntryState => ({
  scroll: SCROLLED.map((selector) => document.querySelector(selector)?.scrollTop ?? 0),
});

/** Scrolls the panels back once the restored view has drawn (and after any focus move, which scrolls too). */
function restoreScroll(state: unknown): void {
  const scroll = (state as Partial<EntryState> | null)?.scroll;
  if (!Array.isArray(scroll)) return;
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      SCROLLED.forEach((selector, i) => {
        const panel = document.querySelector(selector);
        if (panel && typeof scroll[i] === "number") panel.scrollTop = scroll[i];
      });
    }),
  );
}

/**
 * Keeps the URL and the view in step: every navigation adds a history entry,
 * typing replaces the current one, a run of filter toggles makes one entry,
 * back/forward restore the view of the entry and where its panels were scrolled.
 */
export function useUrlSync(): void {
  useEffect(() => {
    let shown = explorerStore.get().view;
    let filtering = false;
    window.history.replaceState(window.history.state, "", urlOf(serializeView(shown)));
    const unsubscribe = explorerStore.subscribe(() => {
      const view = explorerStore.get().view;
      if (view === shown) return;
      const change = viewChange(shown, view);
      if (change !== "same") {
        const search = urlOf(serializeView(view));
        const replace = change === "typed" || (change === "filtered" && filtering);
        if (replace) window.history.replaceState(window.history.state, "", search);
        else {
          // The entry left keeps its scroll places; the store has changed, React has not yet drawn the new view.
          window.history.replaceState(scrollPlaces(), "", window.location.href);
          window.history.pushState(null, "", search);
        }
        if (change !== "typed") filtering = change === "filtered";
      }
      shown = view;
    });
    const onPopState = (event: PopStateEvent) => {
      filtering = false;
      shown = parseView(window.location.search, shown.lang);
      restoreView(shown);
      restoreScroll(event.state);
    };
    window.addEventListener("popstate", onPopState);
    return () => {
      unsubscribe();
      window.removeEventListener("popstate", onPopState);
    };
  }, []);
}
