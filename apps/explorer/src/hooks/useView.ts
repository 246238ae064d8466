import { useExplorer } from "../core/store/explorerStore";
import type { PanelPlace, ViewState } from "../core/view/types";

/** The URL-mirrored view state. */
export const useView = (): ViewState => useExplorer((state) => state.view);

/**
 * The place in the node's panel a link led to (`at`). Read alone, so a long
 * list of relations is not drawn again at every key typed in the search.
 */
export const usePanelPlace = (): PanelPlace | null => useExplorer((state) => state.view.place);
