import { GraphFormatError } from "../src/core/graph/GraphFormatError.ts";
import { shardFile, VIEW_FILE } from "../src/core/graph/payload.ts";
import { splitGraph } from "../src/core/graph/splitGraph.ts";

/**
 * The files the app fetches, by path relative to index.html, made from the
 * text of a `graph.json`: the view and its detail shards, minified. Throws
 * an Error that says what is wrong with the graph and how to fix it.
 */
export function graphFiles(text: string, origin: string): Map<string, string> {
  let split: ReturnType<typeof splitGraph>;
  try {
    split = splitGraph(JSON.parse(text));
  } catch (error) {
    const reason = error instanceof GraphFormatError ? error.message : `not valid JSON (${(error as Error).message})`;
    throw new Error(`[simpul-graph] ${origin} cannot be shipped: ${reason}. Rebuild it with "npm run build:graph".`);
  }
  const files = new Map([[VIEW_FILE, JSON.stringify(split.view)]]);
  for (const shard of split.shards) files.set(shardFile(shard.shard), JSON.stringify(shard));
  return files;
}
