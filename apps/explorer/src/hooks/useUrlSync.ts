import { useEffect } from "react";
import { explorerStore } from "../core/store/explorerStore";
import { restoreView } from "../core/view";
import { onlyQueryChanged, parseView, serializeView } from "../core/view/utils";

const urlOf = (search: string) => `${window.location.pathname}${search}${window.location.hash}`;

/**
 * Keeps the URL and the view in step: every navigation adds a history entry,
 * typing in the search box replaces the current one, back/forward restore
 * the view of the entry.
 */
export function useUrlSync(): void {
  useEffect(() => {
    let shown = explorerStore.get().view;
    window.history.replaceState(null, "", urlOf(serializeView(shown)));
    const unsubscribe = explorerStore.subscribe(() => {
      const view = explorerStore.get().view;
      if (view === shown) return;
      const search = serializeView(view);
      if (search !== serializeView(shown)) {
        if (onlyQueryChanged(shown, view)) window.history.replaceState(null, "", urlOf(search));
        else window.history.pushState(null, "", urlOf(search));
      }
      shown = view;
    });
    const onPopState = () => {
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
