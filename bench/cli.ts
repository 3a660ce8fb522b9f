/**
 * CLI throughput benchmark: `node --import tsx bench/cli.ts [--files N] [--jobs 1,2]`.
 *
 * Builds the CLI (as tsup.config.ts does) into a private cache folder, writes a temp folder
 * of N copies of the five seed reports (default 2,000), then runs
 * `fazhi-report parse <dir> --format jsonl --out /dev/null --jobs J --stats` for each J and
 * reports files/s (wall clock, process start to exit) and peak RSS of the whole process
 * (main thread + workers, from the CLI's hidden `--stats` flag: `process.resourceUsage().maxRSS`).
 */

import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { devNull, tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildCli, ROOT } from '../test/cli/build-cli.js'

/** One measured configuration. */
export interface CliBenchResult {
  /** `--jobs`. */
  jobs: number
  /** Files in the batch. */
  files: number
  /** Wall-clock seconds from spawning the CLI to its exit (startup included). */
  seconds: number
  /** Files per second over `seconds`. */
  filesPerSecond: number
  /** Seconds the CLI itself measured (inputs expanded → last record written). */
  batchSeconds: number
  /** CPU seconds of the CLI process (all threads, user + system): load-independent cost. */
  cpuSeconds: number
  /** Files per CPU second. */
  filesPerCpuSecond: number
  /** Peak resident set size of the CLI process in MB. */
  peakRssMb: number
  /** Files that became error records (should be 0). */
  failed: number
}

/** Options of {@link run}. */
export interface CliBenchOptions {
  /** Seed copies to parse (default: 2000). */
  files?: number
  /** Job counts to compare (default: `[1, 2]`). */
  jobs?: readonly number[]
  /** Print a table to stdout (default: `true`). */
  print?: boolean
}

function spawnCli(
  cli: string,
  args: readonly string[],
): Promise<{ code: number | null; stderr: string; seconds: number }> {
  const started = process.hrtime.bigint()
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('close', (code) =>
      resolve({ code, stderr, seconds: Number(process.hrtime.bigint() - started) / 1e9 }),
    )
  })
}

/**
 * Runs the benchmark.
 *
 * @param options - File count, job counts, printing.
 * @returns One result per job count.
 */
export async function run(options: CliBenchOptions = {}): Promise<CliBenchResult[]> {
  const count = options.files ?? 2000
  const jobCounts = options.jobs ?? [1, 2]
  const seedDir = path.join(ROOT, 'test/fixtures/seeds')
  const seeds = readdirSync(seedDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(path.join(seedDir, name)))
  const built = await buildCli()
  const work = mkdtempSync(path.join(tmpdir(), 'fazhi-report-bench-'))
  const results: CliBenchResult[] = []
  try {
    for (let n = 0; n < count; n++) {
      const folder = path.join(work, `d${String(Math.floor(n / 100)).padStart(3, '0')}`)
      if (n % 100 === 0) mkdirSync(folder, { recursive: true })
      writeFileSync(path.join(folder, `r${String(n).padStart(5, '0')}.txt`), seeds[n % seeds.length]!)
    }
    for (const jobs of jobCounts) {
      const args = [
        'parse',
        work,
        '--format',
        'jsonl',
        '--out',
        devNull,
        '--jobs',
        String(jobs),
        '--quiet',
        '--stats',
      ]
      const { code, stderr, seconds } = await spawnCli(built.cli, args)
      const last = stderr.trim().split('\n').at(-1) ?? ''
      let stats: { files: number; failed: number; seconds: number; cpuSeconds: number; maxRssKb: number }
      try {
        stats = JSON.parse(last) as typeof stats
      } catch {
        throw new Error(`the CLI failed (exit ${code}): ${stderr.slice(0, 2000)}`)
      }
      results.push({
        jobs,
        files: stats.files,
        seconds: Number(seconds.toFixed(2)),
        filesPerSecond: Number((stats.files / seconds).toFixed(1)),
        batchSeconds: stats.seconds,
        cpuSeconds: stats.cpuSeconds,
        filesPerCpuSecond: Number((stats.files / stats.cpuSeconds).toFixed(1)),
        peakRssMb: Number((stats.maxRssKb / 1024).toFixed(1)),
        failed: stats.failed,
      })
    }
  } finally {
    built.remove()
    rmSync(work, { recursive: true, force: true })
  }
  if (options.print !== false) {
    console.log(`fazhi-report parse: ${count} seed copies, --format jsonl --out ${devNull}`)
    console.table(results)
    const base = results[0]
    for (const result of results.slice(1)) {
      if (base)
        console.log(
          `--jobs ${result.jobs} vs --jobs ${base.jobs}: ${(result.filesPerSecond / base.filesPerSecond).toFixed(2)}×`,
        )
    }
  }
  return results
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name)
  return index === -1 ? undefined : process.argv[index + 1]
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const files = argument('--files')
  const jobs = argument('--jobs')
  await run({
    ...(files ? { files: Number(files) } : {}),
    ...(jobs ? { jobs: jobs.split(',').map(Number) } : {}),
  })
}
