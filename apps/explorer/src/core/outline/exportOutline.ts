import { csvText } from "../csv/csvText";
import { HIERARCHY, type KnowledgeGraph } from "../graph/types";
import { nodeLabel, nodeSummary, otherLabel } from "../i18n/labels";
import type { Lang } from "../i18n/types";
import type { Outline, OutlineItem } from "./types";

function markdownLines(graph: KnowledgeGraph, items: OutlineItem[], lang: Lang, depth: number): string[] {
  return items.flatMap((item) => {
    const indent = "  ".repeat(depth);
    let line = `${indent}- ${item.label}`;
    if (item.key) {
      const other = otherLabel(graph.getNodeAttributes(item.key), lang);
      line += `${other ? ` (${other})` : ""} — \`${item.key}\``;
    }
    return [line, ...markdownLines(graph, item.children, lang, depth + 1)];
  });
}

/**
 * The outline as a nested Markdown list, one section per outline, ready for a
 * syllabus; `note`, when given (what the filters left out), opens it as a quote.
 */
export function outlineToMarkdown(
  graph: KnowledgeGraph,
  outline: Outline,
  lang: Lang,
  headings: { topics: string; byType: string; note?: string },
): string {
  return [
    ...(headings.note ? [`> ${headings.note}`, ""] : []),
    `# ${headings.topics}`,
    "",
    ...markdownLines(graph, outline.topics, lang, 0),
    "",
    `# ${headings.byType}`,
    "",
    ...markdownLines(graph, outline.byType, lang, 0),
    "",
  ].join("\n");
}

/** One row per node of the outline: key, type, both labels, broader topics and summary. */
export function outlineToCsv(graph: KnowledgeGraph, outline: Outline, lang: Lang): string {
  const keys = new Set(outline.byType.flatMap((heading) => heading.children.map((item) => item.key ?? "")));
  const rows = [["key", "type", "label", "label_en", "broader", "summary"]];
  for (const key of keys) {
    const node = graph.getNodeAttributes(key);
    const broader = graph
      .outEdges(key)
      .filter((edge) => graph.getEdgeAttribute(edge, "type") === HIERARCHY && keys.has(graph.target(edge)))
      .map((edge) => graph.target(edge))
      .join("; ");
    rows.push([key, node.type, node.label, node.labelEn || nodeLabel(node, "en"), broader, nodeSummary(node, lang)]);
  }
  return csvText(rows);
}
