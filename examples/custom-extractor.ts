/**
 * A custom extractor: collect the titles of the documents a report cites
 * (《…》) into `report.citedDocuments`.
 *
 *     node --import tsx examples/custom-extractor.ts   # prints true
 */

import type { DocumentView } from 'fazhi-report'
import { createReportParser, defaultExtractors, defineExtractor } from 'fazhi-report'

// Type the new report field.
declare module 'fazhi-report' {
  interface ReportExtensions {
    citedDocuments?: string[]
  }
}

const TITLE = /《([^《》\n]{1,200})》/g
/** Titles found so far, per document (an extractor is called once per section). */
const found = new WeakMap<DocumentView, string[]>()

const citedDocuments = defineExtractor({
  name: 'cited-documents',
  sectionKinds: '*',
  extract(section, context) {
    let titles = found.get(context.document)
    if (titles === undefined) {
      titles = []
      found.set(context.document, titles)
    }
    const { text, original, toOriginal } = context.document.source
    for (const paragraph of section.paragraphs) {
      for (const match of text.slice(paragraph.start, paragraph.end).matchAll(TITLE)) {
        // Offsets are into the normalized view; report the title as written in the input.
        const start = paragraph.start + match.index + 1
        const span = toOriginal(start, start + match[1]!.length)
        const title = original.slice(span.start, span.end)
        if (!titles.includes(title)) titles.push(title)
      }
    }
    context.emit.set('citedDocuments', titles)
  },
})

// Built-ins plus ours, after the facts; plans are not needed here.
const extractors = defaultExtractors().after('facts', citedDocuments).disable('plans')
const parser = createReportParser({ extractors })

const text = [
  '2024年，我区认真贯彻《法治政府建设实施纲要（2021—2025年）》，现将有关情况报告如下：',
  '一、主要举措和成效',
  '印发《2024年度政府常务会议学法计划》，组织专题学法4次。',
  '二、下一步工作打算',
  '认真贯彻实施《优化营商环境条例》。',
].join('\n')

const report = parser.parse(text)
const ok =
  JSON.stringify(report.citedDocuments) ===
    JSON.stringify([
      '法治政府建设实施纲要（2021—2025年）',
      '2024年度政府常务会议学法计划',
      '优化营商环境条例',
    ]) &&
  report.plans.length === 0 &&
  report.facts.some((fact) => fact.indicator === 'leadership.law_study_sessions' && fact.value === 4)

console.log(ok)
if (!ok) process.exit(1)
