/**
 * Parser benchmark: `node --import tsx bench/parser.ts [--rounds N]`.
 *
 * Measures the throughput (MB/s of UTF-16 text, 1 MB = 2^20 code units) of
 * `buildDocument` over the five seed reports, split into the structure stage
 * alone and the full build (tree + views + normalizers), against a bare
 * regex scan (`/[0-9一二三四五六七八九十]+/g`, counting matches) over the same
 * texts, and prints the ratios. Each measurement is repeated (interleaved) and
 * the fastest repeat is kept, which is the stable statistic on a busy machine.
 */

import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { buildDocument, plainSource } from '../src/parser/index.js'
import { analyzeStructure } from '../src/structure/index.js'

/** Result of {@link run}. */
export interface ParserBenchResult {
  /** Characters (UTF-16 code units) per round over all seeds. */
  chars: number
  /** Timed rounds. */
  rounds: number
  /** Bare regex scan, MB/s. */
  regexMBps: number
  /** `analyzeStructure` alone, MB/s. */
  structureMBps: number
  /** `buildDocument`, MB/s. */
  buildMBps: number
  /** Regex throughput divided by `buildDocument` throughput (how many times slower the parser is). */
  ratio: number
  /** Regex throughput divided by structure-stage throughput. */
  structureRatio: number
  /** Milliseconds per seed document for `buildDocument` (mean). */
  msPerDoc: number
}

/** Options of {@link run}. */
export interface ParserBenchOptions {
  /** Timed rounds over the five seeds per repeat (default: 100). */
  rounds?: number
  /** Interleaved repeats; the fastest is kept (default: 7). */
  repeats?: number
  /** Print a table to stdout (default: `true`). */
  print?: boolean
}

const seedDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../test/fixtures/seeds')

const scanRe = /[0-9一二三四五六七八九十]+/g

function time(rounds: number, body: () => void): number {
  const started = process.hrtime.bigint()
  for (let i = 0; i < rounds; i++) body()
  return Number(process.hrtime.bigint() - started) / 1e9
}

/**
 * Run the benchmark.
 *
 * @param options - Rounds and printing.
 * @returns Throughputs and ratios.
 */
export function run(options: ParserBenchOptions = {}): ParserBenchResult {
  const rounds = options.rounds ?? 100
  const repeats = options.repeats ?? 7
  const texts = readdirSync(seedDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(path.join(seedDir, name), 'utf8'))
  const sources = texts.map(plainSource)
  const chars = texts.reduce((sum, text) => sum + text.length, 0)
  let sink = 0
  const regex = (): void => {
    for (const text of texts) sink += text.match(scanRe)?.length ?? 0
  }
  const structure = (): void => {
    for (const text of texts) sink += analyzeStructure(text).sections.length
  }
  const build = (): void => {
    for (const source of sources) sink += buildDocument(source).document.flat.length
  }
  // Warm up the JIT.
  time(rounds, regex)
  time(rounds, structure)
  time(rounds, build)
  let regexSeconds = Number.POSITIVE_INFINITY
  let structureSeconds = Number.POSITIVE_INFINITY
  let buildSeconds = Number.POSITIVE_INFINITY
  for (let r = 0; r < repeats; r++) {
    regexSeconds = Math.min(regexSeconds, time(rounds, regex))
    structureSeconds = Math.min(structureSeconds, time(rounds, structure))
    buildSeconds = Math.min(buildSeconds, time(rounds, build))
  }
  if (sink < 0) console.log(sink)
  const mb = (chars * rounds) / 2 ** 20
  const result: ParserBenchResult = {
    chars,
    rounds,
    regexMBps: mb / regexSeconds,
    structureMBps: mb / structureSeconds,
    buildMBps: mb / buildSeconds,
    ratio: buildSeconds / regexSeconds,
    structureRatio: structureSeconds / regexSeconds,
    msPerDoc: (buildSeconds * 1000) / (rounds * texts.length),
  }
  if (options.print !== false) {
    console.log(
      `seeds: ${texts.length} documents, ${chars} chars, ${rounds} rounds × ${repeats} repeats (fastest kept)`,
    )
    console.log(`regex scan       ${result.regexMBps.toFixed(1).padStart(8)} MB/s`)
    console.log(
      `structure stage  ${result.structureMBps.toFixed(1).padStart(8)} MB/s  (${result.structureRatio.toFixed(1)}× the regex scan's time)`,
    )
    console.log(
      `buildDocument    ${result.buildMBps.toFixed(1).padStart(8)} MB/s  (${result.ratio.toFixed(1)}× the regex scan's time, ${result.msPerDoc.toFixed(2)} ms/doc)`,
    )
  }
  return result
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name)
  return index === -1 ? undefined : process.argv[index + 1]
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const rounds = argument('--rounds')
  const repeats = argument('--repeats')
  run({
    ...(rounds === undefined ? {} : { rounds: Number(rounds) }),
    ...(repeats === undefined ? {} : { repeats: Number(repeats) }),
  })
}
