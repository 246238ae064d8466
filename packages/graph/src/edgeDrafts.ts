import { type Citation, compareStrings, MENTIONS } from "@simpul/schema";
import type { EdgeAttributes } from "./types";

export interface EdgeDraft {
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

/**
 * Collects edges as notes state them, merging repeats: the same relation
 * stated twice (or from both ends of a symmetric pair) is one edge with the
 * citations and provenance of every statement.
 */
export class EdgeDrafts {
  readonly #edges = new Map<string, EdgeDraft>();
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
    const draft = this.#edges.get(key);
    if (draft === undefined) {
      // Most edges are stated once: nothing to merge.
      const attributes = { citations: mergeCitations([], citations), provenance: [provenance], symmetric, type };
      this.#edges.set(key, { source, target, attributes });
      if (type !== MENTIONS) this.#typedPairs.add(pairKey(source, target));
      return;
    }
    draft.attributes.citations = mergeCitations(draft.attributes.citations, citations);
    if (!draft.attributes.provenance.includes(provenance)) {
      draft.attributes.provenance = [...draft.attributes.provenance, provenance].sort(compareProvenance);
    }
  }

  /** Whether a typed relation already joins the two nodes, either way. */
  hasTypedPair(a: string, b: string): boolean {
    return this.#typedPairs.has(pairKey(a, b));
  }

  /** Every edge, in key order. */
  entries(): [string, EdgeDraft][] {
    return [...this.#edges.entries()].sort(([a], [b]) => compareStrings(a, b));
  }
}

/** Readable and stable: `concept/co->concept/cd#contrasts_with`. */
export function edgeKey(type: string, source: string, target: string): string {
  return `${source}->${target}#${type}`;
}

function pairKey(a: string, b: string): string {
  return compareStrings(a, b) < 0 ? `${a}\n${b}` : `${b}\n${a}`;
}

function mergeCitations(existing: readonly Citation[], added: readonly Citation[]): Citation[] {
  if (existing.length === 0 && added.length <= 1) return added.map(cleanCitation);
  const byId = new Map<string, Citation>();
  for (const citation of [...existing, ...added]) {
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
