import { readFileSync } from "node:fs";
import { VIEW_FILE } from "../src/core/graph/payload";
import { graphFiles } from "../vite/graphFiles";

/** The fixture graph every scenario uses. */
export const fixture = readFileSync(new URL("../test/fixtures/graph.json", import.meta.url), "utf8");

/** Markup and script in every text field a note controls; the explorer must show it as text. */
export const HOSTILE_LABEL = `<img src=x onerror="alert('label')">CO`;
export const HOSTILE_SUMMARY = `<script>alert('summary')</script><b onmouseover="alert('b')">bold?</b>`;

function hostile(): string {
  const graph = JSON.parse(fixture);
  const node = graph.nodes.find((candidate: { key: string }) => candidate.key === "concept/community-organization");
  Object.assign(node.attributes, {
    label: HOSTILE_LABEL,
    labelEn: HOSTILE_LABEL,
    summary: HOSTILE_SUMMARY,
    summaryEn: HOSTILE_SUMMARY,
    body: `javascript:alert('body') <iframe src="javascript:alert('frame')"></iframe>`,
    aliases: ["CO", `<svg onload=alert('alias')>`],
  });
  graph.attributes.references.zastrow2008.title = `<img src=x onerror=alert('ref')>`;
  return JSON.stringify(graph);
}

/** The fixture's files with the view changed, as a newer build or a broken copy would leave it. */
function brokenView(change: (view: string) => string): Map<string, string> {
  const files = graphFiles(fixture, "fixture");
  files.set(VIEW_FILE, change(files.get(VIEW_FILE) ?? ""));
  return files;
}

/** The graph files (view and shards) served under each URL prefix of the test server. */
export const GRAPH_VARIANTS: Record<string, Map<string, string>> = {
  app: graphFiles(fixture, "fixture"),
  hostile: graphFiles(hostile(), "hostile fixture"),
  corrupt: brokenView((view) => view.slice(0, 500)),
  future: brokenView((view) => JSON.stringify({ ...JSON.parse(view), version: 99 })),
};
