/**
 * Scale: absurd numbering (一、 × 10,000, nested （一）/1./（1） runs, 10,000 tiny
 * sections) and adversarial runs (digits, 一二三, 、, `(`, whitespace) parse in
 * linear time through the public functions — judged by comparing N with 10N in
 * the same test — and a large report parses in bounded memory (measured in a
 * child process, whose peak resident size is the parse's alone).
 */

import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { PerformanceObserver } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import * as lib from '../../src/index.js'
import { type FuzzApi, reportProblems } from './properties.js'

const api = lib as unknown as FuzzApi
const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..', '..')
const LIMIT = 30
/** Below this the larger time is noise and the ratio is not judged. */
const NOISE_MS = 10

/** GC pauses (start, duration) as the runtime reports them, a little after they happen. */
const gcPauses: { start: number; duration: number }[] = []
const gcObserver = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcPauses.push({ start: entry.startTime, duration: entry.duration })
})
gcObserver.observe({ entryTypes: ['gc'] })
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5))

/** Time of one call: all of it, and without the GC pauses that fell inside it. */
interface Timing {
  total: number
  mutator: number
}

/**
 * Best of `runs` timings of one call, after an untimed call (the caller also
 * warms up first). A run repeats the call until 2 ms have passed, so that fast
 * calls are not timed at the clock's resolution. The best run is the one with
 * the least time outside GC pauses: V8's collector, not the algorithm, is what
 * grows faster than the input once a parse's live tree outgrows the young
 * generation, and the test is about the algorithm.
 */
async function best(fn: () => unknown, runs: number): Promise<Timing> {
  fn()
  let min: Timing = { total: Number.POSITIVE_INFINITY, mutator: Number.POSITIVE_INFINITY }
  for (let run = 0; run < runs; run++) {
    await settle()
    gcPauses.length = 0
    let calls = 0
    const t0 = performance.now()
    let t1 = t0
    do {
      fn()
      calls++
      t1 = performance.now()
    } while (t1 - t0 < 2)
    await settle()
    const paused = gcPauses
      .filter((pause) => pause.start >= t0 && pause.start < t1)
      .reduce((sum, pause) => sum + pause.duration, 0)
    const total = (t1 - t0) / calls
    const mutator = Math.max(0, t1 - t0 - paused) / calls
    if (mutator < min.mutator) min = { total, mutator }
  }
  return min
}

interface Scaling {
  small: Timing
  large: Timing
  ratio: number | null
}

/**
 * Time `fn` on `build(n)` and on `build(10 n)` (best of 3 each); the ratio
 * (of time outside GC pauses) is `null` when the larger time is noise. A
 * failing ratio is measured once more and the smaller kept, so that a pause of
 * a busy machine does not fail a linear function (a super-linear one fails
 * both times).
 */
async function scaling(
  build: (n: number) => string,
  n: number,
  fn: (input: string) => unknown,
): Promise<Scaling> {
  const a = build(n)
  const b = build(n * 10)
  const measure = async (): Promise<Scaling> => {
    const small = await best(() => fn(a), 3)
    const large = await best(() => fn(b), 3)
    return {
      small,
      large,
      ratio: large.mutator < NOISE_MS ? null : large.mutator / Math.max(small.mutator, 0.001),
    }
  }
  const first = await measure()
  if (first.ratio === null || first.ratio < LIMIT) return first
  const second = await measure()
  return second.ratio === null || second.ratio < first.ratio ? second : first
}

let warmed = false
/** Bring parseReport's code to optimized tiers before timing it (cold code makes the small size look slow). */
function warmUp(): void {
  if (warmed) return
  const t0 = performance.now()
  while (performance.now() - t0 < 1500) api.parseReport!(WARM_TEXT)
  warmed = true
}

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九']
/** 1 → 一, 12 → 十二, 345 → 三百四十五, 10000 → 一万 (ordinals for headings). */
function cnOrdinal(value: number): string {
  if (value >= 10_000)
    return `${cnOrdinal(Math.floor(value / 10_000))}万${value % 10_000 === 0 ? '' : cnOrdinal(value % 10_000)}`
  const digits = [
    Math.floor(value / 1000),
    Math.floor(value / 100) % 10,
    Math.floor(value / 10) % 10,
    value % 10,
  ]
  const units = ['千', '百', '十', '']
  let out = ''
  let zero = false
  digits.forEach((digit, i) => {
    if (digit === 0) {
      zero = out !== ''
      return
    }
    if (zero) out += '零'
    zero = false
    out += (digit === 1 && i === 2 && out === '' ? '' : CN[digit]!) + units[i]!
  })
  return out
}

const repeat = (unit: string) => (n: number) => unit.repeat(n)
const lines = (make: (i: number) => string) => (n: number) =>
  Array.from({ length: n }, (_, i) => make(i + 1)).join('\n')

const NUMBERING: [string, (n: number) => string, number][] = [
  ['一、 × N (one line)', repeat('一、'), 5000],
  ['一、 × N (one per line)', repeat('一、\n'), 1000],
  ['一、标题 × N (one per line)', repeat('一、标题\n'), 1000],
  ['（一） × N', repeat('（一）'), 5000],
  ['（一）标题 × N (one per line)', repeat('（一）标题\n'), 1000],
  ['1. × N', repeat('1.'), 5000],
  ['1.1.1. × N', repeat('1.1.1.'), 5000],
  [
    '一、/（一）/1./（1） nested lines',
    lines((i) => ['一、总体情况', '（一）加强领导', '1.完善制度', '（1）落实责任'][i % 4]!),
    1000,
  ],
  ['N tiny sections 一、…一万、', lines((i) => `${cnOrdinal(i)}、标题${i}\n受理案件${i}件。`), 1000],
  ['N one-line paragraphs', lines((i) => `受理案件${i}件。`), 2000],
]

/** A report with a run of `unit` in the middle of a body paragraph, about `n` code units long. */
const inReport = (unit: string) => (n: number) =>
  `一、主要举措和成效\n（一）化解矛盾纠纷\n全年受理${unit.repeat(Math.ceil(n / unit.length)).slice(0, n)}件，同比增长。\n二、存在的不足和原因\n一是基层力量薄弱。`

const WARM_TEXT = inReport('受理案件12件，办结率98.5%，')(3000)

const RUNS: [string, string][] = [
  ['digits', '0123456789'],
  ['一二三', '一二三四五六七八九十百千万'],
  ['、', '、'],
  ['(', '('],
  ['（', '（'],
  ['whitespace', ' \u3000\n\t'],
  ['1件', '1件'],
  ['年月日', '2024年1月1日'],
]

function report(label: string, result: Scaling, n: number): string {
  const ms = (timing: Timing): string =>
    `${timing.mutator.toFixed(1).padStart(7)} ms (+${(timing.total - timing.mutator).toFixed(1)} GC)`
  return `${label.padEnd(34)} N=${String(n).padEnd(7)} ${ms(result.small).padEnd(22)} → 10N ${ms(result.large).padEnd(24)} ratio ${
    result.ratio === null ? 'noise' : result.ratio.toFixed(1)
  }`
}

describe('scale', () => {
  it('cnOrdinal writes heading ordinals', () => {
    expect([1, 10, 12, 20, 101, 110, 1000, 10_000].map(cnOrdinal)).toEqual([
      '一',
      '十',
      '十二',
      '二十',
      '一百零一',
      '一百一十',
      '一千',
      '一万',
    ])
  })

  it('the scaling check flags a quadratic function and passes a linear one', async () => {
    // Per line, look for a character that is not there: indexOf scans to the end of the text (the bug
    // src/parser/mentions.ts once had). The linear twin bounds the search to the line.
    const text = lines((i) => `受理案件${i}件。`)
    const perLine = (bounded: boolean) => (input: string) => {
      let found = 0
      for (let at = 0; at < input.length; ) {
        const end = input.indexOf('\n', at)
        const stop = end === -1 ? input.length : end
        const hit = bounded ? input.slice(at, stop).indexOf('《') : input.indexOf('《', at)
        if (hit !== -1 && (bounded || hit < stop)) found++
        at = stop + 1
      }
      return found
    }
    const quadratic = await scaling(text, 500, perLine(false))
    const linear = await scaling(text, 500, perLine(true))
    expect(quadratic.ratio).toBeGreaterThanOrEqual(LIMIT)
    expect(linear.ratio === null || linear.ratio < LIMIT).toBe(true)
  }, 60_000)

  it('absurd numbering and many paragraphs parse in linear time (N vs 10N)', async () => {
    const out: string[] = []
    const failures: string[] = []
    warmUp()
    for (const [label, build, n] of NUMBERING) {
      const result = await scaling(build, n, (input) => api.parseReport!(input))
      out.push(report(label, result, n))
      if (result.ratio !== null && result.ratio >= LIMIT) failures.push(out[out.length - 1]!)
      const big = build(10_000)
      expect(reportProblems(big, api.parseReport!(big)), label).toEqual([])
    }
    console.log(`parseReport scaling:\n${out.join('\n')}`)
    expect(failures).toEqual([])
  }, 180_000)

  it('adversarial runs inside a report parse in linear time through parseReport (10 KB vs 100 KB)', async () => {
    const out: string[] = []
    const failures: string[] = []
    warmUp()
    for (const [label, unit] of RUNS) {
      const result = await scaling(inReport(unit), 10_000, (input) => api.parseReport!(input))
      out.push(report(`parseReport ${label}`, result, 10_000))
      if (result.ratio !== null && result.ratio >= LIMIT) failures.push(out[out.length - 1]!)
    }
    console.log(out.join('\n'))
    expect(failures).toEqual([])
  }, 180_000)

  it('adversarial runs scan in linear time through findQuantities/findPercentages/findDates (100 KB vs 1 MB)', async () => {
    const out: string[] = []
    const failures: string[] = []
    for (const name of ['findQuantities', 'findPercentages', 'findDates'] as const) {
      const fn = api[name] as (text: string) => unknown
      for (const [label, unit] of RUNS) {
        const result = await scaling((n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n), 100_000, fn)
        out.push(report(`${name} ${label}`, result, 100_000))
        if (result.ratio !== null && result.ratio >= LIMIT) failures.push(out[out.length - 1]!)
      }
    }
    console.log(out.join('\n'))
    expect(failures).toEqual([])
  }, 180_000)

  it('a 20 MB report parses in bounded, linear memory (2 MB vs 20 MB, each in its own process)', () => {
    interface ChildResult {
      inputBytes: number
      chars: number
      ms: number
      heapRetained: number
      peakRssGrowth: number
      facts: number
      sections: number
    }
    const measure = (bytes: number): ChildResult => {
      const child = spawnSync(
        process.execPath,
        [
          '--expose-gc',
          '--max-old-space-size=4096',
          '--import',
          'tsx',
          join(here, 'scale-child.ts'),
          String(bytes),
        ],
        { cwd: root, encoding: 'utf8', timeout: 170_000, maxBuffer: 1 << 20 },
      )
      expect(child.status, child.stderr.slice(-2000)).toBe(0)
      return JSON.parse(child.stdout.trim().split('\n').pop()!) as ChildResult
    }
    const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(0)} MB`
    const describe = (result: ChildResult): string =>
      `${mb(result.inputBytes)} UTF-8 (${(result.chars / 1e6).toFixed(1)}M chars) parsed in ${(result.ms / 1000).toFixed(1)} s ` +
      `(${(result.inputBytes / 1e6 / (result.ms / 1000)).toFixed(2)} MB/s); peak RSS growth ${mb(result.peakRssGrowth)} ` +
      `(${(result.peakRssGrowth / result.inputBytes).toFixed(1)}× the input), report retained ${mb(result.heapRetained)}; ` +
      `${result.facts} facts, ${result.sections} top-level sections`
    const small = measure(2_000_000)
    const large = measure(20_000_000)
    console.log(`memory:\n  ${describe(small)}\n  ${describe(large)}`)
    expect(large.facts).toBeGreaterThan(small.facts * 9)
    // Linear: ten times the input costs at most ~15 times the peak (quadratic memory would be ~100×).
    expect(large.peakRssGrowth / small.peakRssGrowth).toBeLessThan(15)
    // Bounded: the parse peaks below 64 bytes per input byte (a 50 MB file stays under 3.2 GB).
    expect(large.peakRssGrowth).toBeLessThan(64 * large.inputBytes)
  }, 240_000)
})
