/**
 * The unified processor: our Chinese parser → metadata → extractors → a
 * compiler that yields the plain `Report` object.
 *
 * @module
 */

import type { Root } from 'nlcst'
import { type Processor, unified } from 'unified'
import { reportCompile } from './compile/to-report.js'
import type { ExtractorRegistry } from './extractors/index.js'
import { reportExtract } from './extractors/index.js'
import type { Deadline } from './meta/index.js'
import { reportMeta } from './meta/plugin.js'
import { reportParse } from './parser/index.js'
import type { Taxonomy } from './taxonomy/index.js'
import type { Report } from './types.js'

/**
 * The processor `parseReport` runs: nlcst `Root` trees in, a `Report` out of `stringify`.
 *
 * @category Parse
 * @example
 * ```ts
 * const processor: ReportProcessor = createReportProcessor()
 * const source = loadSource(text)
 * const file = new VFile({ value: source.text, data: { source } })
 * const report: Report = processor.stringify(processor.runSync(processor.parse(file), file), file)
 * ```
 */
export type ReportProcessor = Processor<Root, Root, Root, Root, Report>

/**
 * Options of {@link createReportProcessor}.
 *
 * @category Parse
 * @example
 * ```ts
 * const options: ReportProcessorOptions = {
 *   extractors: defaultExtractors().disable('plans'),
 *   reportYear: 2024,
 *   deadline: { month: 3, day: 31 },
 * }
 * const processor = createReportProcessor(options)
 * ```
 */
export interface ReportProcessorOptions {
  /** The taxonomy facts are bound to (default: `defaultTaxonomy`). */
  taxonomy?: Taxonomy | null | undefined
  /** The extractors to run (default: `defaultExtractors()`). */
  extractors?: ExtractorRegistry | null | undefined
  /** Overrides the report year read from the text. */
  reportYear?: number | null | undefined
  /** Supplies the year of yearless dates when no report year is found. */
  referenceDate?: Date | null | undefined
  /** Publication deadline (month/day of the year after the report year; default 4/1). */
  deadline?: Deadline | null | undefined
}

/**
 * Create the frozen unified processor `parseReport` runs. Use it to add your own
 * unified plugins (they can append extractors to `this.data('reportExtractors')`).
 * The file's `data.source` must hold the `SourceText` (see `loadSource`).
 *
 * @param options - Taxonomy, extractors, report year, reference date, deadline.
 * @returns A frozen processor whose `stringify` returns a `Report`.
 * @category Parse
 * @example
 * ```ts
 * const processor = createReportProcessor()
 * const source = loadSource(text)
 * const file = new VFile({ value: source.text, data: { source } })
 * const report = processor.stringify(processor.runSync(processor.parse(file), file), file)
 * ```
 */
export function createReportProcessor(options?: Readonly<ReportProcessorOptions> | null): ReportProcessor {
  const settings = options ?? {}
  return unified()
    .use(reportParse, {
      reportYear: settings.reportYear ?? null,
      referenceDate: settings.referenceDate ?? null,
    })
    .use(reportMeta, {
      reportYear: settings.reportYear ?? null,
      referenceDate: settings.referenceDate ?? null,
      deadline: settings.deadline ?? null,
    })
    .use(reportExtract, { extractors: settings.extractors ?? null, taxonomy: settings.taxonomy ?? null })
    .use(reportCompile, { taxonomy: settings.taxonomy ?? null })
    .freeze() as unknown as ReportProcessor
}
