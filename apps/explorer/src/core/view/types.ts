import type { BibliographyOrder, ClaimFilter } from "../citations/types";
import type { Direction } from "../i18n/labels";
import type { Lang } from "../i18n/types";

/** Tools shown beside the graph; each is also a URL (`?panel=`). */
export type ToolPanel = "outline" | "index" | "filters";
export const TOOL_PANELS: readonly ToolPanel[] = ["outline", "index", "filters"];

/** How far "focus" reaches from the selected or compared nodes: 0 shows the whole graph. */
export type FocusDepth = 0 | 1 | 2;

/**
 * A place in a node's panel a link can land on, as an anchor in a page: one
 * neighbour under one relation read one way, or one row of one table. Named
 * by what it shows, not by edge ids, which a rebuilt graph numbers anew.
 */
export type PanelPlace =
  | { kind: "relation"; relation: string; direction: Direction; neighbour: string }
  | { kind: "row"; table: string; row: number };

/**
 * Everything a URL says about the view. Reload and back/forward restore
 * exactly this; hover and other transient state live elsewhere.
 */
export interface ViewState {
  /** Key of the node shown in the node panel. */
  node: string | null;
  /**
   * Where in that node's panel the reader was sent (`at`): a claim's place,
   * scrolled to and marked. Only while the node's panel is shown.
   */
  place: PanelPlace | null;
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
