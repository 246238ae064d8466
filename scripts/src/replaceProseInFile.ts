import { replaceProse } from "@simpul/graph";
import type { RebuiltGraph, WrittenOutput } from "./buildDirectory";
import type { NoteOutcome } from "./parseWorker";
import type { NodeRange } from "./writtenGraph";

/**
 * A written graph with the prose of these notes replaced, by path: what a
 * full build writes when nothing but their prose changed. Only their nodes
 * are decoded; the rest of the file is copied.
 */
export function replaceProseInFile(
  bytes: Buffer,
  written: WrittenOutput,
  outcomes: ReadonlyMap<string, NoteOutcome>,
): RebuiltGraph {
  const parts: Buffer[] = [];
  const nodes: NodeRange[] = [];
  let copied = 0;
  let shift = 0;
  for (const [file, start, end] of written.nodes) {
    const note = outcomes.get(file)?.note;
    if (note === undefined) {
      nodes.push([file, start + shift, end + shift]);
      continue;
    }
    const json = Buffer.from(replaceProse(bytes.toString("utf8", start, end), note));
    parts.push(bytes.subarray(copied, start), json);
    copied = end;
    nodes.push([file, start + shift, start + shift + json.length]);
    shift += json.length - (end - start);
  }
  parts.push(bytes.subarray(copied));
  const { attributes, edges, options, diagnostics, order, size, frames } = written;
  const [optionsStart, optionsEnd] = options;
  return {
    // No note to replace: the very bytes, not a copy of them.
    bytes: parts.length === 1 ? bytes : Buffer.concat(parts),
    attributes,
    edges,
    nodes,
    options: [optionsStart + shift, optionsEnd + shift],
    diagnostics,
    order,
    size,
    frames,
  };
}
