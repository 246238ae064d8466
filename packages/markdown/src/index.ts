export { decodeSource } from "./decodeSource";
export { parseBibliography } from "./parseBibliography";
export { type NoteSource, type ParseResult, parseNote } from "./parseNote";
export { type CitationRun, citationRuns } from "./scanCitations";
export { isAttachmentName } from "./scanWikiLinks";
export type {
  Mention,
  ParsedNote,
  ParsedTable,
  Point,
  PositionedCitation,
  RelationStatement,
  TableCell,
  TableRow,
  WikiLink,
} from "./types";
