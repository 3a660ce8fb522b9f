/**
 * The metadata stage: report metadata, jurisdiction resolution, and the
 * completeness and timeliness checks.
 *
 * @module
 */

export {
  checkCompleteness,
  checkTimeliness,
  completenessMessages,
  deadlineFor,
  REQUIRED_ITEMS,
} from './compliance.js'
export { parseMetaDate } from './dates.js'
export { extractMeta, governmentName, kindOf, type MetaResult } from './extract.js'
export {
  type JurisdictionResolution,
  type PlaceClue,
  type ResolveJurisdictionOptions,
  regionCodeOfIndexNo,
  resolveJurisdiction,
} from './jurisdiction.js'
export { META_RULES, type MetaRuleId } from './rules.js'
export type { Deadline, MessageDraft, MetaOptions, MonthDay } from './types.js'
