import { readFileSync } from "node:fs";

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

function futureVersion(): string {
  const graph = JSON.parse(fixture);
  graph.attributes.version = 99;
  return JSON.stringify(graph);
}

/** One graph per URL prefix served by the test server. */
export const GRAPH_VARIANTS: Record<string, string> = {
  app: fixture,
  hostile: hostile(),
  corrupt: `${fixture.slice(0, 500)}`,
  future: futureVersion(),
};
