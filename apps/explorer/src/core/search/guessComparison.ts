import type { KnowledgeGraph } from "../graph/types";
import { MAX_COMPARED } from "../view/types";
import { AND, ASKING, BETWEEN, VERSUS } from "./comparisonWords";
import { matchingDocuments } from "./enginePasses";
import { MANY_MATCHES } from "./findDocuments";
import { beginsWord, SHORTEST_PREFIX } from "./normalize";
import type { SearchIndex } from "./searchIndex";

/**
 * The parts of a query that asks for a comparison, each a list of words:
 * split at "vs" ("pengorganisasian vs pengembangan"), or, after a question
 * ("perbedaan pembela dan mediator"), at "dan" and "and" too. None for a
 * query that asks for none, or one still being typed ("co vs").
 */
export function querySides(terms: readonly string[]): string[][] {
  const asking = ASKING.has(terms[0] ?? "");
  let start = 0;
  while (start < terms.length && (ASKING.has(terms[start] ?? "") || BETWEEN.has(terms[start] ?? ""))) start++;
  const rest = terms.slice(start);
  const splitAt = rest.some((term) => VERSUS.has(term)) ? VERSUS : asking ? new Set([...VERSUS, ...AND]) : undefined;
  if (!splitAt) return [];
  const sides: string[][] = [[]];
  for (const term of rest) {
    if (splitAt.has(term)) sides.push([]);
    else sides[sides.length - 1]?.push(term);
  }
  return sides.length >= 2 && sides.length <= MAX_COMPARED && sides.every((side) => side.length > 0) ? sides : [];
}

/** Candidates kept per side, the best by how they match: enough to find a pair the vault compares. */
const PER_SIDE = 6;

/** How a name matches a side. */
interface Match {
  /** Words of the name past the side's: "pengorganisasian" leaves one of Pengorganisasian Masyarakat. */
  extra: number;
  /** Whether the side's words begin the name, not a later word of it. */
  atStart: boolean;
  /** Whether the side is the whole name, each word whole: the node it names, whatever else it begins. */
  whole: boolean;
}

interface Candidate extends Match {
  id: string;
  centrality: number;
}

/** How `side` matches a folded name: each of its words beginning the name's word in turn, from any of its words. */
function matchOf(name: string, side: readonly string[]): Match | undefined {
  const first = side[0] ?? "";
  // The index matched a name word or one of its stems: most of a node's other names hold no word the side begins.
  if (!name.startsWith(first) && !name.includes(` ${first}`)) return undefined;
  const words = name.split(" ");
  for (let at = 0; at + side.length <= words.length; at++) {
    if (!side.every((start, i) => beginsWord(words[at + i], start))) continue;
    const whole = words.length === side.length && side.every((word, i) => words[i] === word);
    return { extra: words.length - side.length, atStart: at === 0, whole };
  }
  return undefined;
}

/**
 * The nodes whose names `side` begins or begins a word of, best first: the
 * one it names whole, else from a name's start, then fewest words past. The
 * search index finds the nodes with a name word its first word begins, so
 * no name is read that could not match.
 */
function candidates(
  graph: KnowledgeGraph,
  index: SearchIndex,
  side: readonly string[],
  comparable: (key: string) => boolean,
): Candidate[] {
  const first = side[0] ?? "";
  const query = { queries: [first], fields: ["names"], prefix: first.length >= SHORTEST_PREFIX, fuzzy: false };
  const found: Candidate[] = [];
  const matching = matchingDocuments(index, query);
  // A word as common as "concept" begins thousands of names: as the search does, only the most central are weighed.
  const weighed = matching.size > MANY_MATCHES ? [...matching].filter((id) => index.tier.has(id)) : matching;
  for (const id of weighed) {
    if (id.startsWith("ref:")) continue;
    let best: Match | undefined;
    for (const name of index.names.get(id) ?? []) {
      const match = matchOf(name, side);
      if (match && (!best || rank(match, best) < 0)) best = match;
    }
    const last = found.length === PER_SIDE ? found[PER_SIDE - 1] : undefined;
    if (!best || (last && rank(best, last) > 0)) continue;
    // "rothman vs tropman" names authors, which are not compared; no concept that mentions them is meant.
    if (!comparable(id)) {
      if (best.whole) return [];
    } else keepBest(found, { id, ...best, centrality: graph.getNodeAttribute(id, "centrality") });
  }
  // A side naming a node whole means that node: "social planning" is not Social Planning/Policy.
  const whole = found.filter((candidate) => candidate.whole);
  return whole.length > 0 ? whole : found;
}

const rank = (a: Match, b: Match) =>
  Number(b.whole) - Number(a.whole) || Number(b.atStart) - Number(a.atStart) || a.extra - b.extra;

const order = (a: Candidate, b: Candidate) =>
  rank(a, b) || b.centrality - a.centrality || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Puts `candidate` in its place among the best PER_SIDE, in order. */
function keepBest(best: Candidate[], candidate: Candidate): void {
  const last = best[best.length - 1];
  if (best.length === PER_SIDE && last && order(candidate, last) >= 0) return;
  const at = best.findIndex((each) => order(candidate, each) < 0);
  best.splice(at < 0 ? best.length : at, 0, candidate);
  if (best.length > PER_SIDE) best.pop();
}

/** Every way to take one candidate per side, no node twice. */
function* tuples(sides: readonly Candidate[][], taken: Candidate[] = []): Generator<Candidate[]> {
  if (taken.length === sides.length) {
    yield taken;
    return;
  }
  for (const candidate of sides[taken.length] ?? []) {
    if (!taken.some((each) => each.id === candidate.id)) yield* tuples(sides, [...taken, candidate]);
  }
}

/**
 * The nodes a query that asks for a comparison most likely means, when its
 * parts are names cut short or words of names ("pengorganisasian vs
 * pengembangan", "organization vs development"): the nodes whose names each
 * part begins, a set the vault compares in a table first, then nodes of one
 * type, then names most nearly the part. Undefined when a part names nothing.
 */
export function guessComparison(
  graph: KnowledgeGraph,
  index: SearchIndex,
  terms: readonly string[],
  comparable: (key: string) => boolean,
): string[] | undefined {
  const sides = querySides(terms);
  if (sides.length === 0) return undefined;
  const found = sides.map((side) => candidates(graph, index, side, comparable));
  if (found.some((side) => side.length === 0)) return undefined;
  const first = new Set(found[0]?.map((each) => each.id));
  const tables = graph
    .getAttribute("comparisons")
    .filter((table) => table.columns.some((key) => first.has(key)))
    .map((table) => new Set(table.columns));
  const type = (id: string) => graph.getNodeAttribute(id, "type");
  // A set the vault compares outweighs one type, which outweighs the candidates' ranks (at most 3 × PER_SIDE).
  const score = (tuple: Candidate[]) =>
    (tables.some((columns) => tuple.every((each) => columns.has(each.id))) ? 1000 : 0) +
    (tuple.every((each) => type(each.id) === type(tuple[0]?.id ?? "")) ? 100 : 0) -
    tuple.reduce((sum, each, side) => sum + (found[side]?.indexOf(each) ?? 0), 0);
  let best: { tuple: Candidate[]; score: number } | undefined;
  for (const tuple of tuples(found)) {
    const scored = { tuple, score: score(tuple) };
    if (!best || scored.score > best.score) best = scored;
  }
  return best?.tuple.map((each) => each.id);
}
