import { displayName } from "../core/citations/authorNames";
import type { Reference } from "../core/graph/types";

/** A bibliography entry in full: authors (year). Title. Container. Publisher. */
export function ReferenceText({ reference }: { reference: Reference }) {
  const authors = reference.authors.map(displayName).join(", ");
  return (
    <p className="reference">
      {authors}
      {reference.year && ` (${reference.year})`}. <cite>{reference.title}</cite>
      {reference.container && `. ${reference.container}`}
      {reference.publisher && `. ${reference.publisher}`}.
    </p>
  );
}
