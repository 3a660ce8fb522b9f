/**
 * Extractors: the registry, the built-in extractors (facts, statements), the
 * dispatcher and the unified plugin.
 *
 * @module
 */

export { defaultExtractors, resolveExtractors } from './defaults.js'
export {
  type BindCandidate,
  type BindFactsOptions,
  type BindTrace,
  bindFacts,
  factsExtractor,
} from './facts.js'
export { type ReportExtractOptions, reportExtract } from './plugin.js'
export { createExtractorRegistry, defineExtractor, type ExtractorRegistry } from './registry.js'
export { runExtractors } from './run.js'
export {
  leaderDutiesExtractor,
  plansExtractor,
  rectificationExtractor,
  shortcomingsExtractor,
} from './statements.js'
export type {
  ExtractedFact,
  ExtractedMessage,
  ExtractionResult,
  Extractor,
  ExtractorContext,
  ExtractorMessageDraft,
  FactComponentDraft,
  FactDraft,
  StatementDraft,
  StatementList,
} from './types.js'
