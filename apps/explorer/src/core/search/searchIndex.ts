import MiniSearch from "minisearch";
import type { KnowledgeGraph } from "../graph/types";
import { fold, words } from "./normalize";
import { searchDocuments } from "./searchDocuments";
import { termVariants } from "./termVariants";
import type { SearchDocument } from "./types";

/** The MiniSearch engine and the documents it indexed, by id (for exact-name ranking and display). */
export interface SearchIndex {
  engine: MiniSearch<SearchDocument>;
  documents: Map<string, SearchDocument>;
}

/** Field weights: a name beats a mention in passing. */
export const FIELD_BOOSTS: Record<string, number> = {
  aliases: 3,
  label: 3,
  labelEn: 3,
  authors: 2,
  bibkey: 2,
  year: 1.5,
  title: 1.5,
  summary: 1,
  body: 0.4,
};

const cache = new WeakMap<KnowledgeGraph, SearchIndex>();

/** The MiniSearch index of a graph, built once per graph. Each word is indexed with its stems. */
export function searchIndex(graph: KnowledgeGraph): SearchIndex {
  const cached = cache.get(graph);
  if (cached) return cached;
  const engine = new MiniSearch<SearchDocument>({
    fields: Object.keys(FIELD_BOOSTS),
    extractField: (document, field) => {
      const value = document[field as keyof SearchDocument];
      return Array.isArray(value) ? value.join(" ") : value;
    },
    tokenize: (text) => words(text),
    processTerm: (term) => [term, ...termVariants(term)],
    // Queries are built from already expanded words (see searchGraph).
    searchOptions: { tokenize: (text) => [text], processTerm: (term) => fold(term) },
  });
  const documents = searchDocuments(graph);
  engine.addAll(documents);
  const index = { engine, documents: new Map(documents.map((document) => [document.id, document])) };
  cache.set(graph, index);
  return index;
}
