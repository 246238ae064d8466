import { displayName, namedAuthors } from "../core/citations/authorNames";
import { etAl } from "../core/citations/citationLabel";
import type { Reference } from "../core/graph/types";
import { useLang } from "../hooks/useT";
import { TitleText } from "./TitleText";

/**
 * A bibliography entry in full: "Authors (year). Title. Container. Publisher."
 * An entry with no author starts with its title, the year after it.
 */
export function ReferenceText({ reference }: { reference: Reference }) {
  const lang = useLang();
  const title = reference.title ? <cite>{reference.title}</cite> : <TitleText reference={reference} sentence />;
  const { names, more } = namedAuthors(reference.authors);
  // "et al." continues a list; alone it names nobody, and the entry reads as one without author.
  const authors = [...names.map(displayName), ...(more && names.length > 0 ? [etAl(lang)] : [])].join(", ");
  const year = reference.year && `(${reference.year})`;
  const rest = [reference.container, reference.publisher].filter(Boolean).map((part) => ` ${part}.`);
  if (!authors) {
    return (
      <p className="reference">
        {title}
        {year && ` ${year}`}.{rest}
      </p>
    );
  }
  return (
    <p className="reference">
      {authors}
      {year && ` ${year}`}. {title}.{rest}
    </p>
  );
}
