import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../core/graph/types";
import { createReducers } from "../core/graphView/reducers";
import { viewContext } from "../core/graphView/viewContext";
import { useExplorer } from "../core/store/explorerStore";
import { useGraph } from "../hooks/useGraph";

/** Translates view, hover and edge selection into sigma reducers: highlight and filter without touching the data. */
export function ReducersController() {
  const sigma = useSigma<NodeAttributes, EdgeAttributes, GraphAttributes>();
  const graph = useGraph();
  const view = useExplorer((state) => state.view);
  const pointer = useExplorer((state) => state.pointer);
  const selectedEdge = useExplorer((state) => state.selectedEdge);
  useEffect(() => {
    const reducers = createReducers(graph, viewContext(graph, view, pointer, selectedEdge));
    sigma.setSettings(reducers);
  }, [sigma, graph, view, pointer, selectedEdge]);
  return null;
}
