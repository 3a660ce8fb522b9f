/**
 * Header and footer fields of web pages and 政府信息公开 records:
 * `索引号: … 分类:`, `发布机构: …`, `文号 成文日期: 2024年04月02日`,
 * `来源:本网 编辑: 发布时间:2022-02-23 14:58:44`, `主办:…人民政府 承办:…`.
 *
 * A label counts at the start of a line or after whitespace/`|`, followed by
 * `:` or whitespace; its value runs to the next label or the end of the line.
 * Only lines of at most {@link MAX_FIELD_LINE} characters are read, so body
 * paragraphs are never mistaken for fields.
 *
 * @module
 */

import { isSpace } from '../parser/chars.js'

/** Longest line (code units) read for fields. */
export const MAX_FIELD_LINE = 240

/** Field names this module reports (normalized keys). */
export type FieldName =
  | 'title'
  | 'indexNo'
  | 'docNo'
  | 'publisher'
  | 'source'
  | 'sponsor'
  | 'writtenAt'
  | 'publishedAt'
  | 'date'
  | 'updatedAt'
  | 'other'

/** Labels as written (simplified script, half-width) → field. Longest first in the pattern. */
const LABELS: ReadonlyArray<readonly [string, FieldName]> = [
  ['名称', 'title'],
  ['文件名称', 'title'],
  ['标题', 'title'],
  ['题名', 'title'],
  ['索引号', 'indexNo'],
  ['文号', 'docNo'],
  ['发文字号', 'docNo'],
  ['发布文号', 'docNo'],
  ['发布机构', 'publisher'],
  ['发布单位', 'publisher'],
  ['发文机关', 'publisher'],
  ['发文单位', 'publisher'],
  ['发布部门', 'publisher'],
  ['所属机构', 'publisher'],
  ['来源', 'source'],
  ['文章来源', 'source'],
  ['信息来源', 'source'],
  ['稿件来源', 'source'],
  ['主办', 'sponsor'],
  ['主办单位', 'sponsor'],
  ['成文日期', 'writtenAt'],
  ['成文时间', 'writtenAt'],
  ['发布日期', 'publishedAt'],
  ['发布时间', 'publishedAt'],
  ['公开日期', 'publishedAt'],
  ['公开时间', 'publishedAt'],
  ['发文日期', 'publishedAt'],
  ['日期', 'date'],
  ['时间', 'date'],
  ['更新时间', 'updatedAt'],
  ['更新日期', 'updatedAt'],
  // Labels that only end the previous value.
  ['分类', 'other'],
  ['主题分类', 'other'],
  ['体裁分类', 'other'],
  ['组配分类', 'other'],
  ['信息分类', 'other'],
  ['主题词', 'other'],
  ['关键词', 'other'],
  ['公开目录', 'other'],
  ['公开责任部门', 'other'],
  ['责任部门', 'other'],
  ['公开形式', 'other'],
  ['公开方式', 'other'],
  ['公开范围', 'other'],
  ['有效性', 'other'],
  ['生效日期', 'other'],
  ['废止日期', 'other'],
  ['浏览次数', 'other'],
  ['浏览量', 'other'],
  ['访问量', 'other'],
  ['点击数', 'other'],
  ['阅读数', 'other'],
  ['编辑', 'other'],
  ['作者', 'other'],
  ['责任编辑', 'other'],
  ['承办', 'other'],
  ['承办单位', 'other'],
  ['协办', 'other'],
  ['网站标识码', 'other'],
  ['字号', 'other'],
  ['字体', 'other'],
]

const LABEL_FIELD: ReadonlyMap<string, FieldName> = new Map(LABELS)

// `(?:^|[\s|【])` boundary, the label, then `:` (with spaces) or whitespace / end of line.
const LABEL_RE = new RegExp(
  `(^|[^\\S\\n]|[|【\\]])(${[...LABEL_FIELD.keys()].sort((a, b) => b.length - a.length).join('|')})(?:[^\\S\\n]*:[^\\S\\n]*|[^\\S\\n]+|$)`,
  'g',
)
/** A value that is only brackets or bars: page chrome. */
const CHROME_VALUE = /^[【\]】|]+$/

/**
 * Whether a string is a field label (`主办`, `发布机构` …).
 *
 * @param text - A string.
 * @returns `true` for a known label.
 * @category Metadata
 * @example
 * ```ts
 * isFieldLabel('主办') //=> true
 * ```
 * @internal
 */
export function isFieldLabel(text: string): boolean {
  return LABEL_FIELD.has(text)
}

/**
 * One field found in the text.
 *
 * @category Metadata
 * @example
 * ```ts
 * readFields('文号: 发布日期: 2025-01-06')[1] //=> { name: 'publishedAt', label: '发布日期', value: '2025-01-06', start: 10, end: 20 }
 * ```
 * @internal
 */
export interface Field {
  /** The normalized field name. */
  name: FieldName
  /** The label as written. */
  label: string
  /** The trimmed value, `''` when empty. */
  value: string
  /** View offset of the value (of the label's end when empty). */
  start: number
  /** View offset after the value. */
  end: number
}

/**
 * Read every header/footer field of a text.
 *
 * @param text - The normalized view.
 * @param skip - View spans not to read (section headings).
 * @param view - Set when `text` is a normalized view made by `loadSource`, whose only white
 *   space is `' '` and `'\n'`: only the lines holding a `:` or a space are then visited, found
 *   with `indexOf`, as every other line has no field (default: `false`).
 * @returns Fields in document order.
 * @category Metadata
 * @example
 * ```ts
 * readFields('索引号: 11440512754542113A/2025-00008 分类:')[0]?.value //=> '11440512754542113A/2025-00008'
 * ```
 * @internal
 */
export function readFields(
  text: string,
  skip: ReadonlyArray<{ start: number; end: number }> = [],
  view = false,
): Field[] {
  const fields: Field[] = []
  const lines = new LineFilter(skip)
  const length = text.length
  if (!view) {
    for (let lineStart = 0; lineStart <= length; ) {
      let lineEnd = text.indexOf('\n', lineStart)
      if (lineEnd === -1) lineEnd = length
      if (lines.readable(lineStart, lineEnd)) readLine(text.slice(lineStart, lineEnd), lineStart, fields)
      lineStart = lineEnd + 1
    }
    return fields
  }
  // The next `:` / space at or after `from` (the text's length when there is none). `from` only
  // grows, so each is one pass over the text in all.
  let colon = -1
  let space = -1
  for (let from = 0; from < length; ) {
    if (colon < from) colon = nextOf(text, ':', from)
    if (space < from) space = nextOf(text, ' ', from)
    const at = Math.min(colon, space)
    if (at === length) break
    // The line holding `at` (every line before it has neither); its start is −1 when it is too
    // long to read.
    let lineEnd = text.indexOf('\n', at)
    if (lineEnd === -1) lineEnd = length
    const lineStart = lineStartOf(text, at, from, MAX_FIELD_LINE - (lineEnd - at))
    if (lineStart !== -1 && lines.readable(lineStart, lineEnd)) {
      // `readLine`'s test (a `:`, or white space inside the trimmed line), where white space is a space.
      let candidate = colon < lineEnd
      if (!candidate) {
        // The first and last non-space units; a space between them is inside the trimmed line.
        let first = lineStart
        while (first < lineEnd && text.charCodeAt(first) === SPACE) first++
        let last = lineEnd - 1
        while (last > first && text.charCodeAt(last) === SPACE) last--
        if (space <= first) space = nextOf(text, ' ', first + 1)
        candidate = space < last
      }
      if (candidate) readLabels(text.slice(lineStart, lineEnd), lineStart, fields)
    }
    from = lineEnd + 1
  }
  return fields
}

/**
 * Which lines `readFields` reads: non-empty, at most {@link MAX_FIELD_LINE} units, not touching
 * a skipped span. Lines must be asked about in document order.
 */
class LineFilter {
  private readonly spans: ReadonlyArray<{ start: number; end: number }>
  /** Spans before this index end before the last line asked about. */
  private next = 0

  constructor(skip: ReadonlyArray<{ start: number; end: number }>) {
    this.spans = sortedByStart(skip)
  }

  /** Whether the line `[lineStart, lineEnd)` is read. */
  readable(lineStart: number, lineEnd: number): boolean {
    // An empty line has no field.
    if (lineEnd === lineStart || lineEnd - lineStart > MAX_FIELD_LINE) return false
    const spans = this.spans
    // Spans are sorted by start: drop those that end before this line (monotone, so doing it
    // only for the lines read here drops the same spans).
    while (this.next < spans.length && (spans[this.next] as { end: number }).end <= lineStart) this.next++
    for (let index = this.next; index < spans.length; index++) {
      const span = spans[index] as { start: number; end: number }
      if (span.start >= lineEnd) break
      if (span.end > lineStart) return false
    }
    return true
  }
}

const SPACE = 0x20

/**
 * The start of the line holding `at`, given that `from` ≤ `at` starts a line, or −1 when that
 * line starts more than `max` units before `at` (or `max` is negative). Scans back at most `max`
 * units.
 *
 * @param text - A text.
 * @param at - An offset in it.
 * @param from - A line start at or before `at`.
 * @param max - How far back to look.
 * @returns The line start, or −1.
 * @example
 * ```ts
 * lineStartOf('ab\ncd', 4, 0, 240) //=> 3
 * ```
 * @internal
 */
export function lineStartOf(text: string, at: number, from: number, max: number): number {
  if (max < 0) return -1
  // A line starting `max` units before `at` has its `\n` at `at - max - 1`.
  const stop = Math.max(from, at - max - 1)
  for (let index = at - 1; index >= stop; index--) if (text.charCodeAt(index) === LF) return index + 1
  return stop === from ? from : -1
}

const LF = 0x0a

/** `text.indexOf(search, from)`, or `text.length` when not found. */
function nextOf(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from)
  return at === -1 ? text.length : at
}

/** `spans` sorted by start (stable): `spans` itself when already sorted (headings in document order). */
function sortedByStart<T extends { start: number }>(spans: ReadonlyArray<T>): ReadonlyArray<T> {
  for (let index = 1; index < spans.length; index++) {
    if ((spans[index] as T).start < (spans[index - 1] as T).start)
      return [...spans].sort((a, b) => a.start - b.start)
  }
  return spans
}

/** Label hits of the line being read: label, label start, value start (reused scratch). */
const hitLabels: string[] = []
const hitStarts: number[] = []
const hitValues: number[] = []

/** Read the fields of one line (`offset`: its view offset). */
function readLine(line: string, offset: number, fields: Field[]): void {
  if (line.indexOf(':') === -1 && !/\s/.test(line.trim())) return
  readLabels(line, offset, fields)
}

/** Read the fields of a line that has a `:` or white space inside. */
function readLabels(line: string, offset: number, fields: Field[]): void {
  let hits = 0
  LABEL_RE.lastIndex = 0
  for (let match = LABEL_RE.exec(line); match !== null; match = LABEL_RE.exec(line)) {
    const end = match.index + match[0].length
    hitLabels[hits] = match[2] as string
    hitStarts[hits] = match.index + (match[1] as string).length
    hitValues[hits] = end
    hits++
    // Let the next label reuse the whitespace that ended this one.
    if (isSpace(line.charCodeAt(end - 1))) LABEL_RE.lastIndex = end - 1
  }
  for (let index = 0; index < hits; index++) {
    const label = hitLabels[index] as string
    const rawEnd = index + 1 < hits ? (hitStarts[index + 1] as number) : line.length
    let start = hitValues[index] as number
    let end = Math.max(start, rawEnd)
    while (start < end && isValueSpace(line.charCodeAt(start))) start++
    while (end > start && isValueSpace(line.charCodeAt(end - 1))) end--
    let value = line.slice(start, end)
    // `【打印】 【字体:` — a trailing bracket is chrome (tested only when the first unit is one).
    if (end > start && isChromeUnit(line.charCodeAt(start)) && CHROME_VALUE.test(value)) value = ''
    fields.push({
      name: LABEL_FIELD.get(label) ?? 'other',
      label,
      value,
      start: offset + start,
      end: offset + start + value.length,
    })
  }
}

/** A unit of `CHROME_VALUE`: 【 ] 】 |. */
function isChromeUnit(code: number): boolean {
  return code === 0x3010 || code === 0x5d || code === 0x3011 || code === 0x7c
}

/** Spaces (and `|`) trimmed off a value. */
function isValueSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000 || code === 0xa0 || code === 0x7c /* | */
}
