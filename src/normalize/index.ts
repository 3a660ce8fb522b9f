/**
 * The normalizers: pure functions from Chinese report text to exact values.
 *
 * @module
 */

export { findTemplateResidue, type TextSpan } from './find-template-residue.js'
export { parseChineseNumber } from './parse-chinese-number.js'
export { findPercentages, parsePercentage } from './parse-percentage.js'
export { findQuantities, parseMoney, parseQuantity } from './parse-quantity.js'
export { findDates, parseReportDate } from './parse-report-date.js'
export type {
  Approx,
  Change,
  DateMention,
  DateOptions,
  DatePrecision,
  Mention,
  Money,
  Percentage,
  PercentageMention,
  Quantity,
  QuantityMention,
  ReportDate,
  UnitClass,
} from './types.js'
export { COUNTER_UNITS, unitClassOf } from './units.js'
