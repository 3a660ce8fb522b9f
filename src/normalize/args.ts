/**
 * Argument checks shared by the normalizers (internal).
 *
 * @module
 * @internal
 */

import { FazhiReportError } from '../errors.js'
import type { DateOptions } from './types.js'

/**
 * Throws `INVALID_ARGUMENT` unless `value` is a string.
 *
 * @param value - The argument.
 * @param name - The function name for the message.
 * @throws {@link FazhiReportError} `INVALID_ARGUMENT` when `value` is not a string.
 */
export function assertString(value: unknown, name: string): asserts value is string {
  if (typeof value !== 'string') {
    throw new FazhiReportError('INVALID_ARGUMENT', `${name}() expects a string, got ${describe(value)}`, {
      function: name,
      received: describe(value),
    })
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}

/**
 * Resolves the year that yearless dates belong to: `reportYear`, else the year of
 * `referenceDate`, else `null`. Validates both options.
 *
 * @param options - The date options (may be `null`/`undefined`).
 * @param name - The function name for messages.
 * @returns The base year or `null`.
 * @throws {@link FazhiReportError} `INVALID_OPTION` for a non-integer `reportYear` or an invalid `referenceDate`.
 */
export function baseYear(options: Readonly<DateOptions> | null | undefined, name: string): number | null {
  if (options === null || options === undefined) return null
  if (typeof options !== 'object') {
    throw new FazhiReportError('INVALID_OPTION', `${name}() options must be an object`, { function: name })
  }
  const { reportYear, referenceDate } = options
  if (reportYear !== null && reportYear !== undefined) {
    if (
      typeof reportYear !== 'number' ||
      !Number.isInteger(reportYear) ||
      reportYear < 1 ||
      reportYear > 9999
    ) {
      throw new FazhiReportError(
        'INVALID_OPTION',
        `${name}(): reportYear must be an integer between 1 and 9999, got ${String(reportYear)}`,
        { function: name, option: 'reportYear', received: reportYear },
      )
    }
    return reportYear
  }
  if (referenceDate !== null && referenceDate !== undefined) {
    if (!(referenceDate instanceof Date) || Number.isNaN(referenceDate.getTime())) {
      throw new FazhiReportError('INVALID_OPTION', `${name}(): referenceDate must be a valid Date`, {
        function: name,
        option: 'referenceDate',
      })
    }
    return referenceDate.getFullYear()
  }
  return null
}
