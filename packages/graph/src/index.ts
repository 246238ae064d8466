export { type BuildInput, buildGraph } from "./buildGraph";
export {
  assembleStructure,
  assembleVault,
  type CompiledVault,
  type CompileOptions,
  compileVault,
  completeVault,
  loadSchema,
  type PendingLayout,
  type PlannedStructure,
  placeStructure,
  planStructure,
  type SchemaSource,
  type VaultSchema,
  type VaultSource,
} from "./compileVault";
export { computeMetrics, METRICS_DEFAULTS } from "./computeMetrics";
export { LAYOUT_DEFAULTS, layoutGraph } from "./layoutGraph";
export type { LayoutSnapshot } from "./layoutSnapshot";
export { type GraphStructure, layoutStructure, type Placement } from "./layoutStructure";
export { createNameIndex, type NameIndex, nodeKey, type Resolution, resolveLink } from "./nameIndex";
export { replaceProse, withoutProse } from "./prose";
export { type GraphPieces, placePieces, serializeGraph, serializeGraphPieces } from "./serializeGraph";
export { type StructureMemo, sameStructure, speculateStructure } from "./structureMemo";
export type {
  Citation,
  ComparisonTable,
  DimensionValue,
  EdgeAttributes,
  GraphAttributes,
  KnowledgeGraph,
  NodeAttributes,
  Reference,
  SerializedKnowledgeGraph,
  Vocabulary,
} from "./types";
