import { type NoteSource, parseBibliography, parseNote } from "@simpul/markdown";
import { compareDiagnostics, type Diagnostic, parseVocabulary, type VocabularySource } from "@simpul/schema";
import { buildGraph } from "./buildGraph";
import { computeMetrics } from "./computeMetrics";
import { layoutGraph } from "./layoutGraph";
import type { KnowledgeGraph } from "./types";

export interface VaultSource {
  notes: readonly NoteSource[];
  types: VocabularySource;
  relations: VocabularySource;
  /** `references.bib`; a vault without one can cite nothing. */
  bibliography?: { path: string; text: string };
}

export interface CompileOptions {
  /** Compute metrics and layout (not needed to validate). */
  layout: boolean;
}

export interface CompiledVault {
  graph: KnowledgeGraph;
  diagnostics: Diagnostic[];
}

/**
 * The whole pipeline over plain data: vocabulary → parse → resolve and
 * build → metrics → layout. Diagnostics come back sorted by file and position.
 */
export function compileVault(source: VaultSource, options: CompileOptions = { layout: true }): CompiledVault {
  const { vocabulary, diagnostics } = parseVocabulary(source.types, source.relations);
  const bibliography = source.bibliography
    ? parseBibliography(source.bibliography.path, source.bibliography.text)
    : { references: {}, diagnostics: [] };
  diagnostics.push(...bibliography.diagnostics);
  const notes = source.notes.map((note) => {
    const parsed = parseNote(note, vocabulary);
    diagnostics.push(...parsed.diagnostics);
    return parsed.note;
  });
  const built = buildGraph({ notes, vocabulary, references: bibliography.references });
  diagnostics.push(...built.diagnostics);
  if (options.layout) {
    computeMetrics(built.graph);
    layoutGraph(built.graph);
  }
  return { graph: built.graph, diagnostics: diagnostics.sort(compareDiagnostics) };
}
