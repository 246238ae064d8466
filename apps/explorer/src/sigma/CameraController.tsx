import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import type { ClaimFilter } from "../core/citations/types";
import { isDenseGraph } from "../core/graphView/reducers";
import { citationNodes, viewCenters } from "../core/graphView/viewContext";
import { explorerStore, useExplorer } from "../core/store/explorerStore";
import { shownComparison, shownNode } from "../core/view/utils";
import { useGraph } from "../hooks/useGraph";
import { DURATION, fitVisible, framedPosition } from "./fitNodes";
import { focusKept, frameClaims, frameCompared, frameFocus, frameNode, frameView } from "./frameView";

/** How long typing in the claims' filter pauses before the camera follows it. */
const TYPING_PAUSE_MS = 350;

const claimFilterKey = (filter: ClaimFilter) => `${filter.text}\u0000${filter.page ?? ""}\u0000${filter.kind ?? ""}`;

/** Share of the viewport, from each side, within which a chosen node counts as "in view". */
const MARGIN = 0.12;

/**
 * Moves the camera to what the view is about. A node chosen elsewhere
 * (search, a panel, the URL) is framed with its neighbours; a node clicked
 * on the graph is already in sight and only followed if it left the screen;
 * a new comparison is framed whole; a citation view, what its claims join;
 * a view of none of these, the whole graph.
 */
export function CameraController() {
  const sigma = useSigma();
  const node = useExplorer((state) => shownNode(state.view));
  // Framed again when a comparison shows again after a node shown over it.
  const compared = useExplorer((state) => shownComparison(state.view).join(","));
  const graph = useGraph();
  const focus = useExplorer((state) => state.view.focus);
  const centers = useExplorer((state) => viewCenters(state.view).join(","));
  const frameAsked = useExplorer((state) => state.frameAsked);
  const cited = useExplorer((state) =>
    state.view.cite ? `${state.view.cite} ${claimFilterKey(state.view.claimFilter)}` : "",
  );

  // Sigma first shows the whole graph edge to edge, under the zoom buttons; the first view frames it clear of them.
  // Not a dense graph's: framing it again draws it again, seconds of software WebGL at 10,000 nodes, before the
  // search is ready; the fit button frames it as well.
  useEffect(() => {
    const { view } = explorerStore.get();
    if (!isDenseGraph(graph) && !shownNode(view) && shownComparison(view).length < 2) fitVisible(sigma, false);
  }, [sigma, graph]);

  useEffect(() => {
    const target = node ? framedPosition(sigma, node) : null;
    if (!node || !target) return;
    // Read, not subscribed: only a new node moves the camera, not a later filter or language change.
    if (explorerStore.get().pickedOn === "elsewhere") {
      frameNode(sigma, node);
      return;
    }
    const { x, y } = sigma.framedGraphToViewport(target);
    const { width, height } = sigma.getDimensions();
    const inView = x > width * MARGIN && x < width * (1 - MARGIN) && y > height * MARGIN && y < height * (1 - MARGIN);
    if (!inView) sigma.getCamera().animate(target, { duration: DURATION });
  }, [sigma, node]);

  useEffect(() => {
    const keys = compared.split(",").filter(Boolean);
    if (keys.length >= 2) frameCompared(sigma, keys);
  }, [sigma, compared]);

  // A neighbourhood the reader focuses on (1 or 2 steps) is framed whole, its labels drawn apart.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `centers` says the focus's centres changed; the view is read whole.
  useEffect(() => {
    const kept = focusKept(graph, explorerStore.get().view);
    if (focus > 0 && kept.length > 0) frameFocus(sigma, kept);
  }, [sigma, graph, focus, centers]);

  // A citation view frames what its claims join, again as its filter narrows them, after a pause: typed words move
  // the camera once, not at every letter.
  useEffect(() => {
    if (!cited) return;
    const timer = setTimeout(() => {
      const keys = citationNodes(graph, explorerStore.get().view);
      if (keys.length > 0) frameClaims(sigma, keys);
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [sigma, graph, cited]);

  // A panel asked (showFilteredOut): the view is framed as when it was opened.
  useEffect(() => {
    if (frameAsked > 0) frameView(sigma, graph);
  }, [sigma, graph, frameAsked]);

  return null;
}
