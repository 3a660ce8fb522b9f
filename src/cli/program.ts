/**
 * The `fazhi-report` command line: `parse`, `summary`, `taxonomy`. Node-only.
 *
 * Exit codes: 0 everything parsed; 1 some file failed (with `--strict`: or had warnings);
 * 2 a usage error (unknown command or option, bad value, no input files).
 *
 * @module
 */

import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander'
import { normalizeEncodingLabel } from '../input/decode.js'
import { describeError, errorLine } from './messages.js'
import { type CommandIO, runParse, UsageError } from './parse-command.js'
import { formatSummary } from './summary.js'
import { type InputFormat, OUTPUT_FORMATS, type OutputFormat } from './task.js'
import { formatTaxonomy, TAXONOMY_FORMATS, type TaxonomyFormat } from './taxonomy-command.js'

const INPUT_FORMATS: readonly InputFormat[] = ['auto', 'text', 'html', 'xml', 'docx']

/** The package version, read from the package.json next to the build (`dist/../package.json`) or the source. */
function packageVersion(): string {
  for (const relative of ['../package.json', '../../package.json']) {
    try {
      const data = JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as {
        name?: string
        version?: string
      }
      if (data.name === 'fazhi-report' && typeof data.version === 'string') return data.version
    } catch {
      // Try the next location.
    }
  }
  return '0.0.0'
}

function positiveInteger(name: string) {
  return (value: string): number => {
    const number = Number(value)
    if (!Number.isInteger(number) || number < 1) {
      throw new InvalidArgumentError(`${name} must be a whole number ≥ 1 (须为正整数).`)
    }
    return number
  }
}

function seconds(value: string): number {
  const number = Number(value)
  if (!Number.isFinite(number) || number < 0) {
    throw new InvalidArgumentError('--timeout must be a number of seconds ≥ 0 (须为非负秒数).')
  }
  return number
}

function encoding(value: string): string {
  if (normalizeEncodingLabel(value) === null) {
    throw new InvalidArgumentError(
      `unknown encoding (不支持的编码); use utf-8, gbk, gb2312, gb18030, big5, utf-16le or utf-16be.`,
    )
  }
  return value
}

function indicatorList(value: string): string[] {
  const ids = value
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '')
  if (ids.length === 0) throw new InvalidArgumentError('--indicators needs at least one id (至少一个指标).')
  return ids
}

/**
 * Builds the command tree. Actions record their exit code in `result.code`.
 *
 * @param io - stdout and stderr.
 * @param result - Receives the exit code of the action that ran.
 * @returns The commander program.
 */
export function createProgram(io: CommandIO, result: { code: number }): Command {
  const program = new Command('fazhi-report')
  program
    .description(
      'Parse Chinese annual rule-of-law government reports (法治政府建设年度报告) into typed data.\n' +
        '解析法治政府建设年度报告：元数据、章节、指标数据，可输出 JSON / CSV / XML。',
    )
    .version(packageVersion(), '-V, --version', 'print the version (显示版本号)')
    .helpOption('-h, --help', 'show help (显示帮助)')
    .helpCommand('help [command]', 'show help for a command (显示命令帮助)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showSuggestionAfterError()
    .showHelpAfterError('(add --help for usage 加 --help 查看用法)')

  program
    .command('parse')
    .description('parse files, folders or globs into one stream of records (批量解析报告)')
    .argument(
      '<inputs...>',
      'files, directories (recursive) or globs ({a,b}, *, **, ?, [...]) of .txt .html .htm .xml .docx',
    )
    .addOption(
      new Option(
        '-f, --format <format>',
        'output format (输出格式); default: json for one file, else jsonl',
      ).choices(OUTPUT_FORMATS),
    )
    .option('-o, --out <path>', 'write to FILE, or one file per input into DIR (existing or ending in /)')
    .addOption(
      new Option('-j, --jobs <n>', 'worker threads (并行线程数)')
        .argParser(positiveInteger('--jobs'))
        .default(Math.max(1, availableParallelism()), 'the number of CPU cores'),
    )
    .option(
      '-e, --encoding <name>',
      'text encoding of the inputs, e.g. gb18030 (default: detect 自动识别)',
      encoding,
    )
    .addOption(
      new Option('--input-format <format>', 'input format (输入格式)').choices(INPUT_FORMATS).default('auto'),
    )
    .option('--strict', 'count reports with warnings as failures (有警告即视为失败)')
    .option('-q, --quiet', 'no progress bar and no per-file messages on stderr (静默)')
    .option('--bom', 'start CSV output with a UTF-8 byte-order mark, for Excel')
    .option(
      '--indicators <ids>',
      'comma-separated indicator ids: csv-wide columns / csv filter',
      indicatorList,
    )
    .option('--timeout <seconds>', 'per-file time limit, 0 for none (单文件超时)', seconds, 120)
    .addOption(new Option('--stats', 'print throughput and peak memory as JSON on stderr').hideHelp())
    .addHelpText(
      'after',
      `
Output: one record per input, in sorted path order, whatever --jobs is.
  jsonl     {"file": …, "report": {…}} or {"file": …, "error": {"code": …, "message": …}} per line
  json      the same records as one JSON array
  csv       one row per fact (long layout); csv-wide: one row per report, one column per indicator
  xml       <reports schemaVersion="…"> with <report file="…"> and <error file="…" code="…" message="…"/>
A file that cannot be parsed becomes an error record and a line on stderr; the batch goes on.
Exit code: 0 all parsed, 1 some failed (--strict: or had warnings), 2 usage error.

Examples:
  $ fazhi-report parse reports/ --format csv-wide --out panel.csv
  $ fazhi-report parse "data/**/*.html" --jobs 4 > reports.jsonl
  $ fazhi-report parse 2024.docx --out out/ --format xml`,
    )
    .action(async (inputs: string[], options) => {
      result.code = await runParse(
        inputs,
        {
          format: options.format as OutputFormat | undefined,
          out: options.out as string | undefined,
          jobs: options.jobs as number,
          encoding: options.encoding as string | undefined,
          inputFormat: options.inputFormat as InputFormat,
          strict: options.strict === true,
          quiet: options.quiet === true,
          bom: options.bom === true,
          indicators: options.indicators as string[] | undefined,
          timeout: options.timeout as number,
          stats: options.stats === true,
        },
        io,
      )
    })

  program
    .command('summary')
    .description('show one report in human-readable form (以可读形式显示一份报告)')
    .argument('<file>', 'a .txt .html .htm .xml or .docx report')
    .option('-e, --encoding <name>', 'text encoding, e.g. gb18030 (default: detect 自动识别)', encoding)
    .addOption(
      new Option('--input-format <format>', 'input format (输入格式)').choices(INPUT_FORMATS).default('auto'),
    )
    .action(async (file: string, options) => {
      // The parser is loaded only by the commands that parse on the main thread.
      const { parseBytes, readInput } = await import('./run-task.js')
      const bytes = readInput(file)
      if (!(bytes instanceof Uint8Array)) {
        io.stderr.write(errorLine({ file, error: bytes }))
        result.code = 1
        return
      }
      let text: string
      try {
        const report = parseBytes(
          bytes,
          options.inputFormat as InputFormat,
          (options.encoding as string) ?? null,
        )
        text = formatSummary(report, file)
      } catch (error) {
        io.stderr.write(errorLine({ file, error: describeError(error) }))
        result.code = 1
        return
      }
      io.stdout.write(text)
      result.code = 0
    })

  program
    .command('taxonomy')
    .description('print the indicator taxonomy (输出指标体系)')
    .addOption(
      new Option('-f, --format <format>', 'output format (输出格式)').choices(TAXONOMY_FORMATS).default('md'),
    )
    .action((options) => {
      io.stdout.write(formatTaxonomy(options.format as TaxonomyFormat))
      result.code = 0
    })

  return program
}

/**
 * Runs the command line.
 *
 * @param argv - `process.argv`.
 * @param io - stdout and stderr (default: the process's).
 * @returns The exit code.
 */
export async function main(
  argv: readonly string[],
  io: CommandIO = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  const result = { code: 0 }
  const program = createProgram(io, result)
  try {
    await program.parseAsync([...argv])
    return result.code
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help, `help <command>` and --version exit 0; every other commander error is a usage error.
      return error.exitCode === 0 ? 0 : 2
    }
    if (error instanceof UsageError) {
      io.stderr.write(`error: ${error.message}\n(run \`fazhi-report --help\` for usage 查看用法)\n`)
      return 2
    }
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
    io.stderr.write(`fazhi-report: internal error (内部错误): ${message}\n`)
    return 1
  }
}
