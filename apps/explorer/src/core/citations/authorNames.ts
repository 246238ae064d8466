// BibTeX names come as "Last, First" or "First Last", sometimes with braces
// protecting capitals ("{UNICEF}").

const unbrace = (name: string): string => name.replace(/[{}]/g, "").trim();

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
