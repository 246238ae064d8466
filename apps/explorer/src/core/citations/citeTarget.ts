import type { KnowledgeGraph } from "../graph/types";
import { nodeLabel } from "../i18n/labels";
import type { Lang } from "../i18n/types";
import { compareText } from "../search/compareText";
import { fold } from "../search/normalize";
import { displayName, lastName, namedAuthors } from "./authorNames";
import { distinctClaims } from "./citationIndex";
import { referenceShort, referenceYear } from "./citationLabel";
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

/**
 * A cited work as a citation names it: its authors and year; a work with no
 * author by its note's title in the UI language, as the citation view's own
 * title names it ("Summary of Social Work and Social Workers" in English,
 * where the bibliography keeps the Indonesian title as published).
 */
export function citationShort(graph: KnowledgeGraph, index: CitationIndex, bibkey: string, lang: Lang): string {
  const reference = index.entries.get(bibkey)?.reference;
  const work = index.workByBibkey.get(bibkey);
  if ((reference?.authors.length ?? 0) > 0 || !work || !graph.hasNode(work))
    return referenceShort(reference, bibkey, lang);
  return [nodeLabel(graph.getNodeAttributes(work), lang), reference?.year].filter(Boolean).join(" ");
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
 * entries listing the author by name or by an alias such as "Rothman"; by year.
 */
function authorBibkeys(graph: KnowledgeGraph, index: CitationIndex, author: string): string[] {
  const keys = new Set<string>();
  graph.forEachOutEdge(author, (_edge, attributes, _source, target) => {
    const bibkey = graph.getNodeAttribute(target, "fields").bibkey;
    if (attributes.type === "authored" && bibkey) keys.add(bibkey);
  });
  const node = graph.getNodeAttributes(author);
  const byName = bibkeysByAuthorName(index);
  for (const name of [node.label, node.labelEn, ...node.aliases]) {
    for (const key of (name && byName.get(fold(name))) || []) keys.add(key);
  }
  const year = (key: string) => referenceYear(index.entries.get(key)?.reference);
  return [...keys].sort((a, b) => year(a) - year(b) || compareText(a, b));
}

const byNameCache = new WeakMap<CitationIndex, Map<string, string[]>>();

/**
 * Bibliography keys by each author's folded full and family name, made once
 * per index: search asks for an author's works at every keystroke, and a
 * vault can cite thousands of works.
 */
function bibkeysByAuthorName(index: CitationIndex): Map<string, string[]> {
  let byName = byNameCache.get(index);
  if (byName) return byName;
  byName = new Map();
  for (const entry of index.entries.values()) {
    for (const author of namedAuthors(entry.reference?.authors ?? []).names) {
      for (const name of new Set([fold(displayName(author)), fold(lastName(author))])) {
        const keys = byName.get(name) ?? [];
        keys.push(entry.key);
        byName.set(name, keys);
      }
    }
  }
  byNameCache.set(index, byName);
  return byName;
}

/** Whether any claim cites a node (a work, or an author's works): it decides whether its citation view is offered. */
export function isCited(graph: KnowledgeGraph, index: CitationIndex, key: string): boolean {
  const target = citeTarget(graph, index, key);
  return target !== null && cites(index, target.bibkeys);
}

/** Whether any claim cites one of these references. */
export function cites(index: CitationIndex, bibkeys: readonly string[]): boolean {
  return bibkeys.some((bibkey) => (index.entries.get(bibkey)?.count ?? 0) > 0);
}

/**
 * How many claims cite a target's references: a claim citing two of them
 * (Rothman & Tropman 1987 and Rothman 1995), or one twice at two pages, is
 * one claim. Table cells whose details are not in yet are counted as the
 * view counts them.
 */
export function claimCount(index: CitationIndex, bibkeys: string[]): number {
  if (bibkeys.length === 1) return index.entries.get(bibkeys[0] as string)?.count ?? 0;
  let counts = countCache.get(index);
  if (!counts) {
    counts = new Map();
    countCache.set(index, counts);
  }
  const cacheKey = bibkeys.join("\n");
  let count = counts.get(cacheKey);
  if (count === undefined) {
    const entries = bibkeys.flatMap((key) => index.entries.get(key) ?? []);
    count = distinctClaims(entries.flatMap((entry) => entry.claims)) + entries.reduce((n, e) => n + e.unlisted, 0);
    counts.set(cacheKey, count);
  }
  return count;
}

/**
 * How many claims the lists of these works hold together: more than
 * claimCount when a claim cites two of them, as it is listed under each.
 */
export function listedCount(index: CitationIndex, bibkeys: string[]): number {
  return bibkeys.reduce((n, bibkey) => n + (index.entries.get(bibkey)?.count ?? 0), 0);
}

// An author's total is counted once per index: search rows and panels ask for it at every render.
const countCache = new WeakMap<CitationIndex, Map<string, number>>();
