import { useMemo } from "react";
import { relationLabel, typeLabel } from "../core/i18n/labels";
import { compareText } from "../core/search/compareText";
import { useGraph } from "./useGraph";
import { useLang } from "./useT";

/** Node types and relations present in the graph with their counts, ordered by their label in the UI language. */
export function useGraphCounts(): { types: [string, number][]; relations: [string, number][] } {
  const graph = useGraph();
  const lang = useLang();
  return useMemo(() => {
    const vocabulary = graph.getAttribute("vocabulary");
    const count = (values: string[], label: (name: string) => string): [string, number][] => {
      const counts = new Map<string, number>();
      for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
      return [...counts].sort(([a], [b]) => compareText(label(a), label(b)));
    };
    return {
      types: count(
        graph.mapNodes((_key, node) => node.type),
        (type) => typeLabel(vocabulary, type, lang),
      ),
      relations: count(
        graph.mapEdges((_key, edge) => edge.type),
        (relation) => relationLabel(vocabulary, relation, "out", lang),
      ),
    };
  }, [graph, lang]);
}
