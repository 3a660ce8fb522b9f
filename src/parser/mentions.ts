/**
 * Tagged mentions of one paragraph: quantities, money, percentages and dates
 * from the normalizers, shifted to view offsets, minus those inside 《…》.
 *
 * @module
 * @internal
 */

import { baseYear } from '../normalize/args.js'
import { Marks, scanView, wideAlnumCodes } from '../normalize/chars.js'
import { DELIMITERS } from '../normalize/enclosure.js'
import { RESIDUE_MARKS, residueAt, residueIn } from '../normalize/find-template-residue.js'
import { PERCENT_MARKS, percentagesAt, percentagesIn } from '../normalize/parse-percentage.js'
import {
  QUANTITY_GOES_ON,
  QUANTITY_NUMBER_STARTS,
  quantitiesAt,
  quantitiesIn,
} from '../normalize/parse-quantity.js'
import { DATE_MARKS, datesAt, datesIn } from '../normalize/parse-report-date.js'
import type { DateMention, DateOptions, PercentageMention, QuantityMention } from '../normalize/types.js'
import type { Span } from '../types.js'

/**
 * Mentions of one paragraph (view offsets, sorted by start).
 *
 * @category Parser
 */
export interface ParagraphMentions {
  quantities: QuantityMention[]
  percentages: PercentageMention[]
  dates: DateMention[]
  /** Template residue spans with their text. */
  residue: Array<Span & { text: string }>
  /** Inner spans of 《…》 titles. */
  titles: Span[]
}

/** Longest 《…》 title honoured. */
const MAX_TITLE = 200
const OPEN_TITLE = 0x300a
const CLOSE_TITLE = 0x300b

/**
 * Inner spans of balanced 《…》 titles in `text[start, end)` (nested 《》 are
 * part of the outer title).
 *
 * @param text - The text.
 * @param start - Range start.
 * @param end - Range end.
 * @returns Inner spans (without the brackets), in order.
 * @category Parser
 * @example
 * ```ts
 * findBookTitles('印发《关于〈纲要〉的通知》', 0, 13) //=> [{ start: 3, end: 12 }]
 * ```
 */
export function findBookTitles(text: string, start: number, end: number): Span[] {
  const brackets = new Marks()
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code === OPEN_TITLE || code === CLOSE_TITLE) brackets.push(i)
  }
  return titlesOf(text, brackets, end)
}

/**
 * {@link findBookTitles} given the offsets of the 《 and 》 of the range (`brackets`,
 * ascending; other offsets among them are ignored): each 《 pairs with the 》 that
 * closes it at depth 0 within {@link MAX_TITLE} units (else it is skipped); the search
 * goes on after that 》.
 */
function titlesOf(text: string, brackets: Marks, end: number): Span[] {
  const out: Span[] = []
  const at = brackets.at
  let k = 0
  while (k < brackets.length) {
    const i = at[k] ?? 0
    if (text.charCodeAt(i) !== OPEN_TITLE) {
      k++
      continue
    }
    const limit = Math.min(end, i + MAX_TITLE)
    let depth = 0
    let close = -1
    let j = k
    for (; j < brackets.length; j++) {
      const b = at[j] ?? 0
      if (b >= limit) break
      const code = text.charCodeAt(b)
      if (code === OPEN_TITLE) depth++
      else if (code === CLOSE_TITLE && --depth === 0) {
        close = b
        break
      }
    }
    if (close === -1) {
      k++
      continue
    }
    if (close > i + 1) out.push({ start: i + 1, end: close })
    k = j + 1
  }
  return out
}

function overlapsTitle(titles: readonly Span[], start: number, end: number): boolean {
  for (const title of titles) {
    if (start < title.end + 1 && end > title.start - 1) return true
  }
  return false
}

/** Shift mentions (fresh objects from the finders) to view offsets in place, dropping those in titles. */
function shift<T extends { start: number; end: number }>(
  mentions: T[],
  offset: number,
  titles: readonly Span[],
): T[] {
  let kept = 0
  for (const mention of mentions) {
    mention.start += offset
    mention.end += offset
    if (titles.length > 0 && overlapsTitle(titles, mention.start, mention.end)) continue
    mentions[kept++] = mention
  }
  if (kept < mentions.length) mentions.length = kept
  return mentions
}

/** A paragraph with its soft line breaks taken out, and where each of its units came from. */
interface Joined {
  /** The text without the breaks. */
  text: string
  /** For each unit of `text`, its offset in the paragraph. */
  from: Int32Array
}

const LF = 0x0a
const SP = 0x20

/**
 * The paragraph without its line breaks, or `null` when it has none. A line
 * break inside a paragraph is a soft one (hard-wrapped text: the structure
 * stage made one paragraph of the lines), so it is taken out together with the
 * spaces around it: `按时办结率9\n9.95%` reads 99.95%, not 9 and 9.95%.
 */
function joinSoftBreaks(value: string): Joined | null {
  if (value.indexOf('\n') === -1) return null
  const from = new Int32Array(value.length)
  const parts: string[] = []
  let length = 0
  let i = 0
  while (i < value.length) {
    // The next run of spaces and line breaks holding a line break.
    let runStart = value.indexOf('\n', i)
    if (runStart === -1) runStart = value.length
    else while (runStart > i && value.charCodeAt(runStart - 1) === SP) runStart--
    parts.push(value.slice(i, runStart))
    for (let k = i; k < runStart; k++) from[length++] = k
    i = runStart
    while (i < value.length && (value.charCodeAt(i) === LF || value.charCodeAt(i) === SP)) i++
  }
  return { text: parts.join(''), from: from.subarray(0, length) }
}

/** Map mentions found in a joined paragraph back to paragraph offsets (their text as the paragraph has it). */
function unjoin<T extends { start: number; end: number; text: string }>(
  mentions: T[],
  joined: Joined,
  value: string,
): T[] {
  for (const mention of mentions) {
    mention.start = joined.from[mention.start]!
    mention.end = joined.from[mention.end - 1]! + 1
    mention.text = value.slice(mention.start, mention.end)
  }
  return mentions
}

/** Flags per code unit for the walk of {@link paragraphMentions}: which finders' marks a character is. */
const MARK = new Uint8Array(0x10000)
/** Where a number may start (the quantity marks but the full-width characters, which are `M_SLOW`). */
const M_NUMBER = 1
const M_PERCENT = 2
const M_DATE = 4
const M_RESIDUE = 8
/** A title or quote delimiter (《》“”「」『』). */
const M_DELIMITER = 16
/** A line break or a full-width digit, letter, ％ or ．: the paragraph needs the joined text or the scan view. */
const M_SLOW = 32
/** An ASCII digit. */
const M_DIGIT = 64
/** What may follow a number's first character or digits (see `quantitiesAt`). */
const M_GOES_ON = 128
for (const [chars, bit] of [
  [QUANTITY_NUMBER_STARTS, M_NUMBER],
  [PERCENT_MARKS, M_PERCENT],
  [DATE_MARKS, M_DATE],
  [RESIDUE_MARKS, M_RESIDUE],
  [DELIMITERS, M_DELIMITER],
  [`\n${String.fromCharCode(...wideAlnumCodes())}`, M_SLOW],
  ['0123456789', M_DIGIT],
  [QUANTITY_GOES_ON, M_GOES_ON],
] as const) {
  for (const ch of chars) MARK[ch.charCodeAt(0)]! |= bit
}

/** The finders' marks of the paragraph being read (reused: the function is not re-entrant). */
const delimiterMarks = new Marks()
const quantityMarks = new Marks()
const percentMarks = new Marks()
const dateMarks = new Marks()
const residueMarks = new Marks()

/**
 * Find the mentions of `text[start, end)`: what `findQuantities`, `findPercentages`,
 * `findDates` and `findTemplateResidue` return for the paragraph, computed on one shared
 * scan view of it.
 *
 * One walk over the paragraph collects each finder's marks (the characters it must look
 * at) and the 《》 brackets; the finders then go from mark to mark. A paragraph with a
 * line break or a full-width digit or letter (rare) is read by {@link slowMentions}.
 *
 * @param text - The normalized view.
 * @param start - Paragraph start.
 * @param end - Paragraph end.
 * @param dateOptions - Options for `findDates`.
 * @returns The paragraph's mentions in view offsets.
 * @category Parser
 * @example
 * ```ts
 * paragraphMentions('x受理53宗。', 1, 7, {}).quantities.map((q) => [q.start, q.text]) //=> [[3, '53宗']]
 * ```
 */
export function paragraphMentions(
  text: string,
  start: number,
  end: number,
  dateOptions: Readonly<DateOptions>,
): ParagraphMentions {
  const year = baseYear(dateOptions, 'findDates')
  quantityMarks.clear()
  percentMarks.clear()
  dateMarks.clear()
  residueMarks.clear()
  delimiterMarks.clear()
  // The union of the flags met (the walk itself stays free of calls: it visits every character).
  let all = 0
  for (let i = start; i < end; i++) {
    const f = MARK[text.charCodeAt(i)] ?? 0
    if (f === 0) continue
    all |= f
    const at = i - start
    if ((f & M_NUMBER) !== 0) {
      // Number starts that `quantitiesAt` may do without are left out: the digits after a
      // digit, and a start whose digits (or itself) are followed by no number character
      // and no unit (years, 一 in words). Digits are nobody else's marks.
      let next = i + 1
      if ((f & M_DIGIT) !== 0) {
        while (next < end && ((MARK[text.charCodeAt(next)] ?? 0) & M_DIGIT) !== 0) next++
        i = next - 1
      }
      if (next < end && ((MARK[text.charCodeAt(next)] ?? 0) & M_GOES_ON) !== 0) quantityMarks.push(at)
    }
    if ((f & M_PERCENT) !== 0) percentMarks.push(at)
    if ((f & M_DATE) !== 0) dateMarks.push(at)
    if ((f & M_RESIDUE) !== 0) residueMarks.push(at)
    if ((f & M_DELIMITER) !== 0) delimiterMarks.push(at)
  }
  if ((all & M_SLOW) !== 0) return slowMentions(text, start, end, year)
  // The paragraph is its own scan view (no full-width digits or letters).
  const value = text.slice(start, end)
  const titles = delimiterMarks.length === 0 ? [] : titlesOf(value, delimiterMarks, value.length)
  for (const title of titles) {
    title.start += start
    title.end += start
  }
  const residue = residueMarks.length === 0 ? [] : residueAt(value, value, residueMarks)
  for (const item of residue) {
    item.start += start
    item.end += start
  }
  return {
    quantities: shift(quantitiesAt(value, value, quantityMarks, delimiterMarks) ?? [], start, titles),
    percentages:
      percentMarks.length === 0 ? [] : shift(percentagesAt(value, value, percentMarks), start, titles),
    dates: dateMarks.length === 0 ? [] : shift(datesAt(value, value, year, dateMarks), start, titles),
    residue,
    titles,
  }
}

/** {@link paragraphMentions} for a paragraph with a line break or a full-width digit or letter. */
function slowMentions(text: string, start: number, end: number, year: number | null): ParagraphMentions {
  const value = text.slice(start, end)
  // Search the paragraph's own string: an indexOf on `text` would scan to the document end.
  const titles = findBookTitles(value, 0, value.length)
  for (const title of titles) {
    title.start += start
    title.end += start
  }
  // The finders' own scan view, computed once for all of them.
  const view = scanView(value)
  const residue = residueIn(value, view)
  for (const item of residue) {
    item.start += start
    item.end += start
  }
  const joined = joinSoftBreaks(value)
  if (joined !== null) {
    // Hard-wrapped text: numbers and dates may run across a line break.
    const joinedView = scanView(joined.text)
    return {
      quantities: shift(unjoin(quantitiesIn(joined.text, joinedView) ?? [], joined, value), start, titles),
      percentages: shift(unjoin(percentagesIn(joined.text, joinedView), joined, value), start, titles),
      dates: shift(unjoin(datesIn(joined.text, joinedView, year), joined, value), start, titles),
      residue,
      titles,
    }
  }
  return {
    quantities: shift(quantitiesIn(value, view) ?? [], start, titles),
    percentages: shift(percentagesIn(value, view), start, titles),
    dates: shift(datesIn(value, view, year), start, titles),
    residue,
    titles,
  }
}
