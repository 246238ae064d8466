import { fold } from "../search/normalize";

/**
 * An object's fields as one folded text, one field a line (so no word
 * matches across two), worked out once per object: the filters run at every
 * keystroke over thousands of entries or claims. What else the fields are
 * read from (`context`) must not change for one object.
 */
export function foldedFields<T extends object, C extends unknown[]>(
  fields: (item: T, ...context: C) => (string | undefined)[],
): (item: T, ...context: C) => string {
  const folded = new WeakMap<T, string>();
  return (item, ...context) => {
    let text = folded.get(item);
    if (text === undefined) {
      text = fold(
        fields(item, ...context)
          .filter(Boolean)
          .join("\n"),
      );
      folded.set(item, text);
    }
    return text;
  };
}

/** Whether folded text holds every term, whole or as part of a word: "konfl" finds "konflik", "27" page 127. */
export const holdsEvery = (text: string, terms: readonly string[]): boolean =>
  terms.every((term) => text.includes(term));
