import { useMemo } from "react";
import { visibleNodes } from "../core/filters/visibleNodes";
import { viewCenters } from "../core/graphView/viewContext";
import { useGraph } from "./useGraph";
import { useView } from "./useView";

/** The nodes the filters and focus leave, shared by the outline and the filters panel. */
export function useVisibleNodes(): Set<string> {
  const graph = useGraph();
  const view = useView();
  return useMemo(() => visibleNodes(graph, view, viewCenters(view), view.focus), [graph, view]);
}
