/**
 * Whole-pipeline benchmark: `parseReport` throughput on the seed reports
 * against a bare regex scan of the same text (their ratio is what CI guards:
 * ratios hold on a noisy machine, absolute times do not), the per-report peak
 * heap, memory over 10,000 reports parsed in sequence, and one very large
 * report parsed in a child process.
 *
 * @module
 */

import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { PerformanceObserver } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import * as chrono from 'chrono-node'
import { createReportParser, defaultExtractors, parseReport } from '../src/index.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const seedDir = join(root, 'test', 'fixtures', 'seeds')

/** The regex the parse is compared with: every run of digits and Chinese numerals. */
const BARE_SCAN = /[0-9一二三四五六七八九十百千万]+/g

/** Options of {@link run}. */
export interface FullOptions {
  /** Only what CI checks: throughput ratio and peak heap (default: `false`). */
  ci?: boolean
  /** Rounds of each measurement (default: 20 in CI, 30 otherwise). */
  rounds?: number
  /** Length of one round in ms (default: 300). */
  roundMs?: number
  /** Reports parsed in the memory-growth run (default: 10,000). */
  sequence?: number
  /** Size of the large report file in UTF-8 bytes (default: 50,000,000; 0 skips it). */
  largeBytes?: number
  /** Where lines go (default: `console.log`). */
  log?: (line: string) => void
}

/** What {@link run} measured. */
export interface FullResult {
  /** Median `parseReport` throughput, MB (UTF-8) per second. */
  parseMBps: number
  /** Median bare regex scan throughput, MB (UTF-8) per second. */
  regexMBps: number
  /** Median over adjacent round pairs of parse throughput / scan throughput. */
  ratio: number
  /**
   * Median heap growth while parsing the largest seed. With the young generation
   * bench/index.ts sets up, no GC runs in the window, so this is everything the
   * parse allocated: an upper bound of its peak heap.
   */
  peakHeapBytes: number
  /** Whether a garbage collection ran inside any peak-heap window (then the number is a lower bound). */
  gcInPeakWindow: boolean
  /** Throughput of each stage measured next to the scan (empty in CI). */
  stages: StageMeasure[]
  /** Heap after GC every 1,000 reports of the sequence run (empty in CI). */
  sequenceHeap: number[]
  /** The large-report run, when made. */
  large?: {
    inputBytes: number
    chars: number
    ms: number
    peakRssGrowth: number
    heapRetained: number
    facts: number
  }
}

/** One line of the stage table: a piece of work over the seeds, measured interleaved with the scan. */
export interface StageMeasure {
  name: string
  /** MB (UTF-8) per second, median of the rounds. */
  MBps: number
  /** Median over adjacent round pairs of this work's throughput / the scan's. */
  ratio: number
}

/** Every built-in extractor disabled: what is left is structure, metadata, mentions and the compiler. */
const structureParser = (() => {
  const extractors = defaultExtractors()
  return createReportParser({ extractors: extractors.disable(extractors.names()) })
})()

/**
 * Reference points for the stage table. The floor is the least a token tree
 * can cost: one pass by character class that allocates one small object per
 * token (no positions, no nesting, no normalized values). chrono-node is the
 * date parser the issue compares with (dates only).
 */
const TOKEN_CLASS = (() => {
  const table = new Uint8Array(65536)
  for (let code = 0x4e00; code < 0xa000; code++) table[code] = 1
  for (let code = 0x30; code <= 0x39; code++) table[code] = 2
  for (const char of '，。、；：！？（）《》“”,.;:!?()') table[char.charCodeAt(0)] = 3
  table[0x0a] = 4
  table[0x20] = 4
  return table
})()
const floorWork = (text: string): number => {
  const tokens: { value: string; start: number; end: number }[] = []
  let i = 0
  while (i < text.length) {
    const kind = TOKEN_CLASS[text.charCodeAt(i)]
    let j = i + 1
    while (j < text.length && TOKEN_CLASS[text.charCodeAt(j)] === kind) j++
    tokens.push({ value: text.slice(i, j), start: i, end: j })
    i = j
  }
  return tokens.length
}
/**
 * The other floor: only allocating the output. A plain recursive copy of a
 * report already made (strings shared, not copied) costs what building the
 * `Report`'s objects and arrays costs at least, with no analysis at all.
 */
function copyData(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length)
    for (let i = 0; i < value.length; i++) out[i] = copyData(value[i])
    return out
  }
  const out: Record<string, unknown> = {}
  for (const key in value) out[key] = copyData((value as Record<string, unknown>)[key])
  return out
}
function copyWork(parse: (text: string) => unknown): (text: string) => number {
  const made = new Map<string, unknown>()
  return (text) => {
    let report = made.get(text)
    if (report === undefined) {
      report = parse(text)
      made.set(text, report)
    }
    return copyData(report) === report ? 0 : 1
  }
}
const chronoReference = new Date(2025, 0, 1)
const STAGES: { name: string; work: (text: string) => number }[] = [
  { name: 'parseReport (whole pipeline)', work: (text) => parseReport(text).facts.length },
  {
    name: 'parseReport, structure + metadata (all extractors disabled)',
    work: (text) => structureParser.parse(text).sections.length,
  },
  {
    name: 'chrono-node zh.parse (dates only)',
    work: (text) => chrono.zh.parse(text, chronoReference).length,
  },
  { name: 'floor: char-class tokenizer, one object per token', work: floorWork },
  {
    name: 'floor: copy of the structure + metadata Report (objects only, strings shared)',
    work: copyWork((text) => structureParser.parse(text)),
  },
  {
    name: 'floor: copy of the whole-pipeline Report (objects only, strings shared)',
    work: copyWork((text) => parseReport(text)),
  },
]

function loadSeeds(): { name: string; text: string; bytes: number }[] {
  return readdirSync(seedDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(seedDir, name), 'utf8')
      return { name, text, bytes: Buffer.byteLength(text, 'utf8') }
    })
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.()

let sink = 0

/** Run `work` over the seeds for about `ms` milliseconds; returns MB/s. */
function round(seeds: { text: string; bytes: number }[], ms: number, work: (text: string) => number): number {
  let bytes = 0
  const t0 = performance.now()
  let elapsed = 0
  do {
    for (const seed of seeds) {
      sink += work(seed.text)
      bytes += seed.bytes
    }
    elapsed = performance.now() - t0
  } while (elapsed < ms)
  return bytes / 1e6 / (elapsed / 1000)
}

const parseWork = (text: string): number => parseReport(text).facts.length
const regexWork = (text: string): number => {
  let count = 0
  BARE_SCAN.lastIndex = 0
  while (BARE_SCAN.exec(text) !== null) count++
  return count
}

/** Heap growth while parsing `text`, sampled right after the parse (before any later GC). */
function peakHeap(text: string): { bytes: number; gcRan: boolean } {
  let gcs = 0
  const observer = new PerformanceObserver((list) => {
    gcs += list.getEntries().length
  })
  gc()
  gc()
  observer.observe({ entryTypes: ['gc'] })
  const before = process.memoryUsage().heapUsed
  const report = parseReport(text)
  const after = process.memoryUsage().heapUsed
  sink += report.facts.length
  // GC entries are delivered asynchronously; the caller awaits a tick before reading `gcs`.
  return {
    bytes: after - before,
    get gcRan() {
      observer.disconnect()
      return gcs > 0
    },
  }
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * Run the benchmark.
 *
 * @param options - What to run.
 * @returns The measurements.
 */
export async function run(options: FullOptions = {}): Promise<FullResult> {
  const log = options.log ?? ((line: string) => console.log(line))
  const ci = options.ci ?? false
  const rounds = options.rounds ?? (ci ? 20 : 30)
  const roundMs = options.roundMs ?? 300
  const seeds = loadSeeds()
  const totalBytes = seeds.reduce((sum, seed) => sum + seed.bytes, 0)
  log(
    `full: ${seeds.length} seeds, ${(totalBytes / 1000).toFixed(1)} KB (UTF-8); ${rounds} rounds of ~${roundMs} ms`,
  )

  // Warm-up: let both paths reach optimized code.
  round(seeds, 2000, parseWork)
  round(seeds, 500, regexWork)

  // Interleaved rounds, so a slow phase of the machine hits both sides.
  const parseRounds: number[] = []
  const regexRounds: number[] = []
  for (let r = 0; r < rounds; r++) {
    parseRounds.push(round(seeds, roundMs, parseWork))
    regexRounds.push(round(seeds, roundMs, regexWork))
  }
  const parseMBps = median(parseRounds)
  const regexMBps = median(regexRounds)
  // The ratio is the median of the ratios of adjacent rounds, which ran under the same machine load.
  const pairRatios = parseRounds.map((parse, r) => parse / regexRounds[r]!)

  const largest = seeds.reduce((a, b) => (b.text.length > a.text.length ? b : a))
  const samples: number[] = []
  let gcInPeakWindow = false
  for (let i = 0; i < 5; i++) {
    const sample = peakHeap(largest.text)
    await tick()
    samples.push(sample.bytes)
    gcInPeakWindow ||= sample.gcRan
  }
  const result: FullResult = {
    parseMBps,
    regexMBps,
    ratio: median(pairRatios),
    peakHeapBytes: median(samples),
    gcInPeakWindow,
    sequenceHeap: [],
    stages: [],
  }
  const spread = (values: number[]): string =>
    `${Math.min(...values).toFixed(3)}–${Math.max(...values).toFixed(3)}`
  log(
    [
      '',
      '| measure | value | rounds (min–max) |',
      '| --- | ---: | --- |',
      `| parseReport throughput | ${parseMBps.toFixed(3)} MB/s (${(((parseMBps * 1e6) / totalBytes) * seeds.length).toFixed(0)} reports/s) | ${spread(parseRounds)} |`,
      `| bare regex scan ${BARE_SCAN} | ${regexMBps.toFixed(1)} MB/s | ${spread(regexRounds)} |`,
      `| ratio parse / scan (median of adjacent pairs) | ${result.ratio.toFixed(5)} | ${spread(pairRatios.map((r) => r * 1000))} ×10⁻³ |`,
      `| peak heap, largest seed (${largest.name.slice(0, 3)}, ${(largest.bytes / 1000).toFixed(1)} KB) | ${(result.peakHeapBytes / 1e6).toFixed(2)} MB${gcInPeakWindow ? ' (a GC ran in the window: lower bound)' : ''} | ${samples.map((s) => (s / 1e6).toFixed(2)).join(', ')} |`,
      '',
    ].join('\n'),
  )
  if (ci) return result

  // Each stage interleaved with the scan, as above.
  const stageRounds = Math.max(5, Math.round(rounds / 3))
  for (const stage of STAGES) {
    round(seeds, 500, stage.work)
    const mine: number[] = []
    const scans: number[] = []
    for (let r = 0; r < stageRounds; r++) {
      mine.push(round(seeds, roundMs / 2, stage.work))
      scans.push(round(seeds, roundMs / 2, regexWork))
    }
    result.stages.push({
      name: stage.name,
      MBps: median(mine),
      ratio: median(mine.map((value, r) => value / scans[r]!)),
    })
  }
  log(
    [
      `| stage (${stageRounds} rounds each, interleaved with the scan) | MB/s | × scan |`,
      '| --- | ---: | ---: |',
      ...result.stages.map(
        (stage) => `| ${stage.name} | ${stage.MBps.toFixed(2)} | ${stage.ratio.toFixed(4)} |`,
      ),
      '',
    ].join('\n'),
  )

  // Memory over a long sequence of parses: the heap after GC should not grow.
  const sequence = options.sequence ?? 10_000
  gc()
  const heap: number[] = [process.memoryUsage().heapUsed]
  const t0 = performance.now()
  for (let i = 1; i <= sequence; i++) {
    sink += parseReport(seeds[i % seeds.length]!.text).facts.length
    if (i % 1000 === 0) {
      gc()
      heap.push(process.memoryUsage().heapUsed)
    }
  }
  result.sequenceHeap = heap
  const growth = heap[heap.length - 1]! - heap[1]!
  log(
    `sequence: ${sequence} reports in ${((performance.now() - t0) / 1000).toFixed(1)} s; heap after GC every 1,000 (MB): ` +
      `${heap.map((h) => (h / 1e6).toFixed(1)).join(' ')}; growth after the first 1,000: ${(growth / 1e6).toFixed(2)} MB` +
      `${Math.abs(growth) < 2e6 ? ' (no growth)' : ' (GROWS)'}`,
  )

  const largeBytes = options.largeBytes ?? 50_000_000
  if (largeBytes > 0) {
    const child = spawnSync(
      process.execPath,
      [
        '--expose-gc',
        '--max-old-space-size=8192',
        '--import',
        'tsx',
        join(root, 'test', 'robustness', 'scale-child.ts'),
        String(largeBytes),
      ],
      { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 },
    )
    if (child.status !== 0) {
      log(
        `large: the ${largeBytes / 1e6} MB parse failed (exit ${child.status}): ${child.stderr.slice(-500)}`,
      )
    } else {
      const large = JSON.parse(child.stdout.trim().split('\n').pop()!) as NonNullable<FullResult['large']> & {
        inputBytes: number
      }
      result.large = large
      log(
        `large: a ${(large.inputBytes / 1e6).toFixed(0)} MB UTF-8 file (${(large.chars / 1e6).toFixed(1)}M chars) parsed in ` +
          `${(large.ms / 1000).toFixed(1)} s; peak RSS growth ${(large.peakRssGrowth / 1e6).toFixed(0)} MB ` +
          `(${(large.peakRssGrowth / large.inputBytes).toFixed(1)}× the input); report retained ` +
          `${(large.heapRetained / 1e6).toFixed(0)} MB; ${large.facts} facts`,
      )
    }
  }
  if (sink === Number.MIN_SAFE_INTEGER) log('')
  return result
}
