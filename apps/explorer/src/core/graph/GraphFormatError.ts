import type { GraphErrorKind } from "./types";

/** A graph file the explorer cannot read; `kind` says which check failed, `message` where. */
export class GraphFormatError extends Error {
  readonly kind: GraphErrorKind;

  constructor(kind: GraphErrorKind, message: string) {
    super(`simpul explorer: ${message}`);
    this.name = "GraphFormatError";
    this.kind = kind;
  }
}
