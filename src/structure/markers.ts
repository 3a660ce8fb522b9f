/**
 * Heading markers: 一、 / (一) / 1. 1、 / (1) / 第一部分, their ordinals and
 * canonical ranks.
 *
 * @module
 */

import { cnDigit } from '../normalize/chars.js'
import type { HeadingStyle } from '../types.js'

/** 一–九 → 1–9, anything else → undefined (零/〇 and 两 are not ordinal digits). */
function digit(char: string | undefined): number | undefined {
  if (char === undefined || char === '两') return undefined
  const value = cnDigit(char.charCodeAt(0))
  return value >= 1 ? value : undefined
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
  const a = value[0]
  const b = value[1]
  const c = value[2]
  if (a === undefined) return null
  if (value.length === 1) return a === '十' ? 10 : (digit(a) ?? null)
  if (value.length === 2) {
    if (a === '十') return digit(b) === undefined ? null : 10 + digit(b)!
    if (b === '十') return digit(a) === undefined || a === '一' ? null : digit(a)! * 10
    return null
  }
  if (value.length === 3 && b === '十') {
    const tens = digit(a)
    const ones = digit(c)
    if (tens === undefined || ones === undefined || a === '一') return null
    return tens * 10 + ones
  }
  return null
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
