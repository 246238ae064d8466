import type { ParsedNote, PositionedCitation } from "@simpul/markdown";
import {
  type Diagnostic,
  diagnostic,
  didYouMean,
  lookupType,
  nearest,
  type Reference,
  type Vocabulary,
} from "@simpul/schema";
import { nodeKey } from "./nameIndex";
import type { KnowledgeGraph } from "./types";

/**
 * The last step of assembling a graph: the bibliography's entries become the
 * graph's references, and every citation and `bibkey` of the notes the graph
 * holds is checked against them. Nothing before needs the bibliography, so it
 * can be parsed while the graph is built and laid out.
 */
export function citeReferences(
  graph: KnowledgeGraph,
  notes: readonly ParsedNote[],
  vocabulary: Vocabulary,
  references: Record<string, Reference>,
): Diagnostic[] {
  graph.setAttribute("references", references);
  // A note whose id another note took first is not in the graph (duplicate-id).
  const held = notes.filter((note) => {
    const key = nodeKey(note);
    return graph.hasNode(key) && graph.getNodeAttribute(key, "file") === note.file;
  });
  return citationDiagnostics(held, vocabulary, references);
}

/** Every citation and `bibkey` of these notes checked against the bibliography. */
export function citationDiagnostics(
  notes: readonly ParsedNote[],
  vocabulary: Vocabulary,
  references: Record<string, Reference>,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  // For "did you mean" suggestions.
  const keys = Object.keys(references);
  const checkCitations = citationChecker(references, keys, diagnostics);
  for (const note of notes) {
    checkCitations(note.citations, note.file);
    checkBibkey(note, vocabulary, references, keys, diagnostics);
  }
  return diagnostics;
}

function citationChecker(references: Record<string, Reference>, keys: readonly string[], diagnostics: Diagnostic[]) {
  const reported = new Set<string>();
  return (citations: readonly PositionedCitation[], file: string): void => {
    for (const citation of citations) {
      if (Object.hasOwn(references, citation.key)) continue;
      const id = `${file}:${citation.line}:${citation.column}:${citation.key}`;
      if (reported.has(id)) continue;
      reported.add(id);
      const message = `Citation key "@${citation.key}" is not in references.bib${didYouMean(nearest(citation.key, keys))}`;
      diagnostics.push(diagnostic("unknown-citation", message, file, citation));
    }
  };
}

/** Types that declare a `bibkey` field must name an entry of references.bib. */
function checkBibkey(
  note: ParsedNote,
  vocabulary: Vocabulary,
  references: Record<string, Reference>,
  keys: readonly string[],
  diagnostics: Diagnostic[],
): void {
  if (!lookupType(vocabulary, note.type)?.fields.bibkey) return;
  const bibkey = note.fields.bibkey;
  if (!bibkey) {
    diagnostics.push(
      diagnostic("missing-bibkey", `This ${note.type} names no "bibkey" in references.bib`, note.file, note.idPoint),
    );
  } else if (!Object.hasOwn(references, bibkey)) {
    const message = `bibkey "${bibkey}" is not in references.bib${didYouMean(nearest(bibkey, keys))}`;
    diagnostics.push(diagnostic("unknown-citation", message, note.file, note.keyPoints.bibkey));
  }
}
