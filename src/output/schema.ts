/**
 * Record shapes shared by the serializers and the `fazhi-report` CLI, and the
 * output schema version (see `docs/output-schema.md`).
 *
 * @module
 */

import type { Report } from '../types.js'

/**
 * Version of the CSV and XML layouts written by {@link toCSV} and {@link toXML}
 * and of the batch record shapes ({@link ReportRecord}, {@link BatchError}).
 * Bumped on any breaking change to a column, element or attribute; the
 * `Report` data shape has its own `report.schemaVersion`.
 *
 * @category Output
 * @example
 * ```ts
 * OUTPUT_SCHEMA_VERSION //=> 1
 * ```
 */
export const OUTPUT_SCHEMA_VERSION = 1 as const

/**
 * A file of a batch that could not be parsed (unreadable, not a report, malformed …).
 * In JSON/JSONL it is the line `{"file": …, "error": {"code": …, "message": …}}`.
 *
 * @category Output
 * @example
 * ```ts
 * const failed: BatchError = { file: 'a.docx', error: { code: 'MALFORMED_DOCX', message: 'not a zip archive' } }
 * ```
 */
export interface BatchError {
  /** The input path as the batch names it. */
  file: string
  /** What went wrong. */
  error: {
    /** A stable code: a `FazhiReportErrorCode`, or a CLI code such as `FILE_NOT_FOUND` (see `docs/output-schema.md`). */
    code: string
    /** A human-readable message. */
    message: string
  }
}

/**
 * A parsed file of a batch: the file name beside its `Report`.
 * In JSON/JSONL it is the line `{"file": …, "report": {…}}`.
 *
 * @category Output
 * @example
 * ```ts
 * const record: ReportRecord = { file: 'reports/2024.txt', report: parseReport(text) }
 * ```
 */
export interface ReportRecord {
  /** The input path as the batch names it. */
  file: string
  /** The parsed report. */
  report: Report
}

/**
 * One entry of a batch: a parsed file or a failed one.
 *
 * @category Output
 * @example
 * ```ts
 * const records: BatchRecord[] = [{ file: 'a.txt', report }, { file: 'b.docx', error: { code: 'MALFORMED_DOCX', message: '…' } }]
 * ```
 */
export type BatchRecord = ReportRecord | BatchError

/**
 * Whether a batch entry is a {@link BatchError}.
 *
 * @param value - A `Report`, a {@link ReportRecord} or a {@link BatchError}.
 * @returns `true` for a `BatchError`.
 * @category Output
 * @example
 * ```ts
 * isBatchError({ file: 'a.txt', error: { code: 'EMPTY_FILE', message: 'empty' } }) //=> true
 * ```
 */
export function isBatchError(value: Report | BatchRecord): value is BatchError {
  return 'error' in value && typeof value.error === 'object' && value.error !== null
}

/**
 * Whether a batch entry is a {@link ReportRecord} (not a bare `Report`).
 *
 * @param value - A `Report`, a {@link ReportRecord} or a {@link BatchError}.
 * @returns `true` for a `ReportRecord`.
 * @category Output
 * @example
 * ```ts
 * isReportRecord({ file: 'a.txt', report }) //=> true
 * isReportRecord(report) //=> false
 * ```
 */
export function isReportRecord(value: Report | BatchRecord): value is ReportRecord {
  return 'report' in value && 'file' in value && typeof value.report === 'object' && value.report !== null
}

/** Splits an entry into its file name (or `null`) and its report or error. @internal */
export function unpackRecord(
  value: Report | BatchRecord,
):
  | { file: string | null; report: Report; error: null }
  | { file: string; report: null; error: BatchError['error'] } {
  if (isBatchError(value)) return { file: value.file, report: null, error: value.error }
  if (isReportRecord(value)) return { file: value.file, report: value.report, error: null }
  return { file: null, report: value, error: null }
}
