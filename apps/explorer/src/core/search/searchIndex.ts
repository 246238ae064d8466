import MiniSearch from "minisearch";
import { detailsState, keysOfShard } from "../graph/details";
import type { KnowledgeGraph } from "../graph/types";
import { fold, words } from "./normalize";
import { nodeDocument, searchDocuments } from "./searchDocuments";
import { termVariants } from "./termVariants";
import type { SearchDocument } from "./types";

/** The MiniSearch engine and the documents it indexed, by id (for exact-name ranking and display). */
export interface SearchIndex {
  engine: MiniSearch<SearchDocument>;
  documents: Map<string, SearchDocument>;
  /** Detail shards whose summaries and text are indexed. */
  shards: Set<number>;
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

function createEngine(): MiniSearch<SearchDocument> {
  return new MiniSearch<SearchDocument>({
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
}

/**
 * The MiniSearch index of a graph, built once per graph; each word is indexed
 * with its stems. Notes whose details arrived since the last call are indexed
 * again with their summaries and text.
 */
export function searchIndex(graph: KnowledgeGraph): SearchIndex {
  const state = detailsState(graph);
  let index = cache.get(graph);
  if (!index) {
    const engine = createEngine();
    const documents = searchDocuments(graph);
    engine.addAll(documents);
    index = {
      engine,
      documents: new Map(documents.map((document) => [document.id, document])),
      shards: new Set(state ? state.loaded : []),
    };
    cache.set(graph, index);
    return index;
  }
  for (const shard of state?.loaded ?? []) {
    if (index.shards.has(shard) || !state) continue;
    for (const key of keysOfShard(state, shard)) {
      const document = nodeDocument(graph, key);
      index.engine.replace(document);
      index.documents.set(key, document);
    }
    index.shards.add(shard);
  }
  return index;
}
