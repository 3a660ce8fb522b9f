/**
 * The numeral core (internal): one numeral → an exact decimal string.
 *
 * Grammar, on width-normalized text without spaces:
 *
 * ```
 * numeral  = sign? ( intPart ( point fraction multiplier* )? | point fraction )
 * sign     = 负 | 負 | - | +
 * point    = . | 点 | 點
 * fraction = (ASCII digit | Chinese digit)+           (read digit by digit)
 * multiplier = 百 | 千 | 万 | 亿 | 兆 …                 (only after a fraction: 20.56万, 4.78万亿)
 * intPart  = Arabic digits with optional thousands commas
 *          | Chinese/mixed positional numeral          (一千零六十三, 两万三千, 3万4000, 2千零30万)
 *          | digits without any unit, read digit by digit (二〇三五 → 2035)
 * ```
 *
 * Positional rules: 十 alone means 一十; 百/千 at the start mean 一百/一千 (千三 → 1300);
 * a single trailing digit right after a unit is elided shorthand (三万五 → 35000,
 * 一百二 → 120, 两千六 → 2600) unless 零 intervenes (五万零三 → 50003); 万万 and 万亿
 * nest (四万万 → 4×10⁸, 4.78万亿 → 4.78×10¹²); small units must strictly decrease within
 * a 万-group (十一十二 is rejected).
 *
 * @module
 * @internal
 */

import { bigUnitExp, cnDigit, isAsciiDigit, smallUnit, tensDigit } from './chars.js'
import { integerToDecimal, shiftDecimal } from './decimal.js'

const DOT = 46
const COMMA = 44
const MINUS = 45
const PLUS = 43
const DIAN = '点'.charCodeAt(0)
const DIAN_T = '點'.charCodeAt(0)
const FU = '负'.charCodeAt(0)
const FU_T = '負'.charCodeAt(0)

/** Token kinds remembered by the positional algorithm. */
const START = 0
const NUM = 1
const SMALL = 2
const BIG = 3
const ZERO = 4

/**
 * Reads an ASCII digit run starting at `i` (with optional valid thousands commas).
 * Returns the end index, or -1 when the commas are malformed.
 */
function arabicRunEnd(s: string, i: number, b: number): number {
  let j = i
  while (j < b && isAsciiDigit(s.charCodeAt(j))) j++
  if (j < b && s.charCodeAt(j) === COMMA) {
    if (j - i > 3) return j
    while (
      j + 3 < b &&
      s.charCodeAt(j) === COMMA &&
      isAsciiDigit(s.charCodeAt(j + 1)) &&
      isAsciiDigit(s.charCodeAt(j + 2)) &&
      isAsciiDigit(s.charCodeAt(j + 3)) &&
      !(j + 4 < b && isAsciiDigit(s.charCodeAt(j + 4)))
    ) {
      j += 4
    }
  }
  return j
}

/** Value of an ASCII run that may contain thousands commas. */
function arabicRunValue(s: string, i: number, j: number): number {
  let v = 0
  for (let k = i; k < j; k++) {
    const c = s.charCodeAt(k)
    if (c !== COMMA) v = v * 10 + (c - 48)
  }
  return v
}

/** Whether `[a, b)` contains a unit character (十百千万亿兆 …, 廿卅卌). */
function hasUnit(s: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i)
    if (smallUnit(c) !== 0 || bigUnitExp(c) !== 0 || tensDigit(c) !== 0) return true
  }
  return false
}

/**
 * Digit-by-digit reading of a unit-free run (二〇三五 → "2035", 1,024 → "1024").
 * Returns the digit string or `null`.
 */
function digitString(s: string, a: number, b: number): string | null {
  let out = ''
  let i = a
  while (i < b) {
    const c = s.charCodeAt(i)
    if (isAsciiDigit(c)) {
      const j = arabicRunEnd(s, i, b)
      for (let k = i; k < j; k++) {
        const d = s.charCodeAt(k)
        if (d !== COMMA) out += String.fromCharCode(d)
      }
      i = j
      continue
    }
    const d = cnDigit(c)
    if (d < 0) return null
    out += String.fromCharCode(48 + d)
    i++
  }
  return out === '' ? null : out
}

/**
 * Positional value of `[a, b)` (一千零六十三, 3万4000 …). Returns `NaN` when invalid.
 */
function positionalValue(s: string, a: number, b: number): number {
  let total = 0
  let section = 0
  let pending = -1
  let pendingLen = 0
  let elideUnit = 0
  let prevSmall = 10000
  let last = START
  let lastUnit = 0
  let i = a
  while (i < b) {
    const c = s.charCodeAt(i)
    if (isAsciiDigit(c)) {
      if (pending >= 0) return Number.NaN
      const j = arabicRunEnd(s, i, b)
      pending = arabicRunValue(s, i, j)
      pendingLen = j - i
      elideUnit = last === SMALL || last === BIG ? lastUnit : 0
      last = NUM
      i = j
      continue
    }
    const d = cnDigit(c)
    if (d === 0) {
      if (pending >= 0) return Number.NaN
      last = ZERO
      i++
      continue
    }
    if (d > 0) {
      if (pending >= 0) return Number.NaN
      pending = d
      pendingLen = 1
      elideUnit = last === SMALL || last === BIG ? lastUnit : 0
      last = NUM
      i++
      continue
    }
    const t = tensDigit(c)
    const u = t !== 0 ? 10 : smallUnit(c)
    if (u !== 0) {
      if (u >= prevSmall) return Number.NaN
      let n: number
      if (t !== 0) {
        if (pending >= 0) return Number.NaN
        n = t
      } else if (pending >= 0) n = pending
      else if (u === 10 || last === START || last === ZERO) n = 1
      else return Number.NaN
      section += n * u
      prevSmall = u
      pending = -1
      lastUnit = u
      last = SMALL
      i++
      continue
    }
    const e = bigUnitExp(c)
    if (e !== 0) {
      const U = 10 ** e
      let sub = section
      if (pending >= 0)
        sub +=
          pendingLen === 1 && elideUnit >= 100 && elideUnit <= 1000 ? (pending * elideUnit) / 10 : pending
      if (sub === 0 && pending < 0) {
        if (last === BIG) total *= U
        else if (last === START) total = U
        else return Number.NaN
      } else if (total < U) total = (total + sub) * U
      else total += sub * U
      section = 0
      pending = -1
      prevSmall = 10000
      lastUnit = U
      last = BIG
      i++
      continue
    }
    return Number.NaN
  }
  if (last === START) return Number.NaN
  if (pending >= 0) section += pendingLen === 1 && elideUnit >= 100 ? (pending * elideUnit) / 10 : pending
  return total + section
}

/**
 * Integer part of a numeral as a decimal string, or `null`.
 */
function intPartDecimal(s: string, a: number, b: number): string | null {
  if (a >= b) return null
  if (!hasUnit(s, a, b)) return digitString(s, a, b)
  const v = positionalValue(s, a, b)
  return Number.isFinite(v) ? integerToDecimal(v) : null
}

/**
 * Reads one numeral occupying exactly `s.slice(a, b)` and returns its exact value as
 * a plain decimal string (`"205600"`, `"-0.5"`, `"2035"`), or `null` when the slice is
 * not a numeral. `s` must be width-normalized and free of whitespace.
 *
 * @param s - The text.
 * @param a - Start offset (inclusive).
 * @param b - End offset (exclusive).
 * @returns The decimal string, or `null`.
 */
export function numeralDecimal(s: string, a = 0, b: number = s.length): string | null {
  if (a >= b) return null
  let sign = ''
  const c0 = s.charCodeAt(a)
  if (c0 === MINUS || c0 === FU || c0 === FU_T) {
    sign = '-'
    a++
  } else if (c0 === PLUS) a++
  if (a >= b) return null
  let point = -1
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i)
    if (c === DOT || c === DIAN || c === DIAN_T) {
      if (point >= 0) return null
      point = i
    }
  }
  if (point < 0) {
    const int = intPartDecimal(s, a, b)
    return int === null ? null : sign + int
  }
  // Trailing multipliers after a fraction: 20.56万, 4.78万亿, 2.5千.
  let end = b
  let exp = 0
  while (end > point + 1) {
    const c = s.charCodeAt(end - 1)
    const e = bigUnitExp(c)
    const u = e === 0 ? smallUnit(c) : 0
    if (e === 0 && u < 100) break
    exp += e !== 0 ? e : u === 100 ? 2 : 3
    end--
  }
  if (end <= point + 1) return null
  let frac = ''
  for (let i = point + 1; i < end; i++) {
    const c = s.charCodeAt(i)
    if (isAsciiDigit(c)) frac += String.fromCharCode(c)
    else {
      const d = cnDigit(c)
      if (d < 0) return null
      frac += String.fromCharCode(48 + d)
    }
  }
  let int: string | null
  if (point === a) {
    if (s.charCodeAt(point) !== DOT) return null
    int = '0'
  } else {
    if (exp !== 0 && hasUnit(s, a, point)) return null
    int = intPartDecimal(s, a, point)
    if (int === null) return null
  }
  return sign + shiftDecimal(`${int}.${frac}`, exp)
}

/**
 * Power of ten of a multiplier run (万 → 4, 亿 → 8, 万亿 → 12, 百万 → 6, 千 → 3), or -1.
 *
 * @param s - The text.
 * @param a - Start offset.
 * @param b - End offset.
 * @returns The exponent, or -1 for a non-multiplier.
 */
export function multiplierExp(s: string, a: number, b: number): number {
  let exp = 0
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i)
    const e = bigUnitExp(c)
    if (e !== 0) exp += e
    else {
      const u = smallUnit(c)
      if (u === 100) exp += 2
      else if (u === 1000) exp += 3
      else return -1
    }
  }
  return exp
}
