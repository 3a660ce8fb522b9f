/**
 * `reportMeta`: the metadata stage as a unified transformer plugin.
 *
 * @module
 */

import type { Root } from 'nlcst'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import type { DocumentView } from '../document.js'
import { FazhiReportError } from '../errors.js'
import { emitMessages } from '../messages.js'
import type { Completeness, ReportMeta, Timeliness } from '../types.js'
import { checkTimeliness, completenessMessages, completenessOf, deadlineFor } from './compliance.js'
import { extractMeta } from './extract.js'
import type { MetaOptions } from './types.js'

declare module 'vfile' {
  interface DataMap {
    /** The report metadata (set by `reportMeta`). */
    meta: ReportMeta
    /** Which required contents are present (set by `reportMeta`). */
    completeness: Completeness
    /** Whether the report was published by the deadline (set by `reportMeta`). */
    timeliness: Timeliness
  }
}

const emptyOptions: Readonly<MetaOptions> = {}

/**
 * unified transformer plugin: read the metadata of `file.data.source` /
 * `file.data.document` (set by `reportParse`), check completeness and
 * timeliness, store them in `file.data.meta`, `file.data.completeness` and
 * `file.data.timeliness`, and report `META_RULES` messages as vfile messages
 * positioned in the original input.
 *
 * @param options - `reportYear` override, `referenceDate`, `deadline` (default: 1 April of the next year).
 * @returns The transformer.
 * @throws {FazhiReportError} `INVALID_OPTION` for an invalid month/day `deadline`; at run time
 *   `INVALID_ARGUMENT` when `file.data.document` is missing (use `reportParse` first).
 * @category Metadata
 * @example
 * ```ts
 * const processor = unified().use(reportParse).use(reportMeta, { deadline: { month: 3, day: 1 } })
 * const file = new VFile({ value: text, data: { source: loadSource(text) } })
 * processor.runSync(processor.parse(file), file)
 * file.data.timeliness?.status //=> 'on_time'
 * ```
 */
export const reportMeta: Plugin<[(Readonly<MetaOptions> | null | undefined)?], Root> = (options) => {
  const settings = options ?? emptyOptions
  // Fail at configuration time for a month/day that is not a date.
  if (settings.deadline != null && typeof settings.deadline !== 'function')
    deadlineFor(2000, settings.deadline)

  return (_tree: Root, file: VFile): undefined => {
    const document = file.data.document as DocumentView | undefined
    if (document === undefined) {
      throw new FazhiReportError(
        'INVALID_ARGUMENT',
        'reportMeta needs file.data.document: use reportParse (or set the DocumentView) before it',
      )
    }
    const source = file.data.source ?? document.source
    const { meta, messages } = extractMeta(source, document, settings)
    // `checkCompleteness`, searching the view the document's sentences are slices of.
    const completeness = completenessOf(document.sections, document.source.text)
    file.data.meta = meta
    file.data.completeness = completeness
    file.data.timeliness = checkTimeliness(meta, settings)
    for (const draft of completenessMessages(completeness)) messages.push(draft)
    emitMessages(file, source, messages)
    return undefined
  }
}
