/**
 * Dates of header fields and signature blocks (`2025-01-06 10:28`,
 * `2024年04月02日`, `二〇二五年一月十五日`) as ISO `YYYY-MM-DD`, read with the
 * normalizers' `findDates`. Never throws.
 *
 * @module
 */

import { findDates } from '../normalize/index.js'

/**
 * Format a year/month/day as ISO `YYYY-MM-DD` when it is a real calendar date.
 *
 * @param year - Full year.
 * @param month - 1–12.
 * @param day - 1–31.
 * @returns The ISO date, or `null` when the date does not exist (2023-02-30).
 * @category Metadata
 * @example
 * ```ts
 * isoDate(2024, 2, 29) //=> '2024-02-29'
 * isoDate(2023, 2, 29) //=> null
 * ```
 * @internal
 */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return null
  if (day > daysInMonth(year, month)) return null
  // A four-digit year: only month and day need a leading zero.
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`
}

/** Days of each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** The number of days of a month (1–12) of a Gregorian year. */
function daysInMonth(year: number, month: number): number {
  if (month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)) return 29
  return MONTH_DAYS[month - 1] as number
}

/**
 * A date found in a string, with where it is.
 *
 * @category Metadata
 * @example
 * ```ts
 * const found: FoundDate = { iso: '2025-01-15', index: 8, length: 10 }
 * ```
 * @internal
 */
export interface FoundDate {
  /** ISO `YYYY-MM-DD`. */
  iso: string
  /** Offset of the match in the searched string. */
  index: number
  /** Length of the match. */
  length: number
}

/**
 * Find the first full date (year, month and day) in a string.
 *
 * @param text - Any string (a field value, a signature block).
 * @param referenceYear - The year of a yearless `1月15日` (default: yearless dates are ignored).
 * @returns The first date, or `null`.
 * @category Metadata
 * @example
 * ```ts
 * findDate('兴宁市人民政府 2025年1月15日') //=> { iso: '2025-01-15', index: 8, length: 10 }
 * ```
 * @internal
 */
export function findDate(text: string, referenceYear?: number | null): FoundDate | null {
  for (const mention of findDates(text, { reportYear: referenceYear ?? null })) {
    const { value } = mention
    // A full date: day precision, one day (not a range), year stated or given, and a plausible
    // year for a publication or signature (1900–2999, as `isoDate`).
    const year = Number(value.start.slice(0, 4))
    if (
      value.precision === 'day' &&
      value.kind !== 'range' &&
      (referenceYear != null || !value.impliedYear) &&
      year >= 1900 &&
      year <= 2999
    ) {
      return { iso: value.start, index: mention.start, length: mention.end - mention.start }
    }
  }
  return null
}

/**
 * Read a date field value (`2025-01-06 10:28`, `2024年04月02日`) as ISO `YYYY-MM-DD`.
 *
 * @param text - The field value.
 * @returns The ISO date, or `null` when the value holds no full date.
 * @category Metadata
 * @example
 * ```ts
 * parseMetaDate('2022-02-23 14:58:44') //=> '2022-02-23'
 * parseMetaDate('二〇二五年一月十五日') //=> '2025-01-15'
 * parseMetaDate('2023年2月30日') //=> null
 * ```
 */
export function parseMetaDate(text: string): string | null {
  // A header often repeats one date (成文日期 and 发布日期): parse it once.
  if (text !== lastText) {
    lastText = text
    lastIso = findDate(text)?.iso ?? null
  }
  return lastIso
}

/** The last text {@link parseMetaDate} read, and its date. */
let lastText: string | null = null
let lastIso: string | null = null
