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

/**
 * Reports each key missing from the bibliography once per note, where the
 * note first cites it, with how many other places cite it: a key misspelt
 * throughout a note is one mistake, not one per place.
 */
function citationChecker(references: Record<string, Reference>, keys: readonly string[], diagnostics: Diagnostic[]) {
  return (citations: readonly PositionedCitation[], file: string): void => {
    // Each key's places, by `line:column`: a table header's citation is also each cell's of its column.
    const places = new Map<string, Map<string, PositionedCitation>>();
    for (const citation of citations) {
      if (Object.hasOwn(references, citation.key)) continue;
      const ofKey = places.get(citation.key) ?? new Map<string, PositionedCitation>();
      places.set(citation.key, ofKey);
      ofKey.set(`${citation.line}:${citation.column}`, citation);
    }
    for (const [key, ofKey] of places) {
      const [first] = [...ofKey.values()].sort((a, b) => a.line - b.line || a.column - b.column);
      const more = ofKey.size - 1;
      const elsewhere = more === 0 ? "" : `, here and in ${more} more place${more === 1 ? "" : "s"} in this note`;
      const message = `Citation key "@${key}" is not in references.bib${elsewhere}${didYouMean(nearest(key, keys))}`;
      diagnostics.push(diagnostic("unknown-citation", message, file, first));
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
