import type { BibliographyOrder, ClaimFilter } from "../citations/types";
import type { Lang } from "../i18n/types";

/** Tools shown beside the graph; each is also a URL (`?panel=`). */
export type ToolPanel = "outline" | "index" | "filters";
export const TOOL_PANELS: readonly ToolPanel[] = ["outline", "index", "filters"];

/** How far "focus" reaches from the selected or compared nodes: 0 shows the whole graph. */
export type FocusDepth = 0 | 1 | 2;

/**
 * Everything a URL says about the view. Reload and back/forward restore
 * exactly this; hover and other transient state live elsewhere.
 */
export interface ViewState {
  /** Key of the node shown in the node panel. */
  node: string | null;
  /** Two or three nodes side by side; one key means "picked, waiting for a second". */
  compare: string[];
  /** Search text. */
  q: string;
  /** The bibliography's filter text: a shared link shows the same entries. */
  bib: string;
  /** The bibliography's order (`sort=year`, `sort=-claims`; by author, A to Z, when not given). */
  bibOrder: BibliographyOrder;
  /** A work, an author or a bibliography key whose citing claims are listed. */
  cite: string | null;
  /**
   * What that list is narrowed to (`cq`, `page`, `kind`): in the URL, so Back
   * from a claim's node, a reload or a shared link shows the same claims.
   * Only while `cite` is set; another citation view starts unfiltered.
   */
  claimFilter: ClaimFilter;
  lang: Lang;
  panel: ToolPanel | null;
  focus: FocusDepth;
  hiddenTypes: string[];
  hiddenRelations: string[];
  /** Hub nodes the reader chose to hide. */
  hiddenNodes: string[];
}

export const MAX_COMPARED = 3;
