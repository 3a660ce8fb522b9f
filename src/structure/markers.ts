/**
 * Heading markers: 一、 / (一) / 1. 1、 / (1) / 第一部分, their ordinals and
 * canonical ranks.
 *
 * @module
 */

import { cnDigit } from '../normalize/chars.js'
import type { HeadingStyle } from '../types.js'

/** 两: not an ordinal digit. */
const LIANG = 0x4e24
/** 十. */
const SHI = 0x5341
/** 一. */
const YI = 0x4e00

/** The ordinal digit of a code unit: 一–九 → 1–9, anything else (零/〇, 两, `NaN` past the end) → -1. */
function digitOf(code: number): number {
  if (code === LIANG) return -1
  const value = cnDigit(code)
  return value >= 1 ? value : -1
}

/** {@link parseCnOrdinal} of `text[start, end)`, without slicing it. */
function cnOrdinalAt(text: string, start: number, end: number): number | null {
  const length = end - start
  if (length <= 0) return null
  const a = text.charCodeAt(start)
  if (length === 1) return a === SHI ? 10 : nullIfNegative(digitOf(a))
  const b = text.charCodeAt(start + 1)
  if (length === 2) {
    if (a === SHI) return digitOf(b) === -1 ? null : 10 + digitOf(b)
    if (b === SHI) return digitOf(a) === -1 || a === YI ? null : digitOf(a) * 10
    return null
  }
  if (length === 3 && b === SHI) {
    const tens = digitOf(a)
    const ones = digitOf(text.charCodeAt(start + 2))
    if (tens === -1 || ones === -1 || a === YI) return null
    return tens * 10 + ones
  }
  return null
}

function nullIfNegative(value: number): number | null {
  return value === -1 ? null : value
}

/**
 * Parse a Chinese numeral from 一 to 九十九 (`十二`, `二十`, `二十一`).
 *
 * @param value - The numeral.
 * @returns Its value, or `null` when it is not a well-formed numeral in 1–99.
 * @category Structure
 * @example
 * ```ts
 * parseCnOrdinal('二十一') //=> 21
 * parseCnOrdinal('十四五') //=> null
 * ```
 */
export function parseCnOrdinal(value: string): number | null {
  return cnOrdinalAt(value, 0, value.length)
}

/**
 * Canonical depth rank of each marker style (GB/T 9704: 一、 → （一） → 1. → （1）).
 * Used to place a style the report has not used yet at this point of the outline.
 *
 * @category Structure
 * @example
 * ```ts
 * styleRank['cn-paren'] > styleRank['cn-comma'] //=> true
 * ```
 */
export const styleRank: Readonly<Record<HeadingStyle, number>> = {
  'cn-ordinal': 0,
  'cn-comma': 1,
  'cn-paren': 2,
  arabic: 3,
  'arabic-paren': 4,
  runin: 5,
  none: 6,
}

/**
 * A heading marker at a position (sticky). Groups: 1 第N部分, 2 (N), 3 N、/N., 4 (1), 5 1./1、.
 *
 * @category Structure
 * @example
 * ```ts
 * markerAtRe.lastIndex = 0
 * markerAtRe.exec('(三)执法')?.[2] //=> '三'
 * ```
 */
export const markerAtRe =
  /第([一二三四五六七八九十]{1,3})(?:部分|章|篇)|\(([一二三四五六七八九十]{1,3})\)|([一二三四五六七八九十]{1,3})[、.]|\((\d{1,2})\)|(\d{1,2})[.、]/y

/**
 * A `(一)` marker at a position (sticky), used to end a heading fused with the next one.
 *
 * @category Structure
 * @example
 * ```ts
 * cnParenAtRe.lastIndex = 2
 * cnParenAtRe.test('成效(一)') //=> true
 * ```
 */
export const cnParenAtRe = /\([一二三四五六七八九十]{1,3}\)/y

/**
 * Year-led sentence start inside a fused heading (`…强化2024年,组织…`), sticky.
 *
 * @category Structure
 * @example
 * ```ts
 * yearLeadAtRe.lastIndex = 2
 * yearLeadAtRe.test('强化2024年,组织') //=> true
 * ```
 */
export const yearLeadAtRe = /\d{4}年(?:度)?(?:以来)?,/y

/** 一…十: the numerals of a Chinese marker number. */
const CN_NUMERAL = new Uint8Array(0x10000)
for (const char of '一二三四五六七八九十') CN_NUMERAL[char.charCodeAt(0)] = 1

/** Length (0–4) of the run of {@link CN_NUMERAL}s at `start`: 4 stands for "more than three". */
function cnRun(text: string, start: number): number {
  let k = 0
  while (k < 4 && CN_NUMERAL[text.charCodeAt(start + k)] === 1) k++
  return k
}

/** Length (0–3) of the run of ASCII digits at `start`: 3 stands for "more than two". */
function digitRun(text: string, start: number): number {
  let k = 0
  while (k < 3) {
    const code = text.charCodeAt(start + k)
    if (code >= 0x30 && code <= 0x39) k++
    else break
  }
  return k
}

/** The value of the one or two ASCII digits at `text[start, end)`. */
function digitsValue(text: string, start: number, end: number): number {
  let value = 0
  for (let k = start; k < end; k++) value = value * 10 + text.charCodeAt(k) - 0x30
  return value
}

/**
 * What {@link readMarkerAt} read: the marker's style, the ordinal its number
 * states (`null` for a Chinese numeral that is not one in 1–99) and its end.
 *
 * @category Structure
 */
export interface MarkerRead {
  /** Numbering style. */
  style: HeadingStyle
  /** The ordinal, or `null`. */
  ordinal: number | null
  /** End of the marker. */
  end: number
}

/**
 * Read the heading marker at `p`, as {@link markerAtRe} matches it (same
 * alternatives, same order), without a regex call or match array: 第N部分 /
 * 第N章 / 第N篇 (`cn-ordinal`), (N) (`cn-paren`), N、 / N. (`cn-comma`), (1)
 * (`arabic-paren`), 1. / 1、 (`arabic`); N is 1–3 of 一…十, 1 is 1–2 digits.
 *
 * @param text - The text.
 * @param p - The position.
 * @param out - Receives the marker (left unchanged when there is none).
 * @returns Whether a marker starts at `p`.
 * @category Structure
 * @example
 * ```ts
 * const out: MarkerRead = { style: 'none', ordinal: null, end: 0 }
 * readMarkerAt('(三)执法', 0, out) //=> true
 * out //=> { style: 'cn-paren', ordinal: 3, end: 3 }
 * ```
 */
export function readMarkerAt(text: string, p: number, out: MarkerRead): boolean {
  const code = text.charCodeAt(p)
  if (code === 0x7b2c) {
    // 第([一-十]{1,3})(?:部分|章|篇): a longer numeral run leaves a numeral where the suffix must be.
    const run = cnRun(text, p + 1)
    if (run === 0 || run > 3) return false
    const q = p + 1 + run
    const suffix = text.charCodeAt(q)
    let end: number
    if (suffix === 0x7ae0 || suffix === 0x7bc7) end = q + 1
    else if (suffix === 0x90e8 && text.charCodeAt(q + 1) === 0x5206) end = q + 2
    else return false
    out.style = 'cn-ordinal'
    out.ordinal = cnOrdinalAt(text, p + 1, q)
    out.end = end
    return true
  }
  if (code === 0x28) {
    // \(([一-十]{1,3})\), else \((\d{1,2})\).
    const run = cnRun(text, p + 1)
    if (run >= 1 && run <= 3 && text.charCodeAt(p + 1 + run) === 0x29) {
      out.style = 'cn-paren'
      out.ordinal = cnOrdinalAt(text, p + 1, p + 1 + run)
      out.end = p + 2 + run
      return true
    }
    const digits = digitRun(text, p + 1)
    if (digits >= 1 && digits <= 2 && text.charCodeAt(p + 1 + digits) === 0x29) {
      out.style = 'arabic-paren'
      out.ordinal = digitsValue(text, p + 1, p + 1 + digits)
      out.end = p + 2 + digits
      return true
    }
    return false
  }
  if (CN_NUMERAL[code] === 1) {
    // ([一-十]{1,3})[、.]
    const run = cnRun(text, p)
    if (run > 3) return false
    const next = text.charCodeAt(p + run)
    if (next !== 0x3001 && next !== 0x2e) return false
    out.style = 'cn-comma'
    out.ordinal = cnOrdinalAt(text, p, p + run)
    out.end = p + run + 1
    return true
  }
  // (\d{1,2})[.、]
  const digits = digitRun(text, p)
  if (digits === 0 || digits > 2) return false
  const next = text.charCodeAt(p + digits)
  if (next !== 0x2e && next !== 0x3001) return false
  out.style = 'arabic'
  out.ordinal = digitsValue(text, p, p + digits)
  out.end = p + digits + 1
  return true
}
