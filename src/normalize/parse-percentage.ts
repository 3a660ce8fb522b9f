/**
 * Percentages: `parsePercentage`, `findPercentages`.
 *
 * @module
 */

import { assertString } from './args.js'
import { detectChange, pointChange } from './change.js'
import {
  CN_NUMERAL_CLASS,
  isAsciiDigit,
  isAsciiLetter,
  isNumeralChar,
  Marks,
  markAll,
  scanView,
} from './chars.js'
import { decimalToNumber, shiftDecimal } from './decimal.js'
import { numeralDecimal } from './numeral.js'
import { changePrefixEnd, compact, NUM_ARABIC } from './parse-quantity.js'
import type { Approx, Percentage, PercentageMention } from './types.js'
import { combineApprox, postQualifierAt, preQualifierAt } from './units.js'

const CN_DECIMAL = `[${CN_NUMERAL_CLASS}](?:[${CN_NUMERAL_CLASS}]*(?:点[零〇一二两三四五六七八九]+)?)`
const FIN = '壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億兩點'
const NUM_LOOSE = `[0-9.,${CN_NUMERAL_CLASS}点${FIN}]+`

/**
 * Whole-string percentage (financial and traditional numerals too). Groups: 1 number
 * before %, 2 base of X分之 (百/千/万 …), 3 its number, 4 number before 个百分点.
 */
const PERCENT_WHOLE = new RegExp(
  `^(?:(${NUM_LOOSE})%|([百千万萬仟佰]+)分之(${NUM_LOOSE})|(${NUM_LOOSE})个?百分点)`,
)

const DI = '第'.charCodeAt(0)
const MINUS = 45
const FU = '负'.charCodeAt(0)
const FU_T = '負'.charCodeAt(0)

interface RawPercent {
  start: number
  end: number
  percentage: Percentage
}

/** Exponent of the base of X分之: 百 → 2, 千 → 3, 万 → 4, 百万 → 6, 万万 → 8. */
function baseExp(base: string): number {
  let exp = 0
  for (const ch of base) {
    if (ch === '百' || ch === '佰') exp += 2
    else if (ch === '千' || ch === '仟') exp += 3
    else exp += 4
  }
  return exp
}

/** Reads a whole-string percentage match that starts at offset `at` of `s`. */
function readWhole(
  s: string,
  m: RegExpExecArray,
  at: number,
  minStart: number,
  negative: boolean,
): RawPercent | null {
  const base = m[2]
  let numStart = at
  let num = m[1] ?? m[4] ?? ''
  if (base !== undefined) {
    num = m[3] ?? ''
    numStart = at + base.length + 2
  }
  let dec = numeralDecimal(s, numStart, numStart + num.length)
  if (dec === null) return null
  if (base !== undefined) dec = shiftDecimal(dec, 2 - baseExp(base))
  let value = decimalToNumber(dec)
  if (!Number.isFinite(value)) return null
  if (negative && value !== 0) value = -value
  return finish(s, at, at + m[0].length, value, m[4] !== undefined, minStart)
}

/**
 * The characters {@link percentagesAt} must be given as marks: every anchor of a
 * percentage (`%`, `分之`, `百分点`; the number is found around it) holds one (internal).
 */
export const PERCENT_MARKS = '%分'
/** Flags per code unit: 1 for the characters of {@link PERCENT_MARKS}. */
const P_MARK = new Uint16Array(0x10000)
for (const ch of PERCENT_MARKS) P_MARK[ch.charCodeAt(0)] = 1
/** The marks of the standalone {@link percentagesIn} (reused). */
const ownMarks = new Marks()
const PERCENT_CODE = 0x25
const ZHI = '之'.charCodeAt(0)
const BAI = '百'.charCodeAt(0)
const ARABIC_STICKY = new RegExp(`${NUM_ARABIC}`, 'y')
const CN_AFTER_STICKY = new RegExp(CN_DECIMAL, 'y')
const GE = '个'.charCodeAt(0)
const DIAN = '点'.charCodeAt(0)
const COMMA = 44
const DOT = 46
/** Longest numeral looked at around an anchor. */
const MAX_NUMERAL = 32

function isCnNumeral(code: number): boolean {
  return code === DIAN || (isNumeralChar(code) && !isAsciiDigit(code))
}

/**
 * Start of the numeral that ends exactly at `end` (Arabic with commas/decimals, or
 * Chinese with 点), or -1.
 */
function numeralStartBefore(t: string, end: number): number {
  if (end === 0) return -1
  const last = t.charCodeAt(end - 1)
  const floor = Math.max(0, end - MAX_NUMERAL)
  let i = end
  if (isAsciiDigit(last)) {
    while (i > floor) {
      const c = t.charCodeAt(i - 1)
      if (isAsciiDigit(c) || c === COMMA || c === DOT) i--
      else break
    }
    // The run may start with separators or with a clause comma: find the first start
    // from which one Arabic numeral reaches `end` exactly.
    for (let s = i; s < end; s++) {
      const c = t.charCodeAt(s)
      if (!isAsciiDigit(c)) continue
      if (s > 0 && isAsciiDigit(t.charCodeAt(s - 1))) continue
      ARABIC_STICKY.lastIndex = s
      if (ARABIC_STICKY.test(t) && ARABIC_STICKY.lastIndex === end) return s
    }
    return -1
  }
  if (!isCnNumeral(last)) return -1
  while (i > floor && isCnNumeral(t.charCodeAt(i - 1))) i--
  return i
}

interface Anchored {
  /** Start of the numeral (or of the 百/千/万 base for X分之). */
  at: number
  numStart: number
  numEnd: number
  end: number
  base: string | null
  point: boolean
}

/** The anchors: `%`, `分之` (a fraction) and `百分点` (percentage points). */
const PERCENT = 0
const FRACTION = 1
const POINT = 2

/** Resolves the anchor found at `p` into the numeral span, or `null`. */
function anchored(t: string, p: number, anchor: number): Anchored | null {
  if (anchor === PERCENT) {
    const s = numeralStartBefore(t, p)
    return s < 0 ? null : { at: s, numStart: s, numEnd: p, end: p + 1, base: null, point: false }
  }
  if (anchor === POINT) {
    const numEnd = p > 0 && t.charCodeAt(p - 1) === GE ? p - 1 : p
    const s = numeralStartBefore(t, numEnd)
    return s < 0 ? null : { at: s, numStart: s, numEnd, end: p + 3, base: null, point: true }
  }
  // X分之Y: the base is a run of 百/千/万 right before 分之; the number follows.
  let b = p
  while (b > 0 && '百千万'.includes(t.charAt(b - 1))) b--
  if (b === p) return null
  const numStart = p + 2
  let numEnd = -1
  ARABIC_STICKY.lastIndex = numStart
  if (ARABIC_STICKY.test(t)) numEnd = ARABIC_STICKY.lastIndex
  else {
    CN_AFTER_STICKY.lastIndex = numStart
    if (CN_AFTER_STICKY.test(t)) numEnd = CN_AFTER_STICKY.lastIndex
  }
  if (numEnd < 0) return null
  return { at: b, numStart, numEnd, end: numEnd, base: t.slice(b, p), point: false }
}

/** Builds the percentage for an anchored numeral, applying the running-text exclusions. */
function readAnchored(t: string, a: Anchored, minStart: number): RawPercent | null {
  const prev = a.at > 0 ? t.charCodeAt(a.at - 1) : -1
  if (prev === DI) return null
  if (a.base !== null) {
    if (isNumeralChar(prev)) return null // 三百分之一 is a fraction
  } else if (isAsciiDigit(t.charCodeAt(a.numStart))) {
    if (isAsciiLetter(prev) || prev === DOT) return null
  } else if (isNumeralChar(prev)) return null
  let dec = numeralDecimal(t, a.numStart, a.numEnd)
  if (dec === null) return null
  if (a.base !== null) dec = shiftDecimal(dec, 2 - baseExp(a.base))
  const value = decimalToNumber(dec)
  if (!Number.isFinite(value)) return null
  return finish(t, a.at, a.end, value, a.point, minStart)
}

/** Adds qualifiers and the change to a percentage spanning `[at, end)`. */
function finish(
  t: string,
  at: number,
  end0: number,
  value: number,
  point: boolean,
  minStart: number,
): RawPercent {
  let start = at
  let pre: Approx | null = null
  const q = preQualifierAt(t, at)
  if (q !== null && q[0] >= minStart) {
    start = q[0]
    pre = q[1]
  }
  let end = end0
  let post: Approx | null = null
  const p = postQualifierAt(t, end)
  if (p !== null) {
    end = p[0]
    post = p[1]
  }
  const approx = combineApprox(pre, post)
  const percentage: Percentage = point
    ? { value, unit: '个百分点', kind: 'point', approx, change: pointChange(t, start) }
    : { value, unit: '%', kind: 'percent', approx, change: detectChange(t, start) }
  return { start, end, percentage }
}

/**
 * Finds every percentage in running text: `93.03%`, `９９．６％`, `百分之九十五点三`,
 * `千分之三` (0.3), `2.1个百分点` (kind `point`), with approx qualifiers in the span
 * (`超过90%`, `98%以上`) and `change` set for growth rates (`同比下降9.7%`,
 * `增长率4.28%`).
 *
 * A `个百分点` mention always carries a change: its direction comes from the governing
 * verb (提高/下降 …) or comparison (高出/低于); when the text states none (相差2个百分点)
 * it defaults to `up`. Values are as written (no sign): the direction carries it.
 * Not reported: `三百分之一` (a fraction), numbers after 第.
 *
 * @param text - Running text (raw or the half-width view).
 * @returns Mentions in document order, non-overlapping.
 * @throws {@link FazhiReportError} `INVALID_ARGUMENT` when `text` is not a string.
 * @category Normalizers
 * @example
 * ```ts
 * findPercentages('网上可办率达93.03%，同比提高2.1个百分点')
 * //=> [
 * //   { type: 'percentage', start: 6, end: 12, text: '93.03%', value: { value: 93.03, unit: '%', kind: 'percent', approx: 'exact', change: null } },
 * //   { type: 'percentage', start: 17, end: 24, text: '2.1个百分点', value: { value: 2.1, unit: '个百分点', kind: 'point', approx: 'exact', change: { direction: 'up', basis: 'year_on_year' } } },
 * // ]
 * ```
 */
export function findPercentages(text: string): PercentageMention[] {
  assertString(text, 'findPercentages')
  // Every anchor (%, 分之, 百分点) holds % or 分 in the view (％ in the text).
  if (text.indexOf('%') < 0 && text.indexOf('分') < 0 && text.indexOf('％') < 0) return []
  return percentagesIn(text, scanView(text))
}

/**
 * {@link findPercentages} on `t`, the scan view of `text` (internal): {@link percentagesAt}
 * with the marks of `t`.
 *
 * @param text - The original text (mention texts are sliced from it).
 * @param t - `scanView(text)`.
 * @returns The mentions, as {@link findPercentages}.
 * @internal
 * @example
 * ```ts
 * percentagesIn('达93.03%', '达93.03%').map((p) => p.value.value) //=> [93.03]
 * ```
 */
export function percentagesIn(text: string, t: string): PercentageMention[] {
  return percentagesAt(text, t, markAll(t, P_MARK, 1, ownMarks))
}

/**
 * {@link findPercentages} on `t`, the scan view of `text`, given the offsets of the
 * characters of {@link PERCENT_MARKS} in `t` (internal). It goes from anchor to anchor
 * as a global scan for `%|分之|百分点` would: a `%` mark is the anchor `%`; a `分` mark is
 * the end of `百分点` or the start of `分之` (the anchors' first characters differ, so
 * anchors never start at the same offset, and they start in the order of their marks).
 * Like the scan, it resumes after each anchor and after each mention found.
 *
 * @param text - The original text (mention texts are sliced from it).
 * @param t - `scanView(text)`.
 * @param marks - The offsets of the characters of {@link PERCENT_MARKS} in `t`, ascending.
 * @returns The mentions, as {@link findPercentages}.
 * @internal
 * @example
 * ```ts
 * percentagesAt('达93.03%', '达93.03%', new Marks().push(6)).map((p) => p.value.value) //=> [93.03]
 * ```
 */
export function percentagesAt(text: string, t: string, marks: Marks): PercentageMention[] {
  const out: PercentageMention[] = []
  const at = marks.at
  let lastEnd = 0
  // Where the global scan would resume (its lastIndex).
  let from = 0
  for (let k = 0; k < marks.length; k++) {
    const p = at[k] ?? 0
    let start = p
    let anchor: number
    if (t.charCodeAt(p) === PERCENT_CODE) anchor = PERCENT
    else if (p > 0 && t.charCodeAt(p - 1) === BAI && t.charCodeAt(p + 1) === DIAN) {
      anchor = POINT
      start = p - 1
    } else if (t.charCodeAt(p + 1) === ZHI) anchor = FRACTION
    else continue
    if (start < from) continue
    from = anchor === PERCENT ? p + 1 : p + 2
    const a = anchored(t, start, anchor)
    if (a === null || a.at < lastEnd) continue
    const r = readAnchored(t, a, lastEnd)
    if (r === null) continue
    out.push({
      type: 'percentage',
      start: r.start,
      end: r.end,
      text: text.slice(r.start, r.end),
      value: r.percentage,
    })
    lastEnd = r.end
    if (from < r.end) from = r.end
  }
  return out
}

/**
 * Parses a string that is exactly one percentage: `93.03%`, `９９．６％`, `-22.2%`,
 * `百分之九十五点三`, `千分之三` (value 0.3), `万分之三` (0.03), `2.1个百分点` (kind `point`),
 * with qualifiers (`超过90%`, `98%以上`) and an optional leading change phrase
 * (`同比下降9.7%` → change down, year on year). Whitespace is ignored.
 *
 * @param text - The string.
 * @returns The percentage (value in percent, or in percentage points), or `null`.
 * @throws {@link FazhiReportError} `INVALID_ARGUMENT` when `text` is not a string.
 * @category Normalizers
 * @example
 * ```ts
 * parsePercentage('93.03%') //=> { value: 93.03, unit: '%', kind: 'percent', approx: 'exact', change: null }
 * parsePercentage('百分之九十五点三').value //=> 95.3
 * parsePercentage('千分之三').value //=> 0.3
 * parsePercentage('2.1个百分点') //=> { value: 2.1, unit: '个百分点', kind: 'point', approx: 'exact', change: { direction: 'up', basis: null } }
 * parsePercentage('超过90%').approx //=> 'over'
 * ```
 */
export function parsePercentage(text: string): Percentage | null {
  assertString(text, 'parsePercentage')
  const s = compact(text)
  const i = changePrefixEnd(s, 0)
  let at = i
  const q = preQualifierFromStart(s, at)
  if (q !== null) at = q
  let negative = false
  const c = s.charCodeAt(at)
  if (c === MINUS || c === FU || c === FU_T) {
    negative = true
    at++
  }
  const m = PERCENT_WHOLE.exec(s.slice(at))
  if (m === null) return null
  const r = readWhole(s, m, at, i, negative)
  if (r === null || r.end !== s.length) return null
  return r.percentage
}

/** End of a pre-qualifier that starts exactly at `i`, or `null`. */
function preQualifierFromStart(s: string, i: number): number | null {
  for (let k = Math.min(s.length, i + 3); k > i; k--) {
    const q = preQualifierAt(s, k)
    if (q !== null && q[0] === i) return k
  }
  return null
}
