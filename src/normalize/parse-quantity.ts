/**
 * Quantities and money: `parseQuantity`, `parseMoney`, `findQuantities`.
 *
 * @module
 */

import { assertString } from './args.js'
import { detectChange } from './change.js'
import {
  bigUnitExp,
  CN_NUMERAL_CLASS,
  cnDigit,
  isAsciiDigit,
  isAsciiLetter,
  isNumeralChar,
  scanView,
  toHalfWidth,
} from './chars.js'
import { decimalToNumber, shiftDecimal } from './decimal.js'
import { titlesAndQuotes } from './enclosure.js'
import { multiplierExp, numeralDecimal } from './numeral.js'
import type { Approx, Change, Money, Quantity, QuantityMention } from './types.js'
import { COUNTER_SOURCE, COUNTER_UNITS, combineApprox, postQualifierAt, preQualifierAt } from './units.js'

/** Arabic number: digits with optional thousands commas and decimals. */
export const NUM_ARABIC = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?'
const CN_RUN = `${CN_NUMERAL_CLASS}萬億兩兆`
/**
 * Arabic number in running text. The look-behind after the first digit keeps the scan
 * linear and makes a match never start inside a number (digits, decimals, 1,234).
 */
const NUM_ARABIC_SCAN = '\\d(?<![\\d.]\\d|\\d,\\d)(?:\\d{0,2}(?:,\\d{3})+|\\d*)(?:\\.\\d+)?'
/**
 * Chinese number in running text: starts with a digit or 十 (never 零/百/千/万/亿) that
 * does not continue another numeral.
 */
const NUM_CHINESE_SCAN = `[一二两兩三四五六七八九十](?<![${CN_RUN}].)[${CN_RUN}]*|[百千](?<![${CN_RUN}数几上成].)(?=[余多])`
const MULT = '[百千]?[万亿萬億]{1,2}|[百千]'
/** 角/分 after a plain 元 amount (50元6角3分). Groups: 1 角 digit, 2 分 digit. */
const JIAO_FEN_STICKY =
  /(?:([0-9一二两三四五六七八九])[角毛])?(?:零?([0-9一二两三四五六七八九])分(?!钟|之|别|类|局|行|公司))?/y

/** Groups: 1 Arabic number, 2 Chinese number, 3 余/多, 4 multiplier, 5 余/多, 6 元/圆, 7 counter. */
const QUANTITY_SOURCE = `(?:(${NUM_ARABIC_SCAN})|(${NUM_CHINESE_SCAN}))([余多])?(${MULT})?([余多])?(?:([元圆])|(${COUNTER_SOURCE}))`
const QUANTITY_RE = new RegExp(QUANTITY_SOURCE, 'g')
const QUANTITY_STICKY = new RegExp(QUANTITY_SOURCE, 'y')

/** A leading change phrase accepted by the whole-string parsers (同比增长, 较上年减少了 …). */
export const CHANGE_PREFIX =
  /(?:同比|环比|较上年|比上年|较去年|比去年|较上年度)?(?:增长|增加|上升|提高|提升|下降|减少|降低|下滑|回落)(?:了|达到?)?/y

const DI = '第'.charCodeAt(0)
const JIE = '届'.charCodeAt(0)
const YI = '一'.charCodeAt(0)
/** Characters before an Arabic number that mean it is part of something else (IDs, ranges, versions). */
const ARABIC_BLOCK = new Set<number>([...'._/\\+#~-—–*×－／～＋＿'].map((c) => c.charCodeAt(0)))
/** …blocked only when a digit precedes them (1,2 / 5至10 / 10:30). */
const BLOCK_AFTER_DIGIT = new Set<number>([...',至到:：'].map((c) => c.charCodeAt(0)))

interface RawQuantity {
  start: number
  end: number
  money: boolean
  value: number
  unit: string
  approx: Approx
  change: Change | null
}

/**
 * Reads the quantity regex match `m` (already matched at `m.index`) and applies the
 * qualifiers and exclusion rules. `strict` is the running-text mode.
 */
function readMatch(text: string, m: RegExpExecArray, strict: boolean, minStart: number): RawQuantity | null {
  const numStart = m.index
  const arabic = m[1]
  const chinese = m[2]
  const num = arabic ?? chinese ?? ''
  const numEnd = numStart + num.length
  const mid1 = m[3]
  const mult = m[4]
  const mid2 = m[5]
  const yuan = m[6]
  const counter = m[7]
  const unitEnd = numStart + m[0].length
  if (strict) {
    const prev = numStart > 0 ? text.charCodeAt(numStart - 1) : -1
    if (prev === DI || prev === JIE) return null
    if (arabic !== undefined) {
      if (isAsciiDigit(prev) || isAsciiLetter(prev) || ARABIC_BLOCK.has(prev)) return null
      if (BLOCK_AFTER_DIGIT.has(prev) && numStart > 1) {
        if (isAsciiDigit(text.charCodeAt(numStart - 2))) return null
      }
      // Hotline numbers (12345, 12348 …) are names, not counts.
      if (num.length === 5 && num.startsWith('123')) return null
    } else {
      if (isNumeralChar(prev)) return null
      if (num.length === 1) {
        if (num.charCodeAt(0) === YI) return null
        // 三项制度, 四个意识, 三张清单, 二元结构: a lone digit counts only with an
        // events/people/cases counter (两场, 三名, 两起), with 余/多 (十余次), or as money
        // followed by 角/分 (五元三毛).
        const cls = counter === undefined ? null : COUNTER_UNITS[counter]
        const counted =
          mid1 !== undefined ||
          mid2 !== undefined ||
          cls === 'events' ||
          cls === 'people' ||
          cls === 'cases' ||
          (counter === undefined && hasJiaoFen(text, unitEnd)) ||
          (counter !== undefined && closesPhrase(text, numStart, unitEnd))
        if (!counted) return null
      } else if (!/[十百千万亿萬億兆]/.test(num)) {
        // 三五天, 一二 … are not positional numerals.
        return null
      }
    }
    if (counter === '个' && text.startsWith('百分点', unitEnd)) return null
  }
  let dec = numeralDecimal(text, numStart, numEnd)
  if (dec === null) return null
  if (mult !== undefined) {
    const exp = multiplierExp(mult, 0, mult.length)
    if (exp < 0) return null
    dec = shiftDecimal(dec, exp)
  }
  let start = numStart
  let pre: Approx | null = null
  const q = preQualifierAt(text, numStart)
  if (q !== null && q[0] >= minStart) {
    start = q[0]
    pre = q[1]
  }
  let end = unitEnd
  let value = decimalToNumber(dec)
  if (!Number.isFinite(value)) return null
  if (yuan !== undefined && mult === undefined && !dec.includes('.')) {
    JIAO_FEN_STICKY.lastIndex = unitEnd
    const jf = JIAO_FEN_STICKY.exec(text)
    if (jf !== null && jf[0] !== '') {
      const cents =
        (jf[1] === undefined ? 0 : digitOf(jf[1])) * 10 + (jf[2] === undefined ? 0 : digitOf(jf[2]))
      value = decimalToNumber(`${dec}.${cents < 10 ? '0' : ''}${cents}`)
      end += jf[0].length
    }
  }
  let post: Approx | null = null
  const p = postQualifierAt(text, end)
  if (p !== null) {
    end = p[0]
    post = p[1]
  }
  const mid = mid1 !== undefined || mid2 !== undefined ? 'over' : null
  const approx = combineApprox(pre, mid, post)
  const money = yuan !== undefined
  let unit: string
  if (money) {
    const tail = chinese !== undefined && mult === undefined ? bigTail(chinese) : ''
    unit = (tail.length < num.length ? tail : '') + (mult ?? '') + '元'
  } else unit = counter ?? ''
  return { start, end, money, value, unit, approx, change: detectChange(text, start) }
}

/** The 万/亿 that end a Chinese numeral (五百万元 is written 万元). */
function bigTail(numeral: string): string {
  let i = numeral.length
  while (
    i > 0 &&
    bigUnitExp(numeral.charCodeAt(i - 1)) !== 0 &&
    numeral.charCodeAt(i - 1) !== 0x5146 /* 兆 */
  )
    i--
  return numeral.slice(i)
}

/** Clause punctuation that may close a counted phrase (议题九项，). */
const PHRASE_CLOSE = /[，。；、,;.！？!?]/
/** A Chinese word character (a verb or noun) that may come right before a lone numeral. */
const HAN = /[\u4e00-\u9fff]/

/**
 * Whether a lone numeral + counter closes its phrase: a Han word character right before
 * the numeral and clause punctuation (or the end of the text) right after the counter
 * (研究议题九项， / 审查三次。), unlike 三项制度 or 四个意识 where a noun follows.
 */
function closesPhrase(text: string, numStart: number, unitEnd: number): boolean {
  if (numStart === 0 || !HAN.test(text.charAt(numStart - 1))) return false
  return unitEnd === text.length || PHRASE_CLOSE.test(text.charAt(unitEnd))
}

/** Whether 角/分 follow at `at` (五元三毛). */
function hasJiaoFen(text: string, at: number): boolean {
  JIAO_FEN_STICKY.lastIndex = at
  const m = JIAO_FEN_STICKY.exec(text)
  return m !== null && m[0] !== ''
}

function toMention(text: string, r: RawQuantity): QuantityMention {
  const mentionText = text.slice(r.start, r.end)
  if (r.money) {
    const value = moneyValue(r.value, r.unit, r.approx, r.change)
    return { type: 'money', start: r.start, end: r.end, text: mentionText, value }
  }
  const value = quantityValue(r.value, r.unit, r.approx, r.change)
  return { type: 'quantity', start: r.start, end: r.end, text: mentionText, value }
}

function quantityValue(value: number, unit: string, approx: Approx, change: Change | null): Quantity {
  return { value, unit, unitClass: COUNTER_UNITS[unit] ?? null, approx, change }
}

function moneyValue(value: number, written: string, approx: Approx, change: Change | null): Money {
  return { value, unit: '元', unitClass: 'money', currency: 'CNY', written, approx, change }
}

/**
 * Finds every count and money amount in running text: a number with a counter word
 * (`62宗`, `460余份`, `2.8万余人次`, `三千五百件`) or a 元 unit (`1.59亿元`, `500余万元`).
 *
 * Each mention's span covers the attached approx qualifiers (`近`, `约`, `超过`, `逾`,
 * `不足` … before; `余`/`多` inside; `左右`, `以上`, `以下`, `上下` after) but not 共/累计/达.
 * `change` is set when a change verb governs the number (`同比增加2007户`,
 * `较2022年558件增加了555件` → only the 555件). Offsets are UTF-16, half-open, into
 * `text`; full-width digits are read directly.
 *
 * Never reported (precision first):
 * - numbers without a counter word (pure numbers, years such as `2024年`, dates, times);
 * - ordinals: after 第 (`第四批`, `第二十四条`) or 届 (`五届七次全会`); `十九届`, `二十大`;
 * - anything inside 《…》 titles or short “…”/「…」/『…』 quotes (slogans such as “三项制度”);
 * - hotline numbers (`12345`), IDs and versions (a number glued to letters, `/`, `-`, `.`),
 *   the second number of a range (`1-2家`);
 * - Chinese numerals that are words: a lone `一` (一批, 一件事, 一次办); a lone digit with an
 *   item counter, a measure or 元 (三项制度, 四个意识, 三张清单, 二元结构) — a lone digit
 *   counts only with an events/people/cases counter (两场, 三名, 两起), with 余/多
 *   (十余次), or when a word precedes it and clause punctuation or the end follows the
 *   counter (研究议题九项，); a numeral starting with 零/百/千/万/亿 (千家万户, 百姓) —
 *   except 百/千 followed by 余/多 (百余份 = 100, over); unit-free runs
 *   (三五天); numerals glued to another numeral character;
 * - `N个百分点` (a percentage point, see {@link findPercentages});
 * - template residue (`*次`, `XX件`), which has no digits (see {@link findTemplateResidue}).
 *
 * @param text - Running text (raw or the half-width view).
 * @returns Mentions in document order, non-overlapping.
 * @throws {@link FazhiReportError} `INVALID_ARGUMENT` when `text` is not a string.
 * @category Normalizers
 * @example
 * ```ts
 * findQuantities('共收到行政复议申请62宗，受理53宗，调处金额4368万元')
 * //=> [
 * //   { type: 'quantity', start: 9, end: 12, text: '62宗', value: { value: 62, unit: '宗', unitClass: 'cases', approx: 'exact', change: null } },
 * //   { type: 'quantity', start: 15, end: 18, text: '53宗', value: { value: 53, … } },
 * //   { type: 'money', start: 23, end: 29, text: '4368万元', value: { value: 43680000, unit: '元', written: '万元', … } },
 * // ]
 * ```
 */
export function findQuantities(text: string): QuantityMention[] {
  assertString(text, 'findQuantities')
  const t = scanView(text)
  const out: QuantityMention[] = []
  const enclosed = titlesAndQuotes(t)
  let lastEnd = 0
  QUANTITY_RE.lastIndex = 0
  for (let m = QUANTITY_RE.exec(t); m !== null; m = QUANTITY_RE.exec(t)) {
    if (m.index < lastEnd) {
      QUANTITY_RE.lastIndex = lastEnd
      continue
    }
    if (enclosed.inside(m.index)) continue
    const r = readMatch(t, m, true, lastEnd)
    if (r === null) continue
    out.push(toMention(text, r))
    lastEnd = r.end
    if (QUANTITY_RE.lastIndex < r.end) QUANTITY_RE.lastIndex = r.end
  }
  return out
}

/** Width-normalizes and removes whitespace for the whole-string parsers. */
export function compact(text: string): string {
  return toHalfWidth(text).replace(/[\s\u3000\u00a0]+/g, '')
}

/** Length of a leading change phrase at `i`, or 0. */
export function changePrefixEnd(s: string, i: number): number {
  CHANGE_PREFIX.lastIndex = i
  return CHANGE_PREFIX.test(s) ? CHANGE_PREFIX.lastIndex : i
}

/** Whole-string quantity/money match: optional change phrase, the mention, nothing else. */
function wholeQuantity(s: string): RawQuantity | null {
  const i = changePrefixEnd(s, 0)
  let from = i
  const q = preQualifierFrom(s, i)
  if (q !== null) from = q
  QUANTITY_STICKY.lastIndex = from
  const m = QUANTITY_STICKY.exec(s)
  if (m === null) return null
  const r = readMatch(s, m, false, i)
  if (r === null || r.start !== i || r.end !== s.length) return null
  return r
}

/** End offset of a pre-qualifier starting at `i` (for whole strings), or `null`. */
function preQualifierFrom(s: string, i: number): number | null {
  for (let k = Math.min(s.length, i + 3); k > i; k--) {
    const q = preQualifierAt(s, k)
    if (q !== null && q[0] === i) return k
  }
  return null
}

/**
 * Parses a string that is exactly one count: a number, a counter word and optional
 * qualifiers (and optionally a leading change phrase such as `同比增加`).
 *
 * @param text - The string, e.g. `460余份`, `近5500名`, `3.5万件`, `2.8万余人次`.
 * @returns The quantity, or `null` when the string is not one count (money → use {@link parseMoney}).
 * @throws {@link FazhiReportError} `INVALID_ARGUMENT` when `text` is not a string.
 * @category Normalizers
 * @example
 * ```ts
 * parseQuantity('460余份') //=> { value: 460, unit: '份', unitClass: 'items', approx: 'over', change: null }
 * parseQuantity('近5500名') //=> { value: 5500, unit: '名', unitClass: 'people', approx: 'under', change: null }
 * parseQuantity('3.5万件') //=> { value: 35000, unit: '件', unitClass: 'cases', approx: 'exact', change: null }
 * parseQuantity('4368万元') //=> null
 * ```
 */
export function parseQuantity(text: string): Quantity | null {
  assertString(text, 'parseQuantity')
  const r = wholeQuantity(compact(text))
  if (r === null || r.money) return null
  return quantityValue(r.value, r.unit, r.approx, r.change)
}

const MONEY_PREFIX = /^(?:人民币|人民幣|RMB|CNY|¥|￥)/
const MONEY_SUFFIX = /(?:人民币|人民幣)$/
const MONEY_NUMERAL = `[0-9.,${CN_NUMERAL_CLASS}点點壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億兩廿负負-]+`
/** Groups: 1 numeral, 2 余/多, 3 multiplier, 4 余/多, 5 元 unit, 6 rest (角/分/整). */
const MONEY_WHOLE = new RegExp(
  `^(${MONEY_NUMERAL})([余多])?([百千]?[万亿萬億]{1,2}|[百千])?([余多])?(元|圆|圓|块钱|块|塊)?(.*)$`,
)
const DIGIT = '[0-9零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖]'
/** 角/分 after the 元 unit: groups 1 角 digit, 2 分 digit. */
const JIAO_FEN = new RegExp(`^(?:零?(${DIGIT})[角毛])?(?:零?(${DIGIT})分)?(?:整|正|钱)?$`)
/** 一块二 (1.2), 三块零四 (3.04): a bare digit after 块. Groups: 1 零, 2 digit. */
const KUAI_TAIL = new RegExp(`^(零)?(${DIGIT})$`)

/**
 * Parses a string that is exactly one money amount in 元 (CNY).
 *
 * Accepts 元/万元/亿元/千元/百万元 (and 圆, 块), 余/多 (`500余万元` → `over`),
 * qualifiers (`约1006亿元`), financial numerals (`壹拾壹元整`), 角/分 (`123元1角1分`),
 * an 人民币 prefix or suffix (`人民币3.14`, `8亿元人民币`) and a leading change phrase.
 * Other currencies (美元, 港元 …) → `null`.
 *
 * @param text - The string, e.g. `1.59亿元`, `4368万元`, `2.5万元`.
 * @returns The amount (value always in 元), or `null`.
 * @throws {@link FazhiReportError} `INVALID_ARGUMENT` when `text` is not a string.
 * @category Normalizers
 * @example
 * ```ts
 * parseMoney('1.59亿元') //=> { value: 159000000, unit: '元', unitClass: 'money', currency: 'CNY', written: '亿元', approx: 'exact', change: null }
 * parseMoney('500余万元').approx //=> 'over'
 * parseMoney('壹拾壹元壹角壹分').value //=> 11.11
 * parseMoney('15美元') //=> null
 * ```
 */
export function parseMoney(text: string): Money | null {
  assertString(text, 'parseMoney')
  const s = compact(text)
  const r = wholeQuantity(s)
  if (r !== null) return r.money ? moneyValue(r.value, r.unit, r.approx, r.change) : null
  return looseMoney(s)
}

/** The forms {@link wholeQuantity} does not cover: 人民币, 角/分, 整, 块, financial numerals. */
function looseMoney(s: string): Money | null {
  const i = changePrefixEnd(s, 0)
  let pre: Approx | null = null
  let from = i
  const q = preQualifierFrom(s, from)
  if (q !== null) {
    pre = preQualifierAt(s, q)?.[1] ?? null
    from = q
  }
  let body = s.slice(from)
  let post: Approx | null = null
  const p = /(左右|上下|以上|以下)$/.exec(body)
  if (p !== null) {
    post = p[1] === '以上' ? 'over' : p[1] === '以下' ? 'under' : 'about'
    body = body.slice(0, p.index)
  }
  let hasCurrency = false
  const prefix = MONEY_PREFIX.exec(body)
  if (prefix !== null) {
    hasCurrency = true
    body = body.slice(prefix[0].length)
  }
  const suffix = MONEY_SUFFIX.exec(body)
  if (suffix !== null) {
    hasCurrency = true
    body = body.slice(0, suffix.index)
  }
  const m = MONEY_WHOLE.exec(body)
  if (m === null) return null
  const [, numeral = '', mid1, mult, mid2, yuanUnit, rest = ''] = m
  if (yuanUnit === undefined && !hasCurrency) return centsOnly(body, combineApprox(pre, post))
  let dec = numeralDecimal(numeral)
  if (dec === null) return null
  if (mult !== undefined) {
    const exp = multiplierExp(mult, 0, mult.length)
    if (exp < 0) return null
    dec = shiftDecimal(dec, exp)
  }
  const kuai = yuanUnit !== undefined && /^[块塊]/.test(yuanUnit)
  let cents = 0
  if (rest !== '') {
    if (yuanUnit === undefined) return null
    const jf = JIAO_FEN.exec(rest)
    const colloquial = jf === null && kuai ? KUAI_TAIL.exec(rest) : null
    if (jf !== null)
      cents = (jf[1] === undefined ? 0 : digitOf(jf[1])) * 10 + (jf[2] === undefined ? 0 : digitOf(jf[2]))
    else if (colloquial !== null) cents = digitOf(colloquial[2]!) * (colloquial[1] === undefined ? 10 : 1)
    else return null
  }
  if (cents !== 0) {
    if (dec.includes('.')) return null
    dec = `${dec}.${cents < 10 ? '0' : ''}${cents}`
  }
  const value = decimalToNumber(dec)
  if (!Number.isFinite(value)) return null
  const approx = combineApprox(pre, mid1 !== undefined || mid2 !== undefined ? 'over' : null, post)
  const change = i > 0 ? detectChange(s, i) : null
  const unitWritten = yuanUnit === undefined ? '元' : kuai ? '块' : yuanUnit
  const tail = mult === undefined ? bigTail(numeral) : ''
  const written = (tail.length < numeral.length ? tail : '') + (mult ?? '') + unitWritten
  return moneyValue(value, written, approx, change)
}

/** 两毛, 2角, 五分, 两角五分, 两毛五: amounts below one 元 (the caller said it is money). */
const CENTS_ONLY = new RegExp(
  `^(?:(${DIGIT})[角毛](?:零?(${DIGIT})分?)?|([0-9零一二两三四五六七八九十]{1,3})分)$`,
)

function centsOnly(body: string, approx: Approx): Money | null {
  const m = CENTS_ONLY.exec(body)
  if (m === null) return null
  let cents: number
  if (m[1] !== undefined) cents = digitOf(m[1]) * 10 + (m[2] === undefined ? 0 : digitOf(m[2]))
  else {
    const n = Number(numeralDecimal(m[3] ?? ''))
    if (!(n >= 1 && n <= 99)) return null
    cents = n
  }
  return moneyValue(
    decimalToNumber(`0.${cents < 10 ? '0' : ''}${cents}`),
    m[3] === undefined ? '角' : '分',
    approx,
    null,
  )
}

function digitOf(ch: string): number {
  const c = ch.charCodeAt(0)
  return isAsciiDigit(c) ? c - 48 : cnDigit(c)
}
