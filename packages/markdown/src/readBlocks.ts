import type { Diagnostic, Vocabulary } from "@simpul/schema";
import { diagnostic, didYouMean, lookupRelation, nearest, relationNames } from "@simpul/schema";
import type { Nodes, Root } from "mdast";
import { type LinkDefinitions, markdownLinks } from "./markdownLinks";
import { scanCitations } from "./scanCitations";
import { namesRelation, scanInlineFields } from "./scanInlineFields";
import { type FoundWikiLink, scanWikiLinks } from "./scanWikiLinks";
import { type Span, sentenceSpans } from "./sentenceSpans";
import type { Mention, Point, PositionedCitation, RelationStatement, WikiLink } from "./types";

export interface BlockLinks {
  relations: RelationStatement[];
  mentions: Mention[];
  /** Every citation of every block. */
  citations: PositionedCitation[];
}

/** The block types whose text can carry links, fields and citations. */
const TEXT_BLOCKS = new Set(["paragraph", "heading", "tableCell"]);

/**
 * Reads inline fields and plain links from every text block. A citation on
 * an inline field's line supports that field; other citations support the
 * plain links of their block.
 */
export function readBlocks(
  tree: Root,
  source: string,
  skip: ReadonlySet<Nodes>,
  definitions: LinkDefinitions,
  file: string,
  vocabulary: Vocabulary,
  toPoint: (offset: number) => Point,
  diagnostics: Diagnostic[],
): BlockLinks {
  const relations: RelationStatement[] = [];
  const mentions: Mention[] = [];
  const citations: PositionedCitation[] = [];
  // A walk in document order that stops at text blocks; unist-util-visit, which keeps every node's parents, costs more.
  const spacedKey = namesRelation(vocabulary);
  const walk = (node: Nodes): void => {
    if (skip.has(node)) return;
    if (TEXT_BLOCKS.has(node.type)) readBlock(node);
    else if ("children" in node) for (const child of node.children) walk(child);
  };
  const readBlock = (node: Nodes): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const text = blankInlineCode(node, source, start, end);
    const cite =
      (offset: number) =>
      (c: { key: string; page?: string; offset: number }): PositionedCitation => {
        const { offset: _, ...citation } = c;
        return { ...citation, ...toPoint(start + offset) };
      };
    const placed = ({ offset, length: _, ...link }: FoundWikiLink): WikiLink => ({
      ...link,
      ...toPoint(start + offset),
    });
    const cited = scanCitations(text);
    const blockCitations = cited.map((c) => cite(c.offset)(c));
    citations.push(...blockCitations);
    const fields = scanInlineFields(text, spacedKey);
    const inField = (offset: number) => fields.some((field) => within(field, offset));
    // A citation written in a field (its line, or its brackets) supports that field alone, no other nor a plain link.
    const inProse = cited.map((c) => !inField(c.offset));
    const citedIn = (span: Span, proseOnly: boolean) =>
      blockCitations.filter((_, i) => (!proseOnly || inProse[i]) && within(span, cited[i]?.offset ?? -1));
    const proseCitations = blockCitations.filter((_, i) => inProse[i]);
    const spans = proseCitations.length > 0 ? sentenceSpans(text) : [];
    // What supports a link at `offset` that cites nothing itself: its sentence's citations, else its block's.
    const support = (offset: number): PositionedCitation[] => {
      const sentence = spans.find((span) => offset < span.end);
      const own = sentence ? citedIn(sentence, true) : [];
      return own.length > 0 ? own : proseCitations;
    };
    // Every link of the block, wiki or Markdown. micromark reads `[[Beta]]` as a reference `[Beta]` in brackets when
    // a definition `[Beta]: …` is in the note: that is the wiki link, not a second one.
    const wikiLinks = scanWikiLinks(text);
    const inWikiLink = (offset: number) =>
      wikiLinks.some((link) => offset > link.offset && offset < link.offset + link.length);
    const allLinks = [
      ...wikiLinks,
      ...markdownLinks(node, text, start, definitions).filter((link) => !inWikiLink(link.offset)),
    ].sort((a, b) => a.offset - b.offset);
    for (const field of fields) {
      const found = lookupRelation(vocabulary, field.key);
      const links = allLinks.filter(({ offset }) => within({ start: field.valueOffset, end: field.end }, offset));
      // Dataview's own metadata (`status:: draft`, `[due:: 2024-01-01]`, `cover:: [[foto.png]]`) links no note, and is
      // no relation.
      if (!found && links.every((link) => link.attachment)) continue;
      if (!found) {
        const suggestion = nearest(field.key, relationNames(vocabulary));
        diagnostics.push(
          diagnostic(
            "unknown-relation",
            `Unknown relation "${field.key}"${didYouMean(suggestion)}`,
            file,
            toPoint(start + field.offset),
          ),
        );
        continue;
      }
      if (links.length === 0) {
        diagnostics.push(
          diagnostic(
            "relation-shape",
            `The value of "${field.key}::" must be a link to a note such as "[[Note title]]"`,
            file,
            toPoint(start + field.valueOffset),
          ),
        );
        continue;
      }
      const written = citedIn(field, false);
      // A field on a line of its own is no part of a sentence.
      const fieldCitations = written.length > 0 ? written : field.bracketed ? support(field.start) : proseCitations;
      for (const link of links) {
        relations.push({ name: field.key, link: placed(link), citations: fieldCitations, origin: "inline" });
      }
    }
    for (const link of allLinks.filter(({ offset }) => !inField(offset))) {
      mentions.push({ link: placed(link), citations: support(link.offset) });
    }
  };
  walk(tree);
  return { relations, mentions, citations };
}

/** The block's source with inline code and math blanked out, offsets unchanged. */
function blankInlineCode(node: Nodes, source: string, start: number, end: number): string {
  const text = source.slice(start, end);
  // Inline code needs a backtick, math a `$`; most blocks have neither, and need no walk.
  if (!text.includes("`") && !text.includes("$")) return text;
  const spans: [from: number, to: number][] = [];
  const walk = (code: Nodes): void => {
    if (code.type === "inlineCode" || code.type === "inlineMath") {
      spans.push([(code.position?.start.offset ?? start) - start, (code.position?.end.offset ?? start) - start]);
    } else if ("children" in code) for (const child of code.children) walk(child);
  };
  walk(node);
  // Built in one pass: a copy of the text per span made thousands of spans quadratic.
  let blanked = "";
  let last = 0;
  for (const [from, to] of spans) {
    blanked += text.slice(last, from) + " ".repeat(to - from);
    last = to;
  }
  return blanked + text.slice(last);
}

function within(span: Span, offset: number): boolean {
  return offset >= span.start && offset < span.end;
}
