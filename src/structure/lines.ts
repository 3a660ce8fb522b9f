/**
 * Line scan and page-chrome detection: which lines of the normalized view are
 * page furniture, the title, or body text, and where the signature block is.
 *
 * @module
 */

import { isSpace } from '../parser/chars.js'
import type { NonContentKind } from '../parser/types.js'
import type { Span } from '../types.js'
import { chromeCue, metadataLineCue, navSeparatorRe, preambleEndCue, titleCue } from './keywords.js'

/**
 * What a line is.
 *
 * @category Structure
 */
export type LineKind = 'chrome' | 'header' | 'title' | 'addressee' | 'body'

/**
 * A non-blank line of the view, trimmed of surrounding white space.
 *
 * @category Structure
 */
export interface Line extends Span {
  /** What the line is. */
  kind: LineKind
}

/** A heading marker at the start of a line (一、 (一) 1. (1) 第一部分). */
const leadingMarkerRe =
  /^(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、](?!\d)|第[一二三四五六七八九十]{1,3}(?:部分|章))/
/** Sentence punctuation. */
const sentencePunctRe = /[。!?;]/
/** An addressee at the start of the body (`中共兴宁市委:`). */
const addresseeRe =
  /^[\u4e00-\u9fff()、]{2,40}?(?:委|政府|人大常委会|委员会|办公室|办公厅|局|厅|部|院|党组|领导小组):/
/** The whole line is a date (`2025年1月15日`). */
const dateLineRe =
  /^(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$/
/** A note after the signature block: `(此件公开发布)`, `(联系人:…)`. */
const annotationLineRe = /^\((?:此件|联系人|联系电话|附件)[^)]{0,60}\)$/
/** Organisation name suffixes of a signature block. */
const ORG =
  '[\\u4e00-\\u9fff()]{2,30}?(?:人民政府|政府|委员会|党委|区委|市委|县委|委|办公室|办公厅|办事处|管委会|党组|局|厅|院|部|中心|所)'
/** The whole line is one or two organisation names. */
const orgLineRe = new RegExp(`^(?:中共)?${ORG}(?:\\s+(?:中共)?${ORG})?$`)
/** A signature block fused to the end of a line: `… 。 兴宁市人民政府 2025年1月15日`. */
const fusedClosingRe = new RegExp(
  `(?:^|[\\s。!?])((?:中共)?${ORG}(?:\\s+(?:中共)?${ORG})?)\\s*((?:\\d{4}|[〇零一二三四五六七八九]{4})\\s*年\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*日)$`,
)

/** Longest line a chrome cue is looked for in. */
const MAX_CHROME_LINE = 160
/** Longest line a body-region chrome cue is looked for in. */
const MAX_BODY_CHROME_LINE = 90

/**
 * Split the view into trimmed, non-blank lines (one pass).
 *
 * @param text - The normalized view.
 * @returns The lines, all of kind `body` (see {@link classifyLines}).
 * @category Structure
 * @example
 * ```ts
 * scanLines('  a\n\nb ').map((l) => [l.start, l.end]) //=> [[2, 3], [5, 6]]
 * ```
 */
export function scanLines(text: string): Line[] {
  const lines: Line[] = []
  const n = text.length
  let from = 0
  while (from <= n) {
    let to = text.indexOf('\n', from)
    if (to === -1) to = n
    let s = from
    let e = to
    while (s < e && isSpace(text.charCodeAt(s))) s++
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--
    if (s < e) lines.push({ start: s, end: e, kind: 'body' })
    from = to + 1
  }
  return lines
}

function isNavBar(line: string): boolean {
  const items = line.split(navSeparatorRe)
  if (items.length < 3) return false
  let total = 0
  for (const raw of items) {
    const item = raw.trim()
    if (item.length > 14) return false
    total += item.length
  }
  return total / items.length <= 10
}

/**
 * Whether a line is page chrome.
 *
 * @param line - The trimmed line.
 * @param inBody - Whether the body has started (stricter rules apply).
 * @returns `true` for page furniture.
 * @category Structure
 * @example
 * ```ts
 * isChromeLine('领导之窗 | 区长信箱 | 网站地图', false) //=> true
 * ```
 */
export function isChromeLine(line: string, inBody: boolean): boolean {
  if (line.length > MAX_CHROME_LINE) return false
  if (inBody) {
    if (line.length > MAX_BODY_CHROME_LINE || leadingMarkerRe.test(line)) return false
    if (line.includes('。')) return false
  }
  return chromeCue.test(line) || metadataLineCue.test(line) || isNavBar(line)
}

function isContentLine(line: string): boolean {
  if (sentencePunctRe.test(line)) return true
  if (leadingMarkerRe.test(line)) return true
  if (preambleEndCue.test(line)) return true
  if (line.length >= 60 && line.includes(',')) return true
  return addresseeRe.test(line)
}

function isTitleLine(line: string): boolean {
  return line.length <= 80 && !sentencePunctRe.test(line) && titleCue.test(line)
}

/**
 * Classify lines: chrome anywhere; above the body, the title line(s) and
 * other header lines; the body starts at the first real content line
 * (sentence punctuation, a heading marker, a long line, `…如下:` or an
 * addressee line). An addressee (`中共兴宁市委:`) at the start of the body
 * becomes a line of its own, of kind `addressee`.
 *
 * @param text - The normalized view.
 * @param lines - Lines from {@link scanLines} (their `kind` is set in place).
 * @returns The index of the first body line, or `lines.length` when there is none.
 * @category Structure
 * @example
 * ```ts
 * const text = '首页 > 政务 > 法治\nX区2024年法治政府建设年度报告\n2024年,我区…。'
 * const lines = scanLines(text)
 * classifyLines(text, lines) //=> 2
 * lines.map((l) => l.kind) //=> ['chrome', 'title', 'body']
 * ```
 */
export function classifyLines(text: string, lines: Line[]): number {
  let bodyStart = lines.length
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const value = text.slice(line.start, line.end)
    const inBody = bodyStart < i
    if (isChromeLine(value, inBody)) {
      line.kind = 'chrome'
    } else if (inBody) {
      line.kind = 'body'
    } else if (isContentLine(value)) {
      line.kind = 'body'
      bodyStart = i
    } else if (isTitleLine(value)) {
      line.kind = 'title'
    } else {
      line.kind = 'header'
    }
  }
  const first = lines[bodyStart]
  if (first !== undefined) {
    const addressee = addresseeRe.exec(text.slice(first.start, first.end))
    if (addressee !== null) {
      const end = first.start + addressee[0].length
      let rest = end
      while (rest < first.end && isSpace(text.charCodeAt(rest))) rest++
      if (rest >= first.end) {
        first.kind = 'addressee'
        bodyStart++
      } else {
        lines.splice(bodyStart, 0, { start: first.start, end, kind: 'addressee' })
        first.start = rest
        bodyStart++
      }
    }
  }
  return bodyStart
}

/**
 * Where the signature block (one or two organisation lines + a date line, or
 * both run into the last line) at the end of the body is, if there is one. A
 * trailing `(此件公开发布)` note is part of the block.
 *
 * @param text - The normalized view.
 * @param lines - Classified lines.
 * @returns The block's span (view offsets), or `null`.
 * @category Structure
 * @example
 * ```ts
 * const text = '……工作。\n兴宁市人民政府\n2025年1月15日'
 * const lines = scanLines(text)
 * classifyLines(text, lines)
 * findClosing(text, lines) //=> { start: 6, end: 24 }
 * ```
 */
export function findClosing(text: string, lines: readonly Line[]): Span | null {
  // The previous body line before index `i` (skipping chrome), or -1.
  const previousBody = (i: number): number => {
    let j = i - 1
    while (j >= 0 && lines[j]!.kind === 'chrome') j--
    return j >= 0 && lines[j]!.kind === 'body' ? j : -1
  }
  let last = lines.length - 1
  while (last >= 0 && lines[last]!.kind !== 'body') last--
  if (last < 0) return null
  const end = lines[last]!.end
  // `(此件公开发布)` and the like after the signature belong to the block.
  while (last >= 0 && annotationLineRe.test(text.slice(lines[last]!.start, lines[last]!.end))) {
    last = previousBody(last)
  }
  if (last < 0) return null
  const line = lines[last]!
  const value = text.slice(line.start, line.end)
  const prev = previousBody(last)
  if (value.length <= 24 && dateLineRe.test(value)) {
    if (prev === -1) return null
    let start = line.start
    // Up to two organisation lines above the date (中共某县委 / 某县人民政府).
    for (let j = prev, k = 0; j !== -1 && k < 2; j = previousBody(j), k++) {
      const candidate = lines[j]!
      if (candidate.end - candidate.start > 60 || !orgLineRe.test(text.slice(candidate.start, candidate.end)))
        break
      start = candidate.start
    }
    return { start, end }
  }
  const tailStart = Math.max(line.start, line.end - 90)
  const tail = text.slice(tailStart, line.end)
  const fused = fusedClosingRe.exec(tail)
  if (fused) {
    const org = fused[1]!
    const start = tailStart + fused.index + fused[0].indexOf(org)
    if (start > line.start || prev !== -1) return { start, end }
    return null
  }
  if (prev !== -1 && value.length <= 40 && orgLineRe.test(value)) {
    const previous = lines[prev]!
    if (/[。!?]$/.test(text.slice(previous.start, previous.end))) return { start: line.start, end }
  }
  return null
}

/**
 * Spans of the non-body lines, with why they are not body.
 *
 * @param lines - Classified lines.
 * @returns Sorted spans.
 * @category Structure
 * @example
 * ```ts
 * nonContentSpans([{ start: 0, end: 4, kind: 'chrome' }, { start: 5, end: 9, kind: 'body' }])
 * //=> [{ start: 0, end: 4, kind: 'chrome' }]
 * ```
 */
export function nonContentSpans(
  lines: readonly Line[],
): Array<{ start: number; end: number; kind: NonContentKind }> {
  const out: Array<{ start: number; end: number; kind: NonContentKind }> = []
  for (const line of lines) {
    if (line.kind !== 'body') out.push({ start: line.start, end: line.end, kind: line.kind })
  }
  return out
}
