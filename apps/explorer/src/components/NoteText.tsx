import { citationRuns } from "@simpul/markdown";
import type { ReactNode } from "react";
import { CitationLinks } from "./CitationLinks";

const HEADING = /^(#{1,6}) ([\s\S]*)$/;
const LIST_ITEM = /^( *)• (.*)$/;

/** Parts of a text and where each starts in it, for keys that stay with their part. */
function placed(parts: string[], separator: string): { part: string; at: number }[] {
  let at = 0;
  return parts.map((part) => {
    const start = at;
    at += part.length + separator.length;
    return { part, at: start };
  });
}

/** A text with each citation group shown as links to the claims citing its works. */
function withCitations(text: string): ReactNode[] {
  return citationRuns(text).map((run) =>
    "text" in run ? run.text : <CitationLinks key={run.citations[0]?.offset} citations={run.citations} />,
  );
}

/** One block of a note's text (see plainText in @simpul/markdown): a heading, a list or a paragraph. */
function Block({ block }: { block: string }) {
  const heading = HEADING.exec(block);
  if (heading) {
    // Below the panel's title (h2) and its sections (h3).
    const Tag = `h${Math.min(6, 3 + (heading[1]?.length ?? 1))}` as "h4";
    return <Tag className="note-heading">{withCitations(heading[2] ?? "")}</Tag>;
  }
  const lines = placed(block.split("\n"), "\n");
  const items = lines.map(({ part, at }) => ({ item: LIST_ITEM.exec(part), at }));
  if (items.every(({ item }) => item !== null)) {
    return (
      <ul className="note-list">
        {items.map(({ item, at }) => (
          <li key={at} style={{ marginInlineStart: `${(item?.[1] ?? "").length * 0.6}em` }}>
            {withCitations(item?.[2] ?? "")}
          </li>
        ))}
      </ul>
    );
  }
  return <p>{withCitations(block)}</p>;
}

/** A note's text, as the build gives it: its headings, lists and paragraphs, citations as links. */
export function NoteText({ body }: { body: string }) {
  return (
    <div className="note-text">
      {placed(body.split("\n\n"), "\n\n").map(({ part, at }) => (
        <Block key={at} block={part} />
      ))}
    </div>
  );
}
