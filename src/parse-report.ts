/**
 * `parseReport` and `createReportParser`: the synchronous front door.
 *
 * @module
 */

import { VFile } from 'vfile'
import { FazhiReportError } from './errors.js'
import type { ExtractorRegistry } from './extractors/index.js'
import { type LoadOptions, loadSource } from './input/index.js'
import { emitMessages } from './messages.js'
import type { Deadline } from './meta/index.js'
import { createReportProcessor, type ReportProcessor, type ReportProcessorOptions } from './processor.js'
import type { Taxonomy } from './taxonomy/index.js'
import type { Report } from './types.js'

/**
 * Options of {@link parseReport}.
 *
 * @category Parse
 * @example
 * ```ts
 * const options: ParseReportOptions = {
 *   format: 'html',
 *   encoding: 'gb18030',
 *   reportYear: 2024,
 *   deadline: { month: 3, day: 31 },
 * }
 * const report = parseReport(bytes, options)
 * ```
 */
export interface ParseReportOptions extends LoadOptions {
  /** The taxonomy facts are bound to (default: `defaultTaxonomy`). */
  taxonomy?: Taxonomy | null | undefined
  /** The extractors to run (default: `defaultExtractors()`). */
  extractors?: ExtractorRegistry | null | undefined
  /** The year the report covers, when you know it better than the text does (default: read from the text). */
  reportYear?: number | null | undefined
  /** Supplies the year of yearless dates when no report year is found (default: none). */
  referenceDate?: Date | null | undefined
  /**
   * The publication deadline: month/day of the year after `reportYear`, or a function of the year
   * (default: `{ month: 4, day: 1 }`, 《法治政府建设与责任落实督察工作规定》第二十四条).
   */
  deadline?: Deadline | null | undefined
}

/**
 * A parser with fixed extractors and taxonomy, made by {@link createReportParser}.
 *
 * @category Parse
 * @example
 * ```ts
 * const parser: ReportParser = createReportParser({ reportYear: 2024 })
 * const report = parser.parse('一、主要举措和成效\n共收到行政复议申请62宗，受理53宗。')
 * report.facts.map((fact) => [fact.indicator, fact.value])
 * //=> [['reconsideration.applications_received', 62], ['reconsideration.accepted', 53]]
 * ```
 */
export interface ReportParser {
  /**
   * Parse one report.
   *
   * @param input - Report text, HTML, XML, or the bytes of a text/HTML/XML/DOCX file.
   * @param options - Per-call options (extractors and taxonomy are the parser's).
   * @returns The report.
   */
  parse(input: string | Uint8Array | ArrayBuffer, options?: Readonly<LoadOptions> | null): Report
  /** The frozen unified processor the parser runs. */
  readonly processor: ReportProcessor
}

const emptyOptions: Readonly<ParseReportOptions> = {}
let defaultParser: ReportParser | undefined

/**
 * Parse one annual rule-of-law government report into typed, traceable data.
 *
 * Every offset in the result points into `input` (for bytes: into the decoded
 * string; for DOCX: into the decoded `word/document.xml`).
 *
 * @param input - Report text, HTML, XML, or the bytes of a text/HTML/XML/DOCX file (encoding detected).
 * @param options - Input format/encoding/limits, taxonomy, extractors, report year, deadline.
 * @returns The `Report`: metadata, section tree, facts, quantities, dates, statements, completeness, timeliness, messages.
 * @throws {FazhiReportError} `INVALID_ARGUMENT` for a non-string/non-bytes input, `INPUT_TOO_LARGE`,
 *   `UNSUPPORTED_FORMAT` (.doc, PDF), `DECODE_FAILED`, `MALFORMED_XML`, `MALFORMED_DOCX`, `ZIP_LIMIT`, `XML_ENTITY_LIMIT`.
 * @category Parse
 * @example
 * ```ts
 * const report = parseReport('2024年，我区…。\n一、主要举措和成效\n共收到行政复议申请62宗，受理53宗。')
 * report.meta.reportYear //=> 2024
 * report.facts.map((fact) => [fact.indicator, fact.value])
 * //=> [['reconsideration.applications_received', 62], ['reconsideration.accepted', 53]]
 * ```
 */
export function parseReport(
  input: string | Uint8Array | ArrayBuffer,
  options?: Readonly<ParseReportOptions> | null,
): Report {
  const settings = options ?? emptyOptions
  if (
    settings.taxonomy == null &&
    settings.extractors == null &&
    settings.reportYear == null &&
    settings.referenceDate == null &&
    settings.deadline == null
  ) {
    defaultParser ??= createReportParser()
    return defaultParser.parse(input, settings)
  }
  return createReportParser(settings).parse(input, settings)
}

/**
 * Make a reusable parser with your own extractors and taxonomy (freezing the
 * processor once instead of per call).
 *
 * @param options - Extractors, taxonomy, report year, reference date and deadline shared by every parse.
 * @returns A {@link ReportParser}.
 * @throws {FazhiReportError} `INVALID_OPTION` when an option has the wrong type.
 * @category Parse
 * @example
 * ```ts
 * const extractors = defaultExtractors()
 * extractors.disable(['plans'])
 * const parser = createReportParser({ extractors })
 * parser.parse(text).plans //=> []
 * ```
 */
export function createReportParser(options?: Readonly<ParseReportOptions> | null): ReportParser {
  const settings = options ?? emptyOptions
  const processorOptions: ReportProcessorOptions = {
    taxonomy: settings.taxonomy ?? null,
    extractors: settings.extractors ?? null,
    reportYear: settings.reportYear ?? null,
    referenceDate: settings.referenceDate ?? null,
    deadline: settings.deadline ?? null,
  }
  validate(processorOptions)
  const processor = createReportProcessor(processorOptions)
  return {
    processor,
    parse(input, loadOptions) {
      const source = loadSource(input, loadOptions ?? settings)
      const file = new VFile({ value: source.text, data: { source } })
      emitMessages(
        file,
        source,
        source.warnings.map((warning) => ({
          ...warning,
          severity: 'warning',
          start: null,
          end: null,
          actual: null,
        })),
      )
      const tree = processor.parse(file)
      processor.runSync(tree, file)
      return processor.stringify(tree, file)
    },
  }
}

function validate(options: ReportProcessorOptions): void {
  const { reportYear, referenceDate } = options
  if (reportYear != null && (!Number.isInteger(reportYear) || reportYear < 1949 || reportYear > 2200)) {
    throw new FazhiReportError(
      'INVALID_OPTION',
      `reportYear must be a year such as 2024, got ${reportYear}`,
      {
        option: 'reportYear',
        value: reportYear,
      },
    )
  }
  if (referenceDate != null && !(referenceDate instanceof Date && !Number.isNaN(referenceDate.getTime()))) {
    throw new FazhiReportError('INVALID_OPTION', 'referenceDate must be a valid Date', {
      option: 'referenceDate',
    })
  }
  // `deadline` is validated by `reportMeta` when the processor is built.
}
