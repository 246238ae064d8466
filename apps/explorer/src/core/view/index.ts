import type { BibliographyOrder, ClaimFilter } from "../citations/types";
import { askedComparison } from "../comparison/askedComparison";
import { type FilteredOut, withShown } from "../filters/filteredOut";
import type { GraphState } from "../graph/types";
import { type LegendItem, sameLegendItem } from "../graphView/types";
import type { Lang } from "../i18n/types";
import { type ExplorerState, explorerStore, NO_LEGEND } from "../store/explorerStore";
import { welcomeStays } from "../store/phoneSheet";
import { type FocusDepth, MAX_COMPARED, type PanelPlace, type ToolPanel, type ViewState } from "./types";
import {
  closedDetail,
  openedFromCitation,
  toggled,
  viewChange,
  withCite,
  withCiteState,
  withCompareToggled,
  withNode,
  withPanelState,
  withPlaceState,
} from "./utils";

type Front = "tool" | "detail";

const NO_POINTER = { node: null, edge: null };

function updateView(update: (view: ViewState) => ViewState, front?: Front, pickedOn?: ExplorerState["pickedOn"]): void {
  explorerStore.set((state) => {
    // Whatever closes the citation view (a claim's node opened, ×, a comparison) drops its filter with it,
    // and whatever hides the node panel drops the place in it.
    const view = withPlaceState(withCiteState(update(state.view)));
    if (view === state.view && (!front || front === state.front)) return state;
    // A new detail view replaces the edge card; filters and search keep it.
    const selectedEdge = front === "detail" ? null : state.selectedEdge;
    const same = view === state.view;
    // Only a node opened from the citation view came from it: Back and Forward (restoreView) may leap several
    // entries. Typing replaces the history entry, so the one before is still the citation view.
    const kept = same || (state.cameFrom !== null && viewChange(state.view, view) === "typed");
    const cameFrom = kept ? state.cameFrom : front === "detail" ? openedFromCitation(state.view, view) : null;
    // A view moved by an action (a panel's link or key, search, Back) and not by pointing: what was pointed at no
    // longer is. The camera or the panel moved under the pointer, and a link gone with its panel says no "leave",
    // so the hover would hide the new view until the pointer happened to move off it.
    const moved = (front !== undefined || pickedOn !== undefined) && viewChange(state.view, view) !== "same";
    const next = {
      ...state,
      view,
      pointer: moved ? NO_POINTER : state.pointer,
      // A pressed legend entry lights the view it was pressed over; any other (a filter hiding what it lit) ends it.
      legend: moved ? NO_LEGEND : same ? state.legend : { ...state.legend, pressed: null },
      front: front ?? state.front,
      selectedEdge,
      pickedOn: pickedOn ?? state.pickedOn,
      cameFrom,
      compareAsked: same ? state.compareAsked : [],
    };
    return { ...next, welcome: welcomeStays(next) };
  });
}

/** Opens a node in the node panel (null closes it); `pickedOn` says whether it was clicked on the graph. */
export const selectNode = (key: string | null, pickedOn: ExplorerState["pickedOn"] = "elsewhere"): void =>
  updateView((view) => withNode(view, key), "detail", pickedOn);

/** Opens a node's panel at a place in it (a claim's relation or table row), which the panel scrolls to and marks. */
export const selectNodeAt = (key: string, place: PanelPlace): void =>
  updateView((view) => withNode(view, key, place), "detail", "elsewhere");

/** Adds a node to the comparison or takes it out. */
export const toggleCompare = (key: string): void => updateView((view) => withCompareToggled(view, key), "detail");

/** Ends the comparison. */
export const clearCompare = (): void => updateView((view) => ({ ...view, compare: [] }), "detail");

/** Lists every claim citing a work, an author or a bibliography key. */
export const openCite = (key: string | null): void => updateView((view) => withCite(view, key), "detail");

/** Closes whatever the detail panel shows (see closedDetail), a selected edge among them. */
export const closeDetail = (): void => updateView(closedDetail, "detail");

export const setQuery = (q: string): void => updateView((view) => (view.q === q ? view : { ...view, q }));

export const setBibliographyFilter = (bib: string): void =>
  updateView((view) => (view.bib === bib ? view : { ...view, bib }));

export const setBibliographyOrder = (bibOrder: BibliographyOrder): void =>
  updateView((view) => ({ ...view, bibOrder }));

/** Narrows the citation view's claims: their words, a page, a kind (see ClaimFilter). */
export const setClaimFilter = (change: Partial<ClaimFilter>): void =>
  updateView((view) => {
    const old = view.claimFilter;
    const { text, page, kind } = { ...old, ...change };
    const same = text === old.text && page === old.page && kind === old.kind;
    return same || view.cite === null ? view : { ...view, claimFilter: { text, page, kind } };
  });

export const setLang = (lang: Lang): void => updateView((view) => (view.lang === lang ? view : { ...view, lang }));

/** Shows a tool panel (null hides it); the bibliography's filter and order go with it, as they went when they were the panel's own. */
export const openPanel = (panel: ToolPanel | null): void =>
  updateView((view) => (view.panel === panel ? view : withPanelState({ ...view, panel })), panel ? "tool" : "detail");

export const setFocus = (focus: FocusDepth): void => updateView((view) => ({ ...view, focus }));

export const toggleHiddenType = (type: string): void =>
  updateView((view) => ({ ...view, hiddenTypes: toggled(view.hiddenTypes, type) }));

export const toggleHiddenRelation = (relation: string): void =>
  updateView((view) => ({ ...view, hiddenRelations: toggled(view.hiddenRelations, relation) }));

export const toggleHiddenNode = (key: string): void =>
  updateView((view) => ({ ...view, hiddenNodes: toggled(view.hiddenNodes, key) }));

/** Shows every node type, relation and hub again. */
export const resetFilters = (): void =>
  updateView((view) => ({ ...view, hiddenTypes: [], hiddenRelations: [], hiddenNodes: [], focus: 0 }));

/**
 * Lifts the filters that hid nodes a panel shows (filteredOut), so they stay
 * when it closes, and frames the view: what came back around them is in sight.
 */
export const showFilteredOut = (out: FilteredOut): void => {
  updateView((view) => withShown(view, out));
  explorerStore.set((state) => ({ ...state, frameAsked: state.frameAsked + 1 }));
};

/** Replaces the whole view, as back/forward does. */
export const restoreView = (view: ViewState): void => updateView(() => view, undefined, "elsewhere");

export const setPointer = (node: string | null, edge: string | null): void =>
  explorerStore.set((state) =>
    state.pointer.node === node && state.pointer.edge === edge ? state : { ...state, pointer: { node, edge } },
  );

/** The legend entry pointed at or focused (null: none), lit up on the graph while it is. */
export const pointLegend = (item: LegendItem | null): void =>
  explorerStore.set((state) =>
    sameLegendItem(state.legend.pointed, item) ? state : { ...state, legend: { ...state.legend, pointed: item } },
  );

/** Presses a legend entry, lighting it up until pressed again or the view changes; pressing another moves it there. */
export const pressLegend = (item: LegendItem): void =>
  explorerStore.set((state) => ({
    ...state,
    legend: { ...state.legend, pressed: sameLegendItem(state.legend.pressed, item) ? null : item },
  }));

export const selectEdge = (edge: string | null): void =>
  explorerStore.set((state) =>
    state.selectedEdge === edge
      ? state
      : { ...state, selectedEdge: edge, front: "detail", welcome: welcomeStays({ ...state, selectedEdge: edge }) },
  );

/** Puts the welcome text away (on a phone, its sheet closes). */
export const closeWelcome = (): void =>
  explorerStore.set((state) => (state.welcome ? { ...state, welcome: false } : state));

/** Opens a comparison of the given nodes at once (a suggested comparison). */
export const compareNodes = (keys: string[]): void =>
  updateView((view) => ({ ...view, compare: keys.slice(0, MAX_COMPARED), node: null, cite: null }), "detail");

/** The graph is read: the comparison the URL asked for is read against it (askedComparison). */
export const graphLoaded = (graph: GraphState): void =>
  explorerStore.set((state) => {
    if (graph.status !== "ready" || state.compareAsked.length === 0) return { ...state, graph };
    const compare = askedComparison(state.compareAsked, (key) => graph.graph.hasNode(key));
    return { ...state, graph, view: { ...state.view, compare } };
  });
