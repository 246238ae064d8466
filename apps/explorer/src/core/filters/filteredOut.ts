import type { KnowledgeGraph } from "../graph/types";
import type { ViewState } from "../view/types";

type Filters = Pick<ViewState, "hiddenTypes" | "hiddenNodes">;

/** Nodes the filters hide, and the filters that hide them. */
export interface FilteredOut {
  keys: string[];
  /** Their types the filters hide. */
  types: string[];
  /** Those hidden by name, as hubs. */
  hubs: string[];
}

/**
 * Which of `keys` (the nodes a panel shows) the type and hub filters hide.
 * visibleNodes draws them all the same while the panel is open, and they
 * vanish when it closes: the panel says so, and offers to lift those filters.
 */
export function filteredOut(graph: KnowledgeGraph, filters: Filters, keys: string[]): FilteredOut {
  const present = keys.filter((key) => graph.hasNode(key));
  const typeHidden = (key: string) => filters.hiddenTypes.includes(graph.getNodeAttribute(key, "type"));
  const hubs = present.filter((key) => filters.hiddenNodes.includes(key));
  const types = [...new Set(present.filter(typeHidden).map((key) => graph.getNodeAttribute(key, "type")))];
  return { keys: present.filter((key) => typeHidden(key) || hubs.includes(key)), types, hubs };
}

/** The filters once those that hid `out` are lifted: its types shown again, its hubs no longer hidden. */
export function withShown<F extends Filters>(filters: F, out: FilteredOut): F {
  return {
    ...filters,
    hiddenTypes: filters.hiddenTypes.filter((type) => !out.types.includes(type)),
    hiddenNodes: filters.hiddenNodes.filter((key) => !out.hubs.includes(key)),
  };
}
