/**
 * Benchmark of the normalizers, next to nzh and chrono-node measured in the same run.
 *
 * Usage: `node --import tsx bench/normalizers.ts` (or call `run()` from bench/index.ts).
 *
 * - ops/s of parseChineseNumber vs nzh `decodeS` on the same numerals;
 * - ops/s of parseReportDate vs chrono-node `zh.parse` on the same dates;
 * - throughput (MB/s of UTF-8 input) of findQuantities + findPercentages + findDates over
 *   the seed reports, next to a bare regex scan of the same text, and their ratio.
 *
 * Each figure is the median of several timed rounds (after a warm-up).
 *
 * @module
 */

import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import * as chrono from 'chrono-node'
import Nzh from 'nzh'
import {
  findDates,
  findPercentages,
  findQuantities,
  parseChineseNumber,
  parseReportDate,
} from '../src/normalize/index.js'

/** One measured row. */
export interface BenchRow {
  name: string
  /** Operations per second (median of the rounds). */
  opsPerSecond: number
  /** MB/s of UTF-8 input, for the text scans. */
  mbPerSecond?: number
}

/** The result of {@link run}. */
export interface NormalizerBench {
  rows: BenchRow[]
  /** (find* together MB/s) / (bare regex scan MB/s). */
  findToRegexRatio: number
  /** UTF-8 bytes of the concatenated seed reports. */
  seedBytes: number
}

const here = path.dirname(fileURLToPath(import.meta.url))
const seedsDir = path.resolve(here, '..', 'test', 'fixtures', 'seeds')

/** Numerals both libraries read (nzh only reads Chinese numerals). */
const NUMERALS = [
  '一千零六十三',
  '两万三千',
  '十九',
  '壹佰贰拾',
  '一万亿',
  '三点五',
  '负三',
  '一亿二千三百四十五万六千七百八十九',
  '四千零五万',
  '一百零一',
]

const DATES = [
  '2025年1月15日',
  '2024年04月02日',
  '2021年8月',
  '2025-01-06',
  '二〇二五年一月十五日',
  '10月22日',
]

const BARE_SCAN = /[0-9０-９零〇一二两三四五六七八九十百千万亿]+/g

function bareScan(text: string): number {
  let n = 0
  BARE_SCAN.lastIndex = 0
  while (BARE_SCAN.exec(text) !== null) n++
  return n
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

let sink = 0

/** Median ops/s of `fn` over `rounds` rounds of about `roundMs` each (after a short warm-up). */
function measure(fn: () => unknown, rounds = 7, roundMs = 150): number {
  for (let i = 0; i < 20; i++) sink ^= fn() === null ? 1 : 0
  const rates: number[] = []
  for (let r = 0; r < rounds; r++) {
    let ops = 0
    const t0 = performance.now()
    let elapsed = 0
    while (elapsed < roundMs) {
      for (let i = 0; i < 5; i++) sink ^= fn() === null ? 1 : 0
      ops += 5
      elapsed = performance.now() - t0
    }
    rates.push((ops * 1000) / elapsed)
  }
  return median(rates)
}

/** Median ops/s of `a` and `b` measured in alternating rounds, and the median of the per-round a/b ratios. */
function measurePair(
  a: () => unknown,
  b: () => unknown,
  rounds: number,
  roundMs: number,
): { a: number; b: number; ratio: number } {
  const ra: number[] = []
  const rb: number[] = []
  const ratios: number[] = []
  measure(a, 1, 50)
  measure(b, 1, 50)
  for (let r = 0; r < rounds; r++) {
    const x = measure(a, 1, roundMs)
    const y = measure(b, 1, roundMs)
    ra.push(x)
    rb.push(y)
    ratios.push(x / y)
  }
  return { a: median(ra), b: median(rb), ratio: median(ratios) }
}

/** Reads and concatenates the seed reports. */
export function seedText(): string {
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(seedsDir, f), 'utf8'))
    .join('\n')
}

/**
 * Runs the benchmark and prints a table.
 *
 * @param options - `print` (default `true`) and `rounds` (default 7).
 * @returns The measured rows and the find-to-regex ratio.
 */
export function run(options: { print?: boolean; rounds?: number } = {}): NormalizerBench {
  const rounds = options.rounds ?? 7
  const text = seedText()
  const bytes = new TextEncoder().encode(text).length
  const reference = new Date(2025, 0, 15)
  let ni = 0
  let di = 0
  const rows: BenchRow[] = []
  rows.push({
    name: 'parseChineseNumber',
    opsPerSecond: measure(() => parseChineseNumber(NUMERALS[ni++ % NUMERALS.length]!), rounds),
  })
  rows.push({
    name: 'nzh cn.decodeS',
    opsPerSecond: measure(() => Nzh.cn.decodeS(NUMERALS[ni++ % NUMERALS.length]!), rounds),
  })
  rows.push({
    name: 'parseReportDate',
    opsPerSecond: measure(
      () => parseReportDate(DATES[di++ % DATES.length]!, { referenceDate: reference }),
      rounds,
    ),
  })
  rows.push({
    name: 'chrono-node zh.parse',
    opsPerSecond: measure(() => chrono.zh.parse(DATES[di++ % DATES.length]!, reference), rounds),
  })
  const findAll = (): unknown => {
    findQuantities(text)
    findPercentages(text)
    return findDates(text, { reportYear: 2024 })
  }
  const scans: Array<[string, () => unknown]> = [
    ['findQuantities (seeds)', () => findQuantities(text)],
    ['findPercentages (seeds)', () => findPercentages(text)],
    ['findDates (seeds)', () => findDates(text, { reportYear: 2024 })],
  ]
  for (const [name, fn] of scans) {
    const ops = measure(fn, rounds, 200)
    rows.push({ name, opsPerSecond: ops, mbPerSecond: (ops * bytes) / 1e6 })
  }
  // find* and the bare scan are measured in alternating rounds, so both see the same
  // machine load; the ratio is the median of the per-round ratios.
  const pair = measurePair(findAll, () => bareScan(text), rounds * 2, 150)
  rows.push({ name: 'find* together (seeds)', opsPerSecond: pair.a, mbPerSecond: (pair.a * bytes) / 1e6 })
  rows.push({ name: 'bare regex scan (seeds)', opsPerSecond: pair.b, mbPerSecond: (pair.b * bytes) / 1e6 })
  const result: NormalizerBench = { rows, findToRegexRatio: pair.ratio, seedBytes: bytes }
  if (options.print !== false) print(result)
  return result
}

function print(result: NormalizerBench): void {
  console.log(`Normalizers (median of rounds; seeds: ${(result.seedBytes / 1024).toFixed(1)} KiB UTF-8)\n`)
  console.log(`${'benchmark'.padEnd(28)}${'ops/s'.padStart(14)}${'MB/s'.padStart(10)}`)
  for (const r of result.rows) {
    const mb = r.mbPerSecond === undefined ? '' : r.mbPerSecond.toFixed(1)
    console.log(
      `${r.name.padEnd(28)}${Math.round(r.opsPerSecond).toLocaleString('en-US').padStart(14)}${mb.padStart(10)}`,
    )
  }
  const by = (name: string): number => result.rows.find((r) => r.name === name)?.opsPerSecond ?? Number.NaN
  console.log(
    `\nparseChineseNumber / nzh:     ${(by('parseChineseNumber') / by('nzh cn.decodeS')).toFixed(2)}×`,
  )
  console.log(
    `parseReportDate / chrono-node: ${(by('parseReportDate') / by('chrono-node zh.parse')).toFixed(2)}×`,
  )
  console.log(`find* together / bare regex:   ${result.findToRegexRatio.toFixed(2)}× (target ≥ 0.25×)`)
  if (sink === 42) console.log('')
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) run()
