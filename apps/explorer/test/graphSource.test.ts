import { describe, expect, it } from "vitest";
import { graphSource } from "../vite/graphAssetPlugin";

describe("graphSource", () => {
  it("ships the repository's build/graph.json unless SIMPUL_GRAPH says otherwise", () => {
    expect(graphSource("/repo", {})).toBe("/repo/build/graph.json");
    expect(graphSource("/repo", { SIMPUL_GRAPH: "apps/explorer/test/fixtures/graph.json" })).toBe(
      "/repo/apps/explorer/test/fixtures/graph.json",
    );
    expect(graphSource("/repo", { SIMPUL_GRAPH: "/tmp/other.json" })).toBe("/tmp/other.json");
  });
});
