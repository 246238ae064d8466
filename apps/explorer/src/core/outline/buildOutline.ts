import { HIERARCHY, type KnowledgeGraph } from "../graph/types";
import { nodeLabel, typeLabel } from "../i18n/labels";
import type { Lang } from "../i18n/types";
import { compareText } from "../search/compareText";
import type { Outline, OutlineItem } from "./types";

/** Narrower → broader and back, among the given nodes. */
function hierarchy(graph: KnowledgeGraph, visible: Set<string>) {
  const children = new Map<string, string[]>();
  const hasParent = new Set<string>();
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (attributes.type !== HIERARCHY || !visible.has(source) || !visible.has(target) || source === target) return;
    children.set(target, [...(children.get(target) ?? []), source]);
    hasParent.add(source);
  });
  return { children, hasParent };
}

/**
 * The outline of the shown nodes: the `broader` hierarchy from its roots
 * (a node under two broader topics appears under both), then every node by
 * type in vocabulary order. Labels and order follow `lang`.
 */
export function buildOutline(graph: KnowledgeGraph, visible: Set<string>, lang: Lang): Outline {
  const label = (key: string) => nodeLabel(graph.getNodeAttributes(key), lang);
  const byLabel = (a: string, b: string) => compareText(label(a), label(b));
  const { children, hasParent } = hierarchy(graph, visible);
  const item = (key: string, path: string, ancestors: Set<string>): OutlineItem => {
    const id = path ? `${path}>${key}` : key;
    const below = (children.get(key) ?? []).filter((child) => !ancestors.has(child)).sort(byLabel);
    const nextAncestors = new Set(ancestors).add(key);
    return {
      id,
      key,
      label: label(key),
      type: graph.getNodeAttribute(key, "type"),
      children: below.map((child) => item(child, id, nextAncestors)),
    };
  };
  const roots = [...children.keys()].filter((key) => !hasParent.has(key)).sort(byLabel);
  const vocabulary = graph.getAttribute("vocabulary");
  const types = [...new Set([...Object.keys(vocabulary.types), ...graph.mapNodes((_key, node) => node.type)])];
  const byType = types.flatMap((type): OutlineItem[] => {
    const keys = [...visible].filter((key) => graph.getNodeAttribute(key, "type") === type).sort(byLabel);
    if (keys.length === 0) return [];
    const heading = `type:${type}`;
    const nodes = keys.map((key) => ({ id: `${heading}>${key}`, key, label: label(key), type, children: [] }));
    return [{ id: heading, key: null, label: typeLabel(vocabulary, type, lang), type, children: nodes }];
  });
  return { topics: roots.map((key) => item(key, "", new Set())), byType };
}
