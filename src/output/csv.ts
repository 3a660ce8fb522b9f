/**
 * CSV serialization (RFC 4180) of reports and batches, in a long layout (one row
 * per fact) and a wide panel layout (one row per report, one column per indicator).
 * See `docs/output-schema.md`.
 *
 * @module
 */

import { FazhiReportError } from '../errors.js'
import { defaultTaxonomy } from '../taxonomy/index.js'
import type { Fact, Report } from '../types.js'
import { type BatchRecord, unpackRecord } from './schema.js'

/**
 * The CSV layouts: `long` (one row per fact) or `wide` (one row per report).
 *
 * @category Output
 * @example
 * ```ts
 * const layout: CsvLayout = 'wide'
 * csvHeader(layout, ['reconsideration.accepted']).includes(',reconsideration.accepted,error_code,') //=> true
 * ```
 */
export type CsvLayout = 'long' | 'wide'

/**
 * Options of {@link toCSV}.
 *
 * @category Output
 * @example
 * ```ts
 * const options: ToCSVOptions = {
 *   layout: 'long',
 *   indicators: ['reconsideration.accepted', 'reconsideration.concluded'],
 *   header: true,
 * }
 * const csv = toCSV(reports, options)
 * ```
 */
export interface ToCSVOptions {
  /** `long`: one row per report × fact; `wide`: one row per report (default: `'long'`). */
  layout?: CsvLayout | undefined
  /**
   * Indicator ids. Wide layout: the indicator columns, in this order (default: every id
   * of `defaultTaxonomy`, in taxonomy order). Long layout: only facts of these
   * indicators are written (default: every fact).
   */
  indicators?: readonly string[] | undefined
  /** Write the header row (default: `true`). */
  header?: boolean | undefined
}

/**
 * Columns of the long layout, in order (`docs/output-schema.md`).
 *
 * @category Output
 * @example
 * ```ts
 * CSV_LONG_COLUMNS[0] //=> 'file'
 * ```
 */
export const CSV_LONG_COLUMNS = [
  'file',
  'title',
  'jurisdiction_name',
  'jurisdiction_code',
  'tier',
  'report_year',
  'published_at',
  'indicator',
  'category',
  'value',
  'unit',
  'approx',
  'change_direction',
  'change_basis',
  'text',
  'start',
  'end',
  'section',
  'error_code',
  'error_message',
] as const

/**
 * Report-level columns of the wide layout, before the indicator columns
 * (which are followed by `error_code`, `error_message`).
 *
 * @category Output
 * @example
 * ```ts
 * CSV_WIDE_COLUMNS.includes('completeness_score') //=> true
 * ```
 */
export const CSV_WIDE_COLUMNS = [
  'file',
  'title',
  'jurisdiction_name',
  'jurisdiction_code',
  'tier',
  'report_year',
  'published_at',
  'timeliness',
  'completeness_score',
  'missing',
] as const

const NEEDS_QUOTES = /[",\r\n]/
const QUOTE = /"/g
const EOL = '\r\n'
const EMPTY_FACT_CELLS = 11 // indicator … section

let defaultIds: readonly string[] | null = null

/** Every indicator id of the default taxonomy, in taxonomy order (computed once). */
function defaultIndicatorIds(): readonly string[] {
  defaultIds ??= defaultTaxonomy.list().map((indicator) => indicator.id)
  return defaultIds
}

/** One CSV field (RFC 4180): quoted when it holds a quote, a comma or a line break. */
function field(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ''
  const text = typeof value === 'number' ? String(value) : value
  return NEEDS_QUOTES.test(text) ? '"' + text.replace(QUOTE, '""') + '"' : text
}

/** Joins cells into a record terminated by CRLF. */
function line(cells: readonly string[]): string {
  return cells.join(',') + EOL
}

function validateLayout(layout: unknown): CsvLayout {
  if (layout === 'long' || layout === 'wide') return layout
  throw new FazhiReportError('INVALID_OPTION', `CSV layout must be 'long' or 'wide', got ${String(layout)}`, {
    option: 'layout',
    value: layout,
  })
}

function reportCells(file: string | null, report: Report): string[] {
  const { meta } = report
  return [
    field(file),
    field(meta.title),
    field(meta.jurisdiction?.name),
    field(meta.jurisdiction?.code),
    field(meta.jurisdiction?.tier),
    field(meta.reportYear),
    field(meta.publishedAt),
  ]
}

function factCells(fact: Fact): string[] {
  return [
    field(fact.indicator),
    field(fact.category),
    field(fact.value),
    field(fact.unit),
    field(fact.approx),
    field(fact.change?.direction),
    field(fact.change?.basis),
    field(fact.text),
    field(fact.start),
    field(fact.end),
    field(fact.section.join(' > ')),
  ]
}

/**
 * The value the wide layout shows per indicator: the first level fact (`change === null`)
 * in document order (smallest `start`); changes never fill a wide cell.
 */
function wideValues(report: Report): Map<string, Fact> {
  const chosen = new Map<string, Fact>()
  for (const fact of report.facts) {
    if (fact.change !== null) continue
    const current = chosen.get(fact.indicator)
    if (current === undefined || fact.start < current.start) chosen.set(fact.indicator, fact)
  }
  return chosen
}

/**
 * The header row of a CSV layout (CRLF-terminated).
 *
 * @param layout - `long` or `wide`.
 * @param indicators - Wide layout: the indicator columns (default: every id of `defaultTaxonomy`). Ignored by `long`.
 * @returns The header line.
 * @throws {FazhiReportError} `INVALID_OPTION` for an unknown layout.
 * @category Output
 * @example
 * ```ts
 * csvHeader('wide', ['litigation.cases'])
 * //=> 'file,title,jurisdiction_name,jurisdiction_code,tier,report_year,published_at,timeliness,completeness_score,missing,litigation.cases,error_code,error_message\r\n'
 * ```
 */
export function csvHeader(layout: CsvLayout, indicators?: readonly string[] | null): string {
  if (validateLayout(layout) === 'long') return line(CSV_LONG_COLUMNS as readonly string[])
  const ids = indicators ?? defaultIndicatorIds()
  return line([...CSV_WIDE_COLUMNS, ...ids.map(field), 'error_code', 'error_message'])
}

/**
 * The data rows of one report or batch record (each CRLF-terminated), for streaming.
 *
 * Long layout: one row per fact in the report's order (filtered by `indicators` when given);
 * a report without (matching) facts still gets one row with empty fact columns, so every
 * file appears. Wide layout: exactly one row. A {@link BatchError} is one row with only
 * `file`, `error_code` and `error_message` filled.
 *
 * @param record - A `Report`, a `{file, report}` record or a `{file, error}` record.
 * @param layout - `long` or `wide`.
 * @param indicators - Wide: the indicator columns (default: every id of `defaultTaxonomy`);
 *   long: the indicators to keep (default: all). Pass the same list as to {@link csvHeader}.
 * @returns The rows, possibly several lines.
 * @throws {FazhiReportError} `INVALID_OPTION` for an unknown layout.
 * @category Output
 * @example
 * ```ts
 * csvRows({ file: 'x.docx', error: { code: 'MALFORMED_DOCX', message: 'bad zip' } }, 'long')
 * //=> 'x.docx,,,,,,,,,,,,,,,,,,MALFORMED_DOCX,bad zip\r\n'
 * ```
 */
export function csvRows(
  record: Report | BatchRecord,
  layout: CsvLayout,
  indicators?: readonly string[] | null,
): string {
  const wide = validateLayout(layout) === 'wide'
  const { file, report, error } = unpackRecord(record)
  const ids = wide ? (indicators ?? defaultIndicatorIds()) : indicators
  if (error !== null) {
    const blanks = wide ? CSV_WIDE_COLUMNS.length - 1 + (ids?.length ?? 0) : CSV_LONG_COLUMNS.length - 3
    return line([field(file), ...new Array<string>(blanks).fill(''), field(error.code), field(error.message)])
  }
  const base = reportCells(file, report)
  if (wide) {
    const values = wideValues(report)
    const cells = [
      ...base,
      field(report.timeliness.status),
      field(report.completeness.score),
      field(report.completeness.missing.join(';')),
    ]
    for (const id of ids ?? []) cells.push(field(values.get(id)?.value))
    cells.push('', '')
    return line(cells)
  }
  const keep = ids ? new Set(ids) : null
  let out = ''
  for (const fact of report.facts) {
    if (keep && !keep.has(fact.indicator)) continue
    out += line([...base, ...factCells(fact), '', ''])
  }
  if (out === '') out = line([...base, ...new Array<string>(EMPTY_FACT_CELLS + 2).fill('')])
  return out
}

/**
 * Serializes a report or a batch as CSV (RFC 4180: CRLF line ends, fields with quotes,
 * commas or line breaks quoted, quotes doubled). No byte-order mark; prepend `\uFEFF`
 * yourself for Excel.
 *
 * @param input - One `Report`/record, or an iterable of `Report`, `{file, report}` and `{file, error}` records.
 * @param options - Layout, indicator columns, header (default: long layout, all facts, with header).
 * @returns The CSV text.
 * @throws {FazhiReportError} `INVALID_OPTION` for an unknown layout.
 * @category Output
 * @example
 * ```ts
 * const csv = toCSV(reports, { layout: 'wide', indicators: ['reconsideration.accepted', 'litigation.cases'] })
 * csv.split('\r\n')[0].endsWith('reconsideration.accepted,litigation.cases,error_code,error_message') //=> true
 * ```
 */
export function toCSV(
  input: Iterable<Report | BatchRecord> | Report | BatchRecord,
  options?: Readonly<ToCSVOptions> | null,
): string {
  const layout = validateLayout(options?.layout ?? 'long')
  const indicators = options?.indicators ?? (layout === 'wide' ? defaultIndicatorIds() : null)
  let out = options?.header === false ? '' : csvHeader(layout, indicators)
  const records: Iterable<Report | BatchRecord> =
    Symbol.iterator in input ? (input as Iterable<Report | BatchRecord>) : [input as Report | BatchRecord]
  for (const record of records) out += csvRows(record, layout, indicators)
  return out
}
