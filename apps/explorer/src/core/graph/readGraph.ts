import Graph from "graphology";
import { checkSerializedGraph } from "./checkSerializedGraph";
import { GraphFormatError } from "./GraphFormatError";
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from "./types";

/** Parses the text of `graph.json` into a graphology graph, or throws a `GraphFormatError`. */
export function readGraph(text: string): KnowledgeGraph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new GraphFormatError("json", `graph.json is not valid JSON (${(error as Error).message})`);
  }
  const serialized = checkSerializedGraph(data);
  const graph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({
    type: "mixed",
    multi: true,
    allowSelfLoops: true,
    ...serialized.options,
  });
  try {
    graph.import(serialized);
  } catch (error) {
    throw new GraphFormatError("shape", (error as Error).message);
  }
  return graph;
}
