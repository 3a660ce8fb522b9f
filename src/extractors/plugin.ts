/**
 * `reportExtract`: the extractors as a unified transformer plugin.
 *
 * @module
 */

import type { Root } from 'nlcst'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import type { DocumentView } from '../document.js'
import { FazhiReportError } from '../errors.js'
import { defaultTaxonomy } from '../taxonomy/index.js'
import type { Taxonomy } from '../taxonomy/types.js'
import { resolveExtractors } from './defaults.js'
import type { ExtractorRegistry } from './registry.js'
import { runExtractors } from './run.js'
import type { ExtractionResult, Extractor } from './types.js'

declare module 'unified' {
  interface Data {
    /**
     * Extractors other unified plugins add (appended after the configured ones,
     * the way `micromarkExtensions` work): `this.data('reportExtractors')`.
     */
    reportExtractors?: Extractor[] | undefined
  }
}

declare module 'vfile' {
  interface DataMap {
    /** What the extractors produced (set by `reportExtract`, view offsets). */
    extraction: ExtractionResult
  }
}

/**
 * Options of {@link reportExtract}.
 *
 * @category Extractors
 * @example
 * ```ts
 * unified().use(reportParse).use(reportExtract, { extractors: defaultExtractors().disable('plans'), taxonomy })
 * ```
 */
export interface ReportExtractOptions {
  /**
   * The extractors: a registry (used as given), or extra extractors appended to
   * the built-ins (default: `defaultExtractors()`).
   */
  extractors?: ExtractorRegistry | readonly Extractor[] | null | undefined
  /** The taxonomy facts are bound to (default: `defaultTaxonomy`). */
  taxonomy?: Taxonomy | null | undefined
}

const emptyOptions: Readonly<ReportExtractOptions> = {}

/**
 * unified transformer plugin: run the extractors over `file.data.document`
 * (set by `reportParse`) and store the result in `file.data.extraction`.
 * Extractors that other plugins put in `this.data('reportExtractors')` run
 * after the configured ones.
 *
 * @param options - Extractors and taxonomy (default: the built-ins).
 * @returns The transformer.
 * @throws {FazhiReportError} `INVALID_OPTION` for a bad `extractors` option; at run time `INVALID_ARGUMENT` when `file.data.document` is missing (use `reportParse` first).
 * @category Extractors
 * @example
 * ```ts
 * function reportCitations(this: Processor) {
 *   const list = (this.data('reportExtractors') ?? [])
 *   list.push(citedDocuments)
 *   this.data('reportExtractors', list)
 * }
 * const processor = unified().use(reportParse).use(reportCitations).use(reportExtract)
 * ```
 */
export const reportExtract: Plugin<[(Readonly<ReportExtractOptions> | null | undefined)?], Root> = function (
  options,
) {
  const settings = options ?? emptyOptions
  const configured = resolveExtractors(settings.extractors)
  const taxonomy = settings.taxonomy ?? defaultTaxonomy
  let registry: ExtractorRegistry | undefined

  return (_tree: Root, file: VFile): undefined => {
    const document = file.data.document as DocumentView | undefined
    if (document === undefined) {
      throw new FazhiReportError(
        'INVALID_ARGUMENT',
        'reportExtract needs file.data.document: use reportParse (or set the DocumentView) before it',
      )
    }
    if (registry === undefined) {
      registry = configured.clone()
      for (const extractor of this.data('reportExtractors') ?? []) registry.push(extractor)
    }
    file.data.extraction = runExtractors(document, registry, taxonomy)
    return undefined
  }
}
