import { type NoteSource, type ParsedNote, parseBibliography, parseNote } from "@simpul/markdown";
import {
  type Diagnostic,
  parseVocabulary,
  type Reference,
  sortDiagnostics,
  type Vocabulary,
  type VocabularySource,
} from "@simpul/schema";
import { buildGraph } from "./buildGraph";
import { citeReferences } from "./citeReferences";
import { type LayoutSnapshot, restoreLayout, signatureOf } from "./layoutSnapshot";
import { applyPlacement, type GraphStructure, layoutStructure, type Placement } from "./layoutStructure";
import type { StructureMemo } from "./structureMemo";
import type { KnowledgeGraph } from "./types";

export interface SchemaSource {
  types: VocabularySource;
  relations: VocabularySource;
  /** `references.bib`; a vault without one can cite nothing. */
  bibliography?: { path: string; text: string };
}

export interface VaultSource extends SchemaSource {
  notes: readonly NoteSource[];
  /** Problems met while reading the files (encoding, size, links not followed). */
  diagnostics?: readonly Diagnostic[];
}

export interface VaultSchema {
  vocabulary: Vocabulary;
  references: Record<string, Reference>;
  diagnostics: Diagnostic[];
  /** A vocabulary file could not be read at all: what the notes say of it would be its error's echoes. */
  vocabularyUnread?: boolean;
}

export interface CompileOptions {
  /** Compute metrics and layout (not needed to validate). */
  layout: boolean;
  /**
   * A snapshot from an earlier build with this structure signature, if there
   * is one: metrics and layout depend only on structure, so reusing it gives
   * the same output as computing them again.
   */
  reuseLayout?: (signature: string) => LayoutSnapshot | undefined;
}

export interface CompiledVault {
  graph: KnowledgeGraph;
  diagnostics: Diagnostic[];
  /** What the next build may guess its structure from (speculateStructure). */
  memo?: StructureMemo;
  /** The metrics and layout of this build, to reuse next time. */
  layout?: LayoutSnapshot;
}

/**
 * The vocabulary and the bibliography every note is checked against, with
 * the problems found in both. Both come parsed (`parseVocabulary`,
 * `parseBibliography`), so a caller can parse them when and where it likes.
 */
export function loadSchema(
  vocabulary: ReturnType<typeof parseVocabulary>,
  bibliography?: ReturnType<typeof parseBibliography>,
): VaultSchema {
  return {
    vocabulary: vocabulary.vocabulary,
    references: bibliography?.references ?? {},
    diagnostics: [...vocabulary.diagnostics, ...(bibliography?.diagnostics ?? [])],
    ...(vocabulary.unread ? { vocabularyUnread: true } : {}),
  };
}

/**
 * A graph whose metrics and layout are still to compute: its nodes hold
 * nodeAttributes' zeros until placeStructure is given what layoutStructure
 * gave for its structure (in any thread).
 */
export interface PlannedStructure extends CompiledVault {
  pendingLayout?: PendingLayout;
}

export interface PendingLayout {
  structure: GraphStructure;
  /** The structure's signature, which the layout snapshot is kept under. */
  signature: string;
}

/**
 * The steps after parsing that need no bibliography: resolve and build →
 * metrics → layout. Its diagnostics are the builder's, unsorted; completeVault
 * adds the rest.
 */
export function assembleStructure(
  vocabulary: Vocabulary,
  notes: readonly ParsedNote[],
  options: CompileOptions = { layout: true },
): CompiledVault {
  const { pendingLayout, ...structure } = planStructure(vocabulary, notes, options);
  return pendingLayout ? placeStructure(structure, pendingLayout, layoutStructure(pendingLayout.structure)) : structure;
}

/** assembleStructure up to metrics and layout, which are left to the caller (pendingLayout). */
export function planStructure(
  vocabulary: Vocabulary,
  notes: readonly ParsedNote[],
  options: CompileOptions = { layout: true },
): PlannedStructure {
  const { graph, diagnostics, memo } = buildGraph({ notes, vocabulary });
  if (!options.layout || graph.order === 0) return { graph, diagnostics, memo };
  // The memo holds the graph's nodes and edges in key order, as the graph does: its structure, with nothing sorted again.
  const { nodes, keys, ends } = memo.edges;
  const signature = signatureOf(nodes, keys);
  const cached = options.reuseLayout?.(signature);
  if (cached && restoreLayout(graph, cached)) return { graph, diagnostics, memo, layout: cached };
  // A copy: the structure's array may move to the layout's worker, and the memo is kept.
  const structure = { order: nodes.length, ends: ends.slice() };
  return { graph, diagnostics, memo, pendingLayout: { structure, signature } };
}

/** The planned structure with its nodes given what layoutStructure computed for `pending.structure`. */
export function placeStructure(structure: CompiledVault, pending: PendingLayout, placement: Placement): CompiledVault {
  applyPlacement(structure.graph, placement);
  return { ...structure, layout: { signature: pending.signature, placement } };
}

/**
 * The last step: citations checked against the bibliography (citeReferences).
 * Diagnostics (the schema's, the parser's, the builder's and the
 * citations') come back sorted by file and position.
 */
export function completeVault(
  structure: CompiledVault,
  schema: VaultSchema,
  notes: readonly ParsedNote[],
  parseDiagnostics: readonly Diagnostic[],
): CompiledVault {
  if (schema.vocabularyUnread) return { ...structure, diagnostics: sortDiagnostics([...schema.diagnostics]) };
  const citations = citeReferences(structure.graph, notes, schema.vocabulary, schema.references);
  const diagnostics = [...schema.diagnostics, ...parseDiagnostics, ...structure.diagnostics, ...citations];
  return { ...structure, diagnostics: sortDiagnostics(diagnostics) };
}

/** Every step after parsing: assembleStructure, then completeVault. */
export function assembleVault(
  schema: VaultSchema,
  notes: readonly ParsedNote[],
  parseDiagnostics: readonly Diagnostic[],
  options: CompileOptions = { layout: true },
): CompiledVault {
  return completeVault(assembleStructure(schema.vocabulary, notes, options), schema, notes, parseDiagnostics);
}

/** The whole pipeline over plain data, in this thread. */
export function compileVault(source: VaultSource, options: CompileOptions = { layout: true }): CompiledVault {
  const bibliography = source.bibliography && parseBibliography(source.bibliography.path, source.bibliography.text);
  const schema = loadSchema(parseVocabulary(source.types, source.relations), bibliography);
  const results = source.notes.map((note) => parseNote(note, schema.vocabulary));
  return assembleVault(
    schema,
    results.map((result) => result.note),
    [...(source.diagnostics ?? []), ...results.flatMap((result) => result.diagnostics)],
    options,
  );
}
