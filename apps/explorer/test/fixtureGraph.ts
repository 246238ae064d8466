import { readFileSync } from "node:fs";
import { readGraph } from "../src/core/graph/readGraph";
import type { KnowledgeGraph } from "../src/core/graph/types";

/** The raw text of the fixture graph the unit and end-to-end tests share. */
export const fixtureText = readFileSync(new URL("fixtures/graph.json", import.meta.url), "utf8");

/** A fresh graph read from the fixture (fresh, so memoized indexes do not leak between tests). */
export function fixtureGraph(): KnowledgeGraph {
  return readGraph(fixtureText);
}
