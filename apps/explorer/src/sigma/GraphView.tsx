import { SigmaContainer } from "@react-sigma/core";
import { useMemo } from "react";
import { drawDiscNodeLabel, drawStraightEdgeLabel } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from "../core/graph/types";
import { isDenseGraph } from "../core/graphView/reducers";
import { useGraph } from "../hooks/useGraph";
import { BenchHooksController } from "./BenchHooksController";
import { CameraController } from "./CameraController";
import { EventsController } from "./EventsController";
import { FIRST_RENDER_MARK, markWhenPresented } from "./firstFrame";
import { LabelsController } from "./LabelsController";
import { type PlacedLabels, placedLabels } from "./placedLabels";
import { ReadinessController } from "./ReadinessController";
import { currentReducers, ReducersController } from "./ReducersController";
import { ResizeController } from "./ResizeController";
import { TestHooksController } from "./TestHooksController";
import { ZoomControls } from "./ZoomControls";

type GraphSettings = Partial<Settings<NodeAttributes, EdgeAttributes, GraphAttributes>>;

/** Sigma settings but the reducers, which come from the view (firstSettings, then the ReducersController). */
const SETTINGS: GraphSettings = {
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
  labelDensity: 1,
  labelGridCellSize: 60,
  stagePadding: 24,
  minCameraRatio: 0.05,
  maxCameraRatio: 4,
};

/**
 * Sigma draws its first frame as it is created, so it starts with the view's
 * reducers. The first call of the node reducer is the one moment the app sees
 * that frame being drawn; it marks when the frame is on screen, for the bench.
 */
function firstSettings(
  graph: KnowledgeGraph,
  labels: PlacedLabels<NodeAttributes, EdgeAttributes, GraphAttributes>,
): GraphSettings {
  const reducers = currentReducers(graph);
  let drawn = false;
  return {
    ...SETTINGS,
    defaultDrawNodeLabel: labels.drawNodeLabel,
    defaultDrawEdgeLabel: labels.drawEdgeLabel,
    enableEdgeEvents: !isDenseGraph(graph),
    ...reducers,
    nodeReducer: (key, data) => {
      if (!drawn) {
        drawn = true;
        queueMicrotask(() => markWhenPresented(FIRST_RENDER_MARK));
      }
      return reducers.nodeReducer(key, data);
    },
  };
}

/** The graph canvas and the controllers that turn the store into what sigma draws. */
export function GraphView() {
  const graph = useGraph();
  // Labels placed by frame, for the sigma these settings start.
  const { labels, settings } = useMemo(() => {
    const labels = placedLabels<NodeAttributes, EdgeAttributes, GraphAttributes>({
      node: drawDiscNodeLabel,
      edge: drawStraightEdgeLabel,
    });
    return { labels, settings: firstSettings(graph, labels) };
  }, [graph]);
  return (
    <SigmaContainer graph={graph} settings={settings} className="graph-canvas">
      <ReadinessController />
      <ReducersController />
      <LabelsController labels={labels} />
      <EventsController />
      <CameraController />
      <ResizeController />
      <ZoomControls />
      {__SIMPUL_E2E__ && <TestHooksController drawnLabels={labels.drawn} />}
      {__SIMPUL_BENCH__ && <BenchHooksController />}
    </SigmaContainer>
  );
}
