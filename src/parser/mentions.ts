/**
 * Tagged mentions of one paragraph: quantities, money, percentages and dates
 * from the normalizers, shifted to view offsets, minus those inside 《…》.
 *
 * @module
 * @internal
 */

import { baseYear } from '../normalize/args.js'
import { scanView } from '../normalize/chars.js'
import { residueIn } from '../normalize/find-template-residue.js'
import { percentagesIn } from '../normalize/parse-percentage.js'
import { quantitiesIn } from '../normalize/parse-quantity.js'
import { datesIn } from '../normalize/parse-report-date.js'
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
 * part of the outer title). Pass a paragraph-sized string: `indexOf` may look
 * past `end`.
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
  const out: Span[] = []
  let i = text.indexOf('《', start)
  while (i !== -1 && i < end) {
    let depth = 0
    let close = -1
    const limit = Math.min(end, i + MAX_TITLE)
    for (let j = i; j < limit; j++) {
      const code = text.charCodeAt(j)
      if (code === OPEN_TITLE) depth++
      else if (code === CLOSE_TITLE && --depth === 0) {
        close = j
        break
      }
    }
    if (close === -1) {
      i = text.indexOf('《', i + 1)
      continue
    }
    if (close > i + 1) out.push({ start: i + 1, end: close })
    i = text.indexOf('《', close + 1)
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

/**
 * Find the mentions of `text[start, end)`: what `findQuantities`, `findPercentages`,
 * `findDates` and `findTemplateResidue` return for the paragraph, computed on one shared
 * scan view of it.
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
  const year = baseYear(dateOptions, 'findDates')
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
