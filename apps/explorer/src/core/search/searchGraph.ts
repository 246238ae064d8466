import { scoreDocuments } from "./enginePasses";
import { findDocuments, focus } from "./findDocuments";
import { nameCoverage } from "./nameCoverage";
import { misspelt, type NamesInQuery, namesInQuery } from "./namesInQuery";
import { words } from "./normalize";
import type { SearchIndex } from "./searchIndex";
import { termVariants } from "./termVariants";
import { SEARCH_SECTIONS, type SearchGroup, type SearchHit, type SearchSection } from "./types";

/** Ranking knobs: result caps, and how much naming a thing exactly outweighs text matches. */
export const SEARCH_DEFAULTS = {
  /** Text matches of one type listed at most, so one type does not fill the list; names are not capped. */
  textPerType: 6,
  total: 30,
  exactBoost: 4,
  startsWithBoost: 1.5,
};

/**
 * How exactly a query names a document, by its folded names: 1 for a label
 * or alias, 0.75 for one misspelt ("pengembangan masyrakat"; it gets the
 * boost of an exact name, not its place before every other result), 0.5 for
 * its start or, for a one-word query and name, the same word in another form
 * ("mediasi" for Mediator: they share "medi"), from 0.25 to 0.45 for a
 * name holding every word of a query of several in some form, by the share of its
 * words they give (nameCoverage), else 0. A different number is no typo:
 * "nasw goal 2" does not name "NASW goal 1". What depends on the query alone
 * is worked out once, not for every document found.
 */
export function nameExactness(query: string): (names: readonly string[]) => number {
  const forms = query.includes(" ") ? null : new Set([query, ...termVariants(query)]);
  const sameWord = (name: string) =>
    forms !== null && !name.includes(" ") && termVariants(name).some((f) => forms.has(f));
  const near = misspelt(query);
  const coverage = nameCoverage(query);
  return (names) => {
    if (names.includes(query)) return 1;
    if (names.some((name) => name.startsWith(query) || sameWord(name))) return 0.5;
    if (names.some(near)) return 0.75;
    // One word within longer names ("sosial") is what the text section is for: 34 names hold it in this vault.
    if (!query.includes(" ")) return 0;
    const share = Math.max(0, ...names.map(coverage));
    return share > 0 ? 0.25 + 0.2 * share : 0;
  };
}

/**
 * Searches the graph: every word must match, as typed and then, when that
 * finds fewer results than are shown, with typos and stems too (falling back
 * to any word when none match all). Results the query names (a label or
 * alias it equals, begins, misspells or gives another form of) come first
 * whatever their type, then matches in the text, each part best first. Text
 * relevance is MiniSearch's BM25 over the fields, weighted by `FIELD_BOOSTS`,
 * computed only for the documents kept (see `findDocuments` and `focus`). The names the query holds (namesInQuery)
 * may be given by a caller that has read them already.
 */
export function searchGraph(
  index: SearchIndex,
  query: string,
  options = SEARCH_DEFAULTS,
  names: NamesInQuery = namesInQuery(index.named, words(query)),
): SearchGroup[] {
  const terms = words(query);
  if (terms.length === 0) return [];
  const folded = terms.join(" ");
  const named = index.named.get(folded) ?? [];
  const { queries, ids } = findDocuments(index, terms, named, options.total);
  const exactness = nameExactness(folded);
  const results = scoreDocuments(index, queries, focus(index, ids, named, options.total));
  const tiers = new Map<string, number>();
  const hits = results.flatMap((result): SearchHit[] => {
    const document = index.documents.get(result.id);
    if (!document) return [];
    const exact = exactness(index.names.get(document.id) ?? []);
    tiers.set(document.id, exact);
    const boost = exact >= 0.75 ? options.exactBoost : exact > 0 ? options.startsWithBoost : 0;
    return [
      {
        id: document.id,
        kind: document.kind,
        type: document.type,
        score: result.score * (1 + boost),
        exact: exact === 1,
      },
    ];
  });
  // A query of several names ("co cd", "advocate mediator roles") names each exactly, and finds it though no
  // one document holds every word.
  const byId = new Map(hits.map((hit) => [hit.id, hit]));
  for (const id of names.names.flat()) {
    const document = index.documents.get(id);
    const hit = byId.get(id);
    if (hit) hit.exact = true;
    else if (document) {
      const named: SearchHit = { id, kind: document.kind, type: document.type, score: 0, exact: true };
      byId.set(id, named);
      hits.push(named);
    }
  }
  // A result the query names exactly (a label or an alias: "CO", "Rothman") comes first, whatever its text scores;
  // then those it names misspelt or begins ("pengorg": Pengorganisasian Masyarakat), then the text's best.
  const tier = (hit: SearchHit) => (hit.exact ? 1 : (tiers.get(hit.id) ?? 0));
  hits.sort((a, b) => tier(b) - tier(a) || b.score - a.score || a.id.localeCompare(b.id));
  // Sections, not types: grouped by type, "aksi" listed six concepts whose text mentions it before the model
  // named Aksi Sosial.
  const sections: Record<SearchSection, SearchHit[]> = { name: [], text: [] };
  const textOfType = new Map<string, number>();
  for (const hit of hits.slice(0, options.total)) {
    if (tier(hit) > 0) {
      sections.name.push(hit);
      continue;
    }
    const count = textOfType.get(hit.type) ?? 0;
    if (count < options.textPerType) sections.text.push(hit);
    textOfType.set(hit.type, count + 1);
  }
  return SEARCH_SECTIONS.filter((section) => sections[section].length > 0).map((section) => ({
    section,
    hits: sections[section],
  }));
}
