import type { Diagnostic } from "./diagnostics";
import { didYouMean, nearest } from "./names";

/** What a key of a vocabulary definition holds. */
type Shape = "text" | "boolean" | "types" | "fields";

/** The keys a type's definition may have (types.yaml). */
export const TYPE_KEYS: Readonly<Record<string, Shape>> = {
  // For the curators who read the file; nothing else reads it.
  description: "text",
  label: "text",
  label_en: "text",
  color: "text",
  fields: "fields",
};

/** The keys a relation's definition may have (relations.yaml). */
export const RELATION_KEYS: Readonly<Record<string, Shape>> = {
  description: "text",
  label: "text",
  label_en: "text",
  inverse: "text",
  inverse_label: "text",
  inverse_label_en: "text",
  symmetric: "boolean",
  acyclic: "boolean",
  from: "types",
  to: "types",
};

const SAID: Record<Shape, string> = {
  text: "text",
  boolean: "true or false",
  types: "a type name or a list of them",
  fields: "a mapping from field names to what each means (text, or nothing)",
};

const isText = (value: unknown) => typeof value === "string";

function fits(shape: Shape, value: unknown): boolean {
  if (shape === "text") return isText(value);
  if (shape === "boolean") return typeof value === "boolean";
  if (shape === "types") return isText(value) || (Array.isArray(value) && value.every(isText));
  // A field's description is text, a number or nothing: a field may go undescribed.
  const described = (each: unknown) => each === null || isText(each) || typeof each === "number";
  return value !== null && typeof value === "object" && !Array.isArray(value) && Object.values(value).every(described);
}

/**
 * Reports each key of a definition that is not one of `keys` (a typo, as
 * `acylic`, would otherwise leave the relation without what it meant), and
 * each value not of its key's shape (`symmetric: yes` is text in YAML, and
 * would read as false). A key written with no value is left to its default.
 */
export function checkDefinition(
  name: string,
  definition: Readonly<Record<string, unknown>>,
  keys: Readonly<Record<string, Shape>>,
  at: (key: string) => (message: string) => Diagnostic,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const [key, value] of Object.entries(definition)) {
    const shape = Object.hasOwn(keys, key) ? keys[key] : undefined;
    if (shape === undefined && key === "<<") {
      diagnostics.push(at(key)(`"${name}" merges keys (<<), which the vocabulary does not read; write its keys out`));
    } else if (shape === undefined) {
      const known = Object.keys(keys);
      const hint = didYouMean(nearest(key, known)) || `; the keys are ${known.join(", ")}`;
      diagnostics.push(at(key)(`Unknown key "${key}" in "${name}"${hint}`));
    } else if (value !== null && !fits(shape, value)) {
      diagnostics.push(at(key)(`"${key}" of "${name}" must be ${SAID[shape]}`));
    }
  }
  return diagnostics;
}
