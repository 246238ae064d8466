import type { KnowledgeGraph } from "../graph/types";
import { fold } from "../search/normalize";
import { displayName, lastName } from "./authorNames";
import type { CitationIndex } from "./types";

/** What `?cite=` names: a work node, an author node, or a bare bibliography key. */
export interface CiteTarget {
  kind: "work" | "author" | "reference";
  /** The node key, or the bibliography key for a reference without a note. */
  key: string;
  /** Bibliography keys whose claims the citation view lists. */
  bibkeys: string[];
}

/** Resolves `?cite=`; null when the key names nothing citable. */
export function citeTarget(graph: KnowledgeGraph, index: CitationIndex, key: string): CiteTarget | null {
  if (graph.hasNode(key)) {
    const node = graph.getNodeAttributes(key);
    if (node.type === "author") return { kind: "author", key, bibkeys: authorBibkeys(graph, index, key) };
    const bibkey = node.fields.bibkey;
    if (bibkey) return { kind: "work", key, bibkeys: [bibkey] };
    return null;
  }
  if (index.entries.has(key)) return { kind: "reference", key, bibkeys: [key] };
  return null;
}

/**
 * An author's works: those the vault links with `authored`, and bibliography
 * entries listing the author by name or by an alias such as "Rothman".
 */
function authorBibkeys(graph: KnowledgeGraph, index: CitationIndex, author: string): string[] {
  const keys = new Set<string>();
  graph.forEachOutEdge(author, (_edge, attributes, _source, target) => {
    const bibkey = graph.getNodeAttribute(target, "fields").bibkey;
    if (attributes.type === "authored" && bibkey) keys.add(bibkey);
  });
  const node = graph.getNodeAttributes(author);
  const names = new Set([node.label, node.labelEn, ...node.aliases].filter(Boolean).map(fold));
  for (const entry of index.entries.values()) {
    const authors = entry.reference?.authors ?? [];
    if (authors.some((name) => names.has(fold(displayName(name))) || names.has(fold(lastName(name))))) {
      keys.add(entry.key);
    }
  }
  return [...keys].sort();
}

/** How many claims cite a target's references. */
export function claimCount(index: CitationIndex, bibkeys: string[]): number {
  return bibkeys.reduce((sum, key) => sum + (index.entries.get(key)?.count ?? 0), 0);
}
