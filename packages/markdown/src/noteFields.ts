import {
  type Diagnostic,
  diagnostic,
  didYouMean,
  isValidId,
  lookupRelation,
  lookupType,
  nearest,
  relationNames,
  slugify,
  type Vocabulary,
} from "@simpul/schema";
import type { Frontmatter } from "./readFrontmatter";
import { scanCitations } from "./scanCitations";
import { scanWikiLinks } from "./scanWikiLinks";
import type { Point, PositionedCitation, RelationStatement } from "./types";

/** Keys every note may carry, whatever its type. */
export const CORE_KEYS = [
  "type",
  "id",
  "title",
  "title_en",
  "aliases",
  "alias",
  "summary",
  "summary_en",
  "tables_en",
  "tags",
  "cssclasses",
] as const;

export interface NoteFields {
  type: string;
  id: string;
  idPoint: Point;
  title: string;
  titleEn: string;
  aliases: string[];
  summary: string;
  summaryEn: string;
  /** `tables_en`: the English of the note's table titles, dimensions and values, by their text. */
  tablesEn: Map<string, string>;
  tags: string[];
  fields: Record<string, string>;
  keyPoints: Record<string, Point>;
  relations: RelationStatement[];
}

/**
 * Validates the frontmatter against the vocabulary and reads the note's
 * identity, labels, type fields and frontmatter relations.
 */
export function readNoteFields(
  frontmatter: Frontmatter | undefined,
  hasFrontmatter: boolean,
  file: string,
  vocabulary: Vocabulary,
  diagnostics: Diagnostic[],
): NoteFields {
  const baseName = (file.split("/").pop() ?? file).replace(/\.md$/i, "");
  const data = frontmatter?.data ?? {};
  const at = (key: string): Point =>
    frontmatter ? frontmatter.pointAt(frontmatter.keyOffset(key)) : { line: 1, column: 1 };
  const report = (rule: Parameters<typeof diagnostic>[0], message: string, key: string) =>
    diagnostics.push(diagnostic(rule, message, file, at(key)));
  const text = (key: string): string => {
    const value = data[key];
    if (isShapeError(value)) {
      report("frontmatter-shape", `"${key}" must be text`, key);
      return "";
    }
    return value === undefined || value === null ? "" : String(value).trim();
  };
  // As Obsidian reads them: `aliases: CO, Community Organization` is two aliases, and `[1984, true]` two texts.
  const list = (key: string): string[] => {
    const value = data[key];
    if (value === undefined || value === null) return [];
    if (isScalar(value)) {
      return String(value)
        .split(",")
        .map((name) => name.trim())
        .filter((name) => name !== "");
    }
    if (!Array.isArray(value)) {
      report("frontmatter-shape", `"${key}" must be a list of text`, key);
      return [];
    }
    const { offsets } = frontmatter?.valueOffsets(key) ?? { offsets: [] };
    const names: string[] = [];
    value.forEach((item: unknown, index) => {
      // An empty item (`- `), as Obsidian's property panel leaves one, names nothing.
      if (item === null) return;
      if (isScalar(item)) {
        names.push(String(item));
        return;
      }
      const offset = offsets[index];
      const place = offset === undefined || frontmatter === undefined ? at(key) : frontmatter.pointAt(offset);
      const message = `This item of "${key}" is a ${Array.isArray(item) ? "list" : "mapping"}, not a name, and is left out; write it as text`;
      diagnostics.push(diagnostic("list-item-shape", message, file, place));
    });
    return names;
  };

  // Each entry's translation as text; "" for one that gives none (null, a list), which translateTables reports.
  const textMap = (key: string): Map<string, string> => {
    const value = data[key];
    if (value === undefined || value === null) return new Map();
    if (typeof value !== "object" || Array.isArray(value)) {
      report("frontmatter-shape", `"${key}" must map each text to its translation ("Tujuan: Goal")`, key);
      return new Map();
    }
    const scalar = (english: unknown) => (typeof english === "object" || english === undefined ? "" : String(english));
    return new Map(Object.entries(value).map(([text, english]) => [text.trim(), scalar(english).trim()]));
  };

  const type = text("type");
  const typeNames = Object.keys(vocabulary.types);
  if (!hasFrontmatter) {
    report(
      "missing-type",
      `This note has no frontmatter; start it with "---", "type: ${typeNames[0] ?? "concept"}", "---"`,
      "type",
    );
  } else if (frontmatter !== undefined && type === "" && data.type === undefined) {
    report("missing-type", `This note has no "type"; add one of: ${typeNames.join(", ")}`, "type");
  } else if (frontmatter !== undefined && type === "" && !isShapeError(data.type)) {
    report("missing-type", `This note's "type" is empty; write one of: ${typeNames.join(", ")}`, "type");
  } else if (type !== "" && !lookupType(vocabulary, type)) {
    report("unknown-type", `Unknown type "${type}"${didYouMean(nearest(type, typeNames))}`, "type");
  }

  const declaredId = text("id");
  const id = declaredId || slugify(baseName);
  if (!isValidId(id)) report("invalid-id", invalidIdMessage(declaredId, baseName), "id");

  const typeFields = lookupType(vocabulary, type)?.fields ?? {};
  const known = new Set<string>([...CORE_KEYS, ...Object.keys(typeFields), ...relationNames(vocabulary)]);
  const fields: Record<string, string> = {};
  const relations: RelationStatement[] = [];
  for (const key of Object.keys(data).sort()) {
    if (lookupRelation(vocabulary, key)) {
      relations.push(...frontmatterRelations(key, frontmatter as Frontmatter, file, diagnostics));
    } else if (Object.hasOwn(typeFields, key)) {
      fields[key] = fieldText(data[key]);
    } else if (!known.has(key)) {
      const allowed = [...known].filter((name) => name !== "alias");
      report("unknown-key", `Unknown frontmatter key "${key}"${didYouMean(nearest(key, allowed))}`, key);
    }
  }

  return {
    type,
    id,
    idPoint: at(declaredId ? "id" : "type"),
    title: text("title") || baseName,
    titleEn: text("title_en"),
    aliases: [...list("aliases"), ...list("alias")],
    summary: text("summary"),
    summaryEn: text("summary_en"),
    tablesEn: textMap("tables_en"),
    tags: list("tags"),
    fields,
    keyPoints: Object.fromEntries(Object.keys(data).map((key) => [key, at(key)])),
    relations,
  };
}

/** Text, a number or a boolean: a value YAML gives as one item, which reads as its text. */
function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

/** A value that is not text (frontmatter-shape), as text() reads it: a list, a map, a boolean. */
function isShapeError(value: unknown): boolean {
  return value !== undefined && value !== null && typeof value !== "string" && typeof value !== "number";
}

function fieldText(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join(", ");
  return value === null || value === undefined ? "" : String(value);
}

function frontmatterRelations(
  key: string,
  frontmatter: Frontmatter,
  file: string,
  diagnostics: Diagnostic[],
): RelationStatement[] {
  const { list, offsets } = frontmatter.valueOffsets(key);
  const items = offsets.map((offset, index) => ({
    value: list ? (frontmatter.data[key] as unknown[])[index] : frontmatter.data[key],
    offset,
    // The next item's start bounds where this one's text is sought.
    before: offsets[index + 1],
  }));
  const statements: RelationStatement[] = [];
  for (const item of items) {
    // An empty value (`broader:`, `""`, `[]`), as Obsidian's property panel leaves one, states no relation.
    const blank = typeof item.value === "string" && item.value.trim() === "";
    if (item.value === null || blank || (Array.isArray(item.value) && item.value.length === 0)) continue;
    const start = item.offset ?? frontmatter.keyOffset(key);
    const point = frontmatter.pointAt(start);
    // What the value holds, at its place in the note: the value as a whole where it is written as it reads
    // (plain or quoted on one line); else each part where it is (folded); else the value's start (escaped).
    const placed = (text: string, offset: number, part: string) => {
      if (item.offset === undefined) return point;
      const whole = frontmatter.locate(text, start, item.before);
      const found = whole === undefined ? frontmatter.locate(part, start, item.before) : whole + offset;
      return found === undefined ? point : frontmatter.pointAt(found);
    };
    // Unquoted `[[Target]]` in YAML is a list inside a list; read it as the link its author meant.
    const value =
      Array.isArray(item.value) && item.value.length === 1 && typeof item.value[0] === "string"
        ? `[[${item.value[0]}]]`
        : item.value;
    const links = typeof value === "string" ? scanWikiLinks(value) : [];
    if (links.length === 0) {
      diagnostics.push(
        diagnostic("relation-shape", `The value of "${key}" must be a wiki link such as "[[Note title]]"`, file, point),
      );
      continue;
    }
    const text = value as string;
    const citations: PositionedCitation[] = scanCitations(text).map(({ offset, ...citation }) => ({
      ...citation,
      ...placed(text, offset, `@${citation.key}`),
    }));
    for (const { offset, length, ...link } of links) {
      statements.push({
        name: key,
        link: { ...link, ...placed(text, offset, text.slice(offset, offset + length)) },
        citations,
        origin: "frontmatter",
      });
    }
  }
  return statements;
}

/** Why an id is refused, and what to write instead. */
function invalidIdMessage(declaredId: string, baseName: string): string {
  if (declaredId === "") {
    return `Cannot derive an id from the file name "${baseName}", as it has no letter or digit; add an "id:" to the frontmatter`;
  }
  const suggestion = slugify(declaredId) || undefined;
  return `The id "${declaredId}" must be lowercase letters and digits of any script (Latin, Greek and Cyrillic ones without accents) parted by single hyphens${didYouMean(suggestion)}`;
}
