import { GraphFormatError } from "./GraphFormatError";
import { readGraph } from "./readGraph";
import type { GraphState } from "./types";

/** Fetches and reads the graph the build copied next to the app; never throws. */
export async function loadGraph(url: string): Promise<GraphState> {
  try {
    const response = await fetch(url, { cache: "no-cache" });
    if (!response.ok) {
      return { status: "error", kind: "fetch", detail: `${url}: HTTP ${response.status} ${response.statusText}` };
    }
    return { status: "ready", graph: readGraph(await response.text()) };
  } catch (error) {
    if (error instanceof GraphFormatError) return { status: "error", kind: error.kind, detail: error.message };
    return { status: "error", kind: "fetch", detail: `${url}: ${(error as Error).message}` };
  }
}
