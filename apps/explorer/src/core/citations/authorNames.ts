// BibTeX names come as "Last, First" or "First Last", sometimes with braces
// protecting capitals ("{UNICEF}").

const unbrace = (name: string): string => name.replace(/[{}]/g, "").trim();

/**
 * The authors a BibTeX list names: its "and others" (et al.) is no person,
 * but says the list goes on (`more`).
 */
export function namedAuthors(authors: readonly string[]): { names: string[]; more: boolean } {
  const last = authors.at(-1);
  const more = last !== undefined && unbrace(last).toLowerCase() === "others";
  return { names: more ? authors.slice(0, -1) : [...authors], more };
}

/** The family name of a BibTeX author. */
export function lastName(author: string): string {
  const name = unbrace(author);
  const comma = name.indexOf(",");
  if (comma >= 0) return name.slice(0, comma).trim();
  return name.split(/\s+/).at(-1) ?? name;
}

/** A BibTeX author as people write it: "Jack Rothman". */
export function displayName(author: string): string {
  const name = unbrace(author);
  const comma = name.indexOf(",");
  if (comma < 0) return name;
  return `${name.slice(comma + 1).trim()} ${name.slice(0, comma).trim()}`.trim();
}
