import type { ParsedNote } from "@simpul/markdown";
import type { NodeAttributes } from "./types";

/**
 * The fields of a parsed note that reach nothing but the attributes of the
 * same names on its own node: no link, edge, metric or diagnostic depends on
 * them (see buildGraph). An edit that changes only these needs no new graph.
 */
const PROSE_FIELDS = ["body", "summary", "summaryEn"] as const satisfies readonly (keyof ParsedNote &
  keyof NodeAttributes)[];

type Prose = Pick<ParsedNote, (typeof PROSE_FIELDS)[number]>;

/** The note's prose alone: what withoutProse blanks. */
export function proseOf(note: ParsedNote): Prose {
  return Object.fromEntries(PROSE_FIELDS.map((field) => [field, note[field]])) as Prose;
}

/** The note with its prose blanked: two notes alike here give the same graph but for their prose. */
export function withoutProse(note: ParsedNote): ParsedNote {
  const blanked = { ...note };
  for (const field of PROSE_FIELDS) blanked[field] = "";
  return blanked;
}

/**
 * One node as serializeGraphPieces wrote it, with the note's prose put in
 * place of the old: the text it writes for a vault that differs only in
 * that prose.
 */
export function replaceProse(nodeJson: string, note: ParsedNote): string {
  const node = JSON.parse(nodeJson) as { attributes: NodeAttributes };
  for (const field of PROSE_FIELDS) node.attributes[field] = note[field];
  return JSON.stringify(node);
}
