import { useEffect } from "react";
import { explorerStore } from "../core/store/explorerStore";
import { restoreView } from "../core/view";
import { parseView, serializeView, viewChange } from "../core/view/utils";

const urlOf = (search: string) => `${window.location.pathname}${search}${window.location.hash}`;

/**
 * Keeps the URL and the view in step: every navigation adds a history entry,
 * typing replaces the current one, a run of filter toggles makes one entry,
 * back/forward restore the view of the entry.
 */
export function useUrlSync(): void {
  useEffect(() => {
    let shown = explorerStore.get().view;
    let filtering = false;
    window.history.replaceState(null, "", urlOf(serializeView(shown)));
    const unsubscribe = explorerStore.subscribe(() => {
      const view = explorerStore.get().view;
      if (view === shown) return;
      const change = viewChange(shown, view);
      if (change !== "same") {
        const search = urlOf(serializeView(view));
        const replace = change === "typed" || (change === "filtered" && filtering);
        if (replace) window.history.replaceState(null, "", search);
        else window.history.pushState(null, "", search);
        if (change !== "typed") filtering = change === "filtered";
      }
      shown = view;
    });
    const onPopState = () => {
      filtering = false;
      shown = parseView(window.location.search, shown.lang);
      restoreView(shown);
    };
    window.addEventListener("popstate", onPopState);
    return () => {
      unsubscribe();
      window.removeEventListener("popstate", onPopState);
    };
  }, []);
}
