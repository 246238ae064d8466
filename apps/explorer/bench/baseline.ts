// The floor `npm run bench` holds the explorer to: plain sigma with its
// default settings drawing the same graph view, with no app around it.
import "./baseline.css";
import Graph from "graphology";
import Sigma from "sigma";
import type { GraphViewPayload } from "../src/core/graph/payload";
import { nodeSizeScale, scaledNodeSize } from "../src/core/graphView/reducers";
import { FIRST_RENDER_MARK, markWhenPresented } from "../src/sigma/firstFrame";

const response = await fetch("../graph/view.json");
const view = (await response.json()) as GraphViewPayload;
const graph = new Graph({ multi: true, allowSelfLoops: true });
// Nodes at the sizes the explorer draws them, so both frames hold the same picture.
const scale = nodeSizeScale(view.nodes.length);
for (const [key, , label, , , , x, y, size, color] of view.nodes) {
  graph.addNode(key, { label, x, y, size: scaledNodeSize(size, scale), color });
}
for (const [source, target] of view.edges) {
  graph.addEdge(view.nodes[source]?.[0], view.nodes[target]?.[0]);
}
const container = document.getElementById("graph");
if (!container) throw new Error("baseline.html has no #graph element");
// Sigma draws its first frame as it is created; the mark waits until that frame is on screen, as the explorer's does.
new Sigma(graph, container);
markWhenPresented(FIRST_RENDER_MARK);
