import { citationIndex } from "../citations/citationIndex";
import { isCited } from "../citations/citeTarget";
import type { KnowledgeGraph } from "../graph/types";
import { MAX_COMPARED } from "../view/types";
import { guessComparison } from "./guessComparison";
import { type NamesInQuery, namesInQuery } from "./namesInQuery";
import { words } from "./normalize";
import { SEARCH_DEFAULTS, searchGraph } from "./searchGraph";
import { type SearchIndex, searchIndex } from "./searchIndex";
import type { SearchGroup, SearchSection } from "./types";

/** One choosable row of the results list: open a node, or open the claims citing it. */
export interface ResultOption {
  /** Unique, usable as a DOM id suffix. */
  id: string;
  action: "node" | "cite" | "compare";
  /** Node key, bibliography key for entries without a note, or the compared node keys joined by ",". */
  key: string;
  type: string;
}

/** A part of the results list: the comparison a query of names asks for, then the search's sections. */
export interface ResultGroup {
  section: SearchSection | "compare";
  options: ResultOption[];
}

/** Node types whose results also offer "claims citing". */
const CITABLE_TYPES = new Set(["author", "work"]);

/**
 * The rows of the results list, in the search's sections. Authors
 * and works that some claim cites (`cited`) get a second row that opens the
 * claims citing them, so "Rothman" reaches the citation view in one step;
 * bibliography entries without a note only have that row.
 */
export function resultOptions(groups: SearchGroup[], cited: (key: string) => boolean = () => true): ResultGroup[] {
  return groups.map((group) => ({
    section: group.section,
    options: group.hits.flatMap((hit): ResultOption[] => {
      if (hit.kind === "reference") {
        return [{ id: `cite-${hit.id}`, action: "cite", key: hit.id.slice("ref:".length), type: hit.type }];
      }
      const open: ResultOption = { id: `node-${hit.id}`, action: "node", key: hit.id, type: hit.type };
      if (!CITABLE_TYPES.has(hit.type) || !cited(hit.id)) return [open];
      return [open, { id: `cite-${hit.id}`, action: "cite", key: hit.id, type: hit.type }];
    }),
  }));
}

/**
 * The nodes a query asks to compare: the two or three it names, else, unless
 * it is one node's whole name ("Advokasi vs Negosiasi", "Perbedaan CO dan
 * CD"), those it names in part (guessComparison).
 */
function comparedKeys(
  graph: KnowledgeGraph,
  search: SearchIndex,
  terms: string[],
  found: NamesInQuery,
): string[] | undefined {
  // Authors and works are not set side by side: "rothman tropman" asks for their work.
  const comparable = (key: string) => !CITABLE_TYPES.has(graph.getNodeAttribute(key, "type"));
  // A name that is also a work's ("Social Planning") compares the model, the concept or the role.
  const named = found.whole ? [...new Set(found.names.map((ids) => ids.find(comparable) ?? (ids[0] as string)))] : [];
  if (named.length >= 2 && named.length <= MAX_COMPARED && named.every(comparable)) return named;
  return search.named.has(terms.join(" ")) ? undefined : guessComparison(graph, search, terms, comparable);
}

/**
 * What the search box lists for a query: the search, then its rows, a claims
 * row only where claims are; first, when the query is nothing but two or
 * three names of nodes other than authors and works ("co cd"), or asks to
 * compare what it names in part ("pengorganisasian vs pengembangan"), a row
 * that compares them.
 */
export function searchOptions(graph: KnowledgeGraph, query: string): ResultGroup[] {
  if (query.trim() === "") return [];
  const index = citationIndex(graph);
  const search = searchIndex(graph);
  const terms = words(query);
  const found = namesInQuery(search.named, terms);
  const rows = resultOptions(searchGraph(search, query, SEARCH_DEFAULTS, found), (key) => isCited(graph, index, key));
  const keys = comparedKeys(graph, search, terms, found);
  if (!keys) return rows;
  const compare: ResultOption = {
    id: `compare-${keys.join("-")}`,
    action: "compare",
    key: keys.join(","),
    type: "compare",
  };
  return [{ section: "compare", options: [compare] }, ...rows];
}
