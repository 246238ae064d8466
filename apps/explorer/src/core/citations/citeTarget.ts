import type { KnowledgeGraph } from "../graph/types";
import { nodeLabel } from "../i18n/labels";
import type { Lang } from "../i18n/types";
import { fold } from "../search/normalize";
import { displayName, lastName } from "./authorNames";
import { claimId } from "./citationIndex";
import { referenceShort } from "./citationLabel";
import type { CitationIndex } from "./types";

/** What `?cite=` names: a work node, an author node, or a bare bibliography key. */
export interface CiteTarget {
  kind: "work" | "author" | "reference";
  /** The node key, or the bibliography key for a reference without a note. */
  key: string;
  /** Bibliography keys whose claims the citation view lists. */
  bibkeys: string[];
}

/** What a citation view is about, as a title names it: a node's label, or a reference's author and year. */
export function citeSubject(graph: KnowledgeGraph, index: CitationIndex, key: string, lang: Lang): string {
  if (graph.hasNode(key)) return nodeLabel(graph.getNodeAttributes(key), lang);
  return referenceShort(index.entries.get(key)?.reference, key, lang);
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
  const year = (key: string) => Number.parseInt(index.entries.get(key)?.reference?.year ?? "", 10) || 0;
  return [...keys].sort((a, b) => year(a) - year(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** Whether any claim cites a node (a work, or an author's works): the cheap test before offering its citation view. */
export function isCited(graph: KnowledgeGraph, index: CitationIndex, key: string): boolean {
  const target = citeTarget(graph, index, key);
  return target?.bibkeys.some((bibkey) => (index.entries.get(bibkey)?.count ?? 0) > 0) ?? false;
}

/**
 * How many claims cite a target's references: a claim citing two of them
 * (Rothman & Tropman 1987 and Rothman 1995), or one twice at two pages, is
 * one claim. Table cells whose details are not in yet are counted as the
 * view counts them.
 */
export function claimCount(index: CitationIndex, bibkeys: string[]): number {
  const listed = new Set<string>();
  let unlisted = 0;
  for (const key of bibkeys) {
    const entry = index.entries.get(key);
    if (!entry) continue;
    for (const claim of entry.claims) listed.add(claimId(claim));
    unlisted += entry.count - new Set(entry.claims.map(claimId)).size;
  }
  return listed.size + unlisted;
}
