/**
 * Dates: `parseReportDate`, `findDates`.
 *
 * @module
 */

import { getDaysInMonth, isExists } from 'date-fns'
import { assertString, baseYear } from './args.js'
import { cnDigit, isAsciiDigit, isAsciiLetter, isNumeralChar, scanView, toHalfWidth } from './chars.js'
import { numeralDecimal } from './numeral.js'
import type { DateMention, DateOptions, DatePrecision, ReportDate } from './types.js'

/** Spaces inside a date (2024 年 1 月): at most three, so every pattern stays linear. */
const S = '[ \\t\\u3000\\u00a0]{0,3}'
const YA = '(?:1\\d{3}|2\\d{3})'
const YC = '[〇○零Oo一二三四五六七八九]{4}'
const MA = '(?:1[0-2]|0?[1-9])'
const MC = '(?:十[一二]?|[一二三四五六七八九])'
const DA = '(?:3[01]|[12]\\d|0?[1-9])'
const DC =
  '(?:三十一?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])'
const M = `${MA}|${MC}`
const D = `${DA}|${DC}`
const N = '(?:1[0-2]|[1-9]|十[一二]?|[一二两三四五六七八九])'
const CONN = '(?:-|—{1,2}|–|~|－|～|ー|至|到)'
const TIME = `(?:(?:T|${S}(?:(?:上午|下午|晚上|早上|中午|凌晨)${S})?)(?:[01]?\\d|2[0-3])[:：][0-5]\\d(?:[:：][0-5]\\d(?:\\.\\d{1,3})?)?(?:时|Z|[+-][01]\\d:?[0-5]\\d)?)?`
/** 底/末/初 after 年 or 月 (初 not in 初步, 初期 …). */
const EDGE = '[底末]|初(?!步|期|心|衷|始|级|审|次|中|见|稿)'

/** After a month: a day, an edge (月底), or a dekad (上旬). `p` prefixes the group names. */
const monthTail = (p: string): string =>
  `(?:${S}(?<${p}D>${D})${S}[日号]${TIME}|月?(?<${p}Edge>${EDGE})|(?<${p}Xun>[上中下])旬)`
/** After a year: a month, a half, a quarter (with edge), the first N quarters/months, or an edge. */
const yearTail = (p: string): string =>
  `(?:(?<${p}M>${M})${S}月(?:份)?${monthTail(p)}?` +
  `|(?<${p}Half>[上下前后])半年` +
  `|(?<${p}Q>首|第?[一二三四1-4])季度(?<${p}QEdge>${EDGE})?` +
  `|前(?<${p}QN>[一二两三四1-4])个?季度` +
  `|前(?<${p}MN>${N})个?月(?:份)?` +
  `|年?(?<${p}YEdge>${EDGE}))`

/**
 * The atom regex (named groups, one prefix per alternative):
 * `iso*` 2025-01-06; `ry*` 2023—2025年; `c*` a year with an optional tail;
 * `m*` a yearless month; `h*`/`q*`/`n*` yearless halves, quarters, first-N periods;
 * `e*` 年底; `mr*` 1-3月.
 */
const ATOM_SOURCE =
  `(?<isoY>${YA})(?<isoSep>[-/.／－])(?<isoM>${MA})\\k<isoSep>(?<isoD>${DA})(?!\\d)${TIME}` +
  `|(?<ryFrom>${YA})${S}${CONN}${S}(?<ryTo>${YA})(?!\\d)(?<ryNian>${S}年(?:度)?)?` +
  `|(?<cY>${YA}|${YC})${S}年(?:度|内)?(?:${S}${yearTail('c')})?` +
  `|(?<mM>${M})${S}月(?<mFen>份)?${monthTail('m')}?` +
  `|(?<hHalf>[上下前后])半年` +
  `|(?<qQ>首|第?[一二三四1-4])季度(?<qQEdge>${EDGE})?` +
  `|前(?<nQN>[一二两三四1-4])个?季度` +
  `|年(?<eYEdge>${EDGE})` +
  `|(?<mrFrom>${MA})${S}${CONN}${S}(?<mrTo>${MA})${S}月(?:份)?`
const ATOM_STICKY = new RegExp(ATOM_SOURCE, 'y')

const CONN_STICKY = new RegExp(`${S}${CONN}${S}`, 'y')
/** Second half of a range: a dated atom, an ISO date, a yearless month (and day), or a day. */
const ATOM2_STICKY = new RegExp(
  `(?<y>${YA}|${YC})${S}年(?:度)?(?:${S}(?<m>${M})${S}月(?:份)?(?:${S}(?<d>${D})${S}[日号]${TIME})?)?` +
    `|(?<isoY>${YA})(?<isoSep>[-/.／－])(?<isoM>${MA})\\k<isoSep>(?<isoD>${DA})(?!\\d)${TIME}` +
    `|(?<mM>${M})${S}月(?:份)?(?:${S}(?<mD>${D})${S}[日号]${TIME})?` +
    `|(?<dD>${D})${S}[日号]${TIME}`,
  'y',
)
/** 2018年1-9月: groups from, to. */
const MONTH_RANGE_STICKY = new RegExp(`${S}(?<from>${M})${S}${CONN}${S}(?<to>${M})${S}月(?:份)?`, 'y')
/** 2019年4月12-19日: groups from, to. */
const DAY_RANGE_STICKY = new RegExp(`${S}(?<from>${D})${S}${CONN}${S}(?<to>${D})${S}[日号]`, 'y')

const AS_OF_PREFIXES = ['截至到', '截止到', '截止至', '截至', '截止']
const RELATIVE_YEAR: Readonly<Record<string, number>> = {
  今: 0,
  本: 0,
  当: 0,
  去: -1,
  上: -1,
  前: -2,
  明: 1,
  次: 1,
  来: 1,
}
/** After a bare year range (2021-2025) these characters mean it is an amount, not years. */
const NOT_AFTER_BARE_RANGE = /[0-9.%万亿千百元件项人名次个宗份]/

const PRECISION_RANK: Readonly<Record<DatePrecision, number>> = {
  day: 0,
  month: 1,
  quarter: 2,
  half: 3,
  year: 4,
}

/** A resolved atom: the period it covers. */
interface Period {
  y: number
  precision: DatePrecision
  /** Month (1–12) for day/month precision. */
  m: number
  d: number
  /** Quarter (1–4) or half (1–2). */
  part: number
  implied: boolean
}

function pad(n: number, width: number): string {
  const s = String(n)
  return s.length >= width ? s : '0'.repeat(width - s.length) + s
}

function iso(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`
}

function lastDay(y: number, m: number): number {
  return getDaysInMonth(new Date(y, m - 1, 1))
}

/** First and last day of a period (inclusive). */
function bounds(p: Period): [string, string] {
  switch (p.precision) {
    case 'day':
      return [iso(p.y, p.m, p.d), iso(p.y, p.m, p.d)]
    case 'month':
      return [iso(p.y, p.m, 1), iso(p.y, p.m, lastDay(p.y, p.m))]
    case 'quarter': {
      const first = p.part * 3 - 2
      return [iso(p.y, first, 1), iso(p.y, first + 2, lastDay(p.y, first + 2))]
    }
    case 'half':
      return p.part === 1 ? [iso(p.y, 1, 1), iso(p.y, 6, 30)] : [iso(p.y, 7, 1), iso(p.y, 12, 31)]
    default:
      return [iso(p.y, 1, 1), iso(p.y, 12, 31)]
  }
}

/** Reads a year written in Arabic or Chinese digits; `NaN` outside 1000–2999. */
function yearOf(s: string): number {
  let y = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    const d = isAsciiDigit(c) ? c - 48 : c === 79 || c === 111 ? 0 : cnDigit(c)
    if (d < 0) return Number.NaN
    y = y * 10 + d
  }
  return y >= 1000 && y <= 2999 ? y : Number.NaN
}

/** Reads a month or day written in Arabic or Chinese numerals. */
function smallOf(s: string): number {
  const dec = numeralDecimal(s)
  return dec === null ? Number.NaN : Number(dec)
}

function quarterOf(s: string): number {
  const c = s.charCodeAt(0)
  return isAsciiDigit(c) ? c - 48 : cnDigit(c)
}

function dayPeriod(y: number, m: number, d: number, implied: boolean): Period | null {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31) || !isExists(y, m - 1, d)) return null
  return { y, precision: 'day', m, d, part: 0, implied }
}

function monthPeriod(y: number, m: number, implied: boolean): Period | null {
  if (!(m >= 1 && m <= 12)) return null
  return { y, precision: 'month', m, d: 0, part: 0, implied }
}

function toReportDate(from: Period, to: Period | null, kind: ReportDate['kind']): ReportDate | null {
  const [start, end1] = bounds(from)
  let end = end1
  let precision = from.precision
  if (to !== null) {
    const [start2, end2] = bounds(to)
    if (start2 < start) return null
    end = end2
    if (PRECISION_RANK[to.precision] < PRECISION_RANK[precision]) precision = to.precision
  }
  return { start, end, precision, kind, impliedYear: from.implied || (to?.implied ?? false) }
}

/** Scanner state for one call. */
interface Scan {
  /** Width-normalized text. */
  t: string
  /** Year for yearless dates, or `null`. */
  base: number | null
  /** Whole-string mode (parseReportDate): looser rules. */
  whole: boolean
}

const MEI = '每'.charCodeAt(0)
const NIAN = '年'.charCodeAt(0)

/**
 * The year a yearless atom starting at `at` belongs to, and where its relative prefix
 * (今年/去年 …) starts. `null` when no year is known (or after 每/每年).
 */
function yearlessYear(sc: Scan, at: number, startsWithNian: boolean): [number, number] | null {
  const t = sc.t
  if (sc.base === null) return null
  // 今年底: the atom 年底 shares 年 with the relative word.
  const wordEnd = startsWithNian ? at + 1 : at
  if (wordEnd >= 2 && t.charCodeAt(wordEnd - 1) === NIAN) {
    const rel = RELATIVE_YEAR[t.charAt(wordEnd - 2)]
    if (rel !== undefined) return [sc.base + rel, wordEnd - 2]
    if (t.charCodeAt(wordEnd - 2) === MEI) return null
  }
  if (at > 0 && t.charCodeAt(at - 1) === MEI) return null
  return [sc.base, at]
}

/** Left-boundary check: the atom must not continue a number or a word. */
function leftOk(t: string, at: number): boolean {
  if (at === 0) return true
  const prev = t.charCodeAt(at - 1)
  if (isAsciiDigit(prev) || isAsciiLetter(prev) || prev === 46 || prev === 0x7b2c /* 第 */) return false
  const first = t.charCodeAt(at)
  if (!isAsciiDigit(first) && isNumeralChar(prev)) return false
  return true
}

interface AtomResult {
  start: number
  end: number
  period: Period
  /** Second period for ranges found inside the atom itself (year range, 前三季度, 上旬 …). */
  to: Period | null
}

type Groups = Record<string, string | undefined>

function halfPeriod(y: number, ch: string, implied: boolean): Period {
  return { y, precision: 'half', m: 0, d: 0, part: ch === '上' || ch === '前' ? 1 : 2, implied }
}

function quarterPeriod(y: number, q: number, implied: boolean): Period | null {
  return q >= 1 && q <= 4 ? { y, precision: 'quarter', m: 0, d: 0, part: q, implied } : null
}

/** 季度末 → the quarter's last month, 季度初 → its first month. */
function quarterWithEdge(y: number, qText: string, edge: string | undefined, implied: boolean): AtomPeriods {
  const q = qText === '首' ? 1 : quarterOf(qText.replace('第', ''))
  if (edge === undefined) return [quarterPeriod(y, q, implied), undefined]
  return [monthPeriod(y, edge === '初' ? q * 3 - 2 : q * 3, implied), undefined]
}

/** The atom's period and, for atoms that are ranges, the second period (`null` = invalid). */
type AtomPeriods = [Period | null, Period | null | undefined]

/** 上旬 1–10, 中旬 11–20, 下旬 21–end. */
function dekad(y: number, m: number, xun: string, implied: boolean): AtomPeriods {
  if (!(m >= 1 && m <= 12)) return [null, undefined]
  const first = xun === '上' ? 1 : xun === '中' ? 11 : 21
  const last = xun === '下' ? lastDay(y, m) : first + 9
  return [dayPeriod(y, m, first, implied), dayPeriod(y, m, last, implied)]
}

/** A month, optionally with a day, an edge or a dekad (group prefix `p`). */
function monthAtom(y: number, g: Groups, p: string, month: string, implied: boolean): AtomPeriods {
  const mo = smallOf(month)
  const day = g[`${p}D`]
  if (day !== undefined) return [dayPeriod(y, mo, smallOf(day), implied), undefined]
  const xun = g[`${p}Xun`]
  if (xun !== undefined) return dekad(y, mo, xun, implied)
  return [monthPeriod(y, mo, implied), undefined]
}

/** The periods of a year tail (group prefix `c`). */
function yearTailAtom(y: number, g: Groups): AtomPeriods {
  if (g.cM !== undefined) return monthAtom(y, g, 'c', g.cM, false)
  if (g.cHalf !== undefined) return [halfPeriod(y, g.cHalf, false), undefined]
  if (g.cQ !== undefined) return quarterWithEdge(y, g.cQ, g.cQEdge, false)
  if (g.cQN !== undefined) return [quarterPeriod(y, 1, false), quarterPeriod(y, smallOf(g.cQN), false)]
  if (g.cMN !== undefined) return [monthPeriod(y, 1, false), monthPeriod(y, smallOf(g.cMN), false)]
  if (g.cYEdge !== undefined) return [monthPeriod(y, g.cYEdge === '初' ? 1 : 12, false), undefined]
  return [yearPeriod(y, false), undefined]
}

/** Resolves an atom match into periods (or `null` to skip it). */
function readAtom(sc: Scan, m: RegExpExecArray): AtomResult | null {
  const t = sc.t
  const at = m.index
  const end = at + m[0].length
  const g = m.groups as Groups
  if (!leftOk(t, at)) return null
  let start = at
  let periods: AtomPeriods
  if (g.isoY !== undefined) {
    periods = [dayPeriod(Number(g.isoY), Number(g.isoM), Number(g.isoD), false), undefined]
  } else if (g.ryFrom !== undefined) {
    const y1 = Number(g.ryFrom)
    const y2 = Number(g.ryTo)
    if (y2 < y1) return null
    if (g.ryNian === undefined && !sc.whole) {
      if (y1 < 1900 || y2 > 2099 || NOT_AFTER_BARE_RANGE.test(t.charAt(end))) return null
    }
    periods = [yearPeriod(y1, false), yearPeriod(y2, false)]
  } else if (g.cY !== undefined) {
    const y = yearOf(g.cY)
    if (Number.isNaN(y)) return null
    periods = yearTailAtom(y, g)
  } else {
    const yr = yearlessYear(sc, at, g.eYEdge !== undefined)
    if (g.mM !== undefined) {
      // Chinese month names alone (十月) are too ambiguous in running text.
      const chinese = !isAsciiDigit(g.mM.charCodeAt(0))
      const bare = g.mFen === undefined && g.mD === undefined && g.mEdge === undefined && g.mXun === undefined
      if (!sc.whole && chinese && bare) return null
      if (yr === null) return null
      periods = monthAtom(yr[0], g, 'm', g.mM, true)
    } else {
      if (yr === null) return null
      const y = yr[0]
      if (g.hHalf !== undefined) periods = [halfPeriod(y, g.hHalf, true), undefined]
      else if (g.qQ !== undefined) periods = quarterWithEdge(y, g.qQ, g.qQEdge, true)
      else if (g.nQN !== undefined)
        periods = [quarterPeriod(y, 1, true), quarterPeriod(y, smallOf(g.nQN), true)]
      else if (g.eYEdge !== undefined) periods = [monthPeriod(y, g.eYEdge === '初' ? 1 : 12, true), undefined]
      else if (g.mrFrom !== undefined) {
        periods = [monthPeriod(y, Number(g.mrFrom), true), monthPeriod(y, Number(g.mrTo), true)]
      } else return null
    }
    start = yr[1]
  }
  const [from, to] = periods
  if (from === null || to === null) return null
  return { start, end, period: from, to: to ?? null }
}

function yearPeriod(y: number, implied: boolean): Period {
  return { y, precision: 'year', m: 0, d: 0, part: 0, implied }
}

/** Tries to extend `a` into a range (…至…, …-…). Returns the new end and second period. */
function extendRange(sc: Scan, a: AtomResult): [number, Period] | null {
  const t = sc.t
  const p = a.period
  if (p.precision === 'year') {
    MONTH_RANGE_STICKY.lastIndex = a.end
    const mr = MONTH_RANGE_STICKY.exec(t)?.groups
    if (mr !== undefined) {
      const m1 = monthPeriod(p.y, smallOf(mr.from ?? ''), p.implied)
      const m2 = monthPeriod(p.y, smallOf(mr.to ?? ''), p.implied)
      if (m1 !== null && m2 !== null && m2.m >= m1.m) {
        a.period = m1
        return [MONTH_RANGE_STICKY.lastIndex, m2]
      }
    }
  }
  if (p.precision === 'month') {
    DAY_RANGE_STICKY.lastIndex = a.end
    const dr = DAY_RANGE_STICKY.exec(t)?.groups
    if (dr !== undefined) {
      const d1 = dayPeriod(p.y, p.m, smallOf(dr.from ?? ''), p.implied)
      const d2 = dayPeriod(p.y, p.m, smallOf(dr.to ?? ''), p.implied)
      if (d1 !== null && d2 !== null) {
        a.period = d1
        return [DAY_RANGE_STICKY.lastIndex, d2]
      }
    }
  }
  if (p.precision !== 'day' && p.precision !== 'month' && p.precision !== 'year') return null
  CONN_STICKY.lastIndex = a.end
  if (!CONN_STICKY.test(t)) return null
  ATOM2_STICKY.lastIndex = CONN_STICKY.lastIndex
  const m = ATOM2_STICKY.exec(t)
  if (m === null) return null
  const g = m.groups as Groups
  const end = ATOM2_STICKY.lastIndex
  if (end < t.length && isAsciiDigit(t.charCodeAt(end))) return null
  let q: Period | null = null
  if (g.y !== undefined) {
    const y = yearOf(g.y)
    if (Number.isNaN(y)) return null
    if (g.m === undefined) q = yearPeriod(y, false)
    else if (g.d === undefined) q = monthPeriod(y, smallOf(g.m), false)
    else q = dayPeriod(y, smallOf(g.m), smallOf(g.d), false)
  } else if (g.isoY !== undefined) {
    q = dayPeriod(Number(g.isoY), Number(g.isoM), Number(g.isoD), false)
  } else if (g.mM !== undefined) {
    if (p.precision === 'year') return null
    const mo = smallOf(g.mM)
    const y = mo < p.m ? p.y + 1 : p.y
    q = g.mD !== undefined ? dayPeriod(y, mo, smallOf(g.mD), p.implied) : monthPeriod(y, mo, p.implied)
  } else if (g.dD !== undefined) {
    if (p.precision !== 'day') return null
    q = dayPeriod(p.y, p.m, smallOf(g.dD), p.implied)
  }
  return q === null ? null : [end, q]
}

/** Offset where an as-of prefix (截至 …) ending at `at` starts, or -1. */
function asOfStart(t: string, at: number): number {
  for (const prefix of AS_OF_PREFIXES) {
    if (at >= prefix.length && t.startsWith(prefix, at - prefix.length)) return at - prefix.length
  }
  return -1
}

/** Reads one date mention at the regex match `m`, or `null`. */
function readDate(sc: Scan, m: RegExpExecArray): { start: number; end: number; value: ReportDate } | null {
  const a = readAtom(sc, m)
  if (a === null) return null
  let end = a.end
  let to = a.to
  if (to === null) {
    const r = extendRange(sc, a)
    if (r !== null) {
      end = r[0]
      to = r[1]
    }
  }
  let start = a.start
  let kind: ReportDate['kind'] = to === null ? 'point' : 'range'
  if (to === null) {
    const s = asOfStart(sc.t, start)
    if (s >= 0) {
      start = s
      kind = 'as_of'
    }
  }
  const value = toReportDate(a.period, to, kind)
  return value === null ? null : { start, end, value }
}

/**
 * Finds every date in running text: `2025-01-06`, `2024-04-02 10:28`, `2024年04月02日`,
 * `二〇二五年一月十五日`, `2021年8月`, `2024年` (a year), `2024年上半年`, `2024年第一季度`,
 * `2024年底`, ranges (`2023—2025年`, `2021年8月至11月`, `2019年4月12-19日`) and as-of
 * dates (`截至2021年12月31日`, with the prefix in the span).
 *
 * Yearless dates (`10月22日`, `上半年`, `第一季度`, `年底`, `今年3月`) take their year from
 * `options.reportYear`, else `options.referenceDate`; without either they are skipped.
 * 今年/去年/明年 before a yearless date shift that year and join the span. A Chinese
 * month name alone (十月) is only a date with a day, 份 or 底/初 after it; a bare
 * `2021-2025` (no 年) is a range only for years 1900–2099 not followed by an amount.
 * Invalid calendar dates (`2023年2月30日`) are skipped.
 *
 * @param text - Running text (raw or the half-width view).
 * @param options - `reportYear` / `referenceDate` for yearless dates (default: none).
 * @returns Mentions in document order, non-overlapping.
 * @throws {@link FazhiReportError} `INVALID_ARGUMENT` when `text` is not a string;
 *   `INVALID_OPTION` for a non-integer `reportYear` or an invalid `referenceDate`.
 * @category Normalizers
 * @example
 * ```ts
 * findDates('发布日期:2025-01-06，梅州第三督察组于10月22日到我市', { reportYear: 2024 })
 * //=> [
 * //   { type: 'date', start: 5, end: 15, text: '2025-01-06', value: { start: '2025-01-06', end: '2025-01-06', precision: 'day', kind: 'point', impliedYear: false } },
 * //   { type: 'date', start: 23, end: 29, text: '10月22日', value: { start: '2024-10-22', end: '2024-10-22', precision: 'day', kind: 'point', impliedYear: true } },
 * // ]
 * ```
 */
export function findDates(text: string, options?: Readonly<DateOptions> | null): DateMention[] {
  assertString(text, 'findDates')
  const sc: Scan = { t: scanView(text), base: baseYear(options, 'findDates'), whole: false }
  const t = sc.t
  const out: DateMention[] = []
  let lastEnd = 0
  ANCHOR.lastIndex = 0
  for (let a = ANCHOR.exec(t); a !== null; a = ANCHOR.exec(t)) {
    const m = atomCovering(t, a.index, lastEnd)
    if (m === null) continue
    const atomEnd = m.index + m[0].length
    // A rejected atom is skipped whole: 2019年2月29日 must not turn into a yearless 2月29日.
    if (ANCHOR.lastIndex < atomEnd) ANCHOR.lastIndex = atomEnd
    const r = readDate(sc, m)
    if (r === null || r.start < lastEnd) continue
    out.push({ type: 'date', start: r.start, end: r.end, text: text.slice(r.start, r.end), value: r.value })
    lastEnd = r.end
    if (ANCHOR.lastIndex < r.end) ANCHOR.lastIndex = r.end
  }
  return out
}

/**
 * Every date atom contains 年, 月, 季 or 半, or starts with four digits and a
 * separator: the finder looks for these anchors and then for the leftmost atom that
 * covers the anchor, starting at most {@link MAX_BACK} characters before it.
 */
const ANCHOR = /[年月季半]|\d{4}[ \t\u3000\u00a0]{0,3}[-/.~—–－～ー至到]/g
const MAX_BACK = 14
/** Characters an atom can have before its anchor (digits, numerals, 第/首/上/下/前/后, spaces, dashes). */
const BACK = new Set<number>(
  [...'0123456789〇○零Oo一二两三四五六七八九十廿第首上下前后 \t\u3000\u00a0-—–~－～ー至到'].map((c) =>
    c.charCodeAt(0),
  ),
)

/** The leftmost atom match that covers offset `anchor` and starts at or after `floor`. */
function atomCovering(t: string, anchor: number, floor: number): RegExpExecArray | null {
  const lowest = Math.max(floor, anchor - MAX_BACK)
  let s0 = anchor
  while (s0 > lowest && BACK.has(t.charCodeAt(s0 - 1))) s0--
  for (let s = s0; s <= anchor; s++) {
    ATOM_STICKY.lastIndex = s
    const m = ATOM_STICKY.exec(t)
    if (m !== null && s + m[0].length > anchor) return m
  }
  return null
}

const RELATIVE_WORD = /^(今年|本年|当年|这一年|去年|上年|上一年|前年|明年|次年|来年|下年|下一年)(度)?/
const RELATIVE_DELTA: Readonly<Record<string, number>> = {
  今年: 0,
  本年: 0,
  当年: 0,
  这一年: 0,
  去年: -1,
  上年: -1,
  上一年: -1,
  前年: -2,
  明年: 1,
  次年: 1,
  来年: 1,
  下年: 1,
  下一年: 1,
}
const POSITIONAL_YEAR = /^([零〇一二两三四五六七八九十百千]+)年/
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/
const BARE_YEAR = /^\d{4}$/
const MONTH_DAY_TAIL = new RegExp(`月(${D})$`)
/** A weekday or a spoken clock time after a date (…，星期一, …八点半): dropped by parseReportDate. */
const TRAILER =
  /(?:[,，]?[ \t]{0,3}(?:星期|礼拜|周)[一二三四五六日天]|[ \t]{0,3}(?:上午|下午|晚上|早上|中午|凌晨)?[零一二两三四五六七八九十]{1,3}[点时](?:[零一二三四五六七八九十]{1,3}分|半)?)$/

/**
 * Parses a string that is exactly one date, period, range or as-of date.
 *
 * Accepts everything {@link findDates} finds, plus (whole string only): a bare year
 * (`2024`), a compact date (`20240307`), 今年/去年/明年 with or without a part
 * (`去年上半年`), a positional Chinese year (`两千零四年八月十五`), a month and day without
 * 日 (`八月十五`), and a 从/自 … (止) frame around a range. The result carries `start`
 * and `end` (ISO dates, inclusive), `precision`, `kind` and `impliedYear`.
 * Conventions: 年底/年末 → December and 年初 → January (precision `month`); 月底/月初 →
 * that month; 季度末/季度初 → the quarter's last/first month; 上旬/中旬/下旬 → a `range` of
 * days (1–10, 11–20, 21–end); 前三季度/前十一个月 → a `range` from the first quarter/month;
 * a range includes its final unit (`2023—2025年` ends 2025-12-31); `impliedYear` is
 * `true` whenever the year came from the options (yearless input, 今年/去年). Times of
 * day and a trailing weekday are accepted and dropped. Open periods (2018年以来, 2025年前),
 * lunar dates, relative months (上个月) and two-digit years (15年) are not read.
 *
 * @param text - The string.
 * @param options - `reportYear` / `referenceDate` for yearless dates (default: none).
 * @returns The date, or `null` (also for yearless input without a year to use, and for
 *   invalid calendar dates such as `2023年2月30日`).
 * @throws {@link FazhiReportError} `INVALID_ARGUMENT` when `text` is not a string;
 *   `INVALID_OPTION` for a non-integer `reportYear` or an invalid `referenceDate`.
 * @category Normalizers
 * @example
 * ```ts
 * parseReportDate('2025年1月15日') //=> { start: '2025-01-15', end: '2025-01-15', precision: 'day', kind: 'point', impliedYear: false }
 * parseReportDate('2024年上半年') //=> { start: '2024-01-01', end: '2024-06-30', precision: 'half', kind: 'point', impliedYear: false }
 * parseReportDate('截至2021年12月31日').kind //=> 'as_of'
 * parseReportDate('2023—2025年') //=> { start: '2023-01-01', end: '2025-12-31', precision: 'year', kind: 'range', impliedYear: false }
 * parseReportDate('10月22日', { reportYear: 2024 })?.start //=> '2024-10-22'
 * parseReportDate('2023年2月30日') //=> null
 * ```
 */
export function parseReportDate(text: string, options?: Readonly<DateOptions> | null): ReportDate | null {
  assertString(text, 'parseReportDate')
  const base = baseYear(options, 'parseReportDate')
  let s = toHalfWidth(text).trim()
  if (s === '') return null
  let implied = false
  // 从/自 … 止 frame.
  const framed = /^(?:自从|从|自)(.+?)(?:止|为止)?$/.exec(s)
  if (framed !== null) s = framed[1] ?? s
  const rel = RELATIVE_WORD.exec(s)
  if (rel !== null) {
    if (base === null) return null
    s = `${base + (RELATIVE_DELTA[rel[1] ?? ''] ?? 0)}年${s.slice(rel[0].length)}`
    implied = true
  }
  const pos = POSITIONAL_YEAR.exec(s)
  if (pos !== null && /[十百千]/.test(pos[1] ?? '')) {
    const y = Number(numeralDecimal(pos[1] ?? ''))
    if (!(y >= 1000 && y <= 2999)) return null
    s = `${y}年${s.slice(pos[0].length)}`
  }
  const trailer = TRAILER.exec(s)
  if (trailer !== null && trailer.index > 0) s = s.slice(0, trailer.index)
  const compactDate = COMPACT.exec(s)
  if (compactDate !== null) s = `${compactDate[1]}-${compactDate[2]}-${compactDate[3]}`
  if (BARE_YEAR.test(s)) s = `${s}年`
  if (MONTH_DAY_TAIL.test(s)) s = `${s}日`
  const sc: Scan = { t: s, base, whole: true }
  let at = 0
  for (const prefix of AS_OF_PREFIXES) {
    if (s.startsWith(prefix)) {
      at = prefix.length
      break
    }
  }
  ATOM_STICKY.lastIndex = at
  const m = ATOM_STICKY.exec(s)
  if (m === null) return null
  const r = readDate(sc, m)
  if (r === null || r.start !== 0 || r.end !== s.length) return null
  return implied ? { ...r.value, impliedYear: true } : r.value
}
