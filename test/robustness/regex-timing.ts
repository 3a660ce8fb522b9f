/**
 * Scaling measurements of regexes on adversarial inputs, run in a worker thread
 * so that a catastrophic pattern cannot hang the test: the main thread gives
 * each measurement a budget derived from the previous size (a budget overrun
 * implies a ratio above the limit) and terminates the worker when it is spent.
 *
 * @module
 */

import { Worker } from 'node:worker_threads'

/** An input generator: `unit` repeated to the target size, then `tail`. */
export interface Generator {
  /** Name shown in the table (`digits`, `cn-numerals` …). */
  kind: string
  /** The repeated unit. */
  unit: string
}

/** The generators every pattern is fed. */
export const STANDARD_GENERATORS: readonly Generator[] = [
  { kind: 'digits', unit: '0123456789' },
  { kind: 'digit-1', unit: '1' },
  { kind: 'cn-numerals', unit: '一二三四五六七八九十百千万' },
  { kind: 'cn-one', unit: '一' },
  { kind: 'dunhao', unit: '、' },
  { kind: 'paren', unit: '(' },
  { kind: 'fw-paren', unit: '（' },
  { kind: 'spaces', unit: ' ' },
  { kind: 'ideo-spaces', unit: '\u3000' },
  { kind: 'newlines', unit: '\n' },
  { kind: 'mixed-ws', unit: ' \u3000\n\t\r\u00a0' },
  { kind: 'cn-comma-heading', unit: '一、' },
  { kind: 'cn-paren-heading', unit: '（一）' },
  { kind: 'dots', unit: '.' },
  { kind: 'outline', unit: '1.1.' },
  { kind: 'thousands', unit: '123,' },
  { kind: 'ymd', unit: '年月日' },
  { kind: 'dates', unit: '2024年1月1日' },
  { kind: 'digit-unit', unit: '1件' },
  { kind: 'percent', unit: '1%' },
]

/** Appended to every input: a character no pattern is expected to want, to force a failing match. */
export const TAIL = '\uE000'

/** One pattern to measure. */
export interface PatternJob {
  where: string
  source: string
  flags: string
  /** Extra generators built from the pattern's own characters. */
  extra: Generator[]
}

/** The measurement of one pattern on one input kind. */
export interface InputResult {
  kind: string
  /** The sizes measured (UTF-16 code units), ascending. */
  sizes: number[]
  /** Best-of-3 times (after a warm-up run) in ms, one per size. */
  times: number[]
  /** The largest judged ratio of consecutive sizes (larger / smaller), or `null` when every time was noise. */
  ratio: number | null
  /** Which sizes the ratio compares (`1MB/100KB`), `noise`, or `timeout`. */
  compared: string
  ok: boolean
  note?: string
}

/** The measurement of one pattern. */
export interface PatternResult {
  where: string
  source: string
  flags: string
  inputs: InputResult[]
  ok: boolean
  error?: string
}

/** Tuning of {@link measurePatterns}. */
export interface MeasureOptions {
  /** Sizes every input is measured at (default: 10 KB and 100 KB). */
  sizes?: readonly number[]
  /** The size the slowest inputs of a pattern are also measured at (default: 1 MB). */
  largeSize?: number
  /** How many of a pattern's inputs (the slowest at the last of `sizes`) are measured at `largeSize` (default: 1). */
  largeInputs?: number
  /** Measure `largeSize` only for inputs that took at least this at the last of `sizes` (default: 0.2 ms). */
  largeThresholdMs?: number
  /** Largest accepted ratio of times when the input grows 10× (default: 30). */
  limit?: number
  /** Times below this are noise and not judged (default: 2 ms). */
  noiseMs?: number
  /** Least time one scan may take before it counts as a timeout, ms (default: 1000). */
  minBudgetMs?: number
  /** Restrict the standard generators to these kinds (default: all). */
  kinds?: readonly string[]
  /** Called after each pattern. */
  onPattern?: (result: PatternResult, index: number) => void
}

/** `10000` → `10KB`, `1000000` → `1MB`. */
export function sizeLabel(size: number): string {
  return size >= 1_000_000 ? `${size / 1_000_000}MB` : `${size / 1000}KB`
}

const WORKER_SOURCE = String.raw`
const { parentPort } = require('node:worker_threads')
const { performance } = require('node:perf_hooks')
const cache = new Map()
function build(unit, size, tail) {
  const key = unit + '\u0000' + size
  let s = cache.get(key)
  if (s === undefined) {
    const body = size - tail.length
    s = unit.repeat(Math.ceil(body / unit.length)).slice(0, body)
    const last = s.charCodeAt(s.length - 1)
    if (last >= 0xd800 && last <= 0xdbff) s = s.slice(0, -1)
    s += tail
    if (cache.size > 48) cache.clear()
    cache.set(key, s)
  }
  return s
}
// RegExp#test scans like exec but allocates no match array, so that GC pauses do not blur the timing.
function scan(re, input) {
  let count = 0
  if (re.sticky) {
    let pos = 0
    while (pos < input.length) {
      re.lastIndex = pos
      if (re.test(input)) { count++; pos = re.lastIndex > pos ? re.lastIndex : pos + 1 } else pos++
    }
    return count
  }
  re.lastIndex = 0
  let last = -1
  while (re.test(input)) {
    count++
    if (re.lastIndex === last) re.lastIndex++
    last = re.lastIndex
  }
  return count
}
function time(re, input) {
  scan(re, input)
  parentPort.postMessage({ type: 'tick' })
  let best = Infinity
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now()
    scan(re, input)
    const t = performance.now() - t0
    if (t < best) best = t
    parentPort.postMessage({ type: 'tick' })
  }
  return best
}
function label(size) { return size >= 1000000 ? size / 1000000 + 'MB' : size / 1000 + 'KB' }
parentPort.on('message', (job) => {
  let re
  try {
    const flags = job.flags.includes('g') || job.flags.includes('y') ? job.flags : job.flags + 'g'
    re = new RegExp(job.source, flags)
  } catch (error) {
    parentPort.postMessage({ type: 'error', message: String(error) })
    return
  }
  const o = job.options
  const sizes = job.sizes
  const result = { kind: job.kind, sizes: [], times: [], ratio: null, compared: 'noise', ok: true }
  const judge = (small, large, ts, tl) => {
    if (tl < o.noiseMs || ts < 0.1) return true
    const r = tl / ts
    if (result.ratio === null || r > result.ratio) { result.ratio = r; result.compared = label(large) + '/' + label(small) }
    if (r >= o.limit) { result.ok = false; return false }
    return true
  }
  const measure = (size, budget) => {
    parentPort.postMessage({ type: 'begin', size, budget })
    const t = time(re, build(job.unit, size, job.tail))
    parentPort.postMessage({ type: 'time', size, ms: t })
    return t
  }
  // A first size that already takes noticeable time is compared with one ten times smaller first,
  // so that a quadratic pattern fails before the larger sizes run.
  let prev = measure(sizes[0], o.minBudgetMs)
  if (prev >= o.noiseMs) {
    const tiny = measure(sizes[0] / 10, o.minBudgetMs)
    result.sizes.push(sizes[0] / 10)
    result.times.push(tiny)
    if (!judge(sizes[0] / 10, sizes[0], tiny, prev)) {
      result.sizes.push(sizes[0])
      result.times.push(prev)
      parentPort.postMessage({ type: 'done', result })
      return
    }
  }
  result.sizes.push(sizes[0])
  result.times.push(prev)
  for (let i = 1; i < sizes.length; i++) {
    const t = measure(sizes[i], Math.max(o.minBudgetMs, o.limit * prev * 1.5))
    result.sizes.push(sizes[i])
    result.times.push(t)
    if (!judge(sizes[i - 1], sizes[i], prev, t)) break
    prev = t
  }
  parentPort.postMessage({ type: 'done', result })
})
`

interface Task {
  job: PatternJob
  gen: Generator
  sizes: readonly number[]
}

/**
 * Measure how each pattern's scan time grows with the input on every
 * generator's input: first at `sizes` (10 KB → 100 KB), then the slowest
 * inputs of each pattern from the last of `sizes` to `largeSize` (100 KB → 1 MB).
 *
 * @param jobs - The patterns.
 * @param options - Limits.
 * @returns One result per pattern.
 */
export async function measurePatterns(
  jobs: PatternJob[],
  options: MeasureOptions = {},
): Promise<PatternResult[]> {
  const o = {
    limit: options.limit ?? 30,
    noiseMs: options.noiseMs ?? 2,
    minBudgetMs: options.minBudgetMs ?? 1000,
  }
  const sizes = options.sizes ?? [10_000, 100_000]
  const largeSize = options.largeSize ?? 1_000_000
  const largeInputs = options.largeInputs ?? 1
  const largeThresholdMs = options.largeThresholdMs ?? 0.2
  const generators =
    options.kinds === undefined
      ? STANDARD_GENERATORS
      : STANDARD_GENERATORS.filter((gen) => options.kinds!.includes(gen.kind))
  let worker: Worker | undefined
  const runTask = (task: Task): Promise<InputResult | { error: string }> =>
    new Promise((resolve) => {
      if (worker === undefined) {
        worker = new Worker(WORKER_SOURCE, { eval: true })
        worker.unref()
      }
      const w = worker
      let timer: NodeJS.Timeout | undefined
      let size = 0
      let budget = 0
      const measured: { size: number; ms: number }[] = []
      const finish = (value: InputResult | { error: string }): void => {
        if (timer) clearTimeout(timer)
        w.off('message', onMessage)
        w.off('error', onError)
        resolve(value)
      }
      const onTimeout = (): void => {
        void w.terminate()
        worker = undefined
        const sorted = measured.sort((x, y) => x.size - y.size)
        finish({
          kind: task.gen.kind,
          sizes: sorted.map((entry) => entry.size),
          times: sorted.map((entry) => entry.ms),
          ratio: null,
          compared: 'timeout',
          ok: false,
          note: `a ${sizeLabel(size)} scan did not finish within ${Math.round(budget)} ms (> ${o.limit}× the smaller size)`,
        })
      }
      const onMessage = (message: { type: string; size?: number; budget?: number; ms?: number }): void => {
        if (message.type === 'begin' || message.type === 'tick') {
          if (timer) clearTimeout(timer)
          if (message.type === 'begin') {
            size = message.size!
            budget = message.budget!
          }
          timer = setTimeout(onTimeout, budget)
        } else if (message.type === 'time') measured.push({ size: message.size!, ms: message.ms! })
        else if (message.type === 'done') finish((message as unknown as { result: InputResult }).result)
        else if (message.type === 'error')
          finish({ error: (message as unknown as { message: string }).message })
      }
      const onError = (error: Error): void => {
        worker = undefined
        finish({ error: String(error) })
      }
      w.on('message', onMessage)
      w.on('error', onError)
      w.postMessage({
        source: task.job.source,
        flags: task.job.flags,
        unit: task.gen.unit,
        kind: task.gen.kind,
        tail: TAIL,
        sizes: task.sizes,
        options: o,
      })
    })

  const results: PatternResult[] = []
  const last = sizes[sizes.length - 1]!
  for (const [index, job] of jobs.entries()) {
    const result: PatternResult = {
      where: job.where,
      source: job.source,
      flags: job.flags,
      inputs: [],
      ok: true,
    }
    const all = [...generators, ...job.extra]
    for (const gen of all) {
      let outcome = await runTask({ job, gen, sizes })
      // A failing ratio is measured once more, so that a GC pause on a busy machine does not fail a linear pattern.
      if (!('error' in outcome) && !outcome.ok) outcome = await runTask({ job, gen, sizes })
      if ('error' in outcome) {
        result.ok = false
        result.error = outcome.error
        break
      }
      result.inputs.push(outcome)
      if (!outcome.ok) {
        // Confirmed twice: the pattern fails; its other inputs would only repeat that.
        result.ok = false
        break
      }
    }
    if (result.ok) {
      // The slowest inputs at the last size are measured again at the large size.
      const candidates = result.inputs
        .map((input, position) => ({ input, position, at: input.times[input.sizes.indexOf(last)] ?? 0 }))
        .filter((entry) => entry.at >= largeThresholdMs)
        .sort((x, y) => y.at - x.at)
        .slice(0, largeInputs)
      for (const { input, position } of candidates) {
        let outcome = await runTask({ job, gen: all[position]!, sizes: [last, largeSize] })
        if (!('error' in outcome) && !outcome.ok)
          outcome = await runTask({ job, gen: all[position]!, sizes: [last, largeSize] })
        if ('error' in outcome) {
          result.ok = false
          result.error = outcome.error
          break
        }
        const merged: InputResult = { ...input, sizes: [...input.sizes], times: [...input.times] }
        for (const [i, size] of outcome.sizes.entries()) {
          if (size > last) {
            merged.sizes.push(size)
            merged.times.push(outcome.times[i]!)
          }
        }
        if (
          outcome.compared === 'timeout' ||
          (outcome.ratio !== null && (merged.ratio === null || outcome.ratio > merged.ratio))
        ) {
          merged.ratio = outcome.ratio
          merged.compared = outcome.compared
        }
        merged.ok = input.ok && outcome.ok
        if (outcome.note !== undefined) merged.note = outcome.note
        result.inputs[position] = merged
        if (!merged.ok) result.ok = false
      }
    }
    results.push(result)
    options.onPattern?.(result, index)
  }
  if (worker !== undefined) await (worker as Worker).terminate()
  return results
}

/** The input with the largest judged ratio (timeouts first), or `undefined`. */
export function worstInput(result: PatternResult): InputResult | undefined {
  let worst: InputResult | undefined
  for (const input of result.inputs) {
    if (input.compared === 'timeout') return input
    if (input.ratio === null) continue
    if (worst === undefined || worst.ratio === null || input.ratio > worst.ratio) worst = input
  }
  return worst
}
