/**
 * `parseChineseNumber`: one whole string → one exact number.
 *
 * @module
 */

import { assertString } from './args.js'
import { toHalfWidth } from './chars.js'
import { decimalToNumber, shiftDecimal } from './decimal.js'
import { numeralDecimal } from './numeral.js'

const SPACES = /[\s\u3000\u00a0]+/g
const SLASH_FRACTION = /^([+-]?)(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)$/
const MIXED_SLASH_FRACTION = /^([+-]?)(\d+)\s+(\d+)\/(\d+)$/
const POWER_OF_TEN = /^10*$/

/**
 * Divides two decimal strings; exact when the denominator is a power of ten
 * (一百分之二 → 0.02), else a correctly rounded float division (三分之二 → 0.666…).
 */
function divide(num: string, den: string): number | null {
  const d = decimalToNumber(den)
  if (!Number.isFinite(d) || d === 0) return null
  const negative = (num.charCodeAt(0) === 45) !== (den.charCodeAt(0) === 45)
  const absNum = num.charCodeAt(0) === 45 ? num.slice(1) : num
  const absDen = den.charCodeAt(0) === 45 ? den.slice(1) : den
  let value: number
  if (POWER_OF_TEN.test(absDen)) value = decimalToNumber(shiftDecimal(absNum, -(absDen.length - 1)))
  else value = decimalToNumber(absNum) / Math.abs(d)
  if (!Number.isFinite(value)) return null
  return negative && value !== 0 ? -value : value
}

/** `A分之B` (B/A) and `W又A分之B` (W + B/A), each part a numeral. */
function chineseFraction(s: string, at: number): number | null {
  let whole: string | null = null
  let denStart = 0
  const you = s.indexOf('又')
  if (you >= 0 && you < at) {
    whole = numeralDecimal(s, 0, you)
    if (whole === null) return null
    denStart = you + 1
  }
  const den = numeralDecimal(s, denStart, at)
  const num = numeralDecimal(s, at + 2)
  if (den === null || num === null) return null
  const frac = divide(num, den)
  if (frac === null) return null
  if (whole === null) return frac
  const w = decimalToNumber(whole)
  const value = whole.charCodeAt(0) === 45 ? w - frac : w + frac
  return value === 0 ? 0 : value
}

/**
 * Parses a string that is exactly one number, in any form Chinese prose uses, into its
 * exact value.
 *
 * Accepted forms:
 * - Arabic: `1,024`, `12.5`, `-.5`, full-width `１２３`, `２．２`.
 * - Chinese positional: `一千零六十三`, `两万三千`, `十九`, `廿三`, financial `壹佰贰拾`,
 *   `一万亿`, traditional `兩千`/`萬`/`億`, shorthand `三万五` (35000), `一百二` (120), `千三` (1300).
 * - Chinese decimals and signs: `三点五`, `零点零一`, `负三`.
 * - Digit by digit (no unit characters): `二〇三五` → 2035, `一七二零点一` → 1720.1.
 * - Mixed: `20.56万` → 205600, `1.59亿`, `4.78万亿`, `3万4000`, `2千零30万`, `1,100万`.
 * - Fractions: `三分之二` → 0.666…, `一百分之二` → 0.02, `三百五十又三分之一`, `3/5`, `1 3/5`.
 *
 * Whitespace between the parts is ignored (`一百 五 十 二`). Scaling by 万/亿 is done on the
 * decimal string, so `0.1万` is exactly `1000`. Qualifiers (余, 多, 几), counter words and
 * 元/% are not part of a number: use {@link parseQuantity}, {@link parseMoney} or
 * {@link parsePercentage} for those.
 *
 * @param text - The string to read.
 * @returns The value, or `null` when the whole string is not one number (never `NaN`).
 * @throws {@link FazhiReportError} `INVALID_ARGUMENT` when `text` is not a string.
 * @category Normalizers
 * @example
 * ```ts
 * parseChineseNumber('一千零六十三') //=> 1063
 * parseChineseNumber('二〇三五') //=> 2035
 * parseChineseNumber('20.56万') //=> 205600
 * parseChineseNumber('0.1万') //=> 1000
 * parseChineseNumber('三分之二') //=> 0.6666666666666666
 * parseChineseNumber('460余份') //=> null
 * ```
 */
export function parseChineseNumber(text: string): number | null {
  assertString(text, 'parseChineseNumber')
  const trimmed = toHalfWidth(text).trim()
  if (trimmed === '') return null
  const mixed = MIXED_SLASH_FRACTION.exec(trimmed)
  if (mixed !== null) {
    const frac = divide(mixed[3]!, mixed[4]!)
    if (frac === null) return null
    const value = Number(mixed[2]) + frac
    return mixed[1] === '-' ? -value : value
  }
  const s = trimmed.replace(SPACES, '')
  const slash = SLASH_FRACTION.exec(s)
  if (slash !== null) return divide(slash[1] === '-' ? `-${slash[2]!}` : slash[2]!, slash[3]!)
  const at = s.indexOf('分之')
  if (at >= 0) return chineseFraction(s, at)
  const dec = numeralDecimal(s)
  if (dec === null) return null
  const value = decimalToNumber(dec)
  return Number.isFinite(value) ? value : null
}
