import { expect, it } from "vitest";
import { mergeShard, registerDetails } from "../src/core/graph/details";
import { readView } from "../src/core/graph/readView";
import { splitGraph } from "../src/core/graph/splitGraph";
import { searchGraph } from "../src/core/search/searchGraph";
import { searchIndex } from "../src/core/search/searchIndex";
import { fixtureText } from "./fixtureGraph";

it("keeps searching while note details arrive shard by shard, with the event loop turning between", async () => {
  const serialized = JSON.parse(fixtureText);
  const template = serialized.nodes[0].attributes;
  for (let n = 0; n < 600; n++) {
    const words = Array.from({ length: 12 }, (_, i) => `kata${(n * 7 + i * 13) % 997}x${n % 31}`).join(" ");
    serialized.nodes.push({
      key: `concept/n${n}`,
      attributes: { ...template, label: `Catatan ${n}`, labelEn: "", aliases: [], body: words, summary: words },
    });
  }
  const { view, shards } = splitGraph(serialized, 8192);
  const { graph, details } = readView(JSON.stringify(view));
  registerDetails(graph, details);
  searchIndex(graph);
  for (const shard of shards) {
    mergeShard(graph, shard.shard, shard);
    searchGraph(searchIndex(graph), "catatan");
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(searchGraph(searchIndex(graph), "kata13x1").length).toBeGreaterThan(0);
});
