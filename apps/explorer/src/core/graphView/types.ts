import type { Lang } from "../i18n/types";

/** Why a node stands out: the reader's focus, a neighbour of it, or a part of a comparison. */
export type NodeEmphasis = "focus" | "neighbour" | "compared" | "shared" | "path";

/** An entry of the legend: a node type or a relation, which pointing at lights up on the graph. */
export interface LegendItem {
  kind: "type" | "relation";
  name: string;
}

/** Whether two legend entries (or none) are the same entry. */
export const sameLegendItem = (a: LegendItem | null, b: LegendItem | null): boolean =>
  a?.kind === b?.kind && a?.name === b?.name;

/** Everything the sigma reducers need, computed from the store in one place. */
export interface GraphViewContext {
  lang: Lang;
  /** Nodes left by filters and focus. */
  visible: Set<string>;
  hiddenRelations: Set<string>;
  emphasis: Map<string, NodeEmphasis>;
  /** Edges drawn strongly (incident to the focus, on a path, hovered, selected). */
  strongEdges: Set<string>;
  /** Edges that show their relation's label. */
  labelledEdges: Set<string>;
  /** With something emphasised, everything else fades. */
  fadeOthers: boolean;
}
