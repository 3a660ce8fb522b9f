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
import { checkSpan, identityLength } from '../input/view-builder.js'
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
  const spans = new OriginalSpans(source)

  // Sections by id, for the facts' section paths (none to look up without facts).
  const byId = new Map<string, SectionView>()
  if (extraction.facts.length > 0) for (const section of document.flat) byId.set(section.id, section)

  emitMessages(file, source, extraction.messages)

  const report: Report = {
    schemaVersion: 1,
    source: { format: source.format, encoding: source.encoding, length: original.length },
    meta,
    sections: document.sections.map((section) => toSection(section, source, spans)),
    facts: extraction.facts.map((draft): Fact => {
      spans.set(draft.start, draft.end)
      const start = spans.start
      const end = spans.end
      const fact: Fact = {
        indicator: draft.indicator,
        category: draft.category,
        value: draft.value,
        unit: draft.unit,
        approx: draft.approx,
        change: draft.change,
        text: original.slice(start, end),
        start,
        end,
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
    quantities: quantities(document, source, extraction, spans),
    dates: dates(document, source, spans),
    shortcomings: statements(extraction.statements.shortcomings, source, spans),
    plans: statements(extraction.statements.plans, source, spans),
    leaderDuties: statements(extraction.statements.leaderDuties, source, spans),
    rectifications: statements(extraction.statements.rectifications, source, spans),
    completeness,
    timeliness,
    messages: toReportMessages(file),
  }
  return Object.assign(report, extraction.extensions)
}

/**
 * Maps view spans to original spans into `start`/`end`, without a result object per span: for an
 * identity map (plain text) the same check and offsets as calling it, without the call.
 */
class OriginalSpans {
  /** Original start of the last span mapped. */
  start = 0
  /** Original end of the last span mapped. */
  end = 0
  private readonly source: SourceText
  /** Text length of an identity `toOriginal`, else −1. */
  private readonly identity: number

  constructor(source: SourceText) {
    this.source = source
    this.identity = identityLength(source.toOriginal)
  }

  /** Map the view span `[start, end)`. */
  set(start: number, end: number): void {
    if (this.identity >= 0) {
      checkSpan(start, end, this.identity)
      this.start = start
      this.end = end
    } else {
      const span = this.source.toOriginal(start, end)
      this.start = span.start
      this.end = span.end
    }
  }
}

function toSection(section: SectionView, source: SourceText, spans: OriginalSpans): ReportSection {
  spans.set(section.start, section.end)
  const start = spans.start
  const end = spans.end
  let heading: ReportHeading | null = null
  const view = section.heading
  if (view) {
    spans.set(view.start, view.end)
    const at = spans.start
    const atEnd = spans.end
    let marker: string | null = null
    if (view.marker !== null) {
      spans.set(view.start, view.start + view.marker.length)
      // As written: `（一）` stays full-width even though the view reads `(一)`.
      marker = source.original.slice(spans.start, spans.end)
    }
    // The view heading's fields, in its order, with original offsets, text and marker.
    heading = {
      start: at,
      end: atEnd,
      text: source.original.slice(at, atEnd),
      title: view.title,
      marker,
      style: view.style,
      ordinal: view.ordinal,
    }
  }
  const children: ReportSection[] = []
  for (const child of section.children) children.push(toSection(child, source, spans))
  return {
    id: section.id,
    level: section.level,
    heading,
    kind: section.kind,
    topic: section.topic,
    path: section.path,
    start,
    end,
    children,
  }
}

function quantities(
  document: DocumentView,
  source: SourceText,
  extraction: ExtractionResult,
  spans: OriginalSpans,
): QuantityRecord[] {
  const records: QuantityRecord[] = []
  const original = source.original
  for (const section of document.flat) {
    const sectionId = section.id
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
          spans.set(mention.start, mention.end)
          const start = spans.start
          const end = spans.end
          const text = original.slice(start, end)
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

function dates(document: DocumentView, source: SourceText, spans: OriginalSpans): DateRecord[] {
  const records: DateRecord[] = []
  const original = source.original
  for (const section of document.flat) {
    for (const paragraph of section.paragraphs) {
      for (const sentence of paragraph.sentences) {
        for (const mention of sentence.dates) {
          spans.set(mention.start, mention.end)
          records.push({
            start: spans.start,
            end: spans.end,
            text: original.slice(spans.start, spans.end),
            value: mention.value,
            sectionId: section.id,
          })
        }
      }
    }
  }
  return records
}

function statements(
  drafts: readonly StatementDraft[],
  source: SourceText,
  spans: OriginalSpans,
): Statement[] {
  const records: Statement[] = []
  for (const draft of drafts) {
    spans.set(draft.start, draft.end)
    records.push({
      start: spans.start,
      end: spans.end,
      text: source.original.slice(spans.start, spans.end),
      sectionId: draft.sectionId,
      marker: draft.marker,
    })
  }
  return records
}
