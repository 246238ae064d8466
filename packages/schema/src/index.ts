export type { Citation, Reference } from "./citation";
export {
  compareDiagnostics,
  compareStrings,
  countDiagnostics,
  type Diagnostic,
  type DiagnosticCounts,
  diagnostic,
  formatDiagnostic,
  RULES,
  type RuleId,
  type Severity,
  sortDiagnostics,
} from "./diagnostics";
export { didYouMean, isValidId, nearest, normalizeName, slugify, withoutAccents } from "./names";
export {
  lookupRelation,
  lookupType,
  MENTIONS,
  type NodeTypeDef,
  parseVocabulary,
  type RelationDef,
  relationNames,
  type Vocabulary,
  type VocabularySource,
} from "./vocabulary";
export {
  keyOffset,
  nodeOffset,
  type ParsedYaml,
  parseYamlDocument,
  pointAt,
  toPlainData,
  type YamlProblem,
} from "./yamlDocument";
