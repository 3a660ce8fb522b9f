/**
 * `npm run bench`: the other benchmark modules (normalizers, parser, CLI) when
 * present, then the whole-pipeline benchmark (bench/full.ts).
 *
 * - `--ci`: only the throughput ratio and the peak heap, compared with
 *   bench/baseline.json; exits 1 when the ratio is more than 30% below the
 *   baseline's.
 * - `--update-baseline`: write the measured ratio and peak heap to bench/baseline.json.
 *
 * Runs itself again with `--expose-gc --min-semi-space-size=64
 * --max-semi-space-size=64` when started without `--expose-gc` (the heap
 * numbers need them).
 *
 * @module
 */

import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const baselinePath = join(here, 'baseline.json')
const args = process.argv.slice(2)
const ci = args.includes('--ci')
const update = args.includes('--update-baseline')
/**
 * Node flags the numbers need: `gc()` for clean heap samples, and a young
 * generation large enough that no collection runs while one report is parsed
 * (so the heap growth around a parse is everything it allocated).
 */
const NODE_FLAGS = ['--expose-gc', '--min-semi-space-size=64', '--max-semi-space-size=64']
/** The ratio may fall to this fraction of the baseline before CI fails. */
const TOLERANCE = 0.7

interface Baseline {
  ratio: number
  peakHeapBytes: number
  measuredOn: string
  node: string
}

if (typeof (globalThis as { gc?: unknown }).gc !== 'function') {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, ...NODE_FLAGS, fileURLToPath(import.meta.url), ...args],
    { stdio: 'inherit' },
  )
  process.exit(child.status ?? 1)
}

async function runModule(name: string): Promise<void> {
  const path = join(here, `${name}.ts`)
  if (!existsSync(path)) {
    console.log(`\n## ${name}: bench/${name}.ts is not there; skipped`)
    return
  }
  console.log(`\n## ${name}`)
  try {
    const module = (await import(pathToFileURL(path).href)) as { run?: () => unknown }
    if (typeof module.run !== 'function') console.log(`bench/${name}.ts has no run(); skipped`)
    else await module.run()
  } catch (error) {
    console.log(`bench/${name}.ts failed: ${error instanceof Error ? error.stack : String(error)}`)
    process.exitCode = 1
  }
}

async function main(): Promise<void> {
  console.log(
    `# fazhi-report bench — node ${process.version}, ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}`,
  )
  if (!ci) {
    for (const name of ['normalizers', 'parser', 'cli']) await runModule(name)
  }
  console.log('\n## full pipeline')
  const { run } = await import('./full.js')
  const result = await run({ ci })

  const baseline: Baseline | null = existsSync(baselinePath)
    ? (JSON.parse(readFileSync(baselinePath, 'utf8')) as Baseline)
    : null
  if (baseline !== null) {
    const floor = baseline.ratio * TOLERANCE
    const ok = result.ratio >= floor
    console.log(
      [
        '| budget | baseline | now | limit | |',
        '| --- | ---: | ---: | ---: | --- |',
        `| ratio parse / scan | ${baseline.ratio.toFixed(5)} | ${result.ratio.toFixed(5)} | ≥ ${floor.toFixed(5)} | ${ok ? 'ok' : 'FAIL'} |`,
        `| peak heap per report | ${(baseline.peakHeapBytes / 1e6).toFixed(2)} MB | ${(result.peakHeapBytes / 1e6).toFixed(2)} MB | (reported) | ${result.peakHeapBytes > 2 * baseline.peakHeapBytes ? 'over 2× baseline' : 'ok'} |`,
        `baseline measured on ${baseline.measuredOn}, node ${baseline.node}`,
      ].join('\n'),
    )
    if (!ok && !update) {
      console.log(
        `bench budget: the parse/scan ratio ${result.ratio.toFixed(5)} is more than ${Math.round((1 - TOLERANCE) * 100)}% ` +
          `below the baseline ${baseline.ratio.toFixed(5)}: parseReport got slower relative to a regex scan.`,
      )
      process.exitCode = 1
    }
  } else {
    console.log('no bench/baseline.json yet: run `npm run bench -- --ci --update-baseline` to record one')
  }
  if (update) {
    const next: Baseline = {
      ratio: Number(result.ratio.toPrecision(4)),
      peakHeapBytes: Math.round(result.peakHeapBytes),
      measuredOn: `${new Date().toISOString().slice(0, 10)}, ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}`,
      node: process.version,
    }
    writeFileSync(baselinePath, `${JSON.stringify(next, null, 2)}\n`)
    console.log(`wrote ${baselinePath}`)
  }
}

await main()
