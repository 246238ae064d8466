import { type Citation, compareStrings, MENTIONS } from "@simpul/schema";
import type { EdgeAttributes } from "./types";

export interface EdgeDraft {
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

/** An edge's statements as they come; merged once, when the edge is read (EdgeDrafts.entries). */
interface Statements {
  source: string;
  target: string;
  type: string;
  symmetric: boolean;
  /** Each statement's citations, as given: merging on every repeat made a note's N repeats cost N². */
  citations: (readonly Citation[])[];
  provenance: string[];
}

/**
 * Collects edges as notes state them, merging repeats: the same relation
 * stated twice (or from both ends of a symmetric pair) is one edge with the
 * citations and provenance of every statement.
 */
export class EdgeDrafts {
  readonly #edges = new Map<string, Statements>();
  readonly #typedPairs = new Set<string>();

  add(
    type: string,
    symmetric: boolean,
    from: string,
    to: string,
    citations: readonly Citation[],
    provenance: string,
  ): void {
    const [source, target] = symmetric && compareStrings(to, from) < 0 ? [to, from] : [from, to];
    const key = edgeKey(type, source, target);
    const statements = this.#edges.get(key);
    if (statements === undefined) {
      this.#edges.set(key, { source, target, type, symmetric, citations: [citations], provenance: [provenance] });
      if (type !== MENTIONS) this.#typedPairs.add(pairKey(source, target));
      return;
    }
    statements.citations.push(citations);
    statements.provenance.push(provenance);
  }

  /** Whether a typed relation already joins the two nodes, either way. */
  hasTypedPair(a: string, b: string): boolean {
    return this.#typedPairs.has(pairKey(a, b));
  }

  /** Every edge, in key order, its statements merged. */
  entries(): [string, EdgeDraft][] {
    return [...this.#edges.entries()]
      .sort(([a], [b]) => compareStrings(a, b))
      .map(([key, statements]) => [key, mergeStatements(statements)]);
  }
}

/** Citations said once each, sorted; provenance said once each, by file and line. */
function mergeStatements({ source, target, type, symmetric, citations, provenance }: Statements): EdgeDraft {
  // Most edges are stated once: nothing to flatten or sort.
  const merged = mergeCitations(citations.length === 1 ? (citations[0] ?? []) : citations.flat());
  const places = provenance.length === 1 ? [...provenance] : [...new Set(provenance)].sort(compareProvenance);
  return { source, target, attributes: { citations: merged, provenance: places, symmetric, type } };
}

/** Readable and stable: `concept/co->concept/cd#contrasts_with`. */
export function edgeKey(type: string, source: string, target: string): string {
  return `${source}->${target}#${type}`;
}

function pairKey(a: string, b: string): string {
  return compareStrings(a, b) < 0 ? `${a}\n${b}` : `${b}\n${a}`;
}

function mergeCitations(citations: readonly Citation[]): Citation[] {
  if (citations.length <= 1) return citations.map(cleanCitation);
  const byId = new Map<string, Citation>();
  for (const citation of citations) {
    const clean = cleanCitation(citation);
    byId.set(`${clean.key}\n${clean.page ?? ""}`, clean);
  }
  return [...byId.entries()].sort(([a], [b]) => compareStrings(a, b)).map(([, citation]) => citation);
}

/** Key and page only (a parsed citation carries its position too), in sorted key order. */
function cleanCitation(citation: Citation): Citation {
  return citation.page === undefined ? { key: citation.key } : { key: citation.key, page: citation.page };
}

/** `file:line` ordered by file, then numerically by line. */
function compareProvenance(a: string, b: string): number {
  const [fileA, lineA] = splitProvenance(a);
  const [fileB, lineB] = splitProvenance(b);
  return compareStrings(fileA, fileB) || lineA - lineB;
}

export function splitProvenance(provenance: string): [string, number] {
  const at = provenance.lastIndexOf(":");
  return [provenance.slice(0, at), Number(provenance.slice(at + 1))];
}
