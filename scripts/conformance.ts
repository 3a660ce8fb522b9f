/**
 * Conformance run of the normalizers against peer libraries' test vectors
 * (../shared/conformance, see its README).
 *
 * Usage: `node --import tsx scripts/conformance.ts [--verbose] [--json]`
 *
 * For each vector the peer's API is mapped to ours:
 * - numerals.json → parseChineseNumber (RMB amounts such as 壹拾壹元整 → parseMoney);
 * - percent.json → parsePercentage (value and unit compared);
 * - money.json → parseMoney, or findQuantities on `input` and the money mention at `span`;
 * - dates.json → parseReportDate, or findDates at `span`, with `ref` as referenceDate.
 *
 * A vector passes when our value equals the peer's (exactly; fractions and peer-rounded
 * values within 1e-12 relative; JioNLP money at its 2 decimals; dates compared as
 * calendar days, since we do not model times). Every other vector must be listed in
 * scripts/conformance-divergences.json with a reason starting `convention:`, `bug:` or
 * `out of scope:`. The script exits non-zero when a divergence is not listed.
 *
 * @module
 */

import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import {
  findDates,
  findQuantities,
  parseChineseNumber,
  parseMoney,
  parsePercentage,
  parseReportDate,
} from '../src/normalize/index.js'
import type { DateOptions } from '../src/normalize/types.js'

/** One peer vector (fields we read). */
export interface Vector {
  input: string
  expected: unknown
  source: string
  api?: string
  category?: string
  span?: [number, number]
  ref?: { iso: string | null; as_given: unknown } | null
  normalized?: Record<string, unknown>
  options?: Record<string, unknown>
  mode?: string
  note?: string
}

/** The outcome of one vector. */
export interface Outcome {
  file: string
  key: string
  input: string
  source: string
  pass: boolean
  /** What we returned (short text). */
  actual: string
  /** What the peer asserts (short text). */
  expected: string
  /** The listed reason, when the vector diverges and is listed. */
  reason: string | null
}

/** Per-file summary. */
export interface FileReport {
  file: string
  total: number
  passed: number
  /** Listed divergences whose reason starts with `convention:` or `out of scope:`. */
  conventionDiffers: number
  outcomes: Outcome[]
}

/** The whole run. */
export interface ConformanceReport {
  files: FileReport[]
  /** Divergences not listed in the divergences file. */
  unlisted: Outcome[]
  /** Listed keys whose vectors now all pass. */
  stale: string[]
}

const FILES = ['numerals', 'percent', 'money', 'dates'] as const

const here = path.dirname(fileURLToPath(import.meta.url))
/** The repository root (this script lives in scripts/). */
export const repoRoot = path.resolve(here, '..')
/** ../shared/conformance beside the repository. */
export const conformanceDir = path.resolve(repoRoot, '..', 'shared', 'conformance')
const divergencesPath = path.join(here, 'conformance-divergences.json')

/** The key a divergence is listed under: source + input. */
export function keyOf(v: Pick<Vector, 'source' | 'input'>): string {
  return `${v.source} :: ${v.input}`
}

function show(value: unknown): string {
  if (value === null || value === undefined) return String(value)
  if (typeof value === 'number') return String(value)
  return JSON.stringify(value)
}

function significantDigits(raw: unknown): number {
  const s = String(raw).replace(/^-/, '').replace('.', '').replace(/^0+/, '')
  return s.replace(/e.*$/i, '').length
}

/** Exact equality, with 1e-12 relative tolerance when the peer rounded (fractions, ≥ 15 digits). */
function sameNumber(actual: number, expected: number, loose: boolean): boolean {
  if (actual === expected) return true
  if (!loose) return false
  return Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected))
}

function dateOptions(v: Vector): DateOptions {
  const ref = v.ref
  if (ref === null || ref === undefined) return {}
  if (typeof ref.iso === 'string') return { referenceDate: new Date(ref.iso) }
  const given = ref.as_given
  if (Array.isArray(given) && typeof given[0] === 'number') {
    const [y = 2000, m = 1, d = 1] = given as number[]
    return { referenceDate: new Date(y, m - 1, d) }
  }
  if (given !== null && typeof given === 'object' && typeof (given as { year?: unknown }).year === 'number') {
    return { reportYear: (given as { year: number }).year }
  }
  return {}
}

/** The mention of `mentions` overlapping `span` the most. */
function atSpan<T extends { start: number; end: number }>(mentions: T[], span: [number, number]): T | null {
  let best: T | null = null
  let bestOverlap = 0
  for (const m of mentions) {
    const overlap = Math.min(m.end, span[1]) - Math.max(m.start, span[0])
    if (overlap > bestOverlap) {
      best = m
      bestOverlap = overlap
    }
  }
  return best
}

/** A span covering the whole input means the peer parsed the whole string: use our whole-string parser. */
function wholeSpan(v: Vector): boolean {
  return v.span !== undefined && v.span[0] === 0 && v.span[1] === v.input.length
}

const RMB = /[元圆圓角分整正]$/

function checkNumeral(v: Vector): [boolean, string, string] {
  const expected = v.expected
  if (expected !== null && typeof expected === 'object') {
    return [false, '(no interval API)', show(expected)]
  }
  const actual = RMB.test(v.input.trim()) ? (parseMoney(v.input)?.value ?? null) : parseChineseNumber(v.input)
  if (expected === null) return [actual === null, show(actual), 'null']
  const exp = Number(expected)
  const loose = v.category === 'fraction' || significantDigits(expected) >= 15
  return [actual !== null && sameNumber(actual, exp, loose), show(actual), show(expected)]
}

function checkPercent(v: Vector): [boolean, string, string] {
  const exp = v.expected as { value: number; unit: string }
  const p = parsePercentage(v.input)
  const actual = p === null ? null : `${p.value}${p.unit}`
  const ok =
    p !== null && sameNumber(p.value, exp.value, significantDigits(exp.value) >= 15) && p.unit === exp.unit
  return [ok, show(actual), `${exp.value}${exp.unit}`]
}

const QUALIFIER: Readonly<Record<string, string>> = {
  exact: 'exact',
  approximate: 'about',
  'at-least / above': 'over',
  'at-most / below / nearly': 'under',
  'at-most / below': 'under',
}

function checkMoney(v: Vector): [boolean, string, string] {
  const exp = v.expected as { value: unknown; currency: string; qualifier?: string }
  const expText = `${show(exp.value)} ${exp.currency}${exp.qualifier === undefined ? '' : ` ${exp.qualifier}`}`
  let value: number | null = null
  let approx: string | null = null
  if (v.span !== undefined && !wholeSpan(v)) {
    const m = atSpan(
      findQuantities(v.input).filter((q) => q.type === 'money'),
      v.span,
    )
    if (m !== null && m.type === 'money') {
      value = m.value.value
      approx = m.value.approx
    }
  } else {
    const m = parseMoney(v.input)
    if (m !== null) {
      value = m.value
      approx = m.approx
    }
  }
  const actual = value === null ? 'null' : `${value} CNY ${approx}`
  if (typeof exp.value !== 'number' || exp.currency !== 'CNY' || value === null)
    return [false, actual, expText]
  const jio = v.source.includes('JioNLP')
  const valueOk = jio ? Math.round(value * 100) === Math.round(exp.value * 100) : value === exp.value
  const qualifierOk = exp.qualifier === undefined || QUALIFIER[exp.qualifier] === approx
  return [valueOk && qualifierOk, actual, expText]
}

function day(s: unknown): string {
  return typeof s === 'string' ? s.slice(0, 10) : ''
}

function checkDate(v: Vector): [boolean, string, string] {
  const n = v.normalized ?? {}
  const options = dateOptions(v)
  let got: { start: string; end: string } | null
  if (v.span !== undefined && !wholeSpan(v)) got = atSpan(findDates(v.input, options), v.span)?.value ?? null
  else got = parseReportDate(v.input, options)
  const actual = got === null ? 'null' : `${got.start}..${got.end}`
  if (n.resolved === false) return [got === null, actual, 'null (invalid date)']
  if ('mod' in n) return [false, actual, `${n.mod} ${show(n.start ?? n.end)}`]
  const candidates: Array<{ start?: unknown; end?: unknown }> = Array.isArray(n.candidates)
    ? (n.candidates as Array<{ start?: unknown; end?: unknown }>)
    : [{ start: n.start, end: n.end }]
  const expected = candidates.map((c) => `${day(c.start)}..${day(c.end)}`).join(' | ')
  if (got === null) return [false, actual, expected]
  const ok = candidates.some((c) => day(c.start) === got.start && day(c.end) === got.end)
  return [ok, actual, expected]
}

const CHECK: Readonly<Record<(typeof FILES)[number], (v: Vector) => [boolean, string, string]>> = {
  numerals: checkNumeral,
  percent: checkPercent,
  money: checkMoney,
  dates: checkDate,
}

interface DivergenceEntry {
  reason: string
}

/** Reads the divergences file: key → reason. */
export function readDivergences(): Map<string, string> {
  const raw = JSON.parse(readFileSync(divergencesPath, 'utf8')) as {
    divergences: Record<string, DivergenceEntry>
  }
  const map = new Map<string, string>()
  for (const [key, entry] of Object.entries(raw.divergences)) map.set(key, entry.reason)
  return map
}

/**
 * Runs every vector and compares it with the divergences list.
 *
 * @param dir - The conformance folder (default: ../shared/conformance).
 * @returns The report.
 */
export function runConformance(dir: string = conformanceDir): ConformanceReport {
  const listed = readDivergences()
  const usedKeys = new Set<string>()
  const files: FileReport[] = []
  const unlisted: Outcome[] = []
  for (const file of FILES) {
    const vectors = JSON.parse(readFileSync(path.join(dir, `${file}.json`), 'utf8')) as Vector[]
    const report: FileReport = {
      file: `${file}.json`,
      total: 0,
      passed: 0,
      conventionDiffers: 0,
      outcomes: [],
    }
    for (const v of vectors) {
      report.total++
      let result: [boolean, string, string]
      try {
        result = CHECK[file](v)
      } catch (error) {
        result = [false, `threw ${(error as Error).message}`, show(v.expected)]
      }
      const [pass, actual, expected] = result
      const key = keyOf(v)
      const reason = pass ? null : (listed.get(key) ?? null)
      const outcome: Outcome = {
        file: report.file,
        key,
        input: v.input,
        source: v.source,
        pass,
        actual,
        expected,
        reason,
      }
      report.outcomes.push(outcome)
      if (pass) report.passed++
      else {
        usedKeys.add(key)
        if (reason === null) unlisted.push(outcome)
        else if (/^(convention|out of scope):/.test(reason)) report.conventionDiffers++
      }
    }
    files.push(report)
  }
  const stale = [...listed.keys()].filter((k) => !usedKeys.has(k))
  return { files, unlisted, stale }
}

function percent(a: number, b: number): string {
  return b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`
}

function main(): void {
  const args = new Set(process.argv.slice(2))
  const report = runConformance()
  if (args.has('--json')) {
    console.log(JSON.stringify(report, null, 2))
    process.exitCode = report.unlisted.length === 0 ? 0 : 1
    return
  }
  console.log('Conformance of the normalizers against ../shared/conformance\n')
  console.log('file            passed/total            passed/convention-matching')
  for (const f of report.files) {
    const matching = f.total - f.conventionDiffers
    console.log(
      `${f.file.padEnd(15)} ${`${f.passed}/${f.total}`.padStart(8)} (${percent(f.passed, f.total).padStart(6)})` +
        `       ${`${f.passed}/${matching}`.padStart(8)} (${percent(f.passed, matching).padStart(6)})`,
    )
  }
  const byReason = new Map<string, Outcome[]>()
  for (const f of report.files) {
    for (const o of f.outcomes) {
      if (o.pass || o.reason === null) continue
      const list = byReason.get(o.reason) ?? []
      list.push(o)
      byReason.set(o.reason, list)
    }
  }
  const kinds = new Map<string, number>()
  for (const [reason, list] of byReason) {
    const kind = reason.split(':')[0] ?? reason
    kinds.set(kind, (kinds.get(kind) ?? 0) + list.length)
  }
  console.log(`\nDivergences by kind: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`)
  const sorted = [...byReason].sort((a, b) => a[0].localeCompare(b[0]))
  for (const [reason, list] of sorted) {
    console.log(`\n[${list.length}] ${reason}`)
    const shown = args.has('--verbose') ? list : list.slice(0, 200)
    for (const o of shown) {
      console.log(`    ${o.file} ${JSON.stringify(o.input)} → ours ${o.actual}; peer ${o.expected}`)
    }
  }
  if (report.stale.length > 0) {
    console.log(`\nListed divergences that now pass (remove them): ${report.stale.length}`)
    for (const k of report.stale) console.log(`    ${k}`)
  }
  if (report.unlisted.length > 0) {
    console.log(`\nUNLISTED divergences: ${report.unlisted.length}`)
    for (const o of report.unlisted) {
      console.log(`    ${o.file} ${JSON.stringify(o.key)} → ours ${o.actual}; peer ${o.expected}`)
    }
    process.exitCode = 1
  } else console.log('\nEvery divergence is listed with a reason.')
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main()
