import { useExplorer } from "../core/store/explorerStore";
import type { ViewState } from "../core/view/types";

/** The URL-mirrored view state. */
export const useView = (): ViewState => useExplorer((state) => state.view);
