/**
 * The compiler: turns the parsed document, metadata and extraction (all in
 * normalized-view offsets) into the plain `Report`, with every span mapped to
 * the original input and every `text` sliced from it.
 *
 * @module
 */

import type { Root } from 'nlcst'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import type { DocumentView, SectionView, SourceText } from '../document.js'
import { FazhiReportError } from '../errors.js'
import type { ExtractionResult, StatementDraft } from '../extractors/types.js'
import { emitMessages, toReportMessages } from '../messages.js'
import type { PercentageMention, QuantityMention } from '../normalize/types.js'
import type {
  DateRecord,
  Fact,
  QuantityRecord,
  Report,
  ReportHeading,
  ReportSection,
  Span,
  Statement,
} from '../types.js'

declare module 'unified' {
  interface CompileResultMap {
    /** The `Report` yielded by `reportCompile`. */
    Report: Report
  }
}

/**
 * unified compiler plugin: yields the `Report` of a file processed by
 * `reportParse`, `reportMeta` and `reportExtract`.
 *
 * @returns Nothing (sets the processor's compiler).
 * @category Parse
 * @example
 * ```ts
 * unified().use(reportParse).use(reportMeta).use(reportExtract).use(reportCompile)
 * ```
 */
export const reportCompile: Plugin<[unknown?], Root, Report> = function () {
  this.compiler = (_tree, file) => toReport(file)
}

/**
 * Build the `Report` of a processed file.
 *
 * @param file - A file whose `data` holds `source`, `document`, `meta`, `completeness`, `timeliness`, `extraction`.
 * @returns The report.
 * @internal
 */
export function toReport(file: VFile): Report {
  const { source, document, meta, completeness, timeliness, extraction } = file.data
  if (!source || !document || !meta || !completeness || !timeliness || !extraction) {
    throw new FazhiReportError(
      'INVALID_ARGUMENT',
      'reportCompile needs reportParse, reportMeta and reportExtract to have run on the file',
    )
  }
  const original = source.original
  const map = (start: number, end: number): Span => source.toOriginal(start, end)

  const byId = new Map<string, SectionView>()
  for (const section of document.flat) byId.set(section.id, section)

  emitMessages(file, source, extraction.messages)

  const report: Report = {
    schemaVersion: 1,
    source: { format: source.format, encoding: source.encoding, length: original.length },
    meta,
    sections: document.sections.map((section) => toSection(section, source)),
    facts: extraction.facts.map((draft): Fact => {
      const span = map(draft.start, draft.end)
      const fact: Fact = {
        indicator: draft.indicator,
        category: draft.category,
        value: draft.value,
        unit: draft.unit,
        approx: draft.approx,
        change: draft.change,
        text: original.slice(span.start, span.end),
        start: span.start,
        end: span.end,
        sentence: map(draft.sentence.start, draft.sentence.end),
        section: byId.get(draft.sectionId)?.path ?? [],
      }
      if (draft.components && draft.components.length > 0) {
        fact.components = draft.components.map((component) => {
          const part = map(component.start, component.end)
          return {
            label: component.label,
            value: component.value,
            unit: component.unit,
            text: original.slice(part.start, part.end),
            start: part.start,
            end: part.end,
          }
        })
      }
      return fact
    }),
    quantities: quantities(document, source, extraction),
    dates: dates(document, source),
    shortcomings: statements(extraction.statements.shortcomings, source),
    plans: statements(extraction.statements.plans, source),
    leaderDuties: statements(extraction.statements.leaderDuties, source),
    rectifications: statements(extraction.statements.rectifications, source),
    completeness,
    timeliness,
    messages: toReportMessages(file),
  }
  return Object.assign(report, extraction.extensions)
}

function toSection(section: SectionView, source: SourceText): ReportSection {
  const span = source.toOriginal(section.start, section.end)
  let heading: ReportHeading | null = null
  if (section.heading) {
    const at = source.toOriginal(section.heading.start, section.heading.end)
    const { marker } = section.heading
    const markerAt =
      marker === null ? null : source.toOriginal(section.heading.start, section.heading.start + marker.length)
    heading = {
      ...section.heading,
      start: at.start,
      end: at.end,
      text: source.original.slice(at.start, at.end),
      // As written: `（一）` stays full-width even though the view reads `(一)`.
      marker: markerAt === null ? null : source.original.slice(markerAt.start, markerAt.end),
    }
  }
  return {
    id: section.id,
    level: section.level,
    heading,
    kind: section.kind,
    topic: section.topic,
    path: section.path,
    start: span.start,
    end: span.end,
    children: section.children.map((child) => toSection(child, source)),
  }
}

function quantities(
  document: DocumentView,
  source: SourceText,
  extraction: ExtractionResult,
): QuantityRecord[] {
  const records: QuantityRecord[] = []
  for (const section of document.flat) {
    for (const paragraph of section.paragraphs) {
      for (const sentence of paragraph.sentences) {
        // Both lists are sorted by start: merge them (quantities first on a tie, like a stable sort).
        const qs = sentence.quantities
        const ps = sentence.percentages
        let q = 0
        let p = 0
        while (q < qs.length || p < ps.length) {
          const mention: QuantityMention | PercentageMention =
            p >= ps.length || (q < qs.length && qs[q]!.start <= ps[p]!.start) ? qs[q++]! : ps[p++]!
          const span = source.toOriginal(mention.start, mention.end)
          const start = span.start
          const end = span.end
          const text = source.original.slice(start, end)
          const sectionId = section.id
          const indicator = extraction.bound.get(mention.start) ?? null
          if (mention.type === 'quantity') {
            records.push({ start, end, text, sectionId, indicator, type: 'quantity', value: mention.value })
          } else if (mention.type === 'money') {
            records.push({ start, end, text, sectionId, indicator, type: 'money', value: mention.value })
          } else {
            records.push({ start, end, text, sectionId, indicator, type: 'percentage', value: mention.value })
          }
        }
      }
    }
  }
  return records
}

function dates(document: DocumentView, source: SourceText): DateRecord[] {
  const records: DateRecord[] = []
  for (const section of document.flat) {
    for (const paragraph of section.paragraphs) {
      for (const sentence of paragraph.sentences) {
        for (const mention of sentence.dates) {
          const span = source.toOriginal(mention.start, mention.end)
          records.push({
            start: span.start,
            end: span.end,
            text: source.original.slice(span.start, span.end),
            value: mention.value,
            sectionId: section.id,
          })
        }
      }
    }
  }
  return records
}

function statements(drafts: readonly StatementDraft[], source: SourceText): Statement[] {
  return drafts.map((draft) => {
    const span = source.toOriginal(draft.start, draft.end)
    return {
      start: span.start,
      end: span.end,
      text: source.original.slice(span.start, span.end),
      sectionId: draft.sectionId,
      marker: draft.marker,
    }
  })
}
