import type { KnowledgeGraph, NodeAttributes, Vocabulary } from "../graph/types";
import type { ToolPanel } from "../view/types";
import type { StringKey } from "./strings";
import type { Lang } from "./types";

type Labelled = Pick<NodeAttributes, "label" | "labelEn">;

/** The name of each tool panel, as its top-bar button, its region and the page title say it. */
export const TOOL_LABELS: Record<ToolPanel, StringKey> = {
  outline: "outline",
  index: "bibliography",
  filters: "filters",
};

/** A node's label in `lang`, falling back to the other language when the note has none. */
export function nodeLabel(node: Labelled, lang: Lang): string {
  return lang === "en" ? node.labelEn || node.label : node.label || node.labelEn;
}

/** The label of a node by its key, in `lang`; the key itself when no node has it (a URL naming none). */
export function keyLabel(graph: KnowledgeGraph, key: string, lang: Lang): string {
  return graph.hasNode(key) ? nodeLabel(graph.getNodeAttributes(key), lang) : key;
}

/** The label in the other language, or null when it says the same thing. */
export function otherLabel(node: Labelled, lang: Lang): string | null {
  const other = nodeLabel(node, lang === "en" ? "id" : "en");
  return other && other !== nodeLabel(node, lang) ? other : null;
}

/** A node's summary in `lang`, falling back to the other language. */
export function nodeSummary(node: Pick<NodeAttributes, "summary" | "summaryEn">, lang: Lang): string {
  return lang === "en" ? node.summaryEn || node.summary : node.summary || node.summaryEn;
}

/**
 * A comparison table's text (title, dimension or value) in `lang`: its
 * English, from the note's `tables_en`, where the note gives one.
 */
export function tableText(text: string, english: string | undefined, lang: Lang): string {
  return lang === "en" && english ? english : text;
}

/** The vocabulary's name for a node type; the raw type name when the vocabulary lacks it. */
export function typeLabel(vocabulary: Vocabulary, type: string, lang: Lang): string {
  const def = vocabulary.types[type];
  if (!def) return type;
  return lang === "en" ? def.labelEn : def.label;
}

/** Which way an edge is read from the node being looked at. */
export type Direction = "out" | "in";

/**
 * How a relation reads from one end: its label from the source, its inverse
 * label from the target ("broader" / "narrower"); symmetric relations read the
 * same both ways.
 */
export function relationLabel(vocabulary: Vocabulary, relation: string, direction: Direction, lang: Lang): string {
  const def = vocabulary.relations[relation];
  if (!def) return relation.replaceAll("_", " ");
  const inverse = direction === "in" && !def.symmetric;
  if (lang === "en") return inverse ? def.inverseLabelEn : def.labelEn;
  return inverse ? def.inverseLabel : def.label;
}
