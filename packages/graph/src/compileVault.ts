import { type NoteSource, type ParsedNote, parseBibliography, parseNote } from "@simpul/markdown";
import {
  compareDiagnostics,
  type Diagnostic,
  parseVocabulary,
  type Reference,
  type Vocabulary,
  type VocabularySource,
} from "@simpul/schema";
import { buildGraph } from "./buildGraph";
import { computeMetrics } from "./computeMetrics";
import { layoutGraph } from "./layoutGraph";
import { type LayoutSnapshot, restoreLayout, snapshotLayout, structureSignature } from "./layoutSnapshot";
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
  /** The metrics and layout of this build, to reuse next time. */
  layout?: LayoutSnapshot;
}

/**
 * Reads the vocabulary and the bibliography: what every note is parsed
 * against. `readBibliography` lets a caller memoize the BibTeX parse.
 */
export function loadSchema(source: SchemaSource, readBibliography = parseBibliography): VaultSchema {
  const { vocabulary, diagnostics } = parseVocabulary(source.types, source.relations);
  if (!source.bibliography) return { vocabulary, references: {}, diagnostics };
  const bibliography = readBibliography(source.bibliography.path, source.bibliography.text);
  return {
    vocabulary,
    references: bibliography.references,
    diagnostics: [...diagnostics, ...bibliography.diagnostics],
  };
}

/**
 * The steps after parsing: resolve and build → metrics → layout.
 * Diagnostics (the schema's, the parser's and the builder's) come back
 * sorted by file and position.
 */
export function assembleVault(
  schema: VaultSchema,
  notes: readonly ParsedNote[],
  parseDiagnostics: readonly Diagnostic[],
  options: CompileOptions = { layout: true },
): CompiledVault {
  const { graph, diagnostics: buildDiagnostics } = buildGraph({
    notes,
    vocabulary: schema.vocabulary,
    references: schema.references,
  });
  const diagnostics = [...schema.diagnostics, ...parseDiagnostics, ...buildDiagnostics].sort(compareDiagnostics);
  if (!options.layout) return { graph, diagnostics };
  const signature = structureSignature(graph);
  const cached = options.reuseLayout?.(signature);
  if (!cached || !restoreLayout(graph, cached)) {
    computeMetrics(graph);
    layoutGraph(graph);
  }
  return { graph, diagnostics, layout: snapshotLayout(graph, signature) };
}

/** The whole pipeline over plain data, in this thread. */
export function compileVault(source: VaultSource, options: CompileOptions = { layout: true }): CompiledVault {
  const schema = loadSchema(source);
  const results = source.notes.map((note) => parseNote(note, schema.vocabulary));
  return assembleVault(
    schema,
    results.map((result) => result.note),
    [...(source.diagnostics ?? []), ...results.flatMap((result) => result.diagnostics)],
    options,
  );
}
