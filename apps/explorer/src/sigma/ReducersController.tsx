import { useSigma } from "@react-sigma/core";
import { useEffect, useRef } from "react";
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from "../core/graph/types";
import { createReducers } from "../core/graphView/reducers";
import { viewContext } from "../core/graphView/viewContext";
import { explorerStore, useExplorer } from "../core/store/explorerStore";
import { useGraph } from "../hooks/useGraph";

/** The reducers for the store as it is now; GraphView starts sigma with them. */
export function currentReducers(graph: KnowledgeGraph) {
  const { view, pointer, selectedEdge, legend } = explorerStore.get();
  return createReducers(graph, viewContext(graph, view, pointer, selectedEdge, legend.pointed ?? legend.pressed));
}

/**
 * Translates view, hover, legend and edge selection into sigma reducers: highlight
 * and filter without touching the data. Sigma starts with the reducers of the
 * first view (see GraphView), so the first change is the first to redraw.
 */
export function ReducersController() {
  const sigma = useSigma<NodeAttributes, EdgeAttributes, GraphAttributes>();
  const graph = useGraph();
  const view = useExplorer((state) => state.view);
  const pointer = useExplorer((state) => state.pointer);
  const selectedEdge = useExplorer((state) => state.selectedEdge);
  const legend = useExplorer((state) => state.legend.pointed ?? state.legend.pressed);
  const mounted = useRef(false);
  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    sigma.setSettings(createReducers(graph, viewContext(graph, view, pointer, selectedEdge, legend)));
  }, [sigma, graph, view, pointer, selectedEdge, legend]);
  return null;
}
