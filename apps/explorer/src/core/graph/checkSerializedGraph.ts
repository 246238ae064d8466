import { GraphFormatError } from "./GraphFormatError.ts";
import type { SerializedKnowledgeGraph } from "./types";

/** The only format and version this explorer understands (see `GraphAttributes`). */
const GRAPH_FORMAT = "simpul-graph";
const GRAPH_VERSION = 1;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Checks that parsed JSON is a simpul graph this explorer can show, and fills
 * optional fields older or partial builds may leave out. Throws a
 * `GraphFormatError` naming the first problem. Shared by the app and the build
 * plugin, so a bad graph fails the build before it can reach a browser.
 */
export function checkSerializedGraph(data: unknown): SerializedKnowledgeGraph {
  if (!isObject(data) || !isObject(data.attributes)) {
    throw new GraphFormatError("format", "the file is not a serialized graph (no `attributes` object)");
  }
  const attributes = data.attributes;
  if (attributes.format !== GRAPH_FORMAT) {
    throw new GraphFormatError(
      "format",
      `unknown format ${JSON.stringify(attributes.format)}, expected "${GRAPH_FORMAT}"`,
    );
  }
  if (attributes.version !== GRAPH_VERSION) {
    throw new GraphFormatError(
      "version",
      `unsupported version ${JSON.stringify(attributes.version)}, expected ${GRAPH_VERSION}`,
    );
  }
  const vocabulary = attributes.vocabulary;
  if (!isObject(vocabulary) || !isObject(vocabulary.types) || !isObject(vocabulary.relations)) {
    throw new GraphFormatError("shape", "`attributes.vocabulary` must have `types` and `relations`");
  }
  if (!Array.isArray(data.nodes) || !Array.isArray(data.edges)) {
    throw new GraphFormatError("shape", "`nodes` and `edges` must be arrays");
  }
  const keys = new Set<string>();
  data.nodes.forEach((node: unknown, index) => {
    keys.add(checkNode(node, index));
  });
  data.edges.forEach((edge: unknown, index) => {
    checkEdge(edge, index, keys);
  });
  attributes.references = isObject(attributes.references) ? attributes.references : {};
  attributes.comparisons = Array.isArray(attributes.comparisons) ? attributes.comparisons : [];
  return data as unknown as SerializedKnowledgeGraph;
}

function checkNode(node: unknown, index: number): string {
  if (!isObject(node) || typeof node.key !== "string" || !isObject(node.attributes)) {
    throw new GraphFormatError("shape", `node #${index} has no string \`key\` or no \`attributes\``);
  }
  const a = node.attributes;
  if (typeof a.type !== "string" || typeof a.label !== "string") {
    throw new GraphFormatError("shape", `node "${node.key}" has no string \`type\` or \`label\``);
  }
  if (!Number.isFinite(a.x) || !Number.isFinite(a.y)) {
    throw new GraphFormatError(
      "shape",
      `node "${node.key}" has no numeric \`x\`/\`y\`; the build's layout step did not run`,
    );
  }
  for (const field of ["labelEn", "summary", "summaryEn", "body", "file", "color"]) {
    if (typeof a[field] !== "string") a[field] = "";
  }
  for (const field of ["aliases", "tags", "dimensions"]) {
    if (!Array.isArray(a[field])) a[field] = [];
  }
  if (!isObject(a.fields)) a.fields = {};
  for (const field of ["degree", "centrality", "community", "size"]) {
    if (!Number.isFinite(a[field])) a[field] = 0;
  }
  return node.key;
}

function checkEdge(edge: unknown, index: number, keys: Set<string>): void {
  if (!isObject(edge) || typeof edge.source !== "string" || typeof edge.target !== "string") {
    throw new GraphFormatError("shape", `edge #${index} has no string \`source\`/\`target\``);
  }
  if (!keys.has(edge.source) || !keys.has(edge.target)) {
    throw new GraphFormatError("shape", `edge #${index} joins "${edge.source}" and "${edge.target}", not both nodes`);
  }
  const a = isObject(edge.attributes) ? edge.attributes : {};
  if (typeof a.type !== "string") a.type = "mentions";
  if (!Array.isArray(a.citations)) a.citations = [];
  if (!Array.isArray(a.provenance)) a.provenance = [];
  a.symmetric = a.symmetric === true;
  edge.attributes = a;
}
