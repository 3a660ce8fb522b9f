/**
 * Line scan and page-chrome detection: which lines of the normalized view are
 * page furniture, the title, or body text, and where the signature block is.
 *
 * @module
 */

import type { NonContentKind } from '../parser/types.js'
import type { Span } from '../types.js'
import { charTable, SPACE as SPACE_TABLE } from './chars.js'
import { chromeCue, metadataLineCue, navSeparatorRe, preambleEndCue, titleCue } from './keywords.js'

/** White space (a module-level copy: read per character). */
const SPACE = SPACE_TABLE

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
/** A heading marker at a position (sticky twin of `leadingMarkerRe`). */
const leadingMarkerAtRe = new RegExp(leadingMarkerRe.source.slice(1), 'y')
/** The code units `leadingMarkerRe` can start with: 一…十, (, 0–9, 第. */
const LEADING_MARKER_START = charTable('一二三四五六七八九十(0123456789第')

/**
 * Whether a heading marker (`leadingMarkerRe`) starts at `position` of
 * `text`; the table rules out most positions without a regex call.
 */
function markerStartsAt(text: string, position: number): boolean {
  if (LEADING_MARKER_START[text.charCodeAt(position)] !== 1) return false
  leadingMarkerAtRe.lastIndex = position
  return leadingMarkerAtRe.test(text)
}

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

/** A line that ends a sentence (before a signature line). */
const sentenceEndRe = /[。!?]$/

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
    while (s < e && SPACE[text.charCodeAt(s)] === 1) s++
    while (e > s && SPACE[text.charCodeAt(e - 1)] === 1) e--
    if (s < e) lines.push({ start: s, end: e, kind: 'body' })
    from = to + 1
  }
  return lines
}

function isNavBar(line: string): boolean {
  // No separator: one item.
  if (!navSeparatorRe.test(line)) return false
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
    if (line.length > MAX_BODY_CHROME_LINE || markerStartsAt(line, 0)) return false
    if (line.includes('。')) return false
  }
  return chromeCue.test(line) || metadataLineCue.test(line) || isNavBar(line)
}

function isContentLine(line: string): boolean {
  if (sentencePunctRe.test(line)) return true
  if (markerStartsAt(line, 0)) return true
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
    const inBody = bodyStart < i
    // A long line inside the body is body text (no chrome test, no string).
    if (inBody && line.end - line.start > MAX_BODY_CHROME_LINE) {
      line.kind = 'body'
      continue
    }
    const value = text.slice(line.start, line.end)
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
      while (rest < first.end && SPACE[text.charCodeAt(rest)] === 1) rest++
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

/** The previous body line before index `i` (skipping chrome), or -1. */
function previousBody(lines: readonly Line[], i: number): number {
  let j = i - 1
  while (j >= 0 && lines[j]!.kind === 'chrome') j--
  return j >= 0 && lines[j]!.kind === 'body' ? j : -1
}

/**
 * Where the signature block (one or two organisation lines + a date line, or
 * both run into the last line) at the end of the body is, if there is one. A
 * trailing `(此件公开发布)` note is part of the block.
 *
 * @param text - The normalized view.
 * @param lines - Classified lines.
 * @param soft - Soft breaks of a hard-wrapped document ({@link findSoftBreaks}; default: `null`, none).
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
export function findClosing(
  text: string,
  lines: readonly Line[],
  soft: Uint8Array | null = null,
): Span | null {
  let last = lines.length - 1
  while (last >= 0 && lines[last]!.kind !== 'body') last--
  if (last < 0) return null
  const end = lines[last]!.end
  // `(此件公开发布)` and the like after the signature belong to the block.
  while (last >= 0 && annotationLineRe.test(text.slice(lines[last]!.start, lines[last]!.end))) {
    last = previousBody(lines, last)
  }
  if (last < 0) return null
  const line = lines[last]!
  const value = text.slice(line.start, line.end)
  const prev = previousBody(lines, last)
  // The text block the line ends (a hard-wrapped signature may run over a soft break).
  let first = last
  while (soft !== null && first > 0 && soft[first - 1] === 1) first--
  const blockStart = lines[first]!.start
  if (value.length <= 24 && dateLineRe.test(value)) {
    if (prev === -1) return null
    let start = line.start
    // Up to two organisation lines above the date (中共某县委 / 某县人民政府).
    for (let j = prev, k = 0; j !== -1 && k < 2; j = previousBody(lines, j), k++) {
      const candidate = lines[j]!
      if (candidate.end - candidate.start > 60 || !orgLineRe.test(text.slice(candidate.start, candidate.end)))
        break
      start = candidate.start
    }
    return { start, end }
  }
  const tailStart = Math.max(blockStart, line.end - 90)
  const tail = text.slice(tailStart, line.end)
  const fused = fusedClosingRe.exec(tail)
  if (fused) {
    const org = fused[1]!
    const start = tailStart + fused.index + fused[0].indexOf(org)
    if (start > blockStart || previousBody(lines, first) !== -1) return { start, end }
    return null
  }
  if (prev !== -1 && value.length <= 40 && orgLineRe.test(value)) {
    const previous = lines[prev]!
    if (sentenceEndRe.test(text.slice(previous.start, previous.end))) return { start: line.start, end }
  }
  return null
}

/** Line kinds a soft break may join: body text, and wrapped preamble lines still classed as header. */
function isTextKind(kind: LineKind): boolean {
  return kind === 'body' || kind === 'header'
}

/** 。 ! ? ; … and their full-width forms: a line ending with one ends its sentence. */
const SENTENCE_FINAL = new Uint8Array(0x10000)
for (const char of '。!?;…！？；') SENTENCE_FINAL[char.charCodeAt(0)] = 1
/** Closing quotes and brackets that may follow a sentence end: ” ’ ) 」 』 】 〉 》 " ' ）. */
const LINE_CLOSERS = new Uint8Array(0x10000)
for (const char of '”’)」』】〉》"\'）') LINE_CLOSERS[char.charCodeAt(0)] = 1
/** Characters a line cannot end a paragraph with: , 、 : and opening quotes/brackets. */
const CONTINUES_AFTER = new Uint8Array(0x10000)
for (const char of ',、:(“‘《「『【〈，：（') CONTINUES_AFTER[char.charCodeAt(0)] = 1
/** Characters a line cannot start a paragraph with: , 。 ; 、 : ! ? % and closing quotes/brackets. */
const CONTINUES_BEFORE = new Uint8Array(0x10000)
for (const char of ',。;、:!?%)”’》」』】〉，；：！？％）') CONTINUES_BEFORE[char.charCodeAt(0)] = 1

/** Only lines longer than this count when deciding whether a document is hard-wrapped. */
const MIN_MEASURED_LINE = 20
/** Fewest measured lines a hard-wrapped document has. */
const MIN_WRAPPED_LINES = 4
/** Widest wrap width recognised (longer lines are running text, not a page width). */
const MAX_WRAP_WIDTH = 120
/** Share of measured lines that must end mid-sentence. */
const MIN_MID_SENTENCE_SHARE = 0.5
/** The 75th-percentile line length must be at least this share of the wrap width. */
const MIN_P75_SHARE = 0.7
/** A line at least this share of the wrap width is full: a break after it may be soft. */
const FULL_LINE_SHARE = 0.6
/**
 * A line at least this share of the wrap width fills it: a break after it is
 * soft even when the line looks like a heading line or ends with `;` (the
 * wrap fell there, the text goes on).
 */
const FILLED_LINE_SHARE = 0.9
/** ; and its full-width form. */
const SEMICOLON = 0x3b
const FULL_SEMICOLON = 0xff1b

/** Whether `text[start, end)` ends its sentence (。!?;… optionally followed by closing quotes). */
function endsSentence(text: string, start: number, end: number): boolean {
  let e = end
  while (e > start && LINE_CLOSERS[text.charCodeAt(e - 1)] === 1) e--
  return e > start && SENTENCE_FINAL[text.charCodeAt(e - 1)] === 1
}

/** Whether a line is a heading line: a leading marker and no sentence punctuation. */
function isHeadingLine(text: string, line: Line): boolean {
  if (!markerStartsAt(text, line.start)) return false
  for (let i = line.start; i < line.end; i++) if (SENTENCE_FINAL[text.charCodeAt(i)] === 1) return false
  return true
}

/** Scratch line-length histogram of {@link wrapWidth} (zeroed before each use). */
const lengthHistogram = new Uint32Array(MAX_WRAP_WIDTH + 2)

/** The smallest length whose cumulative count reaches `share` of `total`. */
function percentile(histogram: Uint32Array, total: number, share: number): number {
  const target = Math.max(1, Math.ceil(total * share))
  let seen = 0
  for (let length = 0; length < histogram.length; length++) {
    seen += histogram[length]!
    if (seen >= target) return length
  }
  return histogram.length - 1
}

/**
 * The wrap width of a hard-wrapped document (text copied from a PDF or a badly
 * converted page, with a line break every 30–50 characters, mid-sentence), or
 * `0` when the document is not hard-wrapped. Among the body and header lines
 * longer than 20 characters that do not start with a heading marker, at least
 * half must end mid-sentence, their 90th-percentile length (the width) must be
 * at most 120, and their 75th-percentile length at least 70% of the width.
 *
 * @param text - The normalized view.
 * @param lines - Classified lines.
 * @returns The wrap width in code units, or `0`.
 * @category Structure
 * @example
 * ```ts
 * const text =
 *   '全年共接到行政复议申请318件,较上年增加107件\n,受理276件,审结254件,其中纠错21件,纠错率\n' +
 *   '8.3%。全区行政机关作为被告的一审行政诉讼案件\n141件,行政机关负责人出庭应诉比例达到100%。\n败诉率4.2%。'
 * const lines = scanLines(text)
 * classifyLines(text, lines)
 * wrapWidth(text, lines) //=> 26
 * ```
 */
export function wrapWidth(text: string, lines: readonly Line[]): number {
  const histogram = lengthHistogram.fill(0)
  let total = 0
  let mid = 0
  for (const line of lines) {
    const length = line.end - line.start
    if (!isTextKind(line.kind) || length <= MIN_MEASURED_LINE) continue
    if (markerStartsAt(text, line.start)) continue
    total++
    histogram[Math.min(length, MAX_WRAP_WIDTH + 1)]!++
    if (!endsSentence(text, line.start, line.end)) mid++
  }
  if (total < MIN_WRAPPED_LINES || mid < total * MIN_MID_SENTENCE_SHARE) return 0
  const width = percentile(histogram, total, 0.9)
  if (width > MAX_WRAP_WIDTH) return 0
  return percentile(histogram, total, 0.75) >= width * MIN_P75_SHARE ? width : 0
}

/**
 * Which line breaks of a hard-wrapped document are soft (fall inside a
 * sentence, so they end neither the paragraph nor the sentence). A break after
 * line `i` is soft when both lines are text (body, or wrapped header lines
 * before the body), no blank line separates them, line `i` does not end a
 * sentence (。!?;… or a closing quote after one) and is not a heading line,
 * line `i + 1` does not start with a heading marker, and line `i` is full
 * (at least 60% of the wrap width) or either side shows the sentence goes on
 * (line `i` ends with , 、 : or an opening bracket, or line `i + 1` starts with
 * punctuation no paragraph starts with).
 *
 * @param text - The normalized view.
 * @param lines - Classified lines.
 * @returns `soft[i] === 1` when the break after line `i` is soft, or `null` when the document is not hard-wrapped (every break is hard).
 * @category Structure
 * @example
 * ```ts
 * const text =
 *   '全年共接到行政复议申请318件,较上年增加107件\n,受理276件,审结254件,其中纠错21件,纠错率\n' +
 *   '8.3%。全区行政机关作为被告的一审行政诉讼案件\n141件,行政机关负责人出庭应诉比例达到100%。\n败诉率4.2%。'
 * const lines = scanLines(text)
 * classifyLines(text, lines)
 * Array.from(findSoftBreaks(text, lines) ?? []) //=> [1, 1, 1, 0, 0]
 * findSoftBreaks('办结58宗。\n受理62宗。', scanLines('办结58宗。\n受理62宗。')) //=> null
 * ```
 */
export function findSoftBreaks(text: string, lines: readonly Line[]): Uint8Array | null {
  const width = wrapWidth(text, lines)
  if (width === 0) return null
  const full = width * FULL_LINE_SHARE
  const filled = width * FILLED_LINE_SHARE
  const soft = new Uint8Array(lines.length)
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!
    const next = lines[i + 1]!
    if (!isTextKind(line.kind) || !isTextKind(next.kind)) continue
    const length = line.end - line.start
    const last = text.charCodeAt(line.end - 1)
    if (length >= filled && (last === SEMICOLON || last === FULL_SEMICOLON)) {
      // A filled line ending with `;`: the sentence goes on.
    } else if (endsSentence(text, line.start, line.end)) {
      continue
    }
    let breaks = 0
    for (let j = line.end; j < next.start && breaks < 2; j++) if (text.charCodeAt(j) === 0x0a) breaks++
    if (breaks !== 1) continue
    if (markerStartsAt(text, next.start) || (length < filled && isHeadingLine(text, line))) continue
    if (
      length >= full ||
      CONTINUES_AFTER[last] === 1 ||
      CONTINUES_BEFORE[text.charCodeAt(next.start)] === 1
    ) {
      soft[i] = 1
    }
  }
  return soft
}

/**
 * Join the lines of a hard-wrapped document across soft breaks into text
 * blocks. Header lines soft-joined to the first body line (a wrapped preamble
 * the line classifier took for header text) become body lines, in place.
 *
 * @param lines - Classified lines (header kinds may change to `body`).
 * @param soft - Soft breaks from {@link findSoftBreaks}.
 * @param bodyEnd - Where the body ends: no block runs past a line starting here.
 * @returns Lines with each run of soft-joined body lines replaced by one line (its span contains the `\n`s).
 * @category Structure
 * @example
 * ```ts
 * const lines = [{ start: 0, end: 3, kind: 'body' }, { start: 4, end: 6, kind: 'body' }]
 * joinSoftBreaks(lines, Uint8Array.of(1, 0), 6) //=> [{ start: 0, end: 6, kind: 'body' }]
 * ```
 */
export function joinSoftBreaks(lines: Line[], soft: Uint8Array, bodyEnd: number): Line[] {
  let first = 0
  while (first < lines.length && lines[first]!.kind !== 'body') first++
  for (let i = first - 1; i >= 0 && lines[i]!.kind === 'header' && soft[i] === 1; i--) lines[i]!.kind = 'body'
  const out: Line[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    let j = i
    if (line.kind === 'body') {
      while (
        soft[j] === 1 &&
        j + 1 < lines.length &&
        lines[j + 1]!.kind === 'body' &&
        lines[j + 1]!.start < bodyEnd
      )
        j++
    }
    out.push(j === i ? line : { start: line.start, end: lines[j]!.end, kind: 'body' })
    i = j
  }
  return out
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
