/**
 * A small date reader for header fields and signature blocks: ISO-ish
 * (`2025-01-06`, `2025/1/6`, `2025.01.06`, optionally followed by a time),
 * `2025年1月15日` and `二〇二五年一月十五日`. It returns ISO `YYYY-MM-DD` or
 * `null`; it never throws.
 *
 * @module
 */

const NUMERIC_DATE = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)(?:\s*日)?/
const HAN_DATE =
  /([〇零○Ｏ一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/
const YEARLESS_DATE = /(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日/
const HAN_DIGIT: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  '○': 0,
  Ｏ: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}

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
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day > last) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** 一 → 1, 十 → 10, 十五 → 15, 二十一 → 21, 三十 → 30. */
function hanSmall(text: string): number | null {
  const ten = text.indexOf('十')
  if (ten === -1) return text.length === 1 ? (HAN_DIGIT[text] ?? null) : null
  if (text.indexOf('十', ten + 1) !== -1) return null
  const tens = ten === 0 ? 1 : text.length > 0 && ten === 1 ? (HAN_DIGIT[text[0] as string] ?? null) : null
  if (tens === null || tens === 0) return null
  const rest = text.slice(ten + 1)
  if (rest === '') return tens * 10
  const units = rest.length === 1 ? (HAN_DIGIT[rest] ?? null) : null
  return units === null || units === 0 ? null : tens * 10 + units
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
  const numeric = NUMERIC_DATE.exec(text)
  const han = HAN_DATE.exec(text)
  let best: FoundDate | null = null
  if (numeric) {
    const iso = isoDate(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]))
    if (iso) best = { iso, index: numeric.index, length: numeric[0].length }
  }
  if (han && (best === null || han.index < best.index)) {
    const digits = han[1] as string
    let year = 0
    for (const char of digits) year = year * 10 + (HAN_DIGIT[char] ?? 0)
    const month = hanSmall(han[2] as string)
    const day = hanSmall(han[3] as string)
    const iso = month === null || day === null ? null : isoDate(year, month, day)
    if (iso) best = { iso, index: han.index, length: han[0].length }
  }
  if (best === null && referenceYear != null) {
    const yearless = YEARLESS_DATE.exec(text)
    if (yearless) {
      const iso = isoDate(referenceYear, Number(yearless[1]), Number(yearless[2]))
      if (iso) best = { iso, index: yearless.index, length: yearless[0].length }
    }
  }
  return best
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
  return findDate(text)?.iso ?? null
}
