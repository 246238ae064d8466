import { useSyncExternalStore } from "react";
import type { GraphState } from "../graph/types";
import type { LegendItem } from "../graphView/types";
import type { ViewState } from "../view/types";
import { emptyView, showsDetail } from "../view/utils";
import { createStore } from "./createStore";
import { welcomeStays } from "./phoneSheet";

/** What the pointer is over on the graph; never in the URL. */
export interface PointerState {
  node: string | null;
  edge: string | null;
}

/** The one store of the explorer. Derived data (search index, citations, …) is computed from it, not kept in it. */
export interface ExplorerState {
  graph: GraphState;
  /** Counts detail shards merged into the graph, so what shows details re-renders. */
  detailsRevision: number;
  view: ViewState;
  pointer: PointerState;
  /** An edge clicked on the graph, described in the detail panel. */
  selectedEdge: string | null;
  /** On narrow screens only one panel fits: the tool panel or the detail panel. */
  front: "tool" | "detail";
  /**
   * Where the last node was chosen. A node clicked on the graph is already in
   * sight; one chosen elsewhere (search, a panel, the URL) is brought into view.
   */
  pickedOn: "graph" | "elsewhere";
  /**
   * Whether the welcome text (how to start, the comparisons on offer) is
   * still unread: a phone shows it as a sheet until it is closed or anything
   * else is shown. Only a phone reads the flag: wider screens show the text
   * whenever the detail panel is empty.
   */
  welcome: boolean;
  /**
   * The citation view (its `cite` key) the shown node was opened from, while
   * nothing else has changed since: the browser's last entry, which the node
   * panel offers a way back to.
   */
  cameFrom: string | null;
  /**
   * Every key the opening URL asked to compare: read against the graph once
   * it loads (askedComparison), and said in the comparison (keys naming no
   * node, nodes beyond three) until the view changes.
   */
  compareAsked: string[];
  /** On a phone, whether the sheet takes the whole screen (a long comparison or list), not its lower half. */
  sheetFull: boolean;
  /**
   * The legend entry whose nodes or edges the graph lights up: the one
   * pointed at or focused, else the one pressed (a touch screen points at
   * nothing). Never in the URL; any other view ends it.
   */
  legend: { pointed: LegendItem | null; pressed: LegendItem | null };
  /**
   * Counts a panel's asks to frame the view anew, which the camera answers:
   * panels never reach sigma, and a filter change alone leaves the camera be.
   */
  frameAsked: number;
}

export const NO_LEGEND: ExplorerState["legend"] = { pointed: null, pressed: null };

export function initialState(view: ViewState = emptyView(), compareAsked: string[] = []): ExplorerState {
  return {
    graph: { status: "loading" },
    detailsRevision: 0,
    view,
    pointer: { node: null, edge: null },
    selectedEdge: null,
    front: view.panel && !showsDetail(view) ? "tool" : "detail",
    pickedOn: "elsewhere",
    welcome: welcomeStays({ welcome: true, selectedEdge: null, view }),
    cameFrom: null,
    compareAsked,
    sheetFull: false,
    legend: NO_LEGEND,
    frameAsked: 0,
  };
}

export const explorerStore = createStore<ExplorerState>(initialState());

/** Reads a slice of the store; the selector must return a stable value (a primitive or a stored object). */
export function useExplorer<T>(selector: (state: ExplorerState) => T): T {
  return useSyncExternalStore(explorerStore.subscribe, () => selector(explorerStore.get()));
}
