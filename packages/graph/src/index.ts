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
export { type LayoutSnapshot, snapshotFits } from "./layoutSnapshot";
export { type GraphStructure, layoutStructure, type Placement, placedAt, warmLayout } from "./layoutStructure";
export { createNameIndex, type NameIndex, nodeKey, type Resolution, resolveLink } from "./nameIndex";
export { LINK_RULES } from "./noteLinks";
export { patchStructure, type StructurePatch, type StructurePatchInput, speculateStructure } from "./patchStructure";
export { patchTables, type TablesPatch } from "./patchTables";
export { proseOf, replaceProse, withoutProse } from "./prose";
export { type Renaming, renameNotes } from "./renameNote";
export {
  editedNodeJson,
  type GraphPieces,
  graphText,
  type NodeJson,
  type SerializedEdge,
  serializeGraph,
  serializeGraphPieces,
  withDimensions,
  writtenDimensions,
} from "./serializeGraph";
export { frameOf, frameWith, type StructureMemo, sameStructure } from "./structureMemo";
export type {
  Citation,
  ComparisonTable,
  DimensionValue,
  EdgeAttributes,
  GraphAttributes,
  KnowledgeGraph,
  NodeAttributes,
  PlacedAttributes,
  Reference,
  SerializedKnowledgeGraph,
  Vocabulary,
} from "./types";
