/**
 * Statement extractors: problems (`shortcomings`), planned actions (`plans`),
 * duties performed (`leader-duties`) and items fixed (`rectification`).
 *
 * A section's own paragraphs are split into items at run-in markers (一是、二是…,
 * 一方面/另一方面, 其一…) or list markers ((1), (一), 1.), else into sentences;
 * introductory sentences (「…主要表现在:」) are skipped. For problems, a titled
 * subsection of a shortcomings section (「(一)线上政务服务办事体验还需进一步优化。…」)
 * is one problem: its title with its explanation.
 *
 * @module
 */

import type { DocumentView, ParagraphView, SectionView } from '../document.js'
import type { SectionKind } from '../types.js'
import { defineExtractor } from './registry.js'
import { findListMarkers, findRunInMarkers, isRegexSpace as isSpace, type Marker } from './text.js'
import type { Extractor, ExtractorContext, StatementList } from './types.js'

/** 「虽然…取得了一定成效，但…」: an acknowledgement before the problems, not a problem. */
const ACHIEVEMENT_ACK = /取得了?(?:一定|一些|明显|显著|积极)?的?(?:成效|成绩|进展|进步)/
const BUT = /但|仍|然而/
/** 「对这些问题，我们将…」: a promise after the problems. */
const PROMISE = /^(?:对|针对)(?:这些|上述|以上)(?:问题|不足)/
/** 「…但仍存在一些差距和不足，主要表现为“放管服”改革仍需…」: the problems follow the cue. */
const PROBLEMS_FOLLOW = /主要(?:表现|体现)(?:为|在)?:?|具体表现为:?/

interface StatementOptions {
  /** Titled subsections are one statement each (problems), instead of being split. */
  readonly wholeSubsections: boolean
  /** Skip acknowledgement and promise sentences (problems). */
  readonly skipFraming: boolean
}

function statementExtractor(
  name: string,
  kinds: readonly SectionKind[],
  list: StatementList,
  options: StatementOptions,
): Extractor {
  return defineExtractor({
    name,
    sectionKinds: kinds,
    extract(section: SectionView, context: ExtractorContext) {
      const text = context.document.source.text
      if (options.wholeSubsections && isListedSubsection(section, context)) {
        const heading = section.heading!
        const titleAt = text.indexOf(heading.title, heading.start)
        const start = titleAt === -1 || titleAt >= heading.end ? heading.start : titleAt
        const last = section.paragraphs[section.paragraphs.length - 1]
        const end = trimEnd(text, start, Math.max(heading.end, last?.end ?? heading.end))
        if (end > start)
          context.emit.statement(list, { start, end, sectionId: section.id, marker: heading.marker })
        return
      }
      for (const paragraph of section.paragraphs) {
        const body = text.slice(paragraph.start, paragraph.end)
        let markers: Marker[] = findRunInMarkers(body)
        if (markers.length === 0)
          markers = findListMarkers(body).filter((marker) => atClauseStart(body, marker.start))
        if (markers.length > 0) {
          const first = markers[0]!
          if (first.start > 0) {
            emitSentences(
              text,
              paragraph,
              paragraph.start,
              paragraph.start + first.start,
              section,
              list,
              context,
              options,
            )
          }
          markers.forEach((marker, index) => {
            const start = skipSpace(text, paragraph.start + marker.end, paragraph.end)
            const end = trimEnd(text, start, paragraph.start + (markers[index + 1]?.start ?? body.length))
            if (end > start)
              context.emit.statement(list, { start, end, sectionId: section.id, marker: marker.text })
          })
        } else {
          emitSentences(text, paragraph, paragraph.start, paragraph.end, section, list, context, options)
        }
      }
    },
  })
}

/** Emit each sentence of `[from, to)` of a paragraph that states something. */
function emitSentences(
  text: string,
  paragraph: ParagraphView,
  from: number,
  to: number,
  section: SectionView,
  list: StatementList,
  context: ExtractorContext,
  options: StatementOptions,
): void {
  for (const sentence of paragraph.sentences) {
    if (sentence.end <= from || sentence.start >= to) continue
    const start = skipSpace(text, Math.max(sentence.start, from), Math.min(sentence.end, to))
    const end = trimEnd(text, start, Math.min(sentence.end, to))
    if (end <= start) continue
    if (endsIntro(text, start, end)) continue
    if (!options.skipFraming) {
      context.emit.statement(list, { start, end, sectionId: section.id, marker: null })
      continue
    }
    const value = text.slice(start, end)
    if (PROMISE.test(value)) continue
    if (ACHIEVEMENT_ACK.test(value) && BUT.test(value)) {
      const cue = PROBLEMS_FOLLOW.exec(value)
      if (cue === null) continue
      const problems = skipSpace(text, start + cue.index + cue[0].length, end)
      if (end > problems)
        context.emit.statement(list, { start: problems, end, sectionId: section.id, marker: null })
      continue
    }
    context.emit.statement(list, { start, end, sectionId: section.id, marker: null })
  }
}

const kindsById = new WeakMap<DocumentView, Map<string, string>>()

/** A titled subsection whose parent has the same kind (an item of a list of problems). */
function isListedSubsection(section: SectionView, context: ExtractorContext): boolean {
  if (section.heading === null || section.parentId === null) return false
  let kinds = kindsById.get(context.document)
  if (kinds === undefined) {
    kinds = new Map(context.document.flat.map((item) => [item.id, item.kind]))
    kindsById.set(context.document, kinds)
  }
  return kinds.get(section.parentId) === section.kind
}

function atClauseStart(body: string, offset: number): boolean {
  if (offset === 0) return true
  const before = body[offset - 1]!
  return (
    before === '。' || before === ';' || before === ':' || before === '\n' || before === ' ' || before === ','
  )
}

/**
 * Whether `text.slice(start, end)` introduces a list rather than states an item (`/[:：]\s*$|如下[。.]?\s*$/`
 * without the slice): `:`, `：`, `如下`, `如下。` or `如下.` before trailing white space.
 */
function endsIntro(text: string, start: number, end: number): boolean {
  let last = end - 1
  while (last >= start && isSpace(text.charCodeAt(last))) last--
  if (last < start) return false
  const code = text.charCodeAt(last)
  if (code === 0x3a /* : */ || code === 0xff1a /* ： */) return true
  if (code === 0x3002 /* 。 */ || code === 0x2e /* . */) last--
  return (
    last - 1 >= start &&
    text.charCodeAt(last - 1) === 0x5982 /* 如 */ &&
    text.charCodeAt(last) === 0x4e0b /* 下 */
  )
}

/** The first offset in `[start, end)` that is not white space (`end` when none). */
function skipSpace(text: string, start: number, end: number): number {
  let index = start
  while (index < end && isSpace(text.charCodeAt(index))) index++
  return index
}

/** `end` moved back over white space, `;` and `,` (not before `start`). */
function trimEnd(text: string, start: number, end: number): number {
  let index = end
  while (index > start) {
    const code = text.charCodeAt(index - 1)
    if (code !== 0x3b /* ; */ && code !== 0x2c /* , */ && !isSpace(code)) break
    index--
  }
  return index
}

/**
 * The built-in `shortcomings` extractor: one statement per problem of a
 * `shortcomings` section → `report.shortcomings`.
 *
 * @category Extractors
 * @example
 * ```ts
 * // 「主要表现在:一是思想认识有待提高。…二是执法能力有待提升。…」
 * report.shortcomings.map((item) => item.marker) //=> ['一是', '二是']
 * ```
 */
export const shortcomingsExtractor: Extractor = statementExtractor(
  'shortcomings',
  ['shortcomings'],
  'shortcomings',
  {
    wholeSubsections: true,
    skipFraming: true,
  },
)

/**
 * The built-in `plans` extractor: one statement per planned action of a
 * `plans` section → `report.plans`.
 *
 * @category Extractors
 * @example
 * ```ts
 * report.plans[0].text //=> '不断强化“关键少数”法治意识,…'
 * ```
 */
export const plansExtractor: Extractor = statementExtractor('plans', ['plans'], 'plans', {
  wholeSubsections: false,
  skipFraming: false,
})

/**
 * The built-in `leader-duties` extractor: duties performed, from
 * `leader_duties` sections → `report.leaderDuties`.
 *
 * @category Extractors
 * @example
 * ```ts
 * report.leaderDuties[0].sectionId //=> 's1.2'
 * ```
 */
export const leaderDutiesExtractor: Extractor = statementExtractor(
  'leader-duties',
  ['leader_duties'],
  'leaderDuties',
  {
    wholeSubsections: false,
    skipFraming: false,
  },
)

/**
 * The built-in `rectification` extractor: items fixed, from `rectification`
 * sections → `report.rectifications`.
 *
 * @category Extractors
 * @example
 * ```ts
 * report.rectifications.length > 0 //=> true for a report with 「上一年度存在问题改进情况」
 * ```
 */
export const rectificationExtractor: Extractor = statementExtractor(
  'rectification',
  ['rectification'],
  'rectifications',
  { wholeSubsections: false, skipFraming: false },
)
