import { citationRuns } from "@simpul/markdown";
import type { ReactNode } from "react";
import { useGraph } from "../hooks/useGraph";
import { CitationLinks } from "./CitationLinks";

const HEADING = /^(#{1,6}) (.*)$/;
const LIST_ITEM = /^( *)• (.*)$/;
const CODE_LINE = /^ {4}/;

/** Parts of a text and where each starts in it, for keys that stay with their part. */
function placed(parts: string[], separator: string): { part: string; at: number }[] {
  let at = 0;
  return parts.map((part) => {
    const start = at;
    at += part.length + separator.length;
    return { part, at: start };
  });
}

/**
 * A text with each citation group shown as links to the claims citing its
 * works; a group naming an entry the bibliography lacks stays as written
 * (`@nasw`, written `\@nasw` in the note, is no citation).
 */
function withCitations(text: string, references: Record<string, unknown>): ReactNode[] {
  return citationRuns(text).map((run) => {
    if ("text" in run) return run.text;
    if (!run.citations.every((citation) => citation.key in references)) return run.written;
    return <CitationLinks key={run.citations[0]?.offset} citations={run.citations} />;
  });
}

/** One block of a note's text (see plainText in @simpul/markdown): code, a heading, a list or a paragraph. */
function Block({ block, references }: { block: string; references: Record<string, unknown> }) {
  const lines = placed(block.split("\n"), "\n");
  // Code and math: as written, no citation read in them.
  if (lines.every(({ part }) => CODE_LINE.test(part))) {
    return <pre className="note-code">{lines.map(({ part }) => part.slice(4)).join("\n")}</pre>;
  }
  const heading = lines.length === 1 ? HEADING.exec(block) : null;
  if (heading) {
    // Below the panel's title (h2) and its sections (h3).
    const Tag = `h${Math.min(6, 3 + (heading[1]?.length ?? 1))}` as "h4";
    return <Tag className="note-heading">{withCitations(heading[2] ?? "", references)}</Tag>;
  }
  const items = lines.map(({ part, at }) => ({ item: LIST_ITEM.exec(part), at }));
  if (items.every(({ item }) => item !== null)) {
    return (
      <ul className="note-list">
        {items.map(({ item, at }) => (
          <li key={at} style={{ marginInlineStart: `${(item?.[1] ?? "").length * 0.6}em` }}>
            {withCitations(item?.[2] ?? "", references)}
          </li>
        ))}
      </ul>
    );
  }
  return <p>{withCitations(block, references)}</p>;
}

/** A note's text, as the build gives it: its headings, lists, code and paragraphs, citations as links. */
export function NoteText({ body }: { body: string }) {
  const references = useGraph().getAttribute("references");
  return (
    <div className="note-text">
      {placed(body.split("\n\n"), "\n\n").map(({ part, at }) => (
        <Block key={at} block={part} references={references} />
      ))}
    </div>
  );
}
