/**
 * Change detection (internal): is a number a difference or a growth rate?
 *
 * The rule looks back from the mention, within its clause (never across ，。；：、 or a
 * line break) and at most {@link LOOKBACK} characters, for a change verb that governs
 * the number directly:
 *
 * - `同比增长17.1%`, `较2022年558件增加了555件`, `增长率4.28%`, `增幅达20%`, `同比降5%` → change;
 * - `提高到95%`, `下降至3件`, `下降为3件` → a level (the verb states the new level);
 * - `新增5件` → a level (新增 is "newly added").
 *
 * Direction: 增长/增加/上升/提高/提升/增/升 → `up`; 下降/减少/降低/下滑/回落/降/减 → `down`.
 * Basis: 同比 → `year_on_year`; 环比, 较上年, 比上年, 较去年, 较2022年, 与上年相比 → `previous`;
 * else `null`.
 *
 * @module
 * @internal
 */

import type { Change } from './types.js'

/** How far back (in UTF-16 units) the change verb and its basis may be. */
export const LOOKBACK = 16

/** Bit flags per code unit for the quick checks below. */
const FLAGS = new Uint8Array(0x10000)
/** Characters that end a clause: the look-back never crosses them. */
const CLAUSE_BREAK = 1
/** Characters a change phrase can end with (增长, 增加了, 增长率, 增幅达 …): a quick reject. */
const VERB_LAST = 2
/** First characters of the verbs of {@link VERB_OBJECT}: a quick reject before the regex. */
const VERB_HEAD = 4
for (const [chars, bit] of [
  ['，,。；;：:、！!？?\n\r（）()', CLAUSE_BREAK],
  ['长加升高降少低滑落跌了达到率幅度为是增减涨', VERB_LAST],
  ['增上提下减降回压精缩', VERB_HEAD],
] as const) {
  for (const ch of chars) FLAGS[ch.charCodeAt(0)]! |= bit
}

const UP = '增长|增加|上升|提高|提升|上涨'
const DOWN = '下降|减少|降低|下滑|回落|下跌'

/** The verb right before the number (the window ends where the mention starts). */
const VERB_AT_END = new RegExp(
  `(?:(${UP}|${DOWN})(?:了|达到?)?|(${UP}|${DOWN}|增|降|减|涨|跌)(?:率|幅度?)(?:为|达到?|是)?|(?:同比|环比)(增|升|降|减)了?)$`,
)

/**
 * A change verb with its object between it and the number (压缩办理时限75%, 减少跑动3次):
 * still a change, unless the object ends in a level marker (提高满意率至95%, 提升满意度98%).
 */
const VERB_OBJECT = new RegExp(`(${UP}|${DOWN}|压减|压缩|精简|缩短)([^\\d.%，,。；;：:、]{1,6})$`)
const LEVEL_MARKER = /[率度到至为达是]$/

const BASIS_YOY = /同比/
const BASIS_PREVIOUS = /环比|[较比与](?:上年|去年|上一年|前一年|上年度|上期|(?:19|20)\d\d年)/

/** For 个百分点 without a verb: 高出/高于 → up, 低于/低出 → down. */
const COMPARE_UP = /(?:高出|高于|超出|多出|提高|增加|增长|上升|提升)/
const COMPARE_DOWN = /(?:低于|低出|少于|下降|减少|降低|回落|下滑)/

/** Start of the look-back window: the clause before `start`, at most LOOKBACK units. */
function windowStart(text: string, start: number): number {
  const floor = Math.max(0, start - LOOKBACK)
  let i = start
  while (i > floor && ((FLAGS[text.charCodeAt(i - 1)] ?? 0) & CLAUSE_BREAK) === 0) i--
  return i
}

/** Returns the look-back window: the clause text before `start`, at most LOOKBACK units. */
function windowBefore(text: string, start: number): string {
  return text.slice(windowStart(text, start), start)
}

/**
 * Whether {@link VERB_OBJECT} can match a window that ends at `start` and starts at or
 * after `from`: its two-character verb starts 3 to 8 units before the window end.
 */
function mayHaveVerbObject(text: string, from: number, start: number): boolean {
  for (let i = Math.max(from, start - 8); i <= start - 3; i++) {
    if (((FLAGS[text.charCodeAt(i)] ?? 0) & VERB_HEAD) !== 0) return true
  }
  return false
}

function directionOf(verb: string): 'up' | 'down' {
  return /^(?:下降|减少|降低|下滑|回落|下跌|压减|压缩|精简|缩短|降|减|跌)/.test(verb) ? 'down' : 'up'
}

function basisOf(w: string): Change['basis'] {
  if (BASIS_YOY.test(w)) return 'year_on_year'
  if (BASIS_PREVIOUS.test(w)) return 'previous'
  return null
}

/**
 * Detects a change governing the mention that starts at `start`.
 *
 * @param text - The whole text.
 * @param start - Start offset of the mention (including its qualifier).
 * @returns The change, or `null` for a level.
 */
export function detectChange(text: string, start: number): Change | null {
  if (start === 0) return null
  if (((FLAGS[text.charCodeAt(start - 1)] ?? 0) & VERB_LAST) !== 0) {
    const w = windowBefore(text, start)
    const m = VERB_AT_END.exec(w)
    if (m !== null) return { direction: directionOf(m[1] ?? m[2] ?? m[3] ?? ''), basis: basisOf(w) }
    if (LEVEL_MARKER.test(w)) return null
  }
  if (!mayHaveVerbObject(text, 0, start)) return null
  const from = windowStart(text, start)
  if (!mayHaveVerbObject(text, from, start)) return null
  const w = text.slice(from, start)
  const g = VERB_OBJECT.exec(w)
  if (g === null || LEVEL_MARKER.test(g[2] ?? '')) return null
  return { direction: directionOf(g[1] ?? ''), basis: basisOf(w) }
}

/**
 * Change of a percentage-point mention (always a change). Direction from the governing
 * verb or comparison word in the clause (高出/低于 …), defaulting to `up` when the text
 * states none (e.g. 相差2个百分点).
 *
 * @param text - The whole text.
 * @param start - Start offset of the mention.
 * @returns The change (never `null`).
 */
export function pointChange(text: string, start: number): Change {
  const found = detectChange(text, start)
  if (found !== null) return found
  const w = windowBefore(text, start)
  const up = w.search(COMPARE_UP)
  const down = w.search(COMPARE_DOWN)
  const direction = down > up ? 'down' : 'up'
  return { direction, basis: basisOf(w) }
}
