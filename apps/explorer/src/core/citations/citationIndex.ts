import { detailsRevision, detailsState } from "../graph/details";
import type { KnowledgeGraph } from "../graph/types";
import type { BibliographyEntry, CitationIndex, Claim } from "./types";

const cache = new WeakMap<KnowledgeGraph, { revision: number; index: CitationIndex }>();

/**
 * Indexes every claim (edge or table cell) by the references it cites.
 * Memoized per graph until more note details, with their table cells, arrive.
 */
export function citationIndex(graph: KnowledgeGraph): CitationIndex {
  const revision = detailsRevision(graph);
  const cached = cache.get(graph);
  if (cached?.revision === revision) return cached.index;
  const references = graph.getAttribute("references");
  const workByBibkey = new Map<string, string>();
  graph.forEachNode((key, node) => {
    const bibkey = node.fields.bibkey;
    if (node.type === "work" && bibkey) workByBibkey.set(bibkey, key);
  });
  const entries = new Map<string, BibliographyEntry>();
  const entry = (key: string): BibliographyEntry => {
    let found = entries.get(key);
    if (!found) {
      found = {
        key,
        reference: references[key],
        work: workByBibkey.get(key) ?? null,
        claims: [],
        count: 0,
        unlisted: 0,
      };
      entries.set(key, found);
    }
    return found;
  };
  for (const key of Object.keys(references)) entry(key);
  graph.forEachEdge((edge, attributes, source, target) => {
    for (const citation of attributes.citations) {
      entry(citation.key).claims.push({
        kind: "edge",
        edge,
        source,
        target,
        relation: attributes.type,
        page: citation.page,
        provenance: attributes.provenance,
      });
    }
  });
  graph.forEachNode((node, attributes) => {
    for (const value of attributes.dimensions) {
      for (const citation of value.citations) {
        entry(citation.key).claims.push({
          kind: "value",
          node,
          table: value.table,
          dimension: value.dimension,
          row: value.row,
          value: value.value,
          ...(value.valueEn && { valueEn: value.valueEn }),
          page: citation.page,
        });
      }
    }
  });
  // The view counts every table cell that cites; the cells listed are only those whose details are in.
  const cells = detailsState(graph)?.cells;
  for (const key of cells?.keys() ?? []) entry(key);
  for (const found of entries.values()) {
    const listedCells = distinctClaims(found.claims.filter((claim) => claim.kind === "value"));
    found.unlisted = Math.max(0, (cells?.get(found.key) ?? listedCells) - listedCells);
    found.count = distinctClaims(found.claims) + found.unlisted;
  }
  const index = { entries, workByBibkey };
  cache.set(graph, { revision, index });
  return index;
}

/** How many claims these are: a relation listed twice (a row per page, or per work it cites) is one. */
export function distinctClaims(claims: Iterable<Claim>): number {
  return new Set(Array.from(claims, claimId)).size;
}

/** What one claim is, whichever reference or page it is listed under: a relation, or a table cell. */
export function claimId(claim: Claim): string {
  return claim.kind === "edge" ? `edge:${claim.edge}` : `cell:${claim.node}\n${claim.table}\n${claim.dimension}`;
}
