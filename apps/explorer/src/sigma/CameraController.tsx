import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import type Sigma from "sigma";
import { visibleNodes } from "../core/filters/visibleNodes";
import { viewCenters } from "../core/graphView/viewContext";
import { explorerStore, useExplorer } from "../core/store/explorerStore";
import { shownComparison, shownNode } from "../core/view/utils";
import { useGraph } from "../hooks/useGraph";

/** Share of the viewport, from each side, within which a chosen node counts as "in view". */
const MARGIN = 0.12;
const DURATION = 450;

/**
 * Where a node sits in the camera's ("framed graph") space. Read from the
 * graph, not from sigma's display cache: right after a reducer change that
 * cache holds raw coordinates until the next frame.
 */
function framedPosition(sigma: Sigma, key: string): { x: number; y: number } | null {
  const graph = sigma.getGraph();
  if (!graph.hasNode(key)) return null;
  const { x, y } = graph.getNodeAttributes(key) as { x: number; y: number };
  return sigma.viewportToFramedGraph(sigma.graphToViewport({ x, y }));
}

/** Frames a set of nodes: their centre, and a zoom that shows them with some room around. */
function frame(sigma: Sigma, keys: string[], room: number, closest: number): void {
  const points = keys.map((key) => framedPosition(sigma, key)).filter((point) => point !== null);
  if (points.length === 0) return;
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  const center = { x: (Math.max(...xs) + Math.min(...xs)) / 2, y: (Math.max(...ys) + Math.min(...ys)) / 2 };
  sigma
    .getCamera()
    .animate({ ...center, ratio: Math.min(1, Math.max(closest, extent * room)) }, { duration: DURATION });
}

/**
 * Moves the camera to what the view is about. A node chosen elsewhere
 * (search, a panel, the URL) is framed with its neighbours; a node clicked
 * on the graph is already in sight and only followed if it left the screen;
 * a new comparison is framed whole.
 */
export function CameraController() {
  const sigma = useSigma();
  const node = useExplorer((state) => shownNode(state.view));
  // Framed again when a comparison shows again after a node shown over it.
  const compared = useExplorer((state) => shownComparison(state.view).join(","));
  const graph = useGraph();
  const focus = useExplorer((state) => state.view.focus);
  const centers = useExplorer((state) => viewCenters(state.view).join(","));

  useEffect(() => {
    const target = node ? framedPosition(sigma, node) : null;
    if (!node || !target) return;
    // Read, not subscribed: only a new node moves the camera, not a later filter or language change.
    if (explorerStore.get().pickedOn === "elsewhere") {
      frame(sigma, [node, ...sigma.getGraph().neighbors(node)], 1.4, 0.15);
      return;
    }
    const { x, y } = sigma.framedGraphToViewport(target);
    const { width, height } = sigma.getDimensions();
    const inView = x > width * MARGIN && x < width * (1 - MARGIN) && y > height * MARGIN && y < height * (1 - MARGIN);
    if (!inView) sigma.getCamera().animate(target, { duration: DURATION });
  }, [sigma, node]);

  useEffect(() => {
    const keys = compared.split(",").filter(Boolean);
    if (keys.length >= 2) frame(sigma, keys, 2.4, 0.4);
  }, [sigma, compared]);

  // A neighbourhood the reader focuses on (1 or 2 steps) is framed whole, its labels drawn apart.
  useEffect(() => {
    if (focus === 0) return;
    const { view } = explorerStore.get();
    const kept = visibleNodes(graph, view, centers.split(",").filter(Boolean), focus);
    if (kept.size >= 2) frame(sigma, [...kept], 1.6, 0.15);
  }, [sigma, graph, focus, centers]);

  return null;
}
