import { displayName, namedAuthors } from "../citations/authorNames";
import { citationIndex } from "../citations/citationIndex";
import { referenceShort } from "../citations/citationLabel";
import type { KnowledgeGraph, Reference } from "../graph/types";
import type { SearchDocument } from "./types";

const authorText = (reference: Reference | undefined): string[] =>
  namedAuthors(reference?.authors ?? []).names.flatMap((author) => [author, displayName(author)]);

const titleText = (reference: Reference | undefined): string =>
  [reference?.title, reference?.container].filter(Boolean).join(" ");

/**
 * The documents the search indexes: every node with both labels, aliases,
 * summaries, note text and tags; works also by their authors, year and bibliography
 * title; plus bibliography entries no note describes.
 */
export function searchDocuments(graph: KnowledgeGraph): SearchDocument[] {
  const documents = graph.mapNodes((key) => nodeDocument(graph, key));
  for (const entry of citationIndex(graph).entries.values()) {
    if (entry.work) continue;
    documents.push({
      id: `ref:${entry.key}`,
      kind: "reference",
      type: "reference",
      label: entry.reference?.title || referenceShort(entry.reference, entry.key, "id"),
      labelEn: "",
      aliases: [],
      authors: authorText(entry.reference).join(" "),
      year: entry.reference?.year ?? "",
      bibkey: entry.key,
      title: titleText(entry.reference),
      summary: "",
      body: "",
      tags: [],
    });
  }
  return documents;
}

/** The search document of one node; summary and text stay empty until its details are in. */
export function nodeDocument(graph: KnowledgeGraph, key: string): SearchDocument {
  const node = graph.getNodeAttributes(key);
  const bibkey = node.fields.bibkey ?? "";
  const reference = graph.getAttribute("references")[bibkey];
  const linkedAuthors: string[] = [];
  graph.forEachInEdge(key, (_edge, attributes, source) => {
    if (attributes.type === "authored") linkedAuthors.push(graph.getNodeAttribute(source, "label"));
  });
  return {
    id: key,
    kind: "node",
    type: node.type,
    label: node.label,
    labelEn: node.labelEn,
    aliases: node.aliases,
    authors: [...authorText(reference), ...linkedAuthors].join(" "),
    year: node.fields.year ?? reference?.year ?? "",
    bibkey,
    title: titleText(reference),
    summary: `${node.summary} ${node.summaryEn}`.trim(),
    body: node.body,
    tags: node.tags,
  };
}
