/**
 * fazhi-report: parse Chinese annual rule-of-law government reports
 * (法治政府建设年度报告) into typed, traceable data.
 *
 * @packageDocumentation
 */

// Parse
export { reportCompile } from './compile/to-report.js'
export type {
  DocumentView,
  ParagraphView,
  SectionView,
  SentenceView,
  SourceHints,
  SourceText,
} from './document.js'
// Errors
export type { FazhiReportErrorCode } from './errors.js'
export { FazhiReportError, isFazhiReportError } from './errors.js'
// Extractors
export type {
  ExtractedFact,
  ExtractedMessage,
  ExtractionResult,
  Extractor,
  ExtractorContext,
  ExtractorMessageDraft,
  ExtractorRegistry,
  FactComponentDraft,
  FactDraft,
  ReportExtractOptions,
  StatementDraft,
  StatementList,
} from './extractors/index.js'
export {
  createExtractorRegistry,
  defaultExtractors,
  defineExtractor,
  factsExtractor,
  leaderDutiesExtractor,
  plansExtractor,
  rectificationExtractor,
  reportExtract,
  runExtractors,
  shortcomingsExtractor,
} from './extractors/index.js'
// Input
export type {
  DecodedBytes,
  EncodingGuess,
  EncodingSource,
  InputFormat,
  LoadedSource,
  LoadLimits,
  LoadOptions,
  SourceWarning,
  SupportedEncoding,
} from './input/index.js'
export {
  DEFAULT_LIMITS,
  detectEncoding,
  detectStringFormat,
  loadSource,
  normalizeEncodingLabel,
  normalizeView,
  toSimplified,
} from './input/index.js'
// Messages
export { type MessageRule, messageRules } from './message-rules.js'
// Metadata and compliance
export type {
  Deadline,
  JurisdictionResolution,
  MetaOptions,
  MetaResult,
  MonthDay,
  PlaceClue,
  ResolveJurisdictionOptions,
} from './meta/index.js'
export {
  checkCompleteness,
  checkTimeliness,
  extractMeta,
  REQUIRED_ITEMS,
  regionCodeOfIndexNo,
  resolveJurisdiction,
} from './meta/index.js'
export { reportMeta } from './meta/plugin.js'
// Normalizers
export type { TextSpan } from './normalize/index.js'
export {
  COUNTER_UNITS,
  findDates,
  findPercentages,
  findQuantities,
  findTemplateResidue,
  parseChineseNumber,
  parseMoney,
  parsePercentage,
  parseQuantity,
  parseReportDate,
  unitClassOf,
} from './normalize/index.js'
export type * from './normalize/types.js'
// Output
export type {
  BatchError,
  BatchRecord,
  CsvLayout,
  ReportRecord,
  ToCSVOptions,
  ToJSONOptions,
} from './output/index.js'
export {
  CSV_LONG_COLUMNS,
  CSV_WIDE_COLUMNS,
  csvHeader,
  csvRows,
  isBatchError,
  isReportRecord,
  OUTPUT_SCHEMA_VERSION,
  toCSV,
  toJSON,
  toXML,
  xmlFooter,
  xmlHeader,
  xmlRecord,
} from './output/index.js'
export type { ParseReportOptions, ReportParser } from './parse-report.js'
export { createReportParser, parseReport } from './parse-report.js'
// Parser
export type {
  BuildDocumentOptions,
  BuildDocumentResult,
  HeadingContent,
  HeadingData,
  HeadingNode,
  MessageDraft,
  SectionContent,
  SectionData,
  SectionNode,
} from './parser/index.js'
export { buildDocument, reportParse } from './parser/index.js'
export type { ReportProcessor, ReportProcessorOptions } from './processor.js'
export { createReportProcessor } from './processor.js'
// Taxonomy
export type {
  Category,
  Cue,
  Indicator,
  IndicatorDefinition,
  IndicatorId,
  IndicatorMap,
  Taxonomy,
} from './taxonomy/index.js'
export {
  createTaxonomy,
  defaultCategories,
  defaultIndicators,
  defaultTaxonomy,
  taxonomyToMarkdown,
} from './taxonomy/index.js'
// Report model
export type * from './types.js'
