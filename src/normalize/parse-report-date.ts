/**
 * Dates: `parseReportDate`, `findDates`.
 *
 * @module
 */

import { getDaysInMonth, isExists } from 'date-fns'
import { assertString, baseYear } from './args.js'
import { cnDigit, isNumeralChar, Marks, markAll, scanView, toHalfWidth } from './chars.js'
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

/** A named back-reference at the start of a string (after its backslash). */
const NAMED_REFERENCE = /^k<(\w+)>/
/** The character after `(?<` that makes a look-behind rather than a named group. */
const LOOKBEHIND_MARK = /[=!]/

/**
 * Rewrites the named groups of a regex source as numbered ones (`(?<name>` → `(`,
 * `\\k<name>` → a numbered back-reference) and returns each name's group number: a
 * match then carries no `groups` object, which V8 builds slowly (internal).
 */
function numbered<K extends string>(source: string, names: readonly K[]): [string, Record<K, number>] {
  const index: Record<string, number> = {}
  let out = ''
  let count = 0
  let i = 0
  while (i < source.length) {
    const ch = source.charAt(i)
    if (ch === '\\') {
      const ref = NAMED_REFERENCE.exec(source.slice(i + 1, i + 40))
      if (ref !== null) {
        out += `(?:\\${index[ref[1] ?? '']})`
        i += 1 + ref[0].length
      } else {
        out += source.slice(i, i + 2)
        i += 2
      }
    } else if (ch === '[') {
      let j = i + 1
      while (j < source.length && source.charAt(j) !== ']') j += source.charAt(j) === '\\' ? 2 : 1
      out += source.slice(i, j + 1)
      i = j + 1
    } else if (ch === '(' && source.startsWith('(?<', i) && !LOOKBEHIND_MARK.test(source.charAt(i + 3))) {
      const close = source.indexOf('>', i)
      index[source.slice(i + 3, close)] = ++count
      out += '('
      i = close + 1
    } else {
      if (ch === '(' && source.charAt(i + 1) !== '?') count++
      out += ch
      i++
    }
  }
  const groups = {} as Record<K, number>
  for (const name of names) groups[name] = index[name] ?? 0
  return [out, groups]
}

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
const [ATOM_NUMBERED, A] = numbered(ATOM_SOURCE, [
  'isoY',
  'isoM',
  'isoD',
  'ryFrom',
  'ryTo',
  'ryNian',
  'cY',
  'cM',
  'cD',
  'cXun',
  'cHalf',
  'cQ',
  'cQEdge',
  'cQN',
  'cMN',
  'cYEdge',
  'mM',
  'mFen',
  'mD',
  'mEdge',
  'mXun',
  'hHalf',
  'qQ',
  'qQEdge',
  'nQN',
  'eYEdge',
  'mrFrom',
  'mrTo',
] as const)
const ATOM_STICKY = new RegExp(ATOM_NUMBERED, 'y')

const CONN_STICKY = new RegExp(`${S}${CONN}${S}`, 'y')
/** Second half of a range: a dated atom, an ISO date, a yearless month (and day), or a day. */
const [ATOM2_NUMBERED, B] = numbered(
  `(?<y>${YA}|${YC})${S}年(?:度)?(?:${S}(?<m>${M})${S}月(?:份)?(?:${S}(?<d>${D})${S}[日号]${TIME})?)?` +
    `|(?<isoY>${YA})(?<isoSep>[-/.／－])(?<isoM>${MA})\\k<isoSep>(?<isoD>${DA})(?!\\d)${TIME}` +
    `|(?<mM>${M})${S}月(?:份)?(?:${S}(?<mD>${D})${S}[日号]${TIME})?` +
    `|(?<dD>${D})${S}[日号]${TIME}`,
  ['y', 'm', 'd', 'isoY', 'isoM', 'isoD', 'mM', 'mD', 'dD'] as const,
)
const ATOM2_STICKY = new RegExp(ATOM2_NUMBERED, 'y')
/** 2018年1-9月: groups 1 from, 2 to. */
const MONTH_RANGE_STICKY = new RegExp(`${S}(${M})${S}${CONN}${S}(${M})${S}月(?:份)?`, 'y')
/** 2019年4月12-19日: groups 1 from, 2 to. */
const DAY_RANGE_STICKY = new RegExp(`${S}(${D})${S}${CONN}${S}(${D})${S}[日号]`, 'y')

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

/** `'00'` … `'31'`: month and day fields of an ISO date. */
const TWO_DIGITS = Array.from({ length: 32 }, (_, n) => pad(n, 2))

function iso(y: number, m: number, d: number): string {
  const year = y >= 1000 && y <= 9999 ? String(y) : pad(y, 4)
  return `${year}-${TWO_DIGITS[m] ?? pad(m, 2)}-${TWO_DIGITS[d] ?? pad(d, 2)}`
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/**
 * Days in month `m` (1–12) of year `y`. Years 0–99 go through `Date` as before, which
 * reads them as 1900–1999.
 */
function lastDay(y: number, m: number): number {
  if (y < 100) return getDaysInMonth(new Date(y, m - 1, 1))
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28
  return MONTH_DAYS[m - 1] ?? getDaysInMonth(new Date(y, m - 1, 1))
}

/** First day of a period. */
function periodStart(p: Period): string {
  switch (p.precision) {
    case 'day':
      return iso(p.y, p.m, p.d)
    case 'month':
      return iso(p.y, p.m, 1)
    case 'quarter':
      return iso(p.y, p.part * 3 - 2, 1)
    case 'half':
      return iso(p.y, p.part === 1 ? 1 : 7, 1)
    default:
      return iso(p.y, 1, 1)
  }
}

/** Last day of a period (inclusive); `start` is its first day. */
function periodEnd(p: Period, start: string): string {
  switch (p.precision) {
    case 'day':
      return start
    case 'month':
      return iso(p.y, p.m, lastDay(p.y, p.m))
    case 'quarter': {
      const last = p.part * 3
      return iso(p.y, last, lastDay(p.y, last))
    }
    case 'half':
      return p.part === 1 ? iso(p.y, 6, 30) : iso(p.y, 12, 31)
    default:
      return iso(p.y, 12, 31)
  }
}

/** Reads a year written in Arabic or Chinese digits; `NaN` outside 1000–2999. */
function yearOf(s: string): number {
  let y = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    const d = isDigit(c) ? c - 48 : c === 79 || c === 111 ? 0 : cnDigit(c)
    if (d < 0) return Number.NaN
    y = y * 10 + d
  }
  return y >= 1000 && y <= 2999 ? y : Number.NaN
}

/** Reads a month or day written in Arabic or Chinese numerals. */
function smallOf(s: string): number {
  const c0 = s.charCodeAt(0)
  const c1 = s.length === 2 ? s.charCodeAt(1) : 48
  if (s.length <= 2 && isDigit(c0) && isDigit(c1)) return s.length === 1 ? c0 - 48 : (c0 - 48) * 10 + c1 - 48
  const dec = numeralDecimal(s)
  return dec === null ? Number.NaN : Number(dec)
}

function quarterOf(s: string): number {
  const c = s.charCodeAt(0)
  return isDigit(c) ? c - 48 : cnDigit(c)
}

function dayPeriod(y: number, m: number, d: number, implied: boolean): Period | null {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null
  // A date exists when its day is within the month (years 0–99: `Date` reads them as 19xx).
  const plain = y >= 100 && Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d)
  if (plain ? d > lastDay(y, m) : !isExists(y, m - 1, d)) return null
  return { y, precision: 'day', m, d, part: 0, implied }
}

function monthPeriod(y: number, m: number, implied: boolean): Period | null {
  if (!(m >= 1 && m <= 12)) return null
  return { y, precision: 'month', m, d: 0, part: 0, implied }
}

function toReportDate(from: Period, to: Period | null, kind: ReportDate['kind']): ReportDate | null {
  const start = periodStart(from)
  let end: string
  let precision = from.precision
  if (to === null) end = periodEnd(from, start)
  else {
    const start2 = periodStart(to)
    if (start2 < start) return null
    end = periodEnd(to, start2)
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
  if (((D_FLAGS[prev] ?? 0) & (F_DIGIT | F_LETTER)) !== 0 || prev === 46 || prev === 0x7b2c /* 第 */)
    return false
  const first = t.charCodeAt(at)
  if (!isDigit(first) && isNumeralChar(prev)) return false
  return true
}

interface AtomResult {
  start: number
  end: number
  period: Period
  /** Second period for ranges found inside the atom itself (year range, 前三季度, 上旬 …). */
  to: Period | null
}

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

/** A month, optionally with a day (group `dayGroup`), an edge or a dekad (group `xunGroup`). */
function monthAtom(
  y: number,
  m: RegExpExecArray,
  dayGroup: number,
  xunGroup: number,
  month: string,
  implied: boolean,
): AtomPeriods {
  const mo = smallOf(month)
  const day = m[dayGroup]
  if (day !== undefined) return [dayPeriod(y, mo, smallOf(day), implied), undefined]
  const xun = m[xunGroup]
  if (xun !== undefined) return dekad(y, mo, xun, implied)
  return [monthPeriod(y, mo, implied), undefined]
}

/** The periods of a year tail (the `c*` groups). */
function yearTailAtom(y: number, m: RegExpExecArray): AtomPeriods {
  const cM = m[A.cM]
  if (cM !== undefined) return monthAtom(y, m, A.cD, A.cXun, cM, false)
  const cHalf = m[A.cHalf]
  if (cHalf !== undefined) return [halfPeriod(y, cHalf, false), undefined]
  const cQ = m[A.cQ]
  if (cQ !== undefined) return quarterWithEdge(y, cQ, m[A.cQEdge], false)
  const cQN = m[A.cQN]
  if (cQN !== undefined) return [quarterPeriod(y, 1, false), quarterPeriod(y, smallOf(cQN), false)]
  const cMN = m[A.cMN]
  if (cMN !== undefined) return [monthPeriod(y, 1, false), monthPeriod(y, smallOf(cMN), false)]
  const cYEdge = m[A.cYEdge]
  if (cYEdge !== undefined) return [monthPeriod(y, cYEdge === '初' ? 1 : 12, false), undefined]
  return [yearPeriod(y, false), undefined]
}

/** Resolves an atom match into periods (or `null` to skip it). */
function readAtom(sc: Scan, m: RegExpExecArray): AtomResult | null {
  const t = sc.t
  const at = m.index
  const end = at + m[0].length
  if (!leftOk(t, at)) return null
  let start = at
  let periods: AtomPeriods
  const cY = m[A.cY]
  if (m[A.isoY] !== undefined) {
    periods = [dayPeriod(Number(m[A.isoY]), Number(m[A.isoM]), Number(m[A.isoD]), false), undefined]
  } else if (m[A.ryFrom] !== undefined) {
    const y1 = Number(m[A.ryFrom])
    const y2 = Number(m[A.ryTo])
    if (y2 < y1) return null
    if (m[A.ryNian] === undefined && !sc.whole) {
      if (y1 < 1900 || y2 > 2099 || NOT_AFTER_BARE_RANGE.test(t.charAt(end))) return null
    }
    periods = [yearPeriod(y1, false), yearPeriod(y2, false)]
  } else if (cY !== undefined) {
    const y = yearOf(cY)
    if (Number.isNaN(y)) return null
    periods = yearTailAtom(y, m)
  } else {
    const eYEdge = m[A.eYEdge]
    const yr = yearlessYear(sc, at, eYEdge !== undefined)
    const mM = m[A.mM]
    if (mM !== undefined) {
      // Chinese month names alone (十月) are too ambiguous in running text.
      const chinese = !isDigit(mM.charCodeAt(0))
      const bare =
        m[A.mFen] === undefined &&
        m[A.mD] === undefined &&
        m[A.mEdge] === undefined &&
        m[A.mXun] === undefined
      if (!sc.whole && chinese && bare) return null
      if (yr === null) return null
      periods = monthAtom(yr[0], m, A.mD, A.mXun, mM, true)
    } else {
      if (yr === null) return null
      const y = yr[0]
      const hHalf = m[A.hHalf]
      const qQ = m[A.qQ]
      const nQN = m[A.nQN]
      if (hHalf !== undefined) periods = [halfPeriod(y, hHalf, true), undefined]
      else if (qQ !== undefined) periods = quarterWithEdge(y, qQ, m[A.qQEdge], true)
      else if (nQN !== undefined) periods = [quarterPeriod(y, 1, true), quarterPeriod(y, smallOf(nQN), true)]
      else if (eYEdge !== undefined) periods = [monthPeriod(y, eYEdge === '初' ? 1 : 12, true), undefined]
      else if (m[A.mrFrom] !== undefined) {
        periods = [monthPeriod(y, Number(m[A.mrFrom]), true), monthPeriod(y, Number(m[A.mrTo]), true)]
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
  if (p.precision === 'year' && afterSpacesHas(t, a.end, F_MONTH_FIRST)) {
    MONTH_RANGE_STICKY.lastIndex = a.end
    const mr = MONTH_RANGE_STICKY.exec(t)
    if (mr !== null) {
      const m1 = monthPeriod(p.y, smallOf(mr[1] ?? ''), p.implied)
      const m2 = monthPeriod(p.y, smallOf(mr[2] ?? ''), p.implied)
      if (m1 !== null && m2 !== null && m2.m >= m1.m) {
        a.period = m1
        return [MONTH_RANGE_STICKY.lastIndex, m2]
      }
    }
  }
  if (p.precision === 'month' && afterSpacesHas(t, a.end, F_DAY_FIRST)) {
    DAY_RANGE_STICKY.lastIndex = a.end
    const dr = DAY_RANGE_STICKY.exec(t)
    if (dr !== null) {
      const d1 = dayPeriod(p.y, p.m, smallOf(dr[1] ?? ''), p.implied)
      const d2 = dayPeriod(p.y, p.m, smallOf(dr[2] ?? ''), p.implied)
      if (d1 !== null && d2 !== null) {
        a.period = d1
        return [DAY_RANGE_STICKY.lastIndex, d2]
      }
    }
  }
  if (p.precision !== 'day' && p.precision !== 'month' && p.precision !== 'year') return null
  if (!afterSpacesHas(t, a.end, F_CONN_FIRST)) return null
  CONN_STICKY.lastIndex = a.end
  if (!CONN_STICKY.test(t)) return null
  ATOM2_STICKY.lastIndex = CONN_STICKY.lastIndex
  const m = ATOM2_STICKY.exec(t)
  if (m === null) return null
  const end = ATOM2_STICKY.lastIndex
  if (end < t.length && isDigit(t.charCodeAt(end))) return null
  let q: Period | null = null
  const y2 = m[B.y]
  const mM = m[B.mM]
  const dD = m[B.dD]
  if (y2 !== undefined) {
    const y = yearOf(y2)
    if (Number.isNaN(y)) return null
    const mo = m[B.m]
    const d = m[B.d]
    if (mo === undefined) q = yearPeriod(y, false)
    else if (d === undefined) q = monthPeriod(y, smallOf(mo), false)
    else q = dayPeriod(y, smallOf(mo), smallOf(d), false)
  } else if (m[B.isoY] !== undefined) {
    q = dayPeriod(Number(m[B.isoY]), Number(m[B.isoM]), Number(m[B.isoD]), false)
  } else if (mM !== undefined) {
    if (p.precision === 'year') return null
    const mo = smallOf(mM)
    const y = mo < p.m ? p.y + 1 : p.y
    const mD = m[B.mD]
    q = mD !== undefined ? dayPeriod(y, mo, smallOf(mD), p.implied) : monthPeriod(y, mo, p.implied)
  } else if (dD !== undefined) {
    if (p.precision !== 'day') return null
    q = dayPeriod(p.y, p.m, smallOf(dD), p.implied)
  }
  return q === null ? null : [end, q]
}

/** Offset where an as-of prefix (截至 …) ending at `at` starts, or -1. */
function asOfStart(t: string, at: number): number {
  if (at === 0 || ((D_FLAGS[t.charCodeAt(at - 1)] ?? 0) & F_AS_OF_LAST) === 0) return -1
  for (const prefix of AS_OF_PREFIXES) {
    if (at >= prefix.length && t.startsWith(prefix, at - prefix.length)) return at - prefix.length
  }
  return -1
}

/** Reads one date mention at the regex match `m`, or `null`. */
function readDate(sc: Scan, m: RegExpExecArray): { start: number; end: number; value: ReportDate } | null {
  return dateOfAtom(sc, readAtom(sc, m))
}

/** Reads one date mention from its atom (extended into a range or an as-of date), or `null`. */
function dateOfAtom(
  sc: Scan,
  a: AtomResult | null,
): { start: number; end: number; value: ReportDate } | null {
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
  return datesIn(text, scanView(text), baseYear(options, 'findDates'))
}

/** Bit flags per code unit: quick necessary conditions checked before a sticky regex runs. */
const D_FLAGS = new Uint16Array(0x10000)
/** Characters an atom can have before its anchor (digits, numerals, 第/首/上/下/前/后, spaces, dashes). */
const F_BACK = 1
/** Characters an atom can start with (the first characters of the atom regex's alternatives). */
const F_ATOM_FIRST = 2
/** First characters of a month (M) after the spaces of {@link MONTH_RANGE_STICKY}. */
const F_MONTH_FIRST = 4
/** First characters of a day (D) after the spaces of {@link DAY_RANGE_STICKY}. */
const F_DAY_FIRST = 8
/** First characters of {@link CONN} after the spaces of {@link CONN_STICKY}. */
const F_CONN_FIRST = 16
/** Last characters of the as-of prefixes (截至, 截止, 截至到 …). */
const F_AS_OF_LAST = 32
const F_DIGIT = 64
const F_LETTER = 128
/** The characters of {@link DATE_MARKS}. */
const F_MARK = 256
/** A date anchor character (年月季半). */
const F_ANCHOR = 512
/** The first characters of `EDGE` (底, 末, 初). */
const F_EDGE_FIRST = 1024
/** What a year tail can start with (after the spaces `S`): a month, 上下前后半年, 首/第 季度, 年底 …. */
const F_TAIL_FIRST = 2048
/** The anchor characters: every date atom holds one, or starts with four digits and a connector. */
const ANCHOR_CHARS = '年月季半'
/** The characters that may follow four digits (and up to three spaces) in a year range or an ISO date. */
const CONNECTOR_CHARS = '-/.~—–－～ー至到'

/**
 * The characters {@link datesAt} must be given as marks: the anchors 年月季半 and the
 * connectors that may follow four digits (internal).
 */
export const DATE_MARKS = ANCHOR_CHARS + CONNECTOR_CHARS
/** The marks of the standalone {@link datesIn} (reused). */
const ownMarks = new Marks()

for (const [chars, bit] of [
  ['0123456789', F_DIGIT],
  ['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', F_LETTER],
  ['0123456789〇○零Oo一二两三四五六七八九十廿第首上下前后 \t\u3000\u00a0-—–~－～ー至到', F_BACK],
  ['0123456789〇○零Oo一二三四五六七八九十上下前后首第年', F_ATOM_FIRST],
  ['0123456789十一二三四五六七八九', F_MONTH_FIRST],
  ['0123456789三二廿十一四五六七八九', F_DAY_FIRST],
  ['-—–~－～ー至到', F_CONN_FIRST],
  ['至止到', F_AS_OF_LAST],
  [DATE_MARKS, F_MARK],
  [ANCHOR_CHARS, F_ANCHOR],
  ['底末初', F_EDGE_FIRST],
  ['0123456789十一二三四五六七八九上下前后首第年底末初', F_TAIL_FIRST],
] as const) {
  for (const ch of chars) D_FLAGS[ch.charCodeAt(0)]! |= bit
}

/** Whether a code unit is an ASCII digit (a table lookup). */
function isDigit(code: number): boolean {
  return ((D_FLAGS[code] ?? 0) & F_DIGIT) !== 0
}

/** Whether the character after at most three spaces from `i` has flag `bit` (the `S` prefix of a pattern). */
function afterSpacesHas(t: string, i: number, bit: number): boolean {
  let j = i
  while (j < t.length && j - i < 3 && isDateSpace(t.charCodeAt(j))) j++
  return j < t.length && ((D_FLAGS[t.charCodeAt(j)] ?? 0) & bit) !== 0
}

/** Whether a code unit is a space allowed inside a date (the `S` of the patterns). */
function isDateSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000 || code === 0xa0
}

/**
 * {@link findDates} on `t`, the scan view of `text`, with the base year resolved
 * (internal): {@link datesAt} with the marks of `t`.
 *
 * @param text - The original text (mention texts are sliced from it).
 * @param t - `scanView(text)`.
 * @param base - Year for yearless dates, or `null`.
 * @returns The mentions, as {@link findDates}.
 * @internal
 * @example
 * ```ts
 * datesIn('于10月22日', '于10月22日', 2024).map((d) => d.value.start) //=> ['2024-10-22']
 * ```
 */
export function datesIn(text: string, t: string, base: number | null): DateMention[] {
  return datesAt(text, t, base, markAll(t, D_FLAGS, F_MARK, ownMarks))
}

/**
 * Where the date anchor that ends with the connector at `p` starts: at the four digits
 * before the connector and its spaces (`\d{4}` + up to three spaces + connector), or -1.
 */
function connectorAnchor(t: string, p: number): number {
  let k = p
  while (k > 0 && p - k <= 3 && isDateSpace(t.charCodeAt(k - 1))) k--
  if (p - k > 3 || k < 4) return -1
  for (let j = k - 4; j < k; j++) if (!isDigit(t.charCodeAt(j))) return -1
  return k - 4
}

/**
 * {@link findDates} on `t`, the scan view of `text`, with the base year resolved, given
 * the offsets of the characters of {@link DATE_MARKS} in `t` (internal).
 *
 * Every date atom contains 年, 月, 季 or 半, or starts with four digits and a
 * connector (`\d{4}` + up to three spaces + one of `-/.~—–－～ー至到`): the finder goes
 * from anchor to anchor, leftmost first (a mark is an anchor when it is 年月季半, or a
 * connector with four digits and at most three spaces before it), and looks for the
 * leftmost atom that covers the anchor, starting at most {@link MAX_BACK} characters
 * before it. After an anchor the search resumes at its end, or after the atom and the
 * mention found there.
 *
 * @param text - The original text (mention texts are sliced from it).
 * @param t - `scanView(text)`.
 * @param base - Year for yearless dates, or `null`.
 * @param marks - The offsets of the characters of {@link DATE_MARKS} in `t`, ascending.
 * @returns The mentions, as {@link findDates}.
 * @internal
 * @example
 * ```ts
 * datesAt('于10月', '于10月', 2024, new Marks().push(3)).map((d) => d.value.start) //=> ['2024-10-01']
 * ```
 */
export function datesAt(text: string, t: string, base: number | null, marks: Marks): DateMention[] {
  const out: DateMention[] = []
  const at = marks.at
  let sc: Scan | null = null
  let lastEnd = 0
  let from = 0
  for (let k = 0; k < marks.length; k++) {
    const p = at[k] ?? 0
    if (p < from) continue
    let anchor = p
    if (((D_FLAGS[t.charCodeAt(p)] ?? 0) & F_ANCHOR) === 0) {
      // A connector: the anchor starts at the four digits before its spaces, and only
      // counts when they lie at or after `from` (no other anchor starts in between).
      anchor = connectorAnchor(t, p)
      if (anchor < 0) continue
    }
    const searchedFrom = from
    from = p + 1
    if (anchor < searchedFrom) continue
    sc ??= { t, base, whole: false }
    let atom: AtomResult | null
    let atomEnd = plainYearEnd(t, p, lastEnd)
    if (atomEnd >= 0) atom = leftOk(t, p - 4) ? plainYear(t, p - 4, atomEnd) : null
    else {
      const m = atomCovering(t, anchor, lastEnd)
      if (m === null) continue
      atomEnd = m.index + m[0].length
      atom = readAtom(sc, m)
    }
    // A rejected atom is skipped whole: 2019年2月29日 must not turn into a yearless 2月29日.
    if (from < atomEnd) from = atomEnd
    const r = dateOfAtom(sc, atom)
    if (r === null || r.start < lastEnd) continue
    out.push({ type: 'date', start: r.start, end: r.end, text: text.slice(r.start, r.end), value: r.value })
    lastEnd = r.end
    if (from < r.end) from = r.end
  }
  return out
}

const MAX_BACK = 14

const DU = '度'.charCodeAt(0)
const NEI = '内'.charCodeAt(0)

/**
 * The end of the atom that {@link atomCovering} finds for the anchor 年 at `p` when it is
 * a plain year, `YYYY年`, `YYYY年度` or `YYYY年内` (most dates in reports), or -1 when
 * the atom may be something else. Then the regex is not needed: its first try starts
 * at the four digits (no anchor character before them and not before `floor`), where the
 * ISO and year-range alternatives fail at 年, and the year alternative matches without a
 * tail (the next character is neither a space nor the start of a tail).
 */
function plainYearEnd(t: string, p: number, floor: number): number {
  if (t.charCodeAt(p) !== NIAN) return -1
  const s = p - 4
  if (s < floor) return -1
  const first = t.charCodeAt(s)
  if ((first !== 0x31 && first !== 0x32) || !isDigit(t.charCodeAt(s + 1))) return -1
  if (!isDigit(t.charCodeAt(s + 2)) || !isDigit(t.charCodeAt(s + 3))) return -1
  if (s > floor && ((D_FLAGS[t.charCodeAt(s - 1)] ?? 0) & F_BACK) !== 0) return -1
  let end = p + 1
  const next = t.charCodeAt(end)
  if (next === DU || next === NEI) end++
  const after = t.charCodeAt(end)
  if (isDateSpace(after) || ((D_FLAGS[after] ?? 0) & F_TAIL_FIRST) !== 0) return -1
  return end
}

/** The atom of a plain year whose digits start at `s` (see {@link plainYearEnd}), as {@link readAtom} reads it. */
function plainYear(t: string, s: number, end: number): AtomResult {
  const y =
    (t.charCodeAt(s) - 48) * 1000 +
    (t.charCodeAt(s + 1) - 48) * 100 +
    (t.charCodeAt(s + 2) - 48) * 10 +
    t.charCodeAt(s + 3) -
    48
  return { start: s, end, period: yearPeriod(y, false), to: null }
}

/** The leftmost atom match that covers offset `anchor` and starts at or after `floor`. */
function atomCovering(t: string, anchor: number, floor: number): RegExpExecArray | null {
  const lowest = Math.max(floor, anchor - MAX_BACK)
  let s0 = anchor
  while (s0 > lowest && ((D_FLAGS[t.charCodeAt(s0 - 1)] ?? 0) & F_BACK) !== 0) s0--
  for (let s = s0; s <= anchor; s++) {
    if (((D_FLAGS[t.charCodeAt(s)] ?? 0) & F_ATOM_FIRST) === 0) continue
    // At 年 only the alternative 年底/年末/年初 can match (a word such as 年度 or 青年 is no atom).
    if (t.charCodeAt(s) === NIAN && ((D_FLAGS[t.charCodeAt(s + 1)] ?? 0) & F_EDGE_FIRST) === 0) continue
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
