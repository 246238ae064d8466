import { isMap, isScalar, type Pair } from "yaml";
import { checkDefinition, RELATION_KEYS, TYPE_KEYS } from "./definitionShape";
import { type Diagnostic, diagnostic } from "./diagnostics";
import { mapKeyOffset, parseYamlDocument, pointAt, toPlainData } from "./yamlDocument";

export interface NodeTypeDef {
  name: string;
  label: string;
  labelEn: string;
  color: string;
  /** Extra frontmatter keys notes of this type may carry, with what each means. */
  fields: Record<string, string>;
}

export interface RelationDef {
  name: string;
  label: string;
  labelEn: string;
  /** The name that states this relation in the other direction, if any. */
  inverse: string | null;
  inverseLabel: string;
  inverseLabelEn: string;
  symmetric: boolean;
  acyclic: boolean;
  /** Node types allowed at the source; null allows any. */
  from: string[] | null;
  /** Node types allowed at the target; null allows any. */
  to: string[] | null;
}

export interface Vocabulary {
  types: Record<string, NodeTypeDef>;
  relations: Record<string, RelationDef>;
}

/** The relation every plain wiki link in prose becomes. */
export const MENTIONS = "mentions";

export interface VocabularySource {
  /** Path reported in diagnostics. */
  path: string;
  text: string;
}

const DEFAULT_MENTIONS: RelationDef = {
  name: MENTIONS,
  label: "menyebut",
  labelEn: "mentions",
  inverse: null,
  inverseLabel: "disebut oleh",
  inverseLabelEn: "mentioned by",
  symmetric: false,
  acyclic: false,
  from: null,
  to: null,
};

/**
 * Parses `types.yaml` and `relations.yaml` into a vocabulary, with positioned
 * problems. `unread` when either file cannot be read as a mapping at all:
 * nothing checked against it then says anything its own error does not.
 */
export function parseVocabulary(
  typesSource: VocabularySource,
  relationsSource: VocabularySource,
): { vocabulary: Vocabulary; diagnostics: Diagnostic[]; unread: boolean } {
  const diagnostics: Diagnostic[] = [];
  const types: Record<string, NodeTypeDef> = {};
  const typeEntries = readEntries(typesSource, diagnostics);
  const relationEntries = readEntries(relationsSource, diagnostics);
  for (const entry of typeEntries ?? []) {
    const { name, value } = entry;
    diagnostics.push(...checkDefinition(name, value, TYPE_KEYS, entry.keyAt));
    types[name] = {
      name,
      label: text(value.label, name),
      labelEn: text(value.label_en, text(value.label, name)),
      color: text(value.color, "#888888"),
      fields: stringRecord(value.fields),
    };
  }
  const relations: Record<string, RelationDef> = {};
  const reportAt = new Map<string, (message: string) => Diagnostic>();
  for (const entry of relationEntries ?? []) {
    const { name, value, at } = entry;
    diagnostics.push(...checkDefinition(name, value, RELATION_KEYS, entry.keyAt));
    const relation: RelationDef = {
      name,
      label: text(value.label, name),
      labelEn: text(value.label_en, text(value.label, name)),
      inverse: typeof value.inverse === "string" ? value.inverse : null,
      inverseLabel: text(value.inverse_label, text(value.label, name)),
      inverseLabelEn: text(value.inverse_label_en, text(value.label_en, name)),
      symmetric: value.symmetric === true,
      acyclic: value.acyclic === true,
      from: typeList(value.from),
      to: typeList(value.to),
    };
    for (const [key, end] of [["from", relation.from] as const, ["to", relation.to] as const]) {
      for (const type of typeEntries ? (end ?? []) : []) {
        if (!Object.hasOwn(types, type)) {
          const message = `Relation "${name}" allows type "${type}" ${key === "from" ? "at its source" : "at its target"}, which types.yaml does not define`;
          diagnostics.push(entry.keyAt(key)(message));
        }
      }
    }
    relations[name] = relation;
    reportAt.set(name, at);
  }
  relations[MENTIONS] ??= DEFAULT_MENTIONS;
  const names = new Set(Object.keys(relations));
  for (const relation of Object.values(relations)) {
    if (relation.inverse === null) continue;
    if (names.has(relation.inverse)) {
      const at = reportAt.get(relation.name);
      const message = `The inverse name "${relation.inverse}" of "${relation.name}" is already a relation; pick another name`;
      diagnostics.push(at ? at(message) : diagnostic("vocabulary", message, relationsSource.path));
    }
    names.add(relation.inverse);
  }
  return { vocabulary: { types, relations }, diagnostics, unread: !typeEntries || !relationEntries };
}

interface Entry {
  name: string;
  value: Record<string, unknown>;
  at: (message: string) => Diagnostic;
  /** At one of the definition's keys. */
  keyAt: (key: string) => (message: string) => Diagnostic;
}

/** A vocabulary file's definitions; undefined if it cannot be read as a mapping (its problem reported). */
function readEntries(source: VocabularySource, diagnostics: Diagnostic[]): Entry[] | undefined {
  const { document, lineCounter, problems } = parseYamlDocument(source.text);
  const at = (offset: number) => (message: string) =>
    diagnostic("vocabulary", message, source.path, pointAt(lineCounter, offset));
  if (problems.length > 0) {
    for (const problem of problems) diagnostics.push(at(problem.offset)(`${problem.message}${UNREAD}`));
    return undefined;
  }
  const contents = document.contents;
  if (!isMap(contents)) {
    diagnostics.push(at(0)(`Expected a mapping from names to definitions${UNREAD}`));
    return undefined;
  }
  const data = toPlainData(document) as Record<string, unknown>;
  const entries: Entry[] = [];
  for (const pair of contents.items as Pair[]) {
    const offset = pair.key && isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0;
    const name = isScalar(pair.key) ? String(pair.key.value) : "";
    const value = data[name] ?? null;
    if (!/^[a-z][a-z0-9_]*$/.test(name)) {
      diagnostics.push(at(offset)(`"${name}" is not a valid name: use lowercase letters, digits and _`));
      continue;
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      diagnostics.push(at(offset)(`"${name}" must map to a definition (label, label_en, …)`));
      continue;
    }
    const keyAt = (key: string) => at(mapKeyOffset(pair.value, key) ?? offset);
    entries.push({ name, value: value as Record<string, unknown>, at: at(offset), keyAt });
  }
  return entries;
}

const UNREAD = "; the notes are checked once the vocabulary reads";

function text(value: unknown, fallback: string): string {
  return typeof value === "string" && value.trim() !== "" ? value : fallback;
}

function typeList(value: unknown): string[] | null {
  if (value === undefined || value === null) return null;
  const list = Array.isArray(value) ? value : [value];
  return list.map(String);
}

function stringRecord(value: unknown): Record<string, string> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).map(([key, description]) => [key, String(description ?? "")]));
}

/** The type of this name, if the vocabulary has one (and not a property every object has, as `constructor`). */
export function lookupType(vocabulary: Vocabulary, name: string): NodeTypeDef | undefined {
  return Object.hasOwn(vocabulary.types, name) ? vocabulary.types[name] : undefined;
}

/**
 * Finds a relation by the name a note uses: its own name, or its inverse
 * name, in which case the edge runs the other way (`reversed`).
 */
export function lookupRelation(
  vocabulary: Vocabulary,
  name: string,
): { relation: RelationDef; reversed: boolean } | undefined {
  // Own names only: a note's `constructor::` names no relation, whatever every object has.
  const direct = Object.hasOwn(vocabulary.relations, name) ? vocabulary.relations[name] : undefined;
  if (direct) return { relation: direct, reversed: false };
  for (const relation of Object.values(vocabulary.relations)) {
    if (relation.inverse === name) return { relation, reversed: true };
  }
  return undefined;
}

/** Every name a note may use for a relation: names and inverse names. */
export function relationNames(vocabulary: Vocabulary): string[] {
  const names: string[] = [];
  for (const relation of Object.values(vocabulary.relations)) {
    names.push(relation.name);
    if (relation.inverse) names.push(relation.inverse);
  }
  return names;
}
