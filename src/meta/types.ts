/**
 * Types of the metadata stage (src/meta).
 *
 * @module
 */

import type { ReportMeta } from '../types.js'

/** Message drafts (view offsets) are the parser's type (src/parser/types.ts). */
export type { MessageDraft } from '../parser/types.js'

/**
 * A month/day of the year after the report year.
 *
 * @category Metadata
 * @example
 * ```ts
 * const march1: MonthDay = { month: 3, day: 1 }
 * ```
 */
export interface MonthDay {
  /** Month, 1–12. */
  month: number
  /** Day of the month, 1–31 (must exist in that month). */
  day: number
}

/**
 * The publication deadline: a month/day of the year after the report year, or a
 * function of the report year (and the metadata) returning an ISO date
 * (`'2025-03-01'`) or a month/day of the year after the report year.
 *
 * @category Metadata
 * @example
 * ```ts
 * const rule: Deadline = { month: 3, day: 1 }
 * const perPlace: Deadline = (year, meta) =>
 *   meta?.jurisdiction?.province === '广东省' ? { month: 3, day: 1 } : `${year + 1}-04-01`
 * ```
 */
export type Deadline = MonthDay | ((reportYear: number, meta?: Readonly<ReportMeta>) => string | MonthDay)

/**
 * Options of {@link extractMeta} and {@link checkTimeliness}.
 *
 * @category Metadata
 * @example
 * ```ts
 * const options: MetaOptions = { deadline: { month: 3, day: 1 }, referenceDate: new Date(2025, 0, 1) }
 * ```
 */
export interface MetaOptions {
  /**
   * The publication deadline (default: 1 April of the year after the report
   * year, 《法治政府建设与责任落实督察工作规定》第二十四条; the deadline day itself counts as on time).
   * Only {@link checkTimeliness} reads it.
   */
  deadline?: Deadline | null | undefined
  /**
   * Supplies the year of a yearless signature date (`1月15日`) when no report year is known
   * (default: none; such dates are dropped).
   */
  referenceDate?: Date | null | undefined
  /**
   * The year the report covers, when the caller knows it better than the text (default: read
   * from the title and preamble).
   */
  reportYear?: number | null | undefined
}
