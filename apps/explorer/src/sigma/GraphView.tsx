import { SigmaContainer } from "@react-sigma/core";
import { useMemo } from "react";
import type { Settings } from "sigma/settings";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../core/graph/types";
import { baseEdgeDisplay, baseNodeDisplay } from "../core/graphView/reducers";
import { useGraph } from "../hooks/useGraph";
import { CameraController } from "./CameraController";
import { EventsController } from "./EventsController";
import { ReadinessController } from "./ReadinessController";
import { ReducersController } from "./ReducersController";
import { ResizeController } from "./ResizeController";
import { TestHooksController } from "./TestHooksController";
import { ZoomControls } from "./ZoomControls";

type GraphSettings = Partial<Settings<NodeAttributes, EdgeAttributes, GraphAttributes>>;

/**
 * Sigma settings. The base reducers are there from the first frame because
 * the graph's `type` attributes name node types, not sigma programs; the
 * ReducersController replaces them with the view's.
 */
const SETTINGS: GraphSettings = {
  nodeReducer: (_key, data) => baseNodeDisplay(data),
  edgeReducer: (_key, data) => baseEdgeDisplay(data),
  renderEdgeLabels: true,
  enableEdgeEvents: true,
  zIndex: true,
  defaultEdgeType: "arrow",
  labelFont: "system-ui, sans-serif",
  labelSize: 13,
  labelWeight: "500",
  edgeLabelFont: "system-ui, sans-serif",
  edgeLabelSize: 11,
  // Labels by zoom: only nodes drawn at least this large get one, and one per grid cell.
  labelRenderedSizeThreshold: 7,
  labelDensity: 0.5,
  labelGridCellSize: 90,
  stagePadding: 24,
  minCameraRatio: 0.05,
  maxCameraRatio: 4,
};

/** The graph canvas and the controllers that turn the store into what sigma draws. */
export function GraphView() {
  const graph = useGraph();
  const settings = useMemo(() => SETTINGS, []);
  return (
    <SigmaContainer graph={graph} settings={settings} className="graph-canvas">
      <ReadinessController />
      <ReducersController />
      <EventsController />
      <CameraController />
      <ResizeController />
      <ZoomControls />
      {__SIMPUL_E2E__ && <TestHooksController />}
    </SigmaContainer>
  );
}
