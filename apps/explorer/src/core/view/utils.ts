import { NO_CLAIM_FILTER } from "../citations/filterClaims";
import type { BibliographyOrder, BibliographySort, ClaimFilter } from "../citations/types";
import type { Lang } from "../i18n/types";
import { parsePlace, placeText } from "./panelPlace";
import { MAX_COMPARED, type PanelPlace, TOOL_PANELS, type ToolPanel, type ViewState } from "./types";

/** The view of a URL without parameters. */
export function emptyView(lang: Lang = "id"): ViewState {
  return {
    node: null,
    place: null,
    compare: [],
    q: "",
    bib: "",
    bibOrder: DEFAULT_ORDER,
    cite: null,
    claimFilter: NO_CLAIM_FILTER,
    lang,
    panel: null,
    focus: 0,
    hiddenTypes: [],
    hiddenRelations: [],
    hiddenNodes: [],
  };
}

const DEFAULT_ORDER: BibliographyOrder = { by: "author", descending: false };
const SORTS: readonly BibliographySort[] = ["author", "year", "claims"];

/** `year`, `-claims`: a column, descending when it starts with "-". */
function parseOrder(value: string | null): BibliographyOrder {
  const descending = value?.startsWith("-") ?? false;
  const by = value?.slice(descending ? 1 : 0) as BibliographySort;
  return SORTS.includes(by) ? { by, descending } : DEFAULT_ORDER;
}

const orderText = ({ by, descending }: BibliographyOrder): string => `${descending ? "-" : ""}${by}`;
const isDefaultOrder = (order: BibliographyOrder): boolean => orderText(order) === orderText(DEFAULT_ORDER);

const list = (value: string | null): string[] =>
  [...new Set((value ?? "").split(",").map((item) => item.trim()))].filter(Boolean);

/** A view whose bibliography filter and order are kept only while the bibliography panel is open. */
export function withPanelState(view: ViewState): ViewState {
  return view.panel === "index" || (view.bib === "" && isDefaultOrder(view.bibOrder))
    ? view
    : { ...view, bib: "", bibOrder: DEFAULT_ORDER };
}

const isEmptyFilter = ({ text, page, kind }: ClaimFilter): boolean => text === "" && page === null && kind === null;

/** A view whose claim filter is kept only while a citation view is shown: closing it drops the filter. */
export function withCiteState(view: ViewState): ViewState {
  return view.cite !== null || isEmptyFilter(view.claimFilter) ? view : { ...view, claimFilter: NO_CLAIM_FILTER };
}

/**
 * A view whose place is kept only while its node's panel is shown: what
 * hides the panel (a citation view over it, a comparison, closing it) drops
 * the place, so the panel shown again later opens at its top.
 */
export function withPlaceState(view: ViewState): ViewState {
  return view.place === null || shownNode(view) !== null ? view : { ...view, place: null };
}

/** Reads a view from `location.search`; unknown or malformed values fall back to defaults. */
export function parseView(search: string, defaultLang: Lang = "id"): ViewState {
  const params = new URLSearchParams(search);
  const lang = params.get("lang");
  const panel = params.get("panel");
  const focus = Number(params.get("focus"));
  const view = withPanelState({
    node: params.get("node") || null,
    place: parsePlace(params.get("at")),
    compare: list(params.get("compare")).slice(0, MAX_COMPARED),
    q: params.get("q") ?? "",
    bib: params.get("bib") ?? "",
    bibOrder: parseOrder(params.get("sort")),
    cite: params.get("cite") || null,
    claimFilter: {
      text: params.get("cq") ?? "",
      // A page or kind is one value: spaces around it (a hand-edited link) are not part of it, nor is an empty one.
      page: params.get("page")?.trim() || null,
      kind: params.get("kind")?.trim() || null,
    },
    lang: lang === "id" || lang === "en" ? lang : defaultLang,
    panel: TOOL_PANELS.includes(panel as ToolPanel) ? (panel as ToolPanel) : null,
    focus: focus === 1 || focus === 2 ? focus : 0,
    hiddenTypes: list(params.get("hide")),
    hiddenRelations: list(params.get("hiderel")),
    hiddenNodes: list(params.get("hidenode")),
  });
  return withPlaceState(withCiteState(view));
}

/** Every key a URL asks to compare: parseView keeps three, not yet knowing which name a node (askedComparison). */
export function comparedKeys(search: string): string[] {
  return list(new URLSearchParams(search).get("compare"));
}

// Node keys contain "/" and lists use ","; both are legal in a query string and
// keep shared links readable.
const encode = (value: string): string =>
  encodeURIComponent(value).replaceAll("%2F", "/").replaceAll("%2C", ",").replaceAll("%20", "+");

/**
 * Writes a view as a query string, in a fixed parameter order. The language
 * is always written: without it a reload, a shared link or back/forward
 * would fall back to the browser's language and lose the reader's choice.
 */
export function serializeView(view: ViewState): string {
  const pairs: [string, string][] = [];
  if (view.node) pairs.push(["node", view.node]);
  if (view.place) pairs.push(["at", placeText(view.place)]);
  if (view.compare.length > 0) pairs.push(["compare", view.compare.join(",")]);
  if (view.cite) pairs.push(["cite", view.cite]);
  if (view.claimFilter.text) pairs.push(["cq", view.claimFilter.text]);
  if (view.claimFilter.page) pairs.push(["page", view.claimFilter.page]);
  if (view.claimFilter.kind) pairs.push(["kind", view.claimFilter.kind]);
  if (view.q) pairs.push(["q", view.q]);
  if (view.bib) pairs.push(["bib", view.bib]);
  if (!isDefaultOrder(view.bibOrder)) pairs.push(["sort", orderText(view.bibOrder)]);
  if (view.panel) pairs.push(["panel", view.panel]);
  if (view.focus) pairs.push(["focus", String(view.focus)]);
  if (view.hiddenTypes.length > 0) pairs.push(["hide", [...view.hiddenTypes].sort().join(",")]);
  if (view.hiddenRelations.length > 0) pairs.push(["hiderel", [...view.hiddenRelations].sort().join(",")]);
  if (view.hiddenNodes.length > 0) pairs.push(["hidenode", [...view.hiddenNodes].sort().join(",")]);
  pairs.push(["lang", view.lang]);
  return `?${pairs.map(([key, value]) => `${key}=${encode(value)}`).join("&")}`;
}

/**
 * How one view became the next, for the history: `typed` (only the search,
 * bibliography or claim filter text changed: typing replaces the entry rather than
 * adding one per keystroke), `filtered` (only the filters, the focus, the
 * bibliography's order or the claims' page or kind changed: a run of toggles
 * is one entry, so Back undoes the run), `moved`
 * (anything else: a new entry), `same`.
 */
export type ViewChange = "typed" | "filtered" | "moved" | "same";

export function viewChange(a: ViewState, b: ViewState): ViewChange {
  if (serializeView(a) === serializeView(b)) return "same";
  const untyped = (view: ViewState) =>
    serializeView({ ...view, q: "", bib: "", claimFilter: { ...view.claimFilter, text: "" } });
  if (untyped(a) === untyped(b)) return "typed";
  const unfiltered = (view: ViewState) =>
    serializeView({
      ...view,
      focus: 0,
      hiddenTypes: [],
      hiddenRelations: [],
      hiddenNodes: [],
      bibOrder: DEFAULT_ORDER,
      claimFilter: { ...view.claimFilter, page: null, kind: null },
    });
  return unfiltered(a) === unfiltered(b) ? "filtered" : "moved";
}

/**
 * Shows one node (null: none), at a place in its panel or at its top:
 * leaves citations, keeps the comparison, so the node can join it; with no
 * node, a comparison of two or more shows again.
 */
export function withNode(view: ViewState, key: string | null, place: PanelPlace | null = null): ViewState {
  return { ...view, node: key, place: key === null ? null : place, cite: null };
}

/**
 * The view once what the detail panel shows is closed: a citation view
 * closes to the node or comparison it was opened over, a node to the
 * comparison it was opened over, a comparison to nothing.
 */
export function closedDetail(view: ViewState): ViewState {
  if (view.cite !== null) return { ...view, cite: null };
  if (view.node !== null && view.compare.length >= 2) return { ...view, node: null };
  return { ...view, node: null, compare: [] };
}

/**
 * The citation view a node was opened from, one of its claims' ends: a
 * node other than the one under the citation view (closing the view
 * returns to that one, and has its own way back).
 */
export function openedFromCitation(before: ViewState, after: ViewState): string | null {
  return before.cite !== null && after.cite === null && after.node !== null && after.node !== before.node
    ? before.cite
    : null;
}

/** Whether the detail panel has something to show in this view: a node, a citation view or a comparison. */
export function showsDetail(view: ViewState): boolean {
  return view.node !== null || view.cite !== null || view.compare.length >= 2;
}

/** The node whose panel is shown: none while a citation view is shown over it. */
export function shownNode(view: ViewState): string | null {
  return view.cite === null ? view.node : null;
}

/** The nodes shown side by side: a comparison of two or more, unless a node or a citation view is shown over it. */
export function shownComparison(view: ViewState): string[] {
  return view.compare.length >= 2 && view.node === null && view.cite === null ? view.compare : [];
}

/**
 * Adds a node to the comparison, or removes it when already there. With two
 * or more nodes the comparison replaces the node panel; a fourth replaces the third.
 */
export function withCompareToggled(view: ViewState, key: string): ViewState {
  const compare = view.compare.includes(key)
    ? view.compare.filter((item) => item !== key)
    : [...view.compare.slice(0, MAX_COMPARED - 1), key];
  if (compare.length >= 2) return { ...view, compare, node: null, cite: null };
  return { ...view, compare, node: view.node ?? compare[0] ?? null };
}

/**
 * Lists the claims citing a work, an author or a bibliography key; the node
 * or comparison it is opened from stays under it, shown again when it closes.
 * Another work's claims start unfiltered: words or a page chosen for one mean nothing for the next.
 */
export function withCite(view: ViewState, key: string | null): ViewState {
  return { ...view, cite: key, claimFilter: key === view.cite ? view.claimFilter : NO_CLAIM_FILTER };
}

/** Adds `item` to a set-like list, or removes it when present. */
export function toggled(items: string[], item: string): string[] {
  return items.includes(item) ? items.filter((other) => other !== item) : [...items, item];
}
