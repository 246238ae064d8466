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
  /** Each document's names (labels and aliases) as folded words joined by spaces, for exact-name ranking. */
  names: Map<string, string[]>;
  /** Documents by each of their folded names, so a query naming one exactly always finds it. */
  named: Map<string, string[]>;
  /** The most central nodes: where a query matching very many documents is ranked (see `focus`). */
  tier: Set<string>;
  /** Detail shards whose summaries and text are indexed. */
  shards: Set<number>;
}

/**
 * Field weights: a name beats a mention in passing. `names` is both labels and
 * the aliases as one field: they weigh the same, and one field keeps a word
 * shared by both labels to one posting, which is most of a large vault's search time.
 */
export const FIELD_BOOSTS: Record<string, number> = {
  names: 3,
  authors: 2,
  bibkey: 2,
  tags: 2,
  year: 1.5,
  title: 1.5,
  summary: 1,
  body: 0.4,
};

/** Size of `tier`: a common word's matches within it fill the results list many times over. */
export const TIER_SIZE = 2048;

const cache = new WeakMap<KnowledgeGraph, SearchIndex>();

function createEngine(): MiniSearch<SearchDocument> {
  return new MiniSearch<SearchDocument>({
    fields: Object.keys(FIELD_BOOSTS),
    // MiniSearch vacuums replaced documents asynchronously, walking its term
    // tree across timer turns; terms added in between (the next shard's notes)
    // split tree nodes under it and it throws. Without it, a replaced
    // document's postings are dropped when a search meets them.
    autoVacuum: false,
    extractField: (document, field) => {
      if (field === "names") return nameTexts(document).join(" ");
      if (field === "id") return document.id;
      const value = document[field as keyof SearchDocument];
      return Array.isArray(value) ? value.join(" ") : value;
    },
    tokenize: (text) => words(text),
    processTerm: (term) => [term, ...termVariants(term)],
    // Queries are built from already expanded words (see searchGraph).
    searchOptions: { tokenize: (text) => [text], processTerm: (term) => fold(term) },
  });
}

/** A document's labels and aliases, as written. */
const nameTexts = (document: SearchDocument): string[] => [document.label, document.labelEn, ...document.aliases];

/** A document's labels and aliases, each as its folded words joined by single spaces. */
function foldedNames(document: SearchDocument): string[] {
  return nameTexts(document).map((name) => words(name).join(" "));
}

function byName(names: Map<string, string[]>): Map<string, string[]> {
  const named = new Map<string, string[]>();
  for (const [id, folded] of names) {
    for (const name of new Set(folded)) {
      const ids = named.get(name) ?? [];
      ids.push(id);
      named.set(name, ids);
    }
  }
  return named;
}

function centralNodes(graph: KnowledgeGraph, size: number): Set<string> {
  const keys = graph.nodes();
  if (keys.length <= size) return new Set(keys);
  const centrality = (key: string) => graph.getNodeAttribute(key, "centrality");
  keys.sort((a, b) => centrality(b) - centrality(a) || (a < b ? -1 : a > b ? 1 : 0));
  return new Set(keys.slice(0, size));
}

/**
 * The MiniSearch index of a graph, built once per graph; each word is indexed
 * with its stems. Notes whose details arrived since the last call are indexed
 * again with their summaries and text; their names come from the view, so
 * `names` and `named` stay as built.
 */
export function searchIndex(graph: KnowledgeGraph): SearchIndex {
  const state = detailsState(graph);
  let index = cache.get(graph);
  if (!index) {
    const engine = createEngine();
    const documents = searchDocuments(graph);
    engine.addAll(documents);
    const names = new Map(documents.map((document) => [document.id, foldedNames(document)]));
    index = {
      engine,
      documents: new Map(documents.map((document) => [document.id, document])),
      names,
      named: byName(names),
      tier: centralNodes(graph, TIER_SIZE),
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
