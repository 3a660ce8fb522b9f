/**
 * `fazhi-report parse`: many files in, one ordered stream of records out. Node-only.
 *
 * Files are parsed on worker threads; results are written in input order through a
 * reorder buffer with a bounded window (jobs × 4), so the output is byte-identical for any
 * `--jobs` and memory stays flat however many files there are.
 *
 * @module
 */

import { once } from 'node:events'
import { createWriteStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { csvHeader, xmlFooter, xmlHeader } from '../output/index.js'
import { BraceLimitError, expandInputs, type InputFile } from './inputs.js'
import { errorLine } from './messages.js'
import { WorkerPool } from './pool.js'
import { Progress } from './progress.js'
import {
  failedResult,
  type InputFormat,
  type OutputFormat,
  type TaskResult,
  type TaskSettings,
} from './task.js'

/** Options of {@link runParse} (the parsed command line). */
export interface ParseCommandOptions {
  /** Output format (default: `json` for one input file, else `jsonl`). */
  format?: OutputFormat | undefined
  /** Output file, or directory (existing, or ending in `/`) for one file per input. */
  out?: string | undefined
  /** Worker threads. */
  jobs: number
  /** Text encoding of the inputs, or detect. */
  encoding?: string | undefined
  /** Input format, or detect. */
  inputFormat: InputFormat
  /** Warnings count as failures. */
  strict: boolean
  /** No progress bar, no per-file lines on stderr. */
  quiet: boolean
  /** Write a UTF-8 byte-order mark before CSV. */
  bom: boolean
  /** CSV indicator ids (wide columns / long filter). */
  indicators?: string[] | undefined
  /** Per-file time limit in seconds (0: none). */
  timeout: number
  /** Print `{"files","failed","seconds","filesPerSecond","cpuSeconds","maxRssKb"}` to stderr at the end (all threads). */
  stats: boolean
}

/** Where the command writes. */
export interface CommandIO {
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }
}

/** A command-line mistake: reported with exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** Writes text with back-pressure. */
class Sink {
  readonly #stream: NodeJS.WritableStream
  readonly #owned: boolean
  #error: Error | null = null

  constructor(stream: NodeJS.WritableStream, owned: boolean) {
    this.#stream = stream
    this.#owned = owned
    stream.on('error', (error: Error) => {
      this.#error ??= error
    })
  }

  async write(text: string): Promise<void> {
    if (this.#error !== null) throw this.#error
    if (text === '') return
    if (!this.#stream.write(text)) await once(this.#stream, 'drain')
  }

  async end(): Promise<void> {
    if (this.#error !== null) throw this.#error
    if (!this.#owned) return
    this.#stream.end()
    await once(this.#stream, 'close')
  }
}

/** Output paths for `--out DIR`: the inputs' paths below their common directory, extension swapped. */
function perFileTargets(inputs: readonly InputFile[], directory: string, extension: string): string[] {
  if (inputs.length === 0) return []
  let base = path.dirname(inputs[0]!.absolute)
  for (const input of inputs) {
    while (
      !(
        input.absolute === base || input.absolute.startsWith(base.endsWith(path.sep) ? base : base + path.sep)
      )
    ) {
      base = path.dirname(base)
    }
  }
  const relatives = inputs.map((input) => path.relative(base, input.absolute))
  const stems = relatives.map((relative) =>
    relative.slice(0, relative.length - path.extname(relative).length),
  )
  const counts = new Map<string, number>()
  for (const stem of stems) counts.set(stem.toLowerCase(), (counts.get(stem.toLowerCase()) ?? 0) + 1)
  return stems.map((stem, i) =>
    path.join(directory, (counts.get(stem.toLowerCase())! > 1 ? relatives[i]! : stem) + extension),
  )
}

function isDirectoryTarget(out: string): boolean {
  if (out.endsWith('/') || out.endsWith(path.sep)) return true
  return existsSync(out) && statSync(out).isDirectory()
}

/**
 * Runs `fazhi-report parse`.
 *
 * @param args - Files, directories and globs.
 * @param options - The parsed options.
 * @param io - stdout and stderr.
 * @returns The exit code: 0 all good, 1 some file failed (or had warnings with `strict`).
 * @throws {UsageError} For command-line mistakes (no inputs, `--out DIR` with a stream format).
 */
export async function runParse(
  args: readonly string[],
  options: ParseCommandOptions,
  io: CommandIO,
): Promise<number> {
  const started = process.hrtime.bigint()
  let expanded: ReturnType<typeof expandInputs>
  try {
    expanded = expandInputs(args)
  } catch (error) {
    if (error instanceof BraceLimitError) throw new UsageError(`${error.message} (通配符展开过多)`)
    throw error
  }
  const { inputs, unmatched } = expanded
  for (const pattern of unmatched) {
    if (!options.quiet) io.stderr.write(`warning: no files match ${pattern} (没有匹配的文件)\n`)
  }
  if (inputs.length === 0) throw new UsageError('no input files (没有可处理的文件)')

  const format = options.format ?? (inputs.length === 1 ? 'json' : 'jsonl')
  const perFile = options.out !== undefined && isDirectoryTarget(options.out)
  if (perFile && format !== 'json' && format !== 'xml') {
    throw new UsageError(`--out DIR writes one file per input and needs --format json or xml, not ${format}`)
  }
  const settings: TaskSettings = {
    format,
    perFile,
    indicators: options.indicators ?? null,
    encoding: options.encoding ?? null,
    inputFormat: options.inputFormat,
  }

  let sink: Sink | null = null
  let targets: string[] = []
  if (perFile) {
    mkdirSync(options.out!, { recursive: true })
    targets = perFileTargets(inputs, options.out!, format === 'xml' ? '.xml' : '.json')
  } else if (options.out !== undefined) {
    const stream = createWriteStream(options.out)
    await once(stream, 'open').catch((error: Error) => {
      throw new UsageError(`cannot write ${options.out}: ${error.message} (无法写入输出文件)`)
    })
    sink = new Sink(stream, true)
  } else {
    sink = new Sink(io.stdout, false)
  }

  const progress = new Progress(io.stderr.isTTY && !options.quiet ? io.stderr : null, inputs.length)
  const pool = new WorkerPool(settings, {
    size: Math.min(options.jobs, inputs.length),
    timeoutMs: options.timeout * 1000,
    maxHeapMb: 2048,
  })
  let failures = 0
  let written = 0

  const emit = async (result: TaskResult): Promise<void> => {
    const input = inputs[result.index]!
    if (perFile) {
      mkdirSync(path.dirname(targets[result.index]!), { recursive: true })
      writeFileSync(targets[result.index]!, result.chunk)
    } else if (format === 'json') {
      await sink!.write((written > 0 ? ',\n' : '') + result.chunk)
    } else {
      await sink!.write(result.chunk)
    }
    written++
    if (result.error !== null) {
      failures++
      if (!options.quiet) progress.print(errorLine({ file: input.file, error: result.error }), io.stderr)
    } else if (options.strict && result.warnings.length > 0) {
      failures++
      const rules = [...new Set(result.warnings)].join(', ')
      if (!options.quiet) {
        progress.print(
          `warning: ${input.file}: ${result.warnings.length} warning(s) (警告): ${rules}\n`,
          io.stderr,
        )
      }
    }
    progress.tick()
  }

  try {
    if (sink !== null) {
      if (format === 'json') await sink.write('[\n')
      else if (format === 'xml') await sink.write(xmlHeader())
      else if (format === 'csv' || format === 'csv-wide') {
        await sink.write(
          (options.bom ? '\uFEFF' : '') + csvHeader(format === 'csv' ? 'long' : 'wide', settings.indicators),
        )
      }
    }
    const window = Math.max(1, options.jobs) * 4
    const inFlight: Promise<TaskResult>[] = []
    let next = 0
    while (next < inputs.length || inFlight.length > 0) {
      while (next < inputs.length && inFlight.length < window) {
        const input = inputs[next]!
        const task = { index: next, file: input.file, absolute: input.absolute }
        inFlight.push(
          input.error !== null ? Promise.resolve(failedResult(task, input.error, settings)) : pool.run(task),
        )
        next++
      }
      await emit(await inFlight.shift()!)
    }
    if (sink !== null) {
      if (format === 'json') await sink.write((written > 0 ? '\n' : '') + ']\n')
      else if (format === 'xml') await sink.write(xmlFooter())
      await sink.end()
    }
  } catch (error) {
    // A closed pipe (`| head`) ends the batch quietly; anything else is reported.
    if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error
  } finally {
    progress.done()
    await pool.close()
  }

  if (options.stats) {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9
    const cpu = process.cpuUsage()
    const stats = {
      files: inputs.length,
      failed: failures,
      seconds: Number(seconds.toFixed(3)),
      filesPerSecond: Number((inputs.length / seconds).toFixed(1)),
      cpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(3)),
      maxRssKb: process.resourceUsage().maxRSS,
    }
    io.stderr.write(JSON.stringify(stats) + '\n')
  }
  return failures > 0 ? 1 : 0
}
