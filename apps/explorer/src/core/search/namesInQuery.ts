import { distance } from "fastest-levenshtein";
import { JOINERS } from "./comparisonWords";

/** Longer queries are sentences, not lists of names. */
const MOST_WORDS = 12;

/**
 * Typos a whole name may differ by and still be the one meant: one from 6
 * letters ("mediatr", a letter short of Mediator, whose 7 letters allowed
 * none), two from 12; shorter words differ by a letter from other words.
 */
const nameTypos = (query: string) => (query.length >= 12 ? 2 : query.length >= 6 ? 1 : 0);

const digitsOf = (text: string) => text.replace(/\D/g, "");

/** Whether a name is `query` misspelt (nameTypos); a different number is no typo: "nasw goal 2" is not "NASW goal 1". */
export function misspelt(query: string): (name: string) => boolean {
  const typos = nameTypos(query);
  const digits = digitsOf(query);
  return (name) =>
    typos > 0 &&
    Math.abs(name.length - query.length) <= typos &&
    digitsOf(name) === digits &&
    distance(name, query) <= typos;
}

/** A name cut short as it is typed ("pembel", "advocat"): at least this many letters, at most this many missing. */
const SHORT_NAME = { typed: 4, missing: 2 };

/** The names a query holds, when two or more: each name's node ids, in the query's order; `whole` when nothing else is in it. */
export interface NamesInQuery {
  names: string[][];
  whole: boolean;
}

const NO_NAMES: NamesInQuery = { names: [], whole: false };

interface Reading {
  names: string[][];
  /** Words read as part of a name. */
  covered: number;
  /** Names read though cut short or misspelt. */
  near: number;
}

/** Readings compare by words covered, then by fewer names read near. */
const better = (a: Reading, b: Reading) => a.covered > b.covered || (a.covered === b.covered && a.near < b.near);

/** The names of each two-letter start and length, to look near names up among: built once per index. */
const nearCache = new WeakMap<ReadonlyMap<string, string[]>, Map<string, string[]>>();

const nearKey = (name: string, length = name.length) => `${name.slice(0, 2)} ${length}`;

function namesNear(named: ReadonlyMap<string, string[]>, span: string): string[] {
  let near = nearCache.get(named);
  if (!near) {
    near = new Map();
    for (const name of named.keys()) {
      const list = near.get(nearKey(name)) ?? [];
      list.push(name);
      near.set(nearKey(name), list);
    }
    nearCache.set(named, near);
  }
  const reach = Math.max(nameTypos(span), SHORT_NAME.missing);
  const names: string[] = [];
  for (let length = span.length - reach; length <= span.length + reach; length++)
    names.push(...(near.get(nearKey(span, length)) ?? []));
  return names;
}

/**
 * The one name `span` is near: the name it begins, a letter or two short, or
 * the name it misspells, the closest; none when two names of other nodes are
 * as close.
 */
function nearName(named: ReadonlyMap<string, string[]>, span: string): string | undefined {
  const isMisspelt = misspelt(span);
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  let tied = false;
  for (const name of namesNear(named, span)) {
    const missing = name.length - span.length;
    const short =
      span.length >= SHORT_NAME.typed && missing > 0 && missing <= SHORT_NAME.missing && name.startsWith(span);
    if (!short && !isMisspelt(name)) continue;
    const apart = short ? missing : distance(name, span);
    if (apart < bestDistance) [best, bestDistance, tied] = [name, apart, false];
    // Two names of one node ("advocat": Advocate cut short, Advokat misspelt) are no tie.
    else if (apart === bestDistance && named.get(name)?.join() !== named.get(best ?? "")?.join()) tied = true;
  }
  return tied ? undefined : best;
}

/**
 * The nodes a query names one after another ("co cd", "pembela vs mediator",
 * "advocate mediator negotiator roles"), read so that names cover as many of
 * its words as they can, a name of several words before its words one by
 * one, and names as written before names cut short or misspelt ("pembel
 * mediator"). No names when it names fewer than two.
 */
export function namesInQuery(named: ReadonlyMap<string, string[]>, terms: readonly string[]): NamesInQuery {
  if (terms.length < 2 || terms.length > MOST_WORDS) return NO_NAMES;
  const memo = new Map<number, Reading>();
  const idsOf = (name: string | undefined) => (name && named.get(name)?.filter((id) => !id.startsWith("ref:"))) || [];
  const from = (start: number): Reading => {
    if (start === terms.length) return { names: [], covered: 0, near: 0 };
    const known = memo.get(start);
    if (known) return known;
    // A word no name begins: skipped.
    let best = from(start + 1);
    for (let end = terms.length; end > start; end--) {
      const span = terms.slice(start, end).join(" ");
      const exact = idsOf(span);
      const ids = exact.length > 0 || JOINERS.has(span) ? exact : idsOf(nearName(named, span));
      if (ids.length === 0) continue;
      const rest = from(end);
      const reading = {
        names: [ids, ...rest.names],
        covered: rest.covered + end - start,
        near: rest.near + (exact.length > 0 ? 0 : 1),
      };
      if (better(reading, best)) best = reading;
    }
    memo.set(start, best);
    return best;
  };
  const { names, covered } = from(0);
  const joiners = terms.filter((term) => JOINERS.has(term)).length;
  return names.length >= 2 ? { names, whole: covered + joiners >= terms.length } : NO_NAMES;
}
