import { readFileSync } from "node:fs";
import { mergeShard, registerDetails } from "../src/core/graph/details";
import { readView } from "../src/core/graph/readView";
import { splitGraph } from "../src/core/graph/splitGraph";
import type { KnowledgeGraph } from "../src/core/graph/types";

/** The raw text of the fixture graph the unit and end-to-end tests share. */
export const fixtureText = readFileSync(new URL("fixtures/graph.json", import.meta.url), "utf8");

/**
 * A fresh graph read from the fixture the way the app reads it: split into
 * view and shards, the view read, then every shard merged (fresh, so memoized
 * indexes do not leak between tests). Small shards exercise the merge.
 */
export function fixtureGraph(): KnowledgeGraph {
  const { view, shards } = splitGraph(JSON.parse(fixtureText), 2048);
  const { graph, details } = readView(JSON.stringify(view));
  registerDetails(graph, details);
  for (const shard of shards) mergeShard(graph, shard.shard, JSON.parse(JSON.stringify(shard)));
  return graph;
}
