/**
 * Counter words, unit classes and qualifiers.
 *
 * @module
 */

import type { Approx, UnitClass } from './types.js'

/**
 * Every counter word {@link findQuantities} recognises, with its unit class
 * (../shared/TAXONOMY.md) or `null` for counters outside the taxonomy's unit table
 * (durations, measures, 家次 …). 元 is handled separately as money.
 *
 * - `cases`: 件 宗 起 件次 宗次
 * - `items`: 项 条 份 个 部 卷 篇 期, plus 户 家 张 册 支 本 套 处 所 台 辆 座 幅
 * - `people`: 人 名 人次 位
 * - `events`: 次 场 场次 轮 批 批次 堂
 * - `null`: 家次 户次 个月 个工作日 工作日 天 小时 分钟 平方米 公里 千米 米 亩 公顷 吨
 *
 * @category Normalizers
 * @example
 * ```ts
 * COUNTER_UNITS['宗'] //=> 'cases'
 * COUNTER_UNITS['工作日'] //=> null
 * ```
 */
export const COUNTER_UNITS: Readonly<Record<string, UnitClass | null>> = Object.freeze({
  件: 'cases',
  宗: 'cases',
  起: 'cases',
  件次: 'cases',
  宗次: 'cases',
  项: 'items',
  条: 'items',
  份: 'items',
  个: 'items',
  部: 'items',
  卷: 'items',
  篇: 'items',
  期: 'items',
  户: 'items',
  家: 'items',
  张: 'items',
  册: 'items',
  支: 'items',
  本: 'items',
  套: 'items',
  处: 'items',
  所: 'items',
  台: 'items',
  辆: 'items',
  座: 'items',
  幅: 'items',
  人: 'people',
  名: 'people',
  人次: 'people',
  位: 'people',
  次: 'events',
  场: 'events',
  场次: 'events',
  轮: 'events',
  批: 'events',
  批次: 'events',
  堂: 'events',
  家次: null,
  户次: null,
  个月: null,
  个工作日: null,
  工作日: null,
  天: null,
  小时: null,
  分钟: null,
  平方米: null,
  公里: null,
  千米: null,
  米: null,
  亩: null,
  公顷: null,
  吨: null,
})

/**
 * Unit class of a counter word or money unit.
 *
 * @param counter - A counter word as written (`件`, `人次`, `万元` …).
 * @returns The class (`cases`, `items`, `people`, `events`, `money`, `rate`), or `null` when
 *   the counter is outside the taxonomy's unit table or unknown.
 * @category Normalizers
 * @example
 * ```ts
 * unitClassOf('宗') //=> 'cases'
 * unitClassOf('人次') //=> 'people'
 * unitClassOf('万元') //=> 'money'
 * unitClassOf('%') //=> 'rate'
 * unitClassOf('平方米') //=> null
 * ```
 */
export function unitClassOf(counter: string): UnitClass | null {
  if (typeof counter !== 'string') return null
  if (Object.hasOwn(COUNTER_UNITS, counter)) return COUNTER_UNITS[counter] ?? null
  if (counter === '%' || counter === '％' || counter === '个百分点' || counter === '百分点') return 'rate'
  if (MONEY_UNIT.test(counter)) return 'money'
  return null
}

const MONEY_UNIT = /^[百千]?[万亿]{0,2}[余多]?[元圆]$/

/** The counters longer than one character, longest first: the order {@link COUNTER_SOURCE} tries them (internal). */
export const MULTI_COUNTERS: readonly string[] = Object.keys(COUNTER_UNITS)
  .filter((k) => k.length > 1)
  .sort((a, b) => b.length - a.length)

/** Regex source of the counter alternation, longest first (internal). */
export const COUNTER_SOURCE = (() => {
  const single = Object.keys(COUNTER_UNITS)
    .filter((k) => k.length === 1)
    .join('')
  return `${MULTI_COUNTERS.join('|')}|[${single}]`
})()

/**
 * Qualifiers written before a number, longest first, with what they claim (internal).
 * 共/累计/达 are not qualifiers: they do not change what the number claims.
 */
export const PRE_QUALIFIERS: ReadonlyArray<readonly [string, Approx]> = [
  ['不少于', 'over'],
  ['不低于', 'over'],
  ['不超过', 'under'],
  ['至少', 'over'],
  ['最多', 'under'],
  ['将近', 'under'],
  ['接近', 'under'],
  ['大约', 'about'],
  ['超过', 'over'],
  ['不到', 'under'],
  ['不足', 'under'],
  ['近', 'under'],
  ['约', 'about'],
  ['超', 'over'],
  ['逾', 'over'],
]

/** Last characters of the pre-qualifiers (1 per code unit): a quick reject for the common case. */
const PRE_LAST = new Uint8Array(0x10000)
for (const [q] of PRE_QUALIFIERS) PRE_LAST[q.charCodeAt(q.length - 1)] = 1

/** Qualifiers written after the unit (internal). */
export const POST_QUALIFIERS: ReadonlyArray<readonly [string, Approx]> = [
  ['左右', 'about'],
  ['上下', 'about'],
  ['以上', 'over'],
  ['以下', 'under'],
]

/** Characters before 近/约/超 that make them part of a word, not a qualifier (附近, 节约, 赶超 …). */
const NOT_QUALIFIER_BEFORE: Readonly<Record<string, string>> = {
  近: '最附就临亲靠贴将接',
  约: '节制预签契公条相邀违履特大',
  超: '赶高',
}

/** Characters after 上下 that make it a word (上下级, 上下联动 …), not a qualifier. */
const NOT_ABOUT_AFTER = '级联贯一结协同游班楼车功'

/**
 * Finds the approx qualifier that ends exactly at `end` in `text` (internal).
 *
 * @param text - The text.
 * @param end - Offset right before the number.
 * @returns `[qualifierStart, approx]`, or `null`.
 */
export function preQualifierAt(text: string, end: number): readonly [number, Approx] | null {
  if (end === 0 || PRE_LAST[text.charCodeAt(end - 1)] !== 1) return null
  for (const [q, approx] of PRE_QUALIFIERS) {
    const start = end - q.length
    if (start < 0 || !text.startsWith(q, start)) continue
    if (q.length === 1) {
      const blocked = NOT_QUALIFIER_BEFORE[q]
      if (blocked !== undefined && start > 0 && blocked.includes(text.charAt(start - 1))) return null
    }
    return [start, approx]
  }
  return null
}

/**
 * Finds the approx qualifier that starts exactly at `start` (internal).
 *
 * @param text - The text.
 * @param start - Offset right after the unit.
 * @returns `[qualifierEnd, approx]`, or `null`.
 */
export function postQualifierAt(text: string, start: number): readonly [number, Approx] | null {
  const c = text.charCodeAt(start)
  if (c !== 0x5de6 /* 左 */ && c !== 0x4e0a /* 上 */ && c !== 0x4ee5 /* 以 */) return null
  for (const [q, approx] of POST_QUALIFIERS) {
    if (!text.startsWith(q, start)) continue
    if (q === '上下' && NOT_ABOUT_AFTER.includes(text.charAt(start + 2))) return null
    return [start + q.length, approx]
  }
  return null
}

/**
 * Combines the claims of up to three qualifiers: none → `exact`; contradictory (近…余) or
 * any `about` → `about`; else the common direction (internal).
 *
 * @param a - A claim found, or `null` when absent.
 * @param b - A claim found, or `null` when absent.
 * @param c - A claim found, or `null` when absent (default).
 * @returns The combined claim.
 */
export function combineApprox(a: Approx | null, b: Approx | null, c: Approx | null = null): Approx {
  return combine2(combine2(combine2('exact', a), b), c)
}

/** One step of {@link combineApprox}. */
function combine2(result: Approx, p: Approx | null): Approx {
  if (p === null || p === 'exact') return result
  if (result === 'exact') return p
  return result === p ? result : 'about'
}
