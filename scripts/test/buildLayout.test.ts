import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type GraphStructure, layoutStructure } from "@simpul/graph";
import { describe, expect, it } from "vitest";
import { BuildLayout } from "../src/layoutThread";

/** The bundled worker, as the CLI runs it. */
const worker = pathToFileURL(join(import.meta.dirname, "..", "dist", "parseWorker.mjs"));

/** A ring of `order` nodes, each also joined to the node `skip` further on. */
function ring(order: number, skip: number): GraphStructure {
  const ends: number[] = [];
  for (let node = 0; node < order; node++) ends.push(node, (node + 1) % order, node, (node + skip) % order);
  return { order, ends: Uint32Array.from(ends) };
}

describe("BuildLayout", () => {
  it("gives the guessed structure's layout when the graph has that structure", async () => {
    const layout = new BuildLayout(worker);
    layout.guess(ring(60, 7));
    expect(await layout.run(ring(60, 7))).toEqual(layoutStructure(ring(60, 7)));
  });

  it("lays out the graph's own structure when the guess was wrong", async () => {
    const layout = new BuildLayout(worker);
    layout.guess(ring(60, 7));
    const placement = await layout.run(ring(60, 11));
    expect(placement).toEqual(layoutStructure(ring(60, 11)));
    expect(placement).not.toEqual(layoutStructure(ring(60, 7)));
  });
});
