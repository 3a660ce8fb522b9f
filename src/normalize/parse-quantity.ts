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
  isNumeralChar,
  Marks,
  markAll,
  toHalfWidth,
  wideAlnumCodes,
} from './chars.js'
import { decimalToNumber, shiftDecimal } from './decimal.js'
import { DELIMITERS, Enclosures } from './enclosure.js'
import { multiplierExp, numeralDecimal } from './numeral.js'
import type { Approx, Change, Money, Quantity, QuantityMention, UnitClass } from './types.js'
import {
  COUNTER_SOURCE,
  COUNTER_UNITS,
  combineApprox,
  MULTI_COUNTERS,
  postQualifierAt,
  preQualifierAt,
} from './units.js'

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
const QUANTITY_STICKY = new RegExp(QUANTITY_SOURCE, 'y')

/** A leading change phrase accepted by the whole-string parsers (同比增长, 较上年减少了 …). */
export const CHANGE_PREFIX =
  /(?:同比|环比|较上年|比上年|较去年|比去年|较上年度)?(?:增长|增加|上升|提高|提升|下降|减少|降低|下滑|回落)(?:了|达到?)?/y

/** {@link COUNTER_UNITS} as a Map (a keyed lookup of a fresh substring is cheaper in a Map). */
const UNIT_CLASSES = new Map<string, UnitClass | null>(Object.entries(COUNTER_UNITS))

const DI = '第'.charCodeAt(0)
const JIE = '届'.charCodeAt(0)
const YI = '一'.charCodeAt(0)

interface RawQuantity {
  start: number
  end: number
  money: boolean
  value: number
  unit: string
  approx: Approx
  change: Change | null
}

/** A match of the quantity regex, by group (1 Arabic or 2 Chinese number, 3 余/多 …). */
interface QuantityMatch {
  /** Offset of the number. */
  numStart: number
  /** End of the number. */
  numEnd: number
  /** Whether the number is Arabic (group 1), else Chinese (group 2). */
  arabic: boolean
  mid1: string | undefined
  mult: string | undefined
  mid2: string | undefined
  yuan: string | undefined
  counter: string | undefined
  /** End of the unit (of the whole match). */
  unitEnd: number
}

/** The groups of a quantity regex match. */
function matchOf(m: RegExpExecArray): QuantityMatch {
  const numStart = m.index
  return {
    numStart,
    numEnd: numStart + (m[1] ?? m[2] ?? '').length,
    arabic: m[1] !== undefined,
    mid1: m[3],
    mult: m[4],
    mid2: m[5],
    yuan: m[6],
    counter: m[7],
    unitEnd: numStart + m[0].length,
  }
}

/**
 * Reads a quantity regex match and applies the qualifiers and exclusion rules. `strict`
 * is the running-text mode.
 */
function readMatch(text: string, qm: QuantityMatch, strict: boolean, minStart: number): RawQuantity | null {
  const { numStart, numEnd, arabic, mid1, mult, mid2, yuan, counter, unitEnd } = qm
  const chinese = arabic ? undefined : text.slice(numStart, numEnd)
  if (strict) {
    const prev = numStart > 0 ? text.charCodeAt(numStart - 1) : -1
    if (prev === DI || prev === JIE) return null
    if (chinese === undefined) {
      const pf = prev < 0 ? 0 : (Q_FLAGS[prev] ?? 0)
      if ((pf & (Q_DIGIT | Q_LETTER | Q_ARABIC_BLOCK)) !== 0) return null
      if ((pf & Q_BLOCK_AFTER_DIGIT) !== 0 && numStart > 1) {
        if (isDigitCode(text.charCodeAt(numStart - 2))) return null
      }
      // Hotline numbers (12345, 12348 …) are names, not counts.
      if (numEnd - numStart === 5 && text.startsWith('123', numStart)) return null
    } else {
      const num = chinese
      if (isNumeralChar(prev)) return null
      if (num.length === 1) {
        if (num.charCodeAt(0) === YI) return null
        // 三项制度, 四个意识, 三张清单, 二元结构: a lone digit counts only with an
        // events/people/cases counter (两场, 三名, 两起), with 余/多 (十余次), or as money
        // followed by 角/分 (五元三毛).
        const cls = counter === undefined ? null : UNIT_CLASSES.get(counter)
        const counted =
          mid1 !== undefined ||
          mid2 !== undefined ||
          cls === 'events' ||
          cls === 'people' ||
          cls === 'cases' ||
          (counter === undefined && hasJiaoFen(text, unitEnd)) ||
          (counter !== undefined && closesPhrase(text, numStart, unitEnd))
        if (!counted) return null
      } else if (!HAS_UNIT.test(num)) {
        // 三五天, 一二 … are not positional numerals.
        return null
      }
    }
    if (counter === '个' && text.startsWith('百分点', unitEnd)) return null
  }
  const exp = mult === undefined ? 0 : multiplierExp(mult, 0, mult.length)
  if (exp < 0) return null
  // Plain digits (the common case) are read without a decimal string: both factors are
  // exact doubles, so the product is the correctly rounded value, as Number(decimal) is.
  const plain = arabic ? plainInteger(text, numStart, numEnd) : -1
  let dec: string
  let value: number
  if (plain >= 0 && exp < POW10.length) {
    dec = ''
    value = plain * (POW10[exp] ?? 1)
  } else {
    const d = numeralDecimal(text, numStart, numEnd)
    if (d === null) return null
    dec = exp === 0 ? d : shiftDecimal(d, exp)
    value = decimalToNumber(dec)
    if (!Number.isFinite(value)) return null
  }
  let start = numStart
  let pre: Approx | null = null
  const q = preQualifierAt(text, numStart)
  if (q !== null && q[0] >= minStart) {
    start = q[0]
    pre = q[1]
  }
  let end = unitEnd
  if (yuan !== undefined && mult === undefined && !dec.includes('.')) {
    JIAO_FEN_STICKY.lastIndex = unitEnd
    const jf = JIAO_FEN_STICKY.exec(text)
    if (jf !== null && jf[0] !== '') {
      const cents =
        (jf[1] === undefined ? 0 : digitOf(jf[1])) * 10 + (jf[2] === undefined ? 0 : digitOf(jf[2]))
      value = decimalToNumber(`${dec === '' ? plain : dec}.${cents < 10 ? '0' : ''}${cents}`)
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
    unit = (tail.length < numEnd - numStart ? tail : '') + (mult ?? '') + '元'
  } else unit = counter ?? ''
  return { start, end, money, value, unit, approx, change: detectChange(text, start) }
}

/** Exact powers of ten, 10⁰ … 10²² (every multiplier exponent is below 23). */
const POW10 = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
  1e20, 1e21, 1e22,
]

/** Value of `[a, b)` when it is at most 15 ASCII digits (an exact integer), else -1. */
function plainInteger(s: string, a: number, b: number): number {
  if (b - a > 15) return -1
  let v = 0
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i)
    if (c < 48 || c > 57) return -1
    v = v * 10 + c - 48
  }
  return v
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

/** A numeral with a unit character (positional, not 三五). */
const HAS_UNIT = /[十百千万亿萬億兆]/
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
  return { value, unit, unitClass: UNIT_CLASSES.get(unit) ?? null, approx, change }
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
  // Scan the text itself; only a text with full-width digits or letters needs the view.
  return quantitiesIn(text, text) ?? quantitiesIn(text, toHalfWidth(text)) ?? []
}

/** Code-unit flags of the candidate scan in {@link quantitiesIn} and of {@link readMatch}. */
const Q_FLAGS = new Uint16Array(0x10000)
/** A character that can continue a number up to its unit: digits , . numerals 余 多. */
const Q_RUN = 1
/** A first character of 元/圆 or of a counter word. */
const Q_UNIT = 2
const Q_DIGIT = 4
/** A Chinese digit or 十 (may start a Chinese number). */
const Q_CN_START = 8
/** 百 or 千 (start a number only before 余/多). */
const Q_BAI_QIAN = 16
/** A Chinese numeral character (a number never starts right after one). */
const Q_CN_RUN = 32
/** What 百/千 must not follow (numerals, 数, 几, 上, 成). */
const Q_NOT_BEFORE_BQ = 64
/** A full-width digit, letter, ％ or ．: the text is not its own scan view. */
const Q_WIDE = 128
const Q_LETTER = 256
/** Characters before an Arabic number that mean it is part of something else (IDs, ranges, versions). */
const Q_ARABIC_BLOCK = 512
/** …blocked only when a digit precedes them (1,2 / 5至10 / 10:30). */
const Q_BLOCK_AFTER_DIGIT = 1024
/** A one-character counter word. */
const Q_SINGLE_COUNTER = 2048
/** What may follow digits in a match other than the unit: , . 余 多 and multipliers. */
const Q_NOT_PLAIN = 4096
/** A title or quote delimiter (《》“”「」『』, see {@link Enclosures}). */
const Q_DELIMITER = 8192
const Q_START = Q_DIGIT | Q_CN_START | Q_BAI_QIAN
const DIGITS = '0123456789'
const CN_STARTS = '一二两兩三四五六七八九十'
const BAI_QIAN = '百千'
const WIDE_CHARS = String.fromCharCode(...wideAlnumCodes())
/** The characters of a number's run (up to its unit). */
const RUN_CHARS = `${DIGITS},.余多${CN_RUN}`
/** The first characters of 元/圆 and of the counter words. */
const UNIT_FIRST_CHARS = `元圆${Object.keys(COUNTER_UNITS)
  .map((k) => k.charAt(0))
  .join('')}`
for (const [chars, bit] of [
  [
    Object.keys(COUNTER_UNITS)
      .filter((k) => k.length === 1)
      .join(''),
    Q_SINGLE_COUNTER,
  ],
  [',.余多百千万亿萬億', Q_NOT_PLAIN],
  [DELIMITERS, Q_DELIMITER],
  ['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', Q_LETTER],
  ['._/\\+#~-—–*×－／～＋＿', Q_ARABIC_BLOCK],
  [',至到:：', Q_BLOCK_AFTER_DIGIT],
  [RUN_CHARS, Q_RUN],
  [UNIT_FIRST_CHARS, Q_UNIT],
  [DIGITS, Q_DIGIT],
  [CN_STARTS, Q_CN_START],
  [BAI_QIAN, Q_BAI_QIAN],
  [CN_RUN, Q_CN_RUN],
  [`${CN_RUN}数几上成`, Q_NOT_BEFORE_BQ],
  [WIDE_CHARS, Q_WIDE],
] as const) {
  for (const ch of chars) Q_FLAGS[ch.charCodeAt(0)]! |= bit
}

/** Where a number may start: digits, Chinese digits, 十, 百, 千 (internal). */
export const QUANTITY_NUMBER_STARTS = DIGITS + CN_STARTS + BAI_QIAN

/**
 * The characters {@link quantitiesAt} must be given as marks: where a number may start,
 * and full-width digits and letters (internal). The title and quote delimiters
 * ({@link DELIMITERS}) are given apart.
 */
export const QUANTITY_MARKS = QUANTITY_NUMBER_STARTS + WIDE_CHARS

/**
 * The characters that may follow the first character of a number in a match (or the
 * run of ASCII digits that starts it): number characters and the first characters of
 * units. A number start followed by anything else is never read (internal).
 */
export const QUANTITY_GOES_ON = RUN_CHARS + UNIT_FIRST_CHARS

/** The marks and delimiters of the standalone {@link quantitiesIn} (reused). */
const ownMarks = new Marks()
const ownDelimiters = new Marks()
const DOT_CODE = 46
const COMMA_CODE = 44
const YU = '余'.charCodeAt(0)
const DUO = '多'.charCodeAt(0)

/** Whether a code unit is an ASCII digit (a table lookup, for the scanning loops). */
function isDigitCode(code: number): boolean {
  return ((Q_FLAGS[code] ?? 0) & Q_DIGIT) !== 0
}

/** One-character counters as strings, by code unit (no string is built per match). */
const SINGLE_COUNTERS = new Map<number, string>(
  Object.keys(COUNTER_UNITS)
    .filter((k) => k.length === 1)
    .map((k) => [k.charCodeAt(0), k]),
)
/** Longer counters by first code unit, in the order the regex tries them (longest first). */
const MULTI_BY_FIRST = new Map<number, string[]>()
for (const word of MULTI_COUNTERS) {
  const first = word.charCodeAt(0)
  const list = MULTI_BY_FIRST.get(first)
  if (list === undefined) MULTI_BY_FIRST.set(first, [word])
  else list.push(word)
}
const YUAN = '元'.charCodeAt(0)
const YUAN_ROUND = '圆'.charCodeAt(0)

/**
 * The quantity regex's match at `c`, an ASCII digit where a number starts, when the text
 * there has the common shape — digits, then 元/圆 or a counter word — read without
 * running the regex (internal). `null`: the regex cannot match at `c`; `undefined`:
 * another shape (decimals, thousands commas, 余/多, a multiplier) that the regex reads.
 */
function plainMatch(t: string, c: number): QuantityMatch | null | undefined {
  let e = c + 1
  while (e < t.length && isDigitCode(t.charCodeAt(e))) e++
  if (e >= t.length) return null
  if (((Q_FLAGS[t.charCodeAt(e)] ?? 0) & Q_NOT_PLAIN) !== 0) return undefined
  return unitMatch(t, c, e, true)
}

/**
 * The quantity regex's match at `c`, a Chinese digit or 十 where a number starts, when
 * 余/多 do not follow its numeral (internal). The regex's greedy numeral takes the whole
 * run of numeral characters; a multiplier cannot follow it (its characters are numeral
 * characters), so the unit must start right after the run, or no match exists (a
 * shorter numeral leaves a numeral character where the unit would start, and the only
 * unit starting with one, 千米, would have matched after the whole run). `null`: the
 * regex cannot match at `c`; `undefined`: 余/多 follow (the regex reads it).
 */
function plainChineseMatch(t: string, c: number): QuantityMatch | null | undefined {
  let e = c + 1
  while (e < t.length && ((Q_FLAGS[t.charCodeAt(e)] ?? 0) & Q_CN_RUN) !== 0) e++
  if (e >= t.length) return null
  const code = t.charCodeAt(e)
  if (code === YU || code === DUO) return undefined
  return unitMatch(t, c, e, false)
}

/** The match of a number `[c, e)` (Arabic or not) when 元/圆 or a counter word starts at `e`, else `null`. */
function unitMatch(t: string, c: number, e: number, arabic: boolean): QuantityMatch | null {
  const code = t.charCodeAt(e)
  let yuan: string | undefined
  let counter: string | undefined
  if (code === YUAN) yuan = '元'
  else if (code === YUAN_ROUND) yuan = '圆'
  else {
    // The alternation tries the longer counters first, then the one-character ones.
    const longer = MULTI_BY_FIRST.get(code)
    if (longer !== undefined) {
      for (const word of longer) {
        if (t.startsWith(word, e)) {
          counter = word
          break
        }
      }
    }
    counter ??= SINGLE_COUNTERS.get(code)
    if (counter === undefined) return null
  }
  const unitEnd = e + (counter === undefined ? 1 : counter.length)
  return {
    numStart: c,
    numEnd: e,
    arabic,
    mid1: undefined,
    mult: undefined,
    mid2: undefined,
    yuan,
    counter,
    unitEnd,
  }
}

/**
 * Whether the quantity regex can start a number at `i` (flags `f` of `t[i]`): the
 * look-behinds of {@link QUANTITY_SOURCE}, evaluated by character class.
 */
function numberStartsAt(t: string, i: number, f: number): boolean {
  const prev = i > 0 ? t.charCodeAt(i - 1) : -1
  const pf = prev < 0 ? 0 : (Q_FLAGS[prev] ?? 0)
  if ((f & Q_DIGIT) !== 0) {
    if ((pf & Q_DIGIT) !== 0 || prev === DOT_CODE) return false
    return !(prev === COMMA_CODE && i > 1 && isDigitCode(t.charCodeAt(i - 2)))
  }
  if ((f & Q_CN_START) !== 0) return (pf & Q_CN_RUN) === 0
  const next = t.charCodeAt(i + 1)
  return (pf & Q_NOT_BEFORE_BQ) === 0 && (next === YU || next === DUO)
}

/**
 * {@link findQuantities} on `t`, the scan view of `text` (internal): {@link quantitiesAt}
 * with the marks of `t`.
 *
 * @param text - The original text (mention texts are sliced from it).
 * @param t - `scanView(text)`, or `text`.
 * @returns The mentions, as {@link findQuantities}; `null` when `t` is not a scan view.
 * @internal
 * @example
 * ```ts
 * quantitiesIn('受理53宗', '受理53宗')?.map((q) => q.text) //=> ['53宗']
 * quantitiesIn('受理５３宗', '受理５３宗') //=> null
 * ```
 */
export function quantitiesIn(text: string, t: string): QuantityMention[] | null {
  const marks = markAll(t, Q_FLAGS, Q_START | Q_WIDE, ownMarks)
  return quantitiesAt(text, t, marks, markAll(t, Q_FLAGS, Q_DELIMITER, ownDelimiters))
}

/**
 * {@link findQuantities} on `t`, the scan view of `text`, given the offsets of the
 * characters of {@link QUANTITY_MARKS} and of {@link DELIMITERS} in `t` (internal).
 * Instead of a global regex tried at every offset, it goes from mark to mark: the sticky
 * regex runs only where a number can start and the run of number characters after it
 * ends on a unit's first character (every match ends that way), so matches, skips and
 * resumptions are those of the global scan.
 *
 * Before it reads a match, it reports the delimiters before the match to
 * {@link Enclosures}. And `t` may be `text` itself: it meets any full-width digit,
 * letter, ％ or ． outside matches and number runs (which never hold one) and then
 * returns `null`: call again with `toHalfWidth(text)`.
 *
 * @param text - The original text (mention texts are sliced from it).
 * @param t - `scanView(text)`, or `text`.
 * @param marks - The offsets of the characters of {@link QUANTITY_MARKS} in `t`, ascending.
 *   A number start that cannot be read may be left out: an ASCII digit right after another,
 *   and a character of {@link QUANTITY_NUMBER_STARTS} whose run of ASCII digits (or
 *   itself, if it is not one) is followed by a character not in {@link QUANTITY_GOES_ON}
 *   (the walk would find no unit after its run).
 * @param delimiters - The offsets of the characters of {@link DELIMITERS} in `t`, ascending.
 * @returns The mentions, as {@link findQuantities}; `null` when `t` is not a scan view.
 * @internal
 * @example
 * ```ts
 * quantitiesAt('受理53宗', '受理53宗', new Marks().push(2), new Marks())?.map((q) => q.text) //=> ['53宗']
 * ```
 */
export function quantitiesAt(
  text: string,
  t: string,
  marks: Marks,
  delimiters: Marks,
): QuantityMention[] | null {
  const out: QuantityMention[] = []
  const n = t.length
  const at = marks.at
  const count = marks.length
  // Made at the first delimiter (before it, nothing is enclosed); `reported` delimiters
  // have been given to it.
  let enclosures: Enclosures | null = null
  let reported = 0
  let lastEnd = 0
  // End of the run of Q_RUN characters containing the current candidate (cached: every
  // candidate inside one run shares it).
  let runEnd = -1
  let i = 0
  for (let k = 0; k < count; k++) {
    // The next mark at or after i: the characters in between cannot start a number.
    const mark = at[k] ?? n
    if (mark < i) continue
    i = mark
    const f = Q_FLAGS[t.charCodeAt(i)] ?? 0
    if ((f & Q_WIDE) !== 0) return null
    if (!numberStartsAt(t, i, f)) {
      i++
      continue
    }
    if (i >= runEnd) {
      runEnd = i + 1
      while (runEnd < n && ((Q_FLAGS[t.charCodeAt(runEnd)] ?? 0) & Q_RUN) !== 0) runEnd++
    }
    if (runEnd >= n || ((Q_FLAGS[t.charCodeAt(runEnd)] ?? 0) & Q_UNIT) === 0) {
      // No unit after the run: no candidate inside it can match.
      i = runEnd
      continue
    }
    let qm =
      (f & Q_DIGIT) !== 0 ? plainMatch(t, i) : (f & Q_CN_START) !== 0 ? plainChineseMatch(t, i) : undefined
    if (qm === undefined) {
      QUANTITY_STICKY.lastIndex = i
      const m = QUANTITY_STICKY.exec(t)
      qm = m === null ? null : matchOf(m)
    }
    if (qm === null) {
      i++
      continue
    }
    // Like the global scan, resume after the whole match even when it is rejected.
    i = qm.unitEnd
    for (; reported < delimiters.length; reported++) {
      const d = delimiters.at[reported] ?? n
      if (d >= qm.numStart) break
      enclosures ??= new Enclosures()
      enclosures.delimiter(t.charCodeAt(d), d)
    }
    if (enclosures?.inside(t, qm.numStart)) continue
    const r = readMatch(t, qm, true, lastEnd)
    if (r === null) continue
    out.push(toMention(text, r))
    lastEnd = r.end
    if (i < r.end) i = r.end
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
  const r = readMatch(s, matchOf(m), false, i)
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
