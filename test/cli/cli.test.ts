/**
 * End-to-end tests of the built `fazhi-report` bin: a temp folder of 500 files (seed
 * copies plus broken ones) through `parse` in every format, `summary`, `taxonomy`, help,
 * version and usage errors.
 */

import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { XMLValidator } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BatchRecord } from '../../src/output/index.js'
import { parseCsv } from '../output/helpers.js'
import { type BuiltCli, buildCli, ROOT } from './build-cli.js'

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

const SEEDS = readdirSync(path.join(ROOT, 'test/fixtures/seeds'))
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(path.join(ROOT, 'test/fixtures/seeds', name)))

let built: BuiltCli
let work: string

function run(args: readonly string[], options: { cwd?: string } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [built.cli, ...args], { cwd: options.cwd ?? work })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', reject)
    child.on('close', (code) =>
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    )
  })
}

/** Deterministic pseudo-random bytes (with NULs and control bytes). */
function garbage(length: number): Uint8Array {
  const bytes = new Uint8Array(length)
  let state = 0x2545f491
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    bytes[i] = i % 7 === 0 ? 0 : state >>> 24
  }
  return bytes
}

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<report><title>2024年法治政府建设年度报告</title><body>&lol9;</body></report>
`

const XXE = `<?xml version="1.0"?>
<!DOCTYPE report [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<report><title>某区2024年法治政府建设年度报告</title><body>&xxe; 2024年，我区共收到行政复议申请62宗。</body></report>
`

/** Files that must become error records, with their error codes. */
const BROKEN: Record<string, string> = {
  'batch/broken/empty.txt': 'EMPTY_FILE',
  'batch/broken/garbage.txt': 'DECODE_FAILED',
  'batch/broken/lol.xml': 'XML_ENTITY_LIMIT',
  'batch/broken/truncated.docx': 'MALFORMED_DOCX',
  'batch/broken/really-a-pdf.docx': 'UNSUPPORTED_FORMAT',
}
const MISSING = 'batch/does-not-exist.txt'
const XXE_FILE = 'batch/broken/xxe.xml'
const TOTAL_FILES = 500

/** Writes the batch folder: seed copies under nested folders, broken files, files that are not inputs. */
function makeBatch(): string[] {
  const good: string[] = []
  const write = (relative: string, content: string | Uint8Array): void => {
    mkdirSync(path.dirname(path.join(work, relative)), { recursive: true })
    writeFileSync(path.join(work, relative), content)
  }
  const seed0 = SEEDS[0]!.toString('utf8')
  write(
    'batch/html/seed0.html',
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body><pre>${seed0.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</pre></body></html>`,
  )
  good.push('batch/html/seed0.html')
  for (const [relative, content] of Object.entries({
    'batch/broken/empty.txt': '',
    'batch/broken/garbage.txt': garbage(20_000),
    'batch/broken/lol.xml': BILLION_LAUGHS,
    'batch/broken/truncated.docx': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08]),
    'batch/broken/really-a-pdf.docx':
      '%PDF-1.4\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n',
    [XXE_FILE]: XXE,
  })) {
    write(relative, content)
  }
  const copies = TOTAL_FILES - good.length - Object.keys(BROKEN).length - 1
  for (let n = 0; n < copies; n++) {
    const seed = SEEDS[n % SEEDS.length]!
    const folder = ['a', 'b/c', 'b/d/e', '报告', 'z'][n % 5]!
    const name =
      n % 50 === 7
        ? `copy ${n}, v2.TXT`
        : n % 31 === 3
          ? `法治政府建设年度报告-${n}.txt`
          : `r${String(n).padStart(4, '0')}.txt`
    write(`batch/${folder}/${name}`, seed)
    good.push(`batch/${folder}/${name}`)
    seedOf.set(`batch/${folder}/${name}`, n % SEEDS.length)
  }
  // Not inputs: other extensions and hidden files are skipped by the directory walk.
  write('batch/a/notes.pdf', '%PDF-1.4')
  write('batch/a/README', 'not a report')
  write('batch/.hidden/secret.txt', SEEDS[0]!)
  write('batch/a/.hidden.txt', SEEDS[0]!)
  return good
}

function sorted(files: Iterable<string>): string[] {
  return [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}

let good: string[]
/** Seed index of each plain copy. */
const seedOf = new Map<string, number>()
let jsonl: Run | undefined
/** The JSONL run over the whole folder with --jobs 2 (shared by several tests). */
async function jsonlRun(): Promise<Run> {
  jsonl ??= await run(['parse', 'batch', MISSING, '--format', 'jsonl', '--jobs', '2'])
  return jsonl
}

beforeAll(async () => {
  built = await buildCli()
  work = mkdtempSync(path.join(tmpdir(), 'fazhi-report-cli-'))
  good = makeBatch()
}, 120_000)

afterAll(() => {
  built?.remove()
  if (work) rmSync(work, { recursive: true, force: true })
})

// Spawning 500-file batches is slow on a loaded 2-core CI runner: allow more than the default 60 s.
describe('fazhi-report parse', { timeout: 180_000 }, () => {
  it('puts every good file once, in sorted order, and every bad one as an error record; exit 1', async () => {
    const { code, stdout, stderr } = await jsonlRun()
    expect(code).toBe(1)
    expect(stdout.endsWith('\n')).toBe(true)
    const records = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as BatchRecord)
    const expected = sorted([...good, ...Object.keys(BROKEN), XXE_FILE, MISSING])
    expect(records.map((record) => record.file)).toEqual(expected)
    expect(records).toHaveLength(TOTAL_FILES + 1)

    const byFile = new Map(records.map((record) => [record.file, record]))
    const bySeed = new Map<number, string>()
    for (const file of good) {
      const record = byFile.get(file)!
      expect('report' in record, file).toBe(true)
      if (!('report' in record)) continue
      expect(record.report.schemaVersion).toBe(1)
      expect(record.report.sections.length, file).toBeGreaterThan(1)
      expect(record.report.facts.length, file).toBeGreaterThan(5)
      // Every copy of a seed gives the same report, whichever worker parsed it.
      const seed = seedOf.get(file)
      if (seed === undefined) continue
      const json = JSON.stringify(record.report)
      if (!bySeed.has(seed)) bySeed.set(seed, json)
      expect(json === bySeed.get(seed), file).toBe(true)
    }
    expect(bySeed.size).toBe(SEEDS.length)
    const errors = [...Object.entries(BROKEN), [MISSING, 'FILE_NOT_FOUND'] as const]
    for (const [file, code] of errors) {
      const record = byFile.get(file)!
      expect('error' in record, `${file} should be an error record`).toBe(true)
      if (!('error' in record)) continue
      expect(record.error.code, file).toBe(code)
      expect(record.error.message.length).toBeGreaterThan(0)
      expect(stderr).toContain(`error: ${file}: ${record.error.code} `)
    }
    // The XXE file may parse or fail, but never leaks the external entity.
    expect(stdout).not.toContain('root:x:0:0')
    // Files that are not inputs are not read.
    expect(stdout).not.toMatch(/notes\.pdf|README|hidden/)
    const errorLines = stderr.split('\n').filter((line) => line.startsWith('error: '))
    const failed = records.filter((record) => 'error' in record)
    expect(errorLines).toHaveLength(failed.length)
  })

  it('writes byte-identical output with --jobs 1 and --jobs 2', async () => {
    const [one, two] = [
      await run(['parse', 'batch', MISSING, '--format', 'jsonl', '--jobs', '1']),
      await jsonlRun(),
    ]
    expect(one.code).toBe(two.code)
    expect(one.stdout === two.stdout).toBe(true)
    expect(one.stderr).toBe(two.stderr)
  })

  it('writes one CSV row per fact (long) and one per file (wide), error rows included', async () => {
    const records = (await jsonlRun()).stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as BatchRecord)
    const longRows = records.reduce(
      (sum, record) => sum + ('report' in record ? Math.max(1, record.report.facts.length) : 1),
      0,
    )
    const [long, wide] = await Promise.all([
      run(['parse', 'batch', MISSING, '--format', 'csv', '--jobs', '2', '--bom']),
      run(['parse', 'batch', MISSING, '--format', 'csv-wide', '--jobs', '2']),
    ])
    expect([long.code, wide.code]).toEqual([1, 1])
    expect(long.stdout.startsWith('\uFEFFfile,title,')).toBe(true)
    expect(wide.stdout.startsWith('file,title,')).toBe(true)
    const longTable = parseCsv(long.stdout.slice(1))
    const wideTable = parseCsv(wide.stdout)
    expect(longTable).toHaveLength(longRows + 1)
    expect(wideTable).toHaveLength(records.length + 1)
    for (const table of [longTable, wideTable]) {
      const width = table[0]!.length
      expect(table.every((row) => row.length === width)).toBe(true)
    }
    const header = wideTable[0]!
    const files = wideTable.slice(1).map((row) => row[0])
    expect(files).toEqual(records.map((record) => record.file))
    const codeColumn = header.indexOf('error_code')
    expect(wideTable.find((row) => row[0] === MISSING)![codeColumn]).toBe('FILE_NOT_FOUND')
    expect(longTable.find((row) => row[0] === 'batch/broken/empty.txt')!.at(-2)).toBe('EMPTY_FILE')
  })

  it('writes a JSON array and an XML document for a batch', async () => {
    const [json, xml] = await Promise.all([
      run(['parse', 'batch/a', 'batch/broken/empty.txt', '--format', 'json', '--jobs', '2']),
      run(['parse', 'batch/a', 'batch/broken/empty.txt', '--format', 'xml', '--jobs', '2']),
    ])
    const array = JSON.parse(json.stdout) as BatchRecord[]
    const files = array.map((record) => record.file)
    expect(files).toEqual(
      sorted(good.filter((file) => file.startsWith('batch/a/')).concat('batch/broken/empty.txt')),
    )
    expect(XMLValidator.validate(xml.stdout)).toBe(true)
    expect(
      xml.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<reports schemaVersion="1">\n'),
    ).toBe(true)
    expect(xml.stdout.match(/^ {2}<report file="/gm)).toHaveLength(files.length - 1)
    expect(xml.stdout).toContain('<error file="batch/broken/empty.txt" code="EMPTY_FILE"')
    expect([json.code, xml.code]).toEqual([1, 1])
  })

  it('defaults to a JSON array for one file and to JSONL for several', async () => {
    const one = await run(['parse', good[1]!])
    expect(one.code).toBe(0)
    expect((JSON.parse(one.stdout) as BatchRecord[])[0]!.file).toBe(good[1])
    const several = await run(['parse', 'batch/z', '--jobs', '1'])
    expect(several.stdout.split('\n')[0]!.startsWith('{"file":"batch/z/')).toBe(true)
  })

  it('expands globs with **, * and ?', async () => {
    const filesOf = (result: Run) =>
      result.stdout
        .trimEnd()
        .split('\n')
        .map((line) => (JSON.parse(line) as BatchRecord).file)
    const deep = await run([
      'parse',
      'batch/b/**/*.TXT',
      'batch/**/r0001.txt',
      '--jobs',
      '2',
      '--format',
      'jsonl',
    ])
    expect(filesOf(deep)).toEqual(
      sorted(
        good.filter((file) => /^batch\/b\/.*\/copy [^/]*\.TXT$/.test(file) || file.endsWith('/r0001.txt')),
      ),
    )
    const shallow = await run(['parse', 'batch/*/r000?.txt', '--format', 'jsonl'])
    const expected = sorted(good.filter((file) => /^batch\/[^/]+\/r000\d\.txt$/.test(file)))
    expect(expected.length).toBeGreaterThan(3)
    expect(filesOf(shallow)).toEqual(expected)
  })

  it('writes one file per input with --out DIR', async () => {
    const out = path.join(work, 'out-dir') + '/'
    const result = await run(['parse', 'batch/z', 'batch/broken/empty.txt', '--format', 'xml', '--out', out])
    expect(result.code).toBe(1)
    const written = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((name) =>
      name.endsWith('.xml'),
    )
    const expected = good.filter((file) => file.startsWith('batch/z/')).length + 1
    expect(written).toHaveLength(expected)
    expect(written).toContain(path.join('broken', 'empty.xml'))
    const one = readFileSync(path.join(out, written.find((name) => name.startsWith('z'))!), 'utf8')
    expect(XMLValidator.validate(one)).toBe(true)
    expect(one.split('\n')[1]).toMatch(/^<report schemaVersion="1"/)
  })

  it('writes to --out FILE and counts warnings as failures with --strict', async () => {
    const out = path.join(work, 'strict.jsonl')
    const loose = await run(['parse', 'batch/z', '--out', out, '--format', 'jsonl'])
    expect(loose.stdout).toBe('')
    const records = readFileSync(out, 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as BatchRecord)
    const warned = records.filter(
      (record) =>
        'report' in record && record.report.messages.some((message) => message.severity === 'warning'),
    )
    expect(loose.code).toBe(0)
    const strict = await run(['parse', 'batch/z', '--out', out, '--format', 'jsonl', '--strict'])
    expect(strict.code).toBe(warned.length > 0 ? 1 : 0)
    const lines = strict.stderr.split('\n').filter((line) => line.startsWith('warning: '))
    expect(lines.map((line) => line.split(': ')[1])).toEqual(warned.map((record) => record.file))
  })

  it('keeps stderr free of progress output when it is not a TTY, and prints --stats', async () => {
    const result = await run([
      'parse',
      'batch/z',
      '--format',
      'jsonl',
      '--stats',
      '--out',
      path.join(work, 'x.jsonl'),
    ])
    expect(result.stderr).not.toContain('\r')
    const stats = JSON.parse(result.stderr.trim().split('\n').at(-1)!) as Record<string, number>
    expect(stats.files).toBe(good.filter((file) => file.startsWith('batch/z/')).length)
    expect(stats.maxRssKb).toBeGreaterThan(1000)
  })
})

describe('fazhi-report summary', () => {
  it('prints the title, place, year, completeness, outline and headline facts', async () => {
    const result = await run(['summary', good[1]!])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^文件 File/)
    expect(result.stdout).toMatch(/标题 Title +.*法治政府建设/)
    for (const label of [
      '地区 Jurisdiction',
      '年度 Year',
      '发布日期 Published',
      '完整性 Completeness',
      '时效 Timeliness',
      '结构 Outline',
      '要点 Headline facts',
    ]) {
      expect(result.stdout).toContain(label)
    }
    expect(result.stdout).toMatch(/ {2}[✓✗] 主要举措和成效 achievements/)
  })

  it('reports an unreadable file with exit code 1', async () => {
    const result = await run(['summary', 'batch/broken/empty.txt'])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('error: batch/broken/empty.txt: EMPTY_FILE the file is empty (空文件)\n')
  })
})

describe('fazhi-report taxonomy', () => {
  it('prints the taxonomy as md, json and csv', async () => {
    const [md, json, csv] = await Promise.all([
      run(['taxonomy']),
      run(['taxonomy', '--format', 'json']),
      run(['taxonomy', '--format', 'csv']),
    ])
    expect(md.stdout).toMatch(/^# /)
    expect(md.stdout).toContain('`reconsideration.accepted`')
    const data = JSON.parse(json.stdout) as { indicators: { id: string }[] }
    expect(data.indicators.map((indicator) => indicator.id)).toContain('litigation.head_appearance_rate')
    const table = parseCsv(csv.stdout)
    expect(table[0]).toEqual(['id', 'name', 'label', 'category', 'unit_class', 'phrasings', 'section_kinds'])
    expect(table).toHaveLength(data.indicators.length + 1)
    expect([md.code, json.code, csv.code]).toEqual([0, 0, 0])
  })
})

describe('help, version and usage errors', () => {
  it('prints help for every command and the version', async () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }
    const version = await run(['--version'])
    expect(version).toMatchObject({ code: 0, stdout: `${pkg.version}\n` })
    for (const args of [
      ['--help'],
      ['parse', '--help'],
      ['summary', '--help'],
      ['taxonomy', '--help'],
      ['help', 'parse'],
    ]) {
      const help = await run(args)
      expect(help.code, args.join(' ')).toBe(0)
      expect(help.stdout).toMatch(/^Usage: fazhi-report/)
    }
    expect((await run(['parse', '--help'])).stdout).toContain('--jobs')
  })

  it('exits 2 on usage errors', async () => {
    const cases = [
      ['frobnicate'],
      ['parse'],
      ['parse', 'batch/z', '--format', 'yaml'],
      ['parse', 'batch/z', '--jobs', '0'],
      ['parse', 'batch/z', '--no-such-option'],
      ['parse', 'batch/nothing/**/*.txt'],
      ['parse', `batch/${'{0,1,2,3}'.repeat(6)}.txt`],
      ['parse', 'batch/z', '--format', 'csv', '--out', path.join(work, 'csv-dir') + '/'],
      ['taxonomy', '--format', 'xml'],
    ]
    for (const args of cases) {
      const result = await run(args)
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stderr, args.join(' ')).toMatch(/error/)
      expect(result.stdout).toBe('')
    }
  })
})
