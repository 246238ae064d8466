import { useEffect } from "react";
import { explorerStore } from "../core/store/explorerStore";
import { restoreView } from "../core/view";
import { parseView, serializeView, viewChange } from "../core/view/utils";
import { restoreScroll, scrollPlaces, useScrollKept } from "./scrollPlaces";

const urlOf = (search: string) => `${window.location.pathname}${search}${window.location.hash}`;

/**
 * Keeps the URL and the view in step: every navigation adds a history entry,
 * typing replaces the current one, a run of filter toggles makes one entry,
 * back/forward restore the view of the entry and where its panels were scrolled.
 */
export function useUrlSync(): void {
  useScrollKept();
  useEffect(() => {
    // A reload keeps the history entry, and with it where the panels were scrolled.
    let stopRestoring = restoreScroll(window.history.state);
    let shown = explorerStore.get().view;
    let filtering = false;
    let reading = explorerStore.get().graph.status === "loading";
    window.history.replaceState(window.history.state, "", urlOf(serializeView(shown)));
    const unsubscribe = explorerStore.subscribe(() => {
      const { view, graph } = explorerStore.get();
      if (reading && graph.status !== "loading") {
        // The view the loaded graph settles (the URL's comparison read against it) is the same link, read: it
        // replaces the entry rather than adding a step Back would return to.
        reading = false;
        if (view !== shown) window.history.replaceState(window.history.state, "", urlOf(serializeView(view)));
        shown = view;
        return;
      }
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
      stopRestoring();
      restoreView(shown);
      stopRestoring = restoreScroll(event.state);
    };
    window.addEventListener("popstate", onPopState);
    return () => {
      stopRestoring();
      unsubscribe();
      window.removeEventListener("popstate", onPopState);
    };
  }, []);
}
