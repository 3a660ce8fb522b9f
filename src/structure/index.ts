/**
 * The structure stage: page chrome, title lines, paragraphs and sentences,
 * the heading outline, section kinds, unheaded parts and topics, computed
 * over the normalized view. `src/parser` turns the result into an nlcst tree
 * and a `DocumentView`.
 *
 * @module
 */

import { splitSentences } from '../parser/sentences.js'
import type { MessageDraft, NonContentKind } from '../parser/types.js'
import type { CategoryId, SectionKind, Span } from '../types.js'
import { findTopicHits, sectionKind, topicOf } from './classify.js'
import {
  plansCue,
  plansYearCue,
  preambleEndCue,
  shortcomingsConcessionCue,
  shortcomingsLeadCue,
} from './keywords.js'
import {
  classifyLines,
  findClosing,
  findSoftBreaks,
  joinSoftBreaks,
  type Line,
  nonContentSpans,
  scanLines,
} from './lines.js'
import { findHeadings, type OutlineHeading } from './outline.js'

export type { OutlineHeading } from './outline.js'

/**
 * A paragraph of the view with its sentence boundaries.
 *
 * @category Structure
 */
export interface Para extends Span {
  /** Flat `[start0, end0, start1, end1, …]` of its sentences. */
  sentences: number[]
}

/**
 * A section of the outline (internal shape; `src/parser` turns it into a
 * `SectionNode` and a `SectionView`).
 *
 * @category Structure
 */
export interface Sec extends Span {
  /** `s1`, `s1.2`, `preamble`, `u1`, `closing`. */
  id: string
  /** Outline depth (0 for level-0 parts). */
  level: number
  /** Section kind. */
  kind: SectionKind
  /** 纲要 category, or `null`. */
  topic: CategoryId | null
  /** The heading, or `null` for level-0 parts. */
  heading: OutlineHeading | null
  /** Whether the heading names a required part (its topic is `null`). */
  umbrella: boolean
  /** Own paragraphs and subsections, in document order. */
  items: Array<Para | Sec>
}

/**
 * Everything the structure stage finds.
 *
 * @category Structure
 */
export interface Structure {
  /** Classified lines. */
  lines: Line[]
  /** Non-body spans (chrome, header lines, title lines), sorted. */
  nonContent: Array<{ start: number; end: number; kind: NonContentKind }>
  /** Title line spans. */
  titles: Span[]
  /** The addressee span, or `null`. */
  addressee: Span | null
  /** Accepted headings in document order. */
  headings: OutlineHeading[]
  /** Top-level sections in document order (preamble, headed, unheaded, closing). */
  sections: Sec[]
  /** Content warnings. */
  messages: MessageDraft[]
}

/**
 * Options of {@link analyzeStructure}.
 *
 * @category Structure
 */
export interface StructureOptions {
  /** The year the report covers; `20XX年,…将…` with a later year opens a plans part (default: `null`). */
  reportYear?: number | null | undefined
}

/**
 * Whether an item is a section.
 *
 * @param item - A section item.
 * @returns `true` for a `Sec`.
 * @category Structure
 * @example
 * ```ts
 * isSec({ start: 0, end: 1, sentences: [0, 1] }) //=> false
 * ```
 */
export function isSec(item: Para | Sec): item is Sec {
  return 'items' in item
}

function makeSec(
  id: string,
  level: number,
  kind: SectionKind,
  heading: OutlineHeading | null,
  umbrella: boolean,
): Sec {
  const start = heading === null ? 0 : heading.start
  const end = heading === null ? 0 : heading.end
  return { id, level, kind, topic: null, heading, umbrella, items: [], start, end }
}

/**
 * Paragraphs of `text[start, end)` (part of one text block): white space after a
 * sentence end also starts a paragraph, since flattened pages and one-line
 * reports mark paragraph breaks that way (`…新局面。 三、…`).
 */
function makeParas(text: string, start: number, end: number): Para[] {
  const sentences = splitSentences(text, start, end)
  const out: Para[] = []
  let from = 0
  for (let k = 2; k <= sentences.length; k += 2) {
    if (k === sentences.length || sentences[k]! > sentences[k - 1]!) {
      const own = from === 0 && k === sentences.length ? sentences : sentences.slice(from, k)
      out.push({ start: own[0]!, end: own[own.length - 1]!, sentences: own })
      from = k
    }
  }
  return out
}

/** Set `start`/`end` of a section from its heading and items (recursively). */
function computeSpan(sec: Sec): void {
  let start = sec.heading === null ? Number.POSITIVE_INFINITY : sec.heading.start
  let end = sec.heading === null ? Number.NEGATIVE_INFINITY : sec.heading.end
  for (const item of sec.items) {
    if (isSec(item)) computeSpan(item)
    if (item.start < start) start = item.start
    if (item.end > end) end = item.end
  }
  sec.start = start === Number.POSITIVE_INFINITY ? 0 : start
  sec.end = end === Number.NEGATIVE_INFINITY ? sec.start : end
}

function paragraphsOf(sec: Sec): Para[] {
  const out: Para[] = []
  for (const item of sec.items) if (!isSec(item)) out.push(item)
  return out
}

function lastLeaf(sec: Sec): Sec {
  let current = sec
  for (;;) {
    const last = current.items[current.items.length - 1]
    if (last === undefined || !isSec(last)) return current
    current = last
  }
}

function anyKind(sections: readonly Sec[], kind: SectionKind): boolean {
  for (const sec of sections) {
    if (sec.kind === kind) return true
    const children = sec.items.filter(isSec)
    if (anyKind(children, kind)) return true
  }
  return false
}

function sentenceText(text: string, para: Para, index: number): string {
  return text.slice(para.sentences[index * 2]!, para.sentences[index * 2 + 1]!)
}

function isShortcomingsLead(sentence: string): boolean {
  return shortcomingsConcessionCue.test(sentence) || shortcomingsLeadCue.test(sentence)
}

function isPlansLead(sentence: string, reportYear: number | null, afterShortcomings: boolean): boolean {
  if (plansCue.test(sentence)) return true
  const year = plansYearCue.exec(sentence)
  if (year === null) return false
  const value = Number(year[1])
  return reportYear === null ? afterShortcomings : value > reportYear
}

/**
 * Run the structure stage over the normalized view.
 *
 * @param text - The normalized view (`SourceText.text`).
 * @param options - Options.
 * @returns Lines, non-content spans, titles, headings, the section tree and messages.
 * @category Structure
 * @example
 * ```ts
 * const s = analyzeStructure('2024年,我区…。现将有关情况报告如下:\n一、主要举措和成效\n…。')
 * s.sections.map((sec) => [sec.id, sec.kind]) //=> [['preamble', 'preamble'], ['s1', 'achievements']]
 * ```
 */
export function analyzeStructure(text: string, options?: Readonly<StructureOptions> | null): Structure {
  const reportYear = options?.reportYear ?? null
  const messages: MessageDraft[] = []
  const lines = scanLines(text)
  classifyLines(text, lines)
  const soft = findSoftBreaks(text, lines)
  const closing = findClosing(text, lines, soft)
  const bodyEnd = closing === null ? text.length : closing.start
  // Text blocks: lines, joined across the soft breaks of a hard-wrapped document.
  const blocks = soft === null ? lines : joinSoftBreaks(lines, soft, bodyEnd)
  const headings = findHeadings(text, blocks, bodyEnd, messages)

  // Paragraphs between headings, block by block.
  const sections: Sec[] = []
  const stack: Sec[] = []
  let preamble: Sec | null = null
  let topCount = 0
  const childCount = new Map<Sec, number>()
  let headingIndex = 0
  const addPara = (start: number, end: number): void => {
    for (const para of makeParas(text, start, end)) {
      const top = stack[stack.length - 1]
      if (top !== undefined) {
        top.items.push(para)
        continue
      }
      if (preamble === null) {
        preamble = makeSec('preamble', 0, 'preamble', null, false)
        sections.push(preamble)
      }
      preamble.items.push(para)
    }
  }
  for (const line of blocks) {
    if (line.kind !== 'body' || line.start >= bodyEnd) continue
    const lineEnd = Math.min(line.end, bodyEnd)
    let cursor = line.start
    while (headingIndex < headings.length && headings[headingIndex]!.start < lineEnd) {
      const heading = headings[headingIndex++]!
      addPara(cursor, heading.start)
      while (stack.length > 0 && stack[stack.length - 1]!.level >= heading.level) stack.pop()
      const parent = stack[stack.length - 1] ?? null
      const { kind, umbrella } = sectionKind(heading.title, parent === null ? null : parent.kind)
      let id: string
      if (parent === null) {
        id = `s${++topCount}`
      } else {
        const n = (childCount.get(parent) ?? 0) + 1
        childCount.set(parent, n)
        id = `${parent.id}.${n}`
      }
      const sec = makeSec(id, heading.level, kind, heading, umbrella)
      if (parent === null) sections.push(sec)
      else parent.items.push(sec)
      stack.push(sec)
      cursor = heading.end
    }
    addPara(cursor, lineEnd)
  }

  let unheadedCount = 0
  const nextId = (): string => `u${++unheadedCount}`

  // No outline: the body after an introductory paragraph is one unheaded part.
  const intro = preamble as Sec | null
  if (headings.length === 0 && intro !== null) {
    messages.push({
      ruleId: 'no-headings',
      reason: 'No numbered headings (一、 / (一) / 1.) found; the body is read as one unheaded part',
      severity: 'warning',
      start: null,
      end: null,
      actual: null,
    })
    const paras = paragraphsOf(intro)
    const keep = paras.length > 1 && preambleEndCue.test(text.slice(paras[0]!.start, paras[0]!.end)) ? 1 : 0
    const part = makeSec(nextId(), 0, 'achievements', null, false)
    part.items = paras.slice(keep)
    intro.items = paras.slice(0, keep)
    if (keep === 0) sections.length = 0
    sections.push(part)
  }

  // Unheaded shortcomings/plans at the end of the last part.
  const body = sections
  const lastTop = body[body.length - 1]
  if (lastTop !== undefined && lastTop.kind !== 'preamble') {
    splitTrailing(text, body, lastLeaf(lastTop), reportYear, nextId)
  }

  if (closing !== null) {
    const sec = makeSec('closing', 0, 'closing', null, false)
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!
      if (line.kind !== 'body' || line.end <= closing.start) continue
      // A signature wrapped over a soft break stays one paragraph.
      let end = line.end
      while (soft !== null && soft[i] === 1 && i + 1 < lines.length && lines[i + 1]!.kind === 'body') {
        end = lines[++i]!.end
      }
      sec.items.push(...makeParas(text, Math.max(line.start, closing.start), end))
    }
    if (sec.items.length > 0) body.push(sec)
  }

  if (body.length === 0) {
    messages.push({
      ruleId: 'no-body',
      reason: 'No report body found',
      severity: 'warning',
      start: null,
      end: null,
      actual: null,
    })
  }

  for (const sec of body) computeSpan(sec)

  // Topics and empty sections.
  const firstBody = body[0]
  const lastBody = body[body.length - 1]
  const hits =
    firstBody !== undefined && lastBody !== undefined
      ? findTopicHits(text, firstBody.start, lastBody.end)
      : { positions: [], categories: [] }
  const visit = (sec: Sec): void => {
    let childTopic: CategoryId | null | undefined
    let mixed = false
    for (const item of sec.items) {
      if (!isSec(item)) continue
      visit(item)
      if (item.topic === null) continue
      if (childTopic === undefined) childTopic = item.topic
      else if (childTopic !== item.topic) mixed = true
    }
    if (sec.heading === null) return
    if (sec.items.length === 0) {
      messages.push({
        ruleId: 'empty-section',
        reason: `Section \`${sec.heading.marker}${sec.heading.title}\` has no content`,
        severity: 'warning',
        start: sec.heading.start,
        end: sec.heading.end,
        actual: text.slice(sec.heading.start, sec.heading.end),
      })
    }
    sec.topic = sec.umbrella
      ? null
      : topicOf(hits, sec.heading.title, { start: sec.heading.end, end: sec.end }, mixed)
  }
  for (const sec of body) visit(sec)

  const nonContent = nonContentSpans(lines)
  const titles: Span[] = []
  let addressee: Span | null = null
  for (const span of nonContent) {
    if (span.kind === 'title') titles.push({ start: span.start, end: span.end })
    else if (span.kind === 'addressee') addressee = { start: span.start, end: span.end }
  }
  messages.sort((a, b) => (a.start ?? -1) - (b.start ?? -1))
  return { lines, nonContent, titles, addressee, headings, sections: body, messages }
}

/**
 * Find unheaded shortcomings/plans parts among the leaf's paragraphs and move
 * them (from a paragraph start, or for plans after shortcomings also from a
 * sentence start) into new level-0 sections appended to `sections`.
 */
function splitTrailing(
  text: string,
  sections: Sec[],
  leaf: Sec,
  reportYear: number | null,
  nextId: () => string,
): void {
  const ownKinds: ReadonlySet<SectionKind> = new Set<SectionKind>([
    'achievements',
    'leader_duties',
    'rectification',
  ])
  const paras = paragraphsOf(leaf)
  if (paras.length === 0) return
  const firstCandidate = leaf.heading === null ? 0 : 1
  const splits: Array<{ para: number; sentence: number; kind: SectionKind }> = []
  let shortcomingsAt = -1
  if (ownKinds.has(leaf.kind) && !anyKind(sections, 'shortcomings')) {
    for (let i = firstCandidate; i < paras.length; i++) {
      if (isShortcomingsLead(sentenceText(text, paras[i]!, 0))) {
        splits.push({ para: i, sentence: 0, kind: 'shortcomings' })
        shortcomingsAt = i
        break
      }
    }
  }
  if (!anyKind(sections, 'plans')) {
    if (shortcomingsAt >= 0) {
      search: for (let i = shortcomingsAt; i < paras.length; i++) {
        const para = paras[i]!
        const count = para.sentences.length / 2
        for (let k = i === shortcomingsAt ? 1 : 0; k < count; k++) {
          if (isPlansLead(sentenceText(text, para, k), reportYear, true)) {
            splits.push({ para: i, sentence: k, kind: 'plans' })
            break search
          }
        }
      }
    } else if (ownKinds.has(leaf.kind) || leaf.kind === 'shortcomings') {
      for (let i = firstCandidate; i < paras.length; i++) {
        if (isPlansLead(sentenceText(text, paras[i]!, 0), reportYear, leaf.kind === 'shortcomings')) {
          splits.push({ para: i, sentence: 0, kind: 'plans' })
          break
        }
      }
    }
  }
  if (splits.length === 0) return

  // Walk the leaf's paragraphs, cutting at the split points.
  const leafParas: Para[] = []
  const parts: Sec[] = []
  let current: Para[] = leafParas
  let splitIndex = 0
  for (let i = 0; i < paras.length; i++) {
    const para = paras[i]!
    let from = 0
    while (splitIndex < splits.length && splits[splitIndex]!.para === i) {
      const split = splits[splitIndex++]!
      const cut = split.sentence * 2
      if (cut > from) current.push(sliceSentences(para, from, cut))
      from = cut
      const part = makeSec(nextId(), 0, split.kind, null, false)
      parts.push(part)
      current = part.items as Para[]
    }
    if (from === 0) current.push(para)
    else if (from < para.sentences.length) current.push(sliceSentences(para, from, para.sentences.length))
  }
  // Keep the leaf's subsections (none: it is a leaf) and replace its paragraphs.
  leaf.items = leafParas
  if (leaf.heading === null && leafParas.length === 0) {
    const index = sections.indexOf(leaf)
    if (index >= 0) sections.splice(index, 1)
  }
  sections.push(...parts)
}

function sliceSentences(para: Para, from: number, to: number): Para {
  const sentences = para.sentences.slice(from, to)
  return { start: sentences[0]!, end: sentences[sentences.length - 1]!, sentences }
}

/**
 * The report title line(s) above the body of a parsed document (short lines
 * naming 法治政府建设 and 报告/总结/情况, with no sentence punctuation); the
 * same spans `buildDocument` returns as `titles`.
 *
 * @param document - A parsed document (only `source.text` is read).
 * @returns Title spans (view offsets), in order.
 * @category Structure
 * @example
 * ```ts
 * const text = '首页 > 政务 > 法治\nX区2024年法治政府建设年度报告\n2024年,我区…。'
 * findTitleCandidates({ source: { text } }) //=> [{ start: 13, end: 30 }]
 * ```
 */
export function findTitleCandidates(document: { readonly source: { readonly text: string } }): Span[] {
  const text = document.source.text
  const lines = scanLines(text)
  classifyLines(text, lines)
  const out: Span[] = []
  for (const line of lines) if (line.kind === 'title') out.push({ start: line.start, end: line.end })
  return out
}
