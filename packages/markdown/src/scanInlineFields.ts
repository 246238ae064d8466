import { lookupRelation, type Vocabulary } from "@simpul/schema";

/** A Dataview-style inline field found in a block of text. */
export interface FoundInlineField {
  key: string;
  /** Offset of the key in the scanned text. */
  offset: number;
  value: string;
  valueOffset: number;
  /** The span the field occupies (the whole line, or the brackets). */
  start: number;
  end: number;
  /** Written in brackets inside a sentence, not on a line of its own. */
  bracketed: boolean;
}

/** A field's key, the spaces Dataview lets part it from its `::` (`key :: value`), and the `::`. */
export const FIELD_KEY = String.raw`([A-Za-z]\w*)([ \t]*)::`;
const LINE_FIELD = new RegExp(String.raw`^([ \t]*)${FIELD_KEY}[ \t]*(.*)$`, "gm");
const BRACKET_OPEN = new RegExp(`[[(]${FIELD_KEY}`, "g");

/**
 * Whether a key spaced from its `::` is read as a field: only when it names
 * a relation. Prose such as "Catatan :: lihat bab 2" or `map :: a -> b`
 * stays prose, where a key written against its `::` is a field whatever it
 * names (and an unknown one an error).
 */
export type SpacedKeyTest = (key: string) => boolean;

/** The SpacedKeyTest of a vocabulary: a spaced key is a field when it names one of its relations. */
export function namesRelation(vocabulary: Vocabulary): SpacedKeyTest {
  return (key) => lookupRelation(vocabulary, key) !== undefined;
}

/**
 * Finds inline fields: a line `key:: value`, or `[key:: value]` /
 * `(key:: value)` inside a sentence. Brackets in the value (wiki links,
 * citations) nest, so `[has_role:: [[Enabler]] [@x]]` ends at the last `]`.
 */
export function scanInlineFields(text: string, spacedKey: SpacedKeyTest = () => false): FoundInlineField[] {
  const fields: FoundInlineField[] = [];
  // Every field has `::`; most text has none.
  if (!text.includes("::")) return fields;
  for (const match of text.matchAll(LINE_FIELD)) {
    const indent = match[1] ?? "";
    const key = match[2] ?? "";
    if (match[3] && !spacedKey(key)) continue;
    const value = match[4] ?? "";
    const offset = match.index + indent.length;
    fields.push({
      key,
      offset,
      value,
      valueOffset: match.index + match[0].length - value.length,
      start: match.index,
      end: match.index + match[0].length,
      bracketed: false,
    });
  }
  for (const match of text.matchAll(BRACKET_OPEN)) {
    if (fields.some((field) => match.index >= field.start && match.index < field.end)) continue;
    if (match[2] && !spacedKey(match[1] ?? "")) continue;
    const close = matchingClose(text, match.index);
    if (close === -1) continue;
    const valueStart = match.index + match[0].length;
    const rawValue = text.slice(valueStart, close);
    const value = rawValue.trimStart();
    fields.push({
      key: match[1] ?? "",
      offset: match.index + 1,
      value: value.trimEnd(),
      valueOffset: valueStart + rawValue.length - value.length,
      start: match.index,
      end: close + 1,
      bracketed: true,
    });
  }
  return fields.sort((a, b) => a.start - b.start);
}

// No real field value is this long; the bound keeps hostile input linear.
const MAX_FIELD_LENGTH = 2000;

function matchingClose(text: string, open: number): number {
  const opener = text[open];
  const closer = opener === "[" ? "]" : ")";
  let depth = 0;
  for (let i = open; i < Math.min(text.length, open + MAX_FIELD_LENGTH); i++) {
    const char = text[i];
    if (char === "\n") return -1;
    if (char === "[" || char === "(") depth++;
    else if (char === "]" || char === ")") {
      depth--;
      if (depth === 0) return char === closer ? i : -1;
    }
  }
  return -1;
}
