/**
 * The structure stage: page chrome, title lines, paragraphs and sentences,
 * the heading outline, section kinds, unheaded parts and topics, computed
 * over the normalized view. `src/parser` turns the result into an nlcst tree
 * and a `DocumentView`.
 *
 * @module
 */

import type { MessageDraft, NonContentKind } from '../parser/types.js'
import type { CategoryId, SectionKind, Span } from '../types.js'
import { charTable, SPACE as SPACE_TABLE } from './chars.js'
import {
  bodyTopic as bodyTopicOf,
  findTopicHitsIn,
  headingTopic as headingTopicOf,
  NO_TOPIC as NONE,
  sectionKind as sectionKindOf,
  TIED_TOPIC as TIED,
  type TopicHits,
} from './classify.js'
import { TerminatorCursor } from './cursors.js'
import {
  categories as categoryIds,
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

// Module-level copies of imported bindings used per section (a bundler may
// turn an imported binding into a property read on every use).
const bodyTopic = bodyTopicOf
const headingTopic = headingTopicOf
const sectionKind = sectionKindOf
const categories = categoryIds
const NO_TOPIC = NONE
const TIED_TOPIC = TIED

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

/** White space (a module-level copy: read per character). */
const SPACE = SPACE_TABLE
/** 。 ! ?: a sentence ends after a run of these (or of `…`). */
const TERMINATOR = charTable('\u3002!?')
/** `…`. */
const ELLIPSIS = 0x2026
/** Closing quotes and brackets kept with the sentence they close: ” ’ ) 」 』 】 〉 》 " '. */
const SENTENCE_CLOSERS = charTable('\u201d\u2019)\u300d\u300f\u3011\u3009\u300b"\'')
/**
 * Append the paragraphs of `text[start, end)` (part of one text block) to
 * `out`. Sentences end after 。 ! ? (and runs of them) and after `……`, with
 * closing quotes and brackets kept; white space between sentences belongs to
 * none. White space after
 * a sentence end also starts a paragraph, since flattened pages and one-line
 * reports mark paragraph breaks that way (`…新局面。 三、…`).
 */
function makeParas(cursor: TerminatorCursor, text: string, start: number, end: number, out: Para[]): void {
  let s = start
  while (s < end && SPACE[text.charCodeAt(s)] === 1) s++
  let para: Para | null = null
  while (s < end) {
    const at = cursor.next(s)
    // `……` must lie inside the range.
    if (at >= end || (at + 1 === end && text.charCodeAt(at) === ELLIPSIS)) break
    let j = text.charCodeAt(at) === ELLIPSIS ? at + 2 : at + 1
    while (j < end) {
      const code = text.charCodeAt(j)
      if (TERMINATOR[code] === 1 || code === ELLIPSIS) j++
      else break
    }
    while (j < end && SENTENCE_CLOSERS[text.charCodeAt(j)] === 1) j++
    para = addSentence(para, s, j, out)
    s = j
    while (s < end && SPACE[text.charCodeAt(s)] === 1) s++
  }
  if (s < end) {
    let e = end
    while (e > s && SPACE[text.charCodeAt(e - 1)] === 1) e--
    addSentence(para, s, e, out)
  }
}

/**
 * The paragraphs of `text[start, end)`, part of one text block, as the
 * structure stage splits it: sentences end after 。 ! ? (and runs of them) and
 * after `……`, closing quotes and brackets staying with their sentence, and
 * white space after a sentence end starts a new paragraph.
 *
 * @param text - The normalized view.
 * @param start - Start of the range.
 * @param end - End of the range.
 * @returns The paragraphs with their sentence boundaries.
 * @category Structure
 * @example
 * ```ts
 * splitParagraphs('办结58宗。“好评”! 余下', 0, 14)
 * //=> [{ start: 0, end: 11, sentences: [0, 6, 6, 11] }, { start: 12, end: 14, sentences: [12, 14] }]
 * ```
 */
export function splitParagraphs(text: string, start: number, end: number): Para[] {
  const out: Para[] = []
  makeParas(new TerminatorCursor(text), text, start, end, out)
  return out
}

/** Add sentence `[start, end)` to `para`, or to a new paragraph when white space separates them. */
function addSentence(para: Para | null, start: number, end: number, out: Para[]): Para {
  if (para !== null && para.end === start) {
    para.sentences.push(start, end)
    para.end = end
    return para
  }
  const next: Para = { start, end, sentences: [start, end] }
  out.push(next)
  return next
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

function anyKind(sections: ReadonlyArray<Para | Sec>, kind: SectionKind): boolean {
  for (const sec of sections) {
    if (!isSec(sec)) continue
    if (sec.kind === kind || anyKind(sec.items, kind)) return true
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
  const tree = new TreeBuilder(text)
  let headingIndex = 0
  for (const line of blocks) {
    if (line.kind !== 'body' || line.start >= bodyEnd) continue
    const lineEnd = Math.min(line.end, bodyEnd)
    let from = line.start
    while (headingIndex < headings.length && headings[headingIndex]!.start < lineEnd) {
      const heading = headings[headingIndex++]!
      tree.addParas(from, heading.start)
      tree.openSection(heading)
      from = heading.end
    }
    tree.addParas(from, lineEnd)
  }
  const sections = tree.sections
  const unheaded: Counter = { count: 0 }

  // No outline: the body after an introductory paragraph is one unheaded part.
  const intro = tree.preamble
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
    const part = makeSec(nextUnheadedId(unheaded), 0, 'achievements', null, false)
    part.items = paras.slice(keep)
    intro.items = paras.slice(0, keep)
    if (keep === 0) sections.length = 0
    sections.push(part)
  }

  // Unheaded shortcomings/plans at the end of the last part.
  const body = sections
  const lastTop = body[body.length - 1]
  if (lastTop !== undefined && lastTop.kind !== 'preamble') {
    splitTrailing(text, body, lastLeaf(lastTop), reportYear, unheaded)
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
      makeParas(tree.cursor, text, Math.max(line.start, closing.start), end, sec.items as Para[])
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

  // Topics and empty sections. Body keywords count only for sections whose
  // heading names no topic, so only their spans are scanned.
  const topics = new TopicPass(text, messages)
  for (const sec of body) topics.headingTopics(sec)
  const firstBody = body[0]
  const lastBody = body[body.length - 1]
  if (firstBody !== undefined && lastBody !== undefined && topics.bodySpans.length > 0) {
    topics.hits = findTopicHitsIn(text, firstBody.start, lastBody.end, topics.bodySpans)
  }
  for (const sec of body) topics.visit(sec)

  const nonContent = nonContentSpans(lines)
  const titles: Span[] = []
  let addressee: Span | null = null
  for (const span of nonContent) {
    if (span.kind === 'title') titles.push({ start: span.start, end: span.end })
    else if (span.kind === 'addressee') addressee = { start: span.start, end: span.end }
  }
  messages.sort(byStart)
  return { lines, nonContent, titles, addressee, headings, sections: body, messages }
}

/** Orders messages by start (document-wide messages first). */
function byStart(a: MessageDraft, b: MessageDraft): number {
  return (a.start ?? -1) - (b.start ?? -1)
}

/** A counter of unheaded parts (`u1`, `u2`, …). */
interface Counter {
  count: number
}

/** The id of the next unheaded part. */
function nextUnheadedId(counter: Counter): string {
  return `u${++counter.count}`
}

/** Builds the headed section tree and the preamble from paragraphs and headings in document order. */
class TreeBuilder {
  /** Top-level sections so far (the preamble first, when there is one). */
  readonly sections: Sec[] = []
  /** The preamble (paragraphs before the first heading), once there is one. */
  preamble: Sec | null = null
  /** Sentence terminators of the text. */
  readonly cursor: TerminatorCursor
  /** The open sections, outermost first. */
  private readonly stack: Sec[] = []
  /** How many subsections each open section has so far (parallel to `stack`; a closed section gets none). */
  private readonly childCounts: number[] = []
  private topCount = 0

  constructor(private readonly text: string) {
    this.cursor = new TerminatorCursor(text)
  }

  /** Add the paragraphs of `text[start, end)` to the innermost open section, or to the preamble. */
  addParas(start: number, end: number): void {
    const top = this.stack[this.stack.length - 1]
    if (top !== undefined) {
      makeParas(this.cursor, this.text, start, end, top.items as Para[])
      return
    }
    // The preamble is made with its first paragraph.
    const preamble = this.preamble ?? makeSec('preamble', 0, 'preamble', null, false)
    makeParas(this.cursor, this.text, start, end, preamble.items as Para[])
    if (this.preamble === null && preamble.items.length > 0) {
      this.preamble = preamble
      this.sections.push(preamble)
    }
  }

  /** Open the section of a heading, closing the open ones at its level or deeper. */
  openSection(heading: OutlineHeading): void {
    const stack = this.stack
    const childCounts = this.childCounts
    while (stack.length > 0 && stack[stack.length - 1]!.level >= heading.level) {
      stack.pop()
      childCounts.pop()
    }
    const depth = stack.length
    const parent = depth === 0 ? null : stack[depth - 1]!
    const { kind, umbrella } = sectionKind(heading.title, parent === null ? null : parent.kind)
    let id: string
    if (parent === null) {
      id = `s${++this.topCount}`
    } else {
      const n = childCounts[depth - 1]! + 1
      childCounts[depth - 1] = n
      id = `${parent.id}.${n}`
    }
    const sec = makeSec(id, heading.level, kind, heading, umbrella)
    if (parent === null) this.sections.push(sec)
    else parent.items.push(sec)
    stack.push(sec)
    childCounts.push(0)
  }
}

/**
 * Sets the topics of headed sections (`topicOf`, split in two walks so the
 * body keywords are only scanned where a heading leaves the topic open) and
 * reports empty sections.
 */
class TopicPass {
  /** Spans whose body keywords are needed: flat `[start0, end0, …]`. */
  readonly bodySpans: number[] = []
  /** Body keyword hits (over {@link TopicPass.bodySpans}). */
  hits: TopicHits = { positions: [], categories: [] }
  /** What each heading names ({@link headingTopic}), in the order both walks meet them. */
  private readonly fromHeadings: number[] = []
  private next = 0

  constructor(
    private readonly text: string,
    private readonly messages: MessageDraft[],
  ) {}

  /** First walk: what the headings name, and which bodies need a keyword count. */
  headingTopics(sec: Sec): void {
    for (const item of sec.items) if (isSec(item)) this.headingTopics(item)
    if (sec.heading === null || sec.umbrella) return
    const topic = headingTopic(sec.heading.title)
    this.fromHeadings.push(topic)
    if (topic === NO_TOPIC) this.bodySpans.push(sec.heading.end, sec.end)
  }

  /** Second walk (same order): set the topics, children first, and report empty sections. */
  visit(sec: Sec): void {
    let childTopic: CategoryId | null | undefined
    let mixed = false
    for (const item of sec.items) {
      if (!isSec(item)) continue
      this.visit(item)
      if (item.topic === null) continue
      if (childTopic === undefined) childTopic = item.topic
      else if (childTopic !== item.topic) mixed = true
    }
    const heading = sec.heading
    if (heading === null) return
    if (sec.items.length === 0) {
      this.messages.push({
        ruleId: 'empty-section',
        reason: `Section \`${heading.marker}${heading.title}\` has no content`,
        severity: 'warning',
        start: heading.start,
        end: heading.end,
        actual: this.text.slice(heading.start, heading.end),
      })
    }
    if (sec.umbrella) {
      sec.topic = null
      return
    }
    const topic = this.fromHeadings[this.next++]!
    if (topic === TIED_TOPIC) sec.topic = null
    else if (topic !== NO_TOPIC) sec.topic = categories[topic]!
    else sec.topic = mixed ? null : bodyTopic(this.hits, heading.end, sec.end)
  }
}

/** Kinds whose trailing paragraphs may hold unheaded shortcomings/plans parts. */
const ownKinds: ReadonlySet<SectionKind> = new Set<SectionKind>([
  'achievements',
  'leader_duties',
  'rectification',
])

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
  unheaded: Counter,
): void {
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
      const part = makeSec(nextUnheadedId(unheaded), 0, split.kind, null, false)
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
