import type { ParsedNote, PositionedCitation, WikiLink } from "@simpul/markdown";
import {
  type Diagnostic,
  diagnostic,
  didYouMean,
  lookupRelation,
  MENTIONS,
  type RelationDef,
  type RuleId,
  type Vocabulary,
} from "@simpul/schema";
import { type EdgeDraft, EdgeDrafts } from "./edgeDrafts";
import { type NameIndex, nodeKey, resolveFile, resolveLink, resolvePath } from "./nameIndex";

/** What links are resolved against: every kept note's names and type, and the relations. */
export interface LinkContext {
  index: NameIndex;
  /** Node key → type. */
  typeOf: Map<string, string>;
  vocabulary: Vocabulary;
}

/** A relation a note states, resolved and checked: an edge to draft. */
export interface ResolvedRelation {
  type: string;
  symmetric: boolean;
  source: string;
  target: string;
  citations?: readonly PositionedCitation[];
  /** `file:line`, for provenance. */
  at?: string;
}

/** A plain link a note makes, resolved: an edge only where no typed relation joins the two. */
export interface ResolvedMention {
  from: string;
  to: string;
  citations?: readonly PositionedCitation[];
  at?: string;
}

/** The edges one note contributes. They depend on the note and its LinkContext only. */
export interface NoteLinks {
  relations: ResolvedRelation[];
  mentions: ResolvedMention[];
}

/** What resolving a note's links (resolveNoteLinks) or its tables' columns (resolveTables) may report. */
export const LINK_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  "link-outside-vault",
  "broken-link",
  "ambiguous-link",
  "self-link",
  "relation-domain",
]);

/** Resolves a note's relations and mentions, reporting what cannot be resolved or is not allowed. */
export function resolveNoteLinks(note: ParsedNote, context: LinkContext, diagnostics: Diagnostic[]): NoteLinks {
  const self = nodeKey(note);
  const resolve = (link: WikiLink) => resolveOrReport(context.index, link, note.file, diagnostics);
  const isSelf = (key: string, link: WikiLink) => {
    if (key !== self) return false;
    diagnostics.push(diagnostic("self-link", `"${link.target}" links this note to itself`, note.file, link));
    return true;
  };
  const relations: ResolvedRelation[] = [];
  for (const statement of note.relations) {
    const found = lookupRelation(context.vocabulary, statement.name);
    const other = found && resolve(statement.link);
    if (!found || other === undefined || isSelf(other, statement.link)) continue;
    const [source, target] = found.reversed ? [other, self] : [self, other];
    const { typeOf } = context;
    if (!allowed(found.relation, typeOf.get(source), typeOf.get(target), statement.link, note.file, diagnostics)) {
      continue;
    }
    const { name: type, symmetric } = found.relation;
    relations.push({ type, symmetric, source, target, citations: statement.citations, at: at(note, statement.link) });
  }
  const mentions: ResolvedMention[] = [];
  for (const mention of note.mentions) {
    // A plain link to an attachment that no note is named like is just that: no edge, no complaint.
    const other = resolveOrReport(context.index, mention.link, note.file, diagnostics, !!mention.link.attachment);
    // A plain link to one of the note's own headings or blocks (`[[This note#Part]]`) goes somewhere: no mistake.
    if (other === self && mention.link.section) continue;
    if (other === undefined || isSelf(other, mention.link)) continue;
    mentions.push({ from: self, to: other, citations: mention.citations, at: at(note, mention.link) });
  }
  return { relations, mentions };
}

const at = (note: ParsedNote, link: WikiLink) => `${note.file}:${link.line}`;

/**
 * Every note's edges, merged (see EdgeDrafts): relations in note order, then
 * mentions, each only where no relation joins its two notes.
 */
export function draftEdges(links: Iterable<NoteLinks>): EdgeDrafts {
  const edges = new EdgeDrafts();
  const mentions: ResolvedMention[] = [];
  for (const note of links) {
    for (const { type, symmetric, source, target, citations = [], at = "" } of note.relations) {
      edges.add(type, symmetric, source, target, citations, at);
    }
    mentions.push(...note.mentions);
  }
  for (const { from, to, citations = [], at = "" } of mentions) {
    if (!edges.hasTypedPair(from, to)) edges.add(MENTIONS, false, from, to, citations, at);
  }
  return edges;
}

/**
 * The edges that join edited nodes to any other, drafted again in key order
 * (EdgeDrafts.entries). An edge is stated only by the notes at its two ends,
 * so they come from the edited notes' links and those of their neighbours:
 * every node an edge joined to an edited node before (`joinedBefore`), or
 * one of the edited notes links to now. Undefined if a neighbour's links
 * cannot be had.
 */
export function redraftAround(
  edited: ReadonlyMap<string, NoteLinks>,
  joinedBefore: Iterable<string>,
  linksOf: (key: string) => NoteLinks | undefined,
): [string, EdgeDraft][] | undefined {
  const neighbours = new Set([...joinedBefore].filter((key) => !edited.has(key)));
  for (const { relations, mentions } of edited.values()) {
    for (const { source, target } of relations) for (const key of [source, target]) neighbours.add(key);
    for (const { from, to } of mentions) for (const key of [from, to]) neighbours.add(key);
  }
  const links = [...edited.values()];
  for (const key of neighbours) {
    if (edited.has(key)) continue;
    const found = linksOf(key);
    if (found === undefined) return undefined;
    links.push(found);
  }
  return draftEdges(links)
    .entries()
    .filter(([, { source, target }]) => edited.has(source) || edited.has(target));
}

/** A note's links with only what decides the graph's structure: no citations, no provenance. */
export function structuralLinks({ relations, mentions }: NoteLinks): NoteLinks {
  return {
    relations: relations.map(({ type, symmetric, source, target }) => ({ type, symmetric, source, target })),
    mentions: mentions.map(({ from, to }) => ({ from, to })),
  };
}

/**
 * The key of the note a link names, or undefined, reported. A link to an
 * attachment names a note by its file alone; when it names none, and
 * `mayNameNone` (a plain link), it is left out unreported.
 */
export function resolveOrReport(
  index: NameIndex,
  link: WikiLink,
  file: string,
  diagnostics: Diagnostic[],
  mayNameNone = false,
): string | undefined {
  const place = linkPlace(file, link.target);
  if (place === null) {
    const message = `"${link.target}" points outside the content folder; links name notes inside it`;
    if (!mayNameNone) diagnostics.push(diagnostic("link-outside-vault", message, file, link));
    return undefined;
  }
  const resolution =
    "path" in place
      ? resolvePath(index, place.path)
      : link.attachment
        ? resolveFile(index, place.name)
        : resolveLink(index, { target: place.name });
  if (resolution.status === "found") return resolution.key;
  if (resolution.status === "missing") {
    if (mayNameNone) return undefined;
    diagnostics.push(
      diagnostic("broken-link", `No note is named "${link.target}"${didYouMean(resolution.suggestion)}`, file, link),
    );
  } else {
    const candidates = resolution.candidates.map((key) => `${key} (${index.files.get(key)})`).join(", ");
    diagnostics.push(
      diagnostic(
        "ambiguous-link",
        `"${link.target}" names ${resolution.candidates.length} notes: ${candidates}; link by id or path instead`,
        file,
        link,
      ),
    );
  }
  return undefined;
}

function allowed(
  relation: RelationDef,
  sourceType: string | undefined,
  targetType: string | undefined,
  link: WikiLink,
  file: string,
  diagnostics: Diagnostic[],
): boolean {
  for (const [end, types, type] of [
    ["start at", relation.from, sourceType],
    ["end at", relation.to, targetType],
  ] as const) {
    if (types === null || type === undefined || types.includes(type)) continue;
    diagnostics.push(
      diagnostic(
        "relation-domain",
        `"${relation.name}" cannot ${end} a ${type} ("${link.target}"); it allows ${types.join(", ")}`,
        file,
        link,
      ),
    );
    return false;
  }
  return true;
}

/**
 * What a link names: for one written from the note's folder (`../Note`,
 * `./sub/Note`, as Obsidian writes "relative path to file" links) or from
 * the content folder (`/sub/Note`), the path in the content folder; for any
 * other, the name it gives, which may be a path from the content folder or
 * its end (resolveLink). `.` and `..` segments are followed wherever they
 * are, as in a relative path (`a/../b/Note` is `b/Note`); null when they
 * climb out of the content folder.
 */
export function linkPlace(file: string, target: string): { path: string } | { name: string } | null {
  if (target.startsWith("/")) return within([], target);
  if (/^\.\.?\//.test(target)) return within(file.split("/").slice(0, -1), target);
  if (!DOT_SEGMENT.test(target)) return { name: target };
  const followed = within([], target);
  return followed && { name: followed.path };
}

const DOT_SEGMENT = /(^|\/)\.\.?(\/|$)/;

/** The path `target` names from the folder `from` (its segments), or null if it climbs above the content folder. */
function within(from: readonly string[], target: string): { path: string } | null {
  const path = [...from];
  for (const segment of target.split("/")) {
    if (segment === "..") {
      if (path.pop() === undefined) return null;
    } else if (segment !== "." && segment !== "") path.push(segment);
  }
  return { path: path.join("/") };
}
