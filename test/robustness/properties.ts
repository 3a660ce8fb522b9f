/**
 * Property definitions shared by the CI fuzz suite (fuzz.test.ts) and the long
 * fuzz run (scripts/fuzz.ts): every public entry point, fed arbitrary strings
 * (including unpaired surrogates), arbitrary bytes, and mixtures of report
 * fragments, headings, digits, full-width forms, emoji and control characters.
 *
 * @module
 */

import { readFileSync } from 'node:fs'
import { isDeepStrictEqual } from 'node:util'
import fc from 'fast-check'
import { XMLValidator } from 'fast-xml-parser'
import { strToU8, unzipSync, zipSync } from 'fflate'
import iconv from 'iconv-lite'
import * as publicApi from '../../src/index.js'
import type { Report } from '../../src/types.js'
import { reportTextArb } from './generate.js'
import { spanProblems } from './variants.js'

// ---------------------------------------------------------------------------
// The public API, looked up by name (an entry point that is not exported is reported, not a type error).

type Input = string | Uint8Array | ArrayBuffer
type ParseOptions = { format?: string } & Record<string, unknown>

/** The public functions the properties exercise. */
export interface FuzzApi {
  parseReport?: (input: Input, options?: ParseOptions | null) => Report
  parseChineseNumber?: (text: string) => number | null
  parseQuantity?: (text: string) => unknown
  parseMoney?: (text: string) => unknown
  parsePercentage?: (text: string) => unknown
  parseReportDate?: (text: string, options?: { reportYear?: number | null } | null) => unknown
  findQuantities?: (text: string) => Mention[]
  findPercentages?: (text: string) => Mention[]
  findDates?: (text: string, options?: { reportYear?: number | null } | null) => Mention[]
  loadSource?: (input: Input, options?: ParseOptions | null) => LoadedLike
  toJSON?: (report: Report) => string
  toCSV?: (report: Report) => string
  toXML?: (report: Report) => string
}

interface Mention {
  start: number
  end: number
  text: string
  value: unknown
  type?: string
}

interface LoadedLike {
  original: string
  text: string
  toOriginal(start: number, end: number): { start: number; end: number }
}

/** Entry points the issue requires to be public. */
export const REQUIRED_ENTRY_POINTS = [
  'parseReport',
  'parseChineseNumber',
  'parseQuantity',
  'parseMoney',
  'parsePercentage',
  'parseReportDate',
  'findQuantities',
  'findPercentages',
  'findDates',
] as const

/** Entry points fuzzed when they are exported. */
export const OPTIONAL_ENTRY_POINTS = ['loadSource', 'toJSON', 'toCSV', 'toXML'] as const

/** The package's public API as a {@link FuzzApi}. */
export const api: FuzzApi = publicApi as unknown as FuzzApi

// ---------------------------------------------------------------------------
// Typed errors.

const errorsSource = readFileSync(new URL('../../src/errors.ts', import.meta.url), 'utf8')
const unionBody = /export type FazhiReportErrorCode =([\s\S]*?)\n\n/.exec(errorsSource)?.[1] ?? ''
/** Every code of the `FazhiReportErrorCode` union (read from src/errors.ts). */
export const ERROR_CODES: ReadonlySet<string> = new Set(
  [...unionBody.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]!),
)

const FazhiReportError = (publicApi as unknown as { FazhiReportError: new (...args: never[]) => Error })
  .FazhiReportError

/** A problem found by a property: thrown so fast-check shrinks the input. */
export class PropertyViolation extends Error {
  override name = 'PropertyViolation'
}

function describeError(error: unknown): string {
  if (error instanceof Error)
    return `${error.name}: ${error.message}\n${error.stack?.split('\n').slice(1, 6).join('\n')}`
  return String(error)
}

/**
 * Run `fn`; a `FazhiReportError` with a known code is an allowed outcome
 * (returns `undefined`), any other throw is a violation.
 */
export function allowTyped<T>(what: string, fn: () => T): T | undefined {
  try {
    return fn()
  } catch (error) {
    if (error instanceof FazhiReportError) {
      const code = (error as Error & { code?: unknown }).code
      if (typeof code === 'string' && ERROR_CODES.has(code)) return undefined
      throw new PropertyViolation(`${what} threw FazhiReportError with unknown code ${String(code)}`)
    }
    if (error instanceof PropertyViolation) throw error
    throw new PropertyViolation(`${what} threw an untyped error: ${describeError(error)}`)
  }
}

function fail(what: string, problems: string[]): void {
  if (problems.length > 0) {
    throw new PropertyViolation(
      `${what}:\n  ${problems.slice(0, 12).join('\n  ')}${problems.length > 12 ? `\n  … ${problems.length - 12} more` : ''}`,
    )
  }
}

// ---------------------------------------------------------------------------
// Report checks.

/** Sections nest: children inside parents, siblings ordered and disjoint, headings inside their section, ids unique. */
export function sectionProblems(report: Report): string[] {
  const problems: string[] = []
  const ids = new Set<string>()
  const walk = (list: Report['sections'], parent: Report['sections'][number] | null): void => {
    let previous: Report['sections'][number] | null = null
    for (const section of list) {
      if (ids.has(section.id)) problems.push(`duplicate section id ${section.id}`)
      ids.add(section.id)
      if (section.start > section.end)
        problems.push(`${section.id}: start ${section.start} > end ${section.end}`)
      if (parent !== null) {
        if (section.start < parent.start || section.end > parent.end) {
          problems.push(
            `${section.id} [${section.start}, ${section.end}) not inside parent ${parent.id} [${parent.start}, ${parent.end})`,
          )
        }
        if (section.level <= parent.level) {
          problems.push(
            `${section.id} level ${section.level} not below parent ${parent.id} level ${parent.level}`,
          )
        }
      }
      if (previous !== null && previous.end > section.start) {
        problems.push(
          `siblings overlap or are out of order: ${previous.id} [${previous.start}, ${previous.end}) then ${section.id} [${section.start}, ${section.end})`,
        )
      }
      if (section.heading && (section.heading.start < section.start || section.heading.end > section.end)) {
        problems.push(
          `${section.id}: heading [${section.heading.start}, ${section.heading.end}) outside the section`,
        )
      }
      previous = section
      walk(section.children, section)
    }
  }
  walk(report.sections, null)
  return problems
}

/** Where `JSON.parse(JSON.stringify(value))` would differ from `value` (undefined, NaN, -0, class instances …). */
export function jsonLoss(value: unknown, path = '$', seen = new Set<unknown>()): string[] {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return []
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return [`${path}: ${value} becomes null`]
    if (Object.is(value, -0)) return [`${path}: -0 becomes 0`]
    return []
  }
  if (typeof value !== 'object') return [`${path}: ${typeof value} is not JSON`]
  if (seen.has(value)) return [`${path}: cycle`]
  seen.add(value)
  const problems: string[] = []
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      if (!(index in value)) problems.push(`${path}[${index}]: hole`)
      else if (value[index] === undefined) problems.push(`${path}[${index}]: undefined becomes null`)
      else problems.push(...jsonLoss(value[index], `${path}[${index}]`, seen))
    }
  } else {
    const proto = Object.getPrototypeOf(value)
    if (proto !== Object.prototype && proto !== null) {
      problems.push(`${path}: instance of ${proto?.constructor?.name ?? '?'} is not plain data`)
    }
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) problems.push(`${path}.${key}: undefined is dropped`)
      else problems.push(...jsonLoss(item, `${path}.${key}`, seen))
    }
  }
  seen.delete(value)
  return problems
}

/** The string a report's offsets point into, reconstructed from the input (`undefined` when it cannot be). */
export function offsetTarget(input: Input, report: Report): string | undefined {
  if (typeof input === 'string') return input
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input)
  if (report.source.format === 'docx') {
    try {
      const entry = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' })[
        'word/document.xml'
      ]
      return entry === undefined
        ? undefined
        : new TextDecoder(report.source.encoding ?? 'utf-8').decode(entry)
    } catch {
      return undefined
    }
  }
  const encoding = report.source.encoding ?? 'utf-8'
  try {
    return new TextDecoder(encoding).decode(bytes)
  } catch {
    return iconv.decode(Buffer.from(bytes), encoding)
  }
}

/** Every structural problem of one report of `input`. */
export function reportProblems(input: Input, report: Report): string[] {
  const problems: string[] = []
  const target = offsetTarget(input, report)
  if (target === undefined) {
    // Offsets into a string we cannot rebuild: bounds only.
    const bounded = spanProblems(report, 'x'.repeat(report.source.length)).filter((p) =>
      p.includes('outside'),
    )
    problems.push(...bounded)
  } else {
    problems.push(...spanProblems(report, target))
  }
  problems.push(...sectionProblems(report))
  const loss = jsonLoss(report)
  problems.push(...loss)
  if (loss.length === 0 && !isDeepStrictEqual(JSON.parse(JSON.stringify(report)), report)) {
    problems.push('JSON round trip is not deep-equal')
  }
  return problems
}

// ---------------------------------------------------------------------------
// Arbitraries.

const utf16Unit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code))

/** Any UTF-16 string, unpaired surrogates included. */
export const utf16StringArb = fc.string({ unit: utf16Unit, maxLength: 1000, size: 'large' })
/** Any string of graphemes (emoji sequences, combining marks). */
export const graphemeStringArb = fc.string({ unit: 'grapheme', maxLength: 1000, size: 'large' })
/** Any string of code points. */
export const binaryStringArb = fc.string({ unit: 'binary', maxLength: 1000, size: 'large' })

const REPORT_FRAGMENTS = [
  '濠江区2024年法治政府建设年度报告',
  '关于2023年度法治政府建设情况的报告',
  '现将有关情况报告如下：',
  '一、主要举措和成效',
  '二、存在的不足和原因',
  '三、下一年度主要安排',
  '四、其他需要报告的情况',
  '党政主要负责人履行推进法治建设第一责任人职责情况',
  '上一年度存在问题改进情况',
  '共收到行政复议申请62宗，受理53宗，办结58宗（含去年结转18宗）',
  '行政机关负责人出庭应诉率100%',
  '同比增长17.1%',
  '较上年增加555件',
  '提高2.1个百分点',
  '调处金额4368万元',
  '1.59亿元',
  '20.56万件',
  '近120余人次',
  '百分之九十八',
  '千分之三',
  '三千五百件',
  '二〇二四年十二月三十一日',
  '截至2021年12月31日',
  '2023—2025年',
  '上半年',
  '第一季度',
  '发布日期：2025-01-06',
  '成文日期: 2024年04月02日',
  '索引号: 11440512754542113A/2025-00008',
  '发布机构：汕头市濠江区人民政府办公室',
  '中共兴宁市委：',
  '兴宁市人民政府\n2025年1月15日',
  '一是',
  '二是加强',
  '您现在的位置：首页 > 政务公开',
  '【打印】【关闭】',
  '版权所有',
  '粤ICP备09164358号',
  '网站标识码:4412830054',
  '共召开会议*次',
  'XX件',
  '「1310」部署',
  '「八五」普法',
  '12345热线',
  '第四批',
  '《中华人民共和国行政复议法》',
  '“法律六进”活动763场',
  '。',
  '，',
  '、',
  '；',
  '：',
]

const HEADINGS = [
  '一、',
  '二、',
  '十一、',
  '一百、',
  '（一）',
  '(一)',
  '（十二）',
  '1.',
  '1、',
  '1．',
  '12.',
  '（1）',
  '(1)',
  '第一部分',
  '第三章',
  '一是',
  '1.1.1.',
  '①',
  '⑴',
  '一 、',
  '（ 一 ）',
]

const fragmentArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...REPORT_FRAGMENTS) },
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.constantFrom('\n', '', '\n\u3000\u3000', '\n  '), fc.constantFrom(...HEADINGS))
      .map(([lead, heading]) => lead + heading),
  },
  {
    weight: 3,
    arbitrary: fc.oneof(
      fc.nat().map(String),
      fc.double({ noNaN: true, min: 0, max: 1e9 }).map((n) => n.toFixed(2)),
      fc.integer({ min: 1000, max: 9_999_999 }).map((n) => n.toLocaleString('en-US')),
      fc.stringMatching(/^[0-9]{1,40}$/),
      fc.stringMatching(/^[零〇一二两三四五六七八九十百千万亿]{1,12}$/),
      fc.constantFrom('0', '00', '1e5', '-3', '+7', '.5', '5.', '1,2,3', '1..2', '９９', '１２．５％'),
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '件',
      '宗',
      '人次',
      '场次',
      '万',
      '亿',
      '元',
      '万元',
      '%',
      '％',
      '个百分点',
      '余',
      '近',
      '约',
      '左右',
      '以上',
      '年',
      '月',
      '日',
      '年度',
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .string({
        unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c + 0xfee0)),
        maxLength: 8,
      })
      .map((s) => s),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('😀', '👨‍👩‍👧', '🇨🇳', '𠀀', '𪚥', 'é', '\u0301', '\u200d', '\u200b', '\ufeff'),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '\u0000',
      '\u0001',
      '\u0008',
      '\u000b',
      '\u000c',
      '\u001b',
      '\u007f',
      '\u0085',
      '\u2028',
      '\u2029',
      '\r',
      '\r\n',
      '\t',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff', '\udc00\ud800') },
  { weight: 2, arbitrary: fc.constantFrom('\n', '\n\n', ' ', '\u3000', '\u3000\u3000', '\u00a0', '   ') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '<p>',
      '</p>',
      '<br>',
      '&nbsp;',
      '&ldquo;',
      '&#x3000;',
      '&#',
      '&amp',
      '<',
      '>',
      '<![CDATA[',
      ']]>',
      '<!--',
      '-->',
      '<?xml version="1.0"?>',
      '<script>',
      '</script>',
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
)

/** A mixture of report fragments, headings, digits, full-width forms, emoji, control characters and lone surrogates. */
export const structuredArb: fc.Arbitrary<string> = fc
  .oneof(fc.array(fragmentArb, { maxLength: 40 }), fc.array(fragmentArb, { maxLength: 400, size: 'large' }))
  .map((parts) => parts.join(''))

/** Any of the string arbitraries. */
export const anyStringArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: structuredArb },
  { weight: 1, arbitrary: utf16StringArb },
  { weight: 1, arbitrary: graphemeStringArb },
  { weight: 1, arbitrary: binaryStringArb },
  { weight: 1, arbitrary: reportTextArb },
)

function escapeXml(text: string): string {
  return text.replace(/[&<>]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;'))
}

/** A DOCX built from a structured text (one paragraph per line), sometimes with bytes flipped. */
export const docxArb: fc.Arbitrary<Uint8Array> = fc
  .tuple(structuredArb, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }))
  .map(([text, flips]) => {
    const paragraphs = text
      .split('\n')
      .map((line) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`)
      .join('')
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`
    const zip = zipSync({
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      'word/document.xml': strToU8(xml),
    })
    for (const [at, byte] of flips) zip[at % zip.length] = byte
    return zip
  })

const MAGIC_PREFIXES = [
  [],
  [0xef, 0xbb, 0xbf],
  [0xff, 0xfe],
  [0xfe, 0xff],
  [0x50, 0x4b, 0x03, 0x04],
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  [0x25, 0x50, 0x44, 0x46],
  [0x1f, 0x8b],
  [...Buffer.from('<?xml version="1.0" encoding="gbk"?>')],
  [...Buffer.from('<html><head><meta charset="big5"></head><body>')],
  [...Buffer.from('<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><x>&b;')],
]

/** Arbitrary bytes: random, after a magic prefix, or a structured text encoded as UTF-8, GBK, Big5 or UTF-16. */
export const bytesArb: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 2000, size: 'large' }),
  fc
    .tuple(fc.constantFrom(...MAGIC_PREFIXES), fc.uint8Array({ maxLength: 400 }))
    .map(([prefix, rest]) => Uint8Array.from([...prefix, ...rest])),
  fc
    .tuple(structuredArb, fc.constantFrom('utf8', 'gbk', 'big5', 'utf16le', 'utf16be', 'gb18030'))
    .map(([text, encoding]) => new Uint8Array(iconv.encode(text, encoding))),
  docxArb,
)

const FORMATS = [undefined, 'auto', 'text', 'html', 'xml', 'docx'] as const

/** Markup-ish strings: fragments wrapped in HTML or XML. */
export const markupArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('html', 'xml', 'xhtml'), fc.array(structuredArb, { maxLength: 6 }))
  .map(([kind, parts]) => {
    if (kind === 'xml')
      return `<?xml version="1.0"?><report><body>${parts.map((p) => `<p>${p}</p>`).join('')}</body></report>`
    if (kind === 'xhtml') {
      return `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>${parts.map((p) => `<p>${p}</p>`).join('')}</body></html>`
    }
    return `<!DOCTYPE html><html><head><title>${parts[0] ?? ''}</title></head><body><div class="nav">网站首页</div>${parts.map((p) => `<p>${p}</p>`).join('')}</body></html>`
  })

// ---------------------------------------------------------------------------
// Properties.

/** One fuzz property. */
export interface FuzzProperty {
  /** `parseReport(string)` … */
  name: string
  /** The entry point it exercises. */
  entry: keyof FuzzApi
  /** Relative cost of one run: the long fuzz run (scripts/fuzz.ts) divides its run count by it. */
  cost: number
  /** The property, or `null` when the entry point is not exported. */
  property: fc.IRawProperty<unknown> | null
}

function isNullOrFinite(value: unknown): boolean {
  return value === null || (typeof value === 'number' && Number.isFinite(value))
}

const APPROX = new Set(['exact', 'over', 'under', 'about'])
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

/** Problems with a normalizer's value (finite numbers, known enums, valid ISO dates). */
export function valueProblems(what: string, value: unknown): string[] {
  if (value === null) return []
  if (typeof value !== 'object') return [`${what}: returned ${typeof value}, expected an object or null`]
  const problems: string[] = []
  const record = value as Record<string, unknown>
  if ('value' in record && !(typeof record.value === 'number' && Number.isFinite(record.value))) {
    problems.push(`${what}: value ${String(record.value)} is not a finite number`)
  }
  if ('approx' in record && !APPROX.has(String(record.approx)))
    problems.push(`${what}: approx ${String(record.approx)}`)
  if ('start' in record && typeof record.start === 'string') {
    const { start, end } = record as { start: string; end: string }
    if (
      !ISO_DAY.test(start) ||
      !ISO_DAY.test(end) ||
      Number.isNaN(Date.parse(start)) ||
      Number.isNaN(Date.parse(end))
    ) {
      problems.push(`${what}: dates ${start}..${end} are not valid ISO days`)
    } else if (start > end) problems.push(`${what}: start ${start} after end ${end}`)
  }
  problems.push(...jsonLoss(value, what))
  return problems
}

/** Problems with a `find*` result on `text`. */
export function mentionProblems(what: string, text: string, mentions: unknown): string[] {
  if (!Array.isArray(mentions)) return [`${what}: returned ${typeof mentions}, expected an array`]
  const problems: string[] = []
  let previousEnd = -1
  let previousStart = -1
  mentions.forEach((mention: Mention, i) => {
    const { start, end } = mention
    if (
      !Number.isInteger(start) ||
      !Number.isInteger(end) ||
      start < 0 ||
      end <= start ||
      end > text.length
    ) {
      problems.push(`${what}[${i}]: span [${start}, ${end}) outside [0, ${text.length}] or empty`)
      return
    }
    if (text.slice(start, end) !== mention.text) {
      problems.push(
        `${what}[${i}]: slice ${JSON.stringify(text.slice(start, end))} ≠ text ${JSON.stringify(mention.text)}`,
      )
    }
    if (start < previousStart) problems.push(`${what}[${i}]: not sorted by start`)
    if (start < previousEnd) problems.push(`${what}[${i}]: overlaps the previous mention`)
    previousStart = start
    previousEnd = end
    problems.push(...valueProblems(`${what}[${i}].value`, mention.value))
  })
  return problems
}

function deterministic<T>(what: string, run: () => T): T | undefined {
  const first = allowTyped(what, run)
  const second = allowTyped(what, run)
  if (JSON.stringify(first) !== JSON.stringify(second)) {
    throw new PropertyViolation(`${what} is not deterministic: two calls gave different JSON`)
  }
  return first
}

/**
 * Build every fuzz property over the given API.
 *
 * @param lib - The public API (default: the package's).
 * @returns The properties; those whose entry point is missing have `property: null`.
 */
export function buildProperties(lib: FuzzApi = api): FuzzProperty[] {
  const props: FuzzProperty[] = []
  const add = (
    name: string,
    entry: keyof FuzzApi,
    cost: number,
    make: () => fc.IRawProperty<unknown>,
  ): void => {
    props.push({ name, entry, cost, property: typeof lib[entry] === 'function' ? make() : null })
  }

  // parseReport: previous input, re-parsed to catch state leaking between calls.
  let previous: { input: Input; json: string } | undefined
  const checkParse = (what: string, input: Input, options?: ParseOptions): void => {
    const parse = lib.parseReport!
    const report = deterministic(what, () => (options === undefined ? parse(input) : parse(input, options)))
    if (report === undefined) return
    fail(what, reportProblems(input, report))
    if (previous !== undefined) {
      const again = allowTyped(what, () => parse(previous!.input))
      if (again !== undefined && JSON.stringify(again) !== previous.json) {
        throw new PropertyViolation(
          `${what}: re-parsing the previous input gave a different report (state leaks between calls)`,
        )
      }
    }
    previous = options === undefined ? { input, json: JSON.stringify(report) } : undefined
  }

  add('parseReport(structured string)', 'parseReport', 2, () =>
    fc.property(structuredArb, (text) => checkParse('parseReport', text)),
  )
  add('parseReport(any UTF-16 string, lone surrogates)', 'parseReport', 1, () =>
    fc.property(utf16StringArb, (text) => checkParse('parseReport', text)),
  )
  add('parseReport(grapheme / code-point string)', 'parseReport', 1, () =>
    fc.property(fc.oneof(graphemeStringArb, binaryStringArb), (text) => checkParse('parseReport', text)),
  )
  add('parseReport(generated report)', 'parseReport', 4, () =>
    fc.property(reportTextArb, (text) => checkParse('parseReport', text)),
  )
  add('parseReport(string, { format })', 'parseReport', 2, () =>
    fc.property(fc.oneof(structuredArb, markupArb), fc.constantFrom(...FORMATS), (text, format) =>
      checkParse(`parseReport(_, { format: ${format} })`, text, format === undefined ? {} : { format }),
    ),
  )
  add('parseReport(HTML / XML markup)', 'parseReport', 2, () =>
    fc.property(markupArb, (text) => checkParse('parseReport', text)),
  )
  add('parseReport(Uint8Array)', 'parseReport', 2, () =>
    fc.property(bytesArb, fc.constantFrom(...FORMATS), (bytes, format) =>
      checkParse(
        `parseReport(bytes, { format: ${format} })`,
        bytes,
        format === undefined ? undefined : { format },
      ),
    ),
  )
  add('parseReport(ArrayBuffer)', 'parseReport', 2, () =>
    fc.property(bytesArb, (bytes) => {
      const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
      checkParse('parseReport(ArrayBuffer)', buffer)
    }),
  )
  add('parseReport(not a string or bytes) throws INVALID_ARGUMENT', 'parseReport', 1, () =>
    fc.property(
      fc
        .anything()
        .filter(
          (value) =>
            typeof value !== 'string' && !(value instanceof Uint8Array) && !ArrayBuffer.isView(value),
        ),
      (value) => {
        try {
          lib.parseReport!(value as never)
        } catch (error) {
          if (
            error instanceof FazhiReportError &&
            (error as Error & { code: string }).code === 'INVALID_ARGUMENT'
          )
            return
          throw new PropertyViolation(`parseReport(${typeof value}) threw ${describeError(error)}`)
        }
        throw new PropertyViolation(
          `parseReport(${typeof value}) returned instead of throwing INVALID_ARGUMENT`,
        )
      },
    ),
  )

  // Normalizers.
  const scalar = (entry: 'parseChineseNumber' | 'parseQuantity' | 'parseMoney' | 'parsePercentage'): void => {
    add(`${entry}(any string)`, entry, 0.2, () =>
      fc.property(anyStringArb, (text) => {
        const fn = lib[entry] as (text: string) => unknown
        const value = deterministic(entry, () => fn(text))
        if (entry === 'parseChineseNumber') {
          if (value !== undefined && !isNullOrFinite(value)) {
            throw new PropertyViolation(`parseChineseNumber returned ${String(value)}`)
          }
        } else fail(entry, valueProblems(entry, value ?? null))
      }),
    )
  }
  scalar('parseChineseNumber')
  scalar('parseQuantity')
  scalar('parseMoney')
  scalar('parsePercentage')
  add('parseReportDate(any string, { reportYear })', 'parseReportDate', 0.2, () =>
    fc.property(
      anyStringArb,
      fc.option(fc.integer({ min: 1, max: 9999 }), { nil: null }),
      (text: string, reportYear: number | null) => {
        const value = deterministic('parseReportDate', () => lib.parseReportDate!(text, { reportYear }))
        fail('parseReportDate', valueProblems('parseReportDate', value ?? null))
      },
    ),
  )
  for (const entry of ['findQuantities', 'findPercentages', 'findDates'] as const) {
    add(`${entry}(any string)`, entry, 0.5, () =>
      fc.property(anyStringArb, (text) => {
        const fn = lib[entry] as (text: string) => unknown
        const mentions = deterministic(entry, () => fn(text))
        if (mentions !== undefined) fail(entry, mentionProblems(entry, text, mentions))
      }),
    )
  }
  add('normalizers(non-string) throw INVALID_ARGUMENT', 'parseChineseNumber', 0.2, () =>
    fc.property(
      fc.constantFrom(...REQUIRED_ENTRY_POINTS.filter((name) => name !== 'parseReport')),
      fc.anything().filter((value) => typeof value !== 'string'),
      (entry, value) => {
        const fn = lib[entry] as ((value: unknown) => unknown) | undefined
        if (fn === undefined) return
        try {
          fn(value)
        } catch (error) {
          if (
            error instanceof FazhiReportError &&
            (error as Error & { code: string }).code === 'INVALID_ARGUMENT'
          )
            return
          throw new PropertyViolation(`${entry}(${typeof value}) threw ${describeError(error)}`)
        }
        throw new PropertyViolation(`${entry}(${typeof value}) returned instead of throwing INVALID_ARGUMENT`)
      },
    ),
  )

  // loadSource: the view maps back into the original, monotonically.
  add('loadSource(any input)', 'loadSource', 1, () =>
    fc.property(
      fc.oneof(anyStringArb, markupArb, bytesArb),
      fc.constantFrom(...FORMATS),
      fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }),
      (input, format, spans) => {
        const source = allowTyped('loadSource', () =>
          lib.loadSource!(input, format === undefined ? null : { format }),
        )
        if (source === undefined) return
        const problems: string[] = []
        const { text, original } = source
        let last = { start: 0, end: 0, a: 0 }
        const cuts = spans.map(
          ([a, b]) =>
            [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number],
        )
        cuts.sort((x, y) => x[0] - y[0])
        for (const [a, b] of cuts) {
          const span = allowTyped('loadSource().toOriginal', () => source.toOriginal(a, b))
          if (span === undefined) {
            problems.push(`toOriginal(${a}, ${b}) threw`)
            continue
          }
          if (span.start < 0 || span.end < span.start || span.end > original.length) {
            problems.push(
              `toOriginal(${a}, ${b}) = [${span.start}, ${span.end}) outside [0, ${original.length}]`,
            )
          }
          if (a > last.a && span.start < last.start) problems.push(`toOriginal is not monotonic at ${a}`)
          last = { start: span.start, end: span.end, a }
        }
        fail('loadSource', problems)
      },
    ),
  )

  // Serializers, on reports of structured text.
  const reportArb = fc.oneof(structuredArb, reportTextArb)
  add('toJSON(report)', 'toJSON', 1, () =>
    fc.property(reportArb, (text) => {
      const report = allowTyped('parseReport', () => lib.parseReport!(text))
      if (report === undefined) return
      const json = allowTyped('toJSON', () => lib.toJSON!(report))
      if (json === undefined) throw new PropertyViolation('toJSON threw a typed error on a report')
      if (!isDeepStrictEqual(JSON.parse(json), JSON.parse(JSON.stringify(report)))) {
        throw new PropertyViolation('JSON.parse(toJSON(report)) differs from the report')
      }
      if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(json)) {
        throw new PropertyViolation('toJSON output holds a lone surrogate (not valid UTF-8 once encoded)')
      }
    }),
  )
  add('toCSV(report)', 'toCSV', 1, () =>
    fc.property(reportArb, (text) => {
      const report = allowTyped('parseReport', () => lib.parseReport!(text))
      if (report === undefined) return
      const csv = allowTyped('toCSV', () => lib.toCSV!(report))
      if (csv === undefined) throw new PropertyViolation('toCSV threw a typed error on a report')
      const rows = parseCsv(csv)
      const width = rows[0]?.length ?? 0
      const bad = rows.findIndex((row) => row.length !== width)
      if (bad !== -1)
        throw new PropertyViolation(`toCSV row ${bad} has ${rows[bad]!.length} cells, header has ${width}`)
    }),
  )
  add('toXML(report)', 'toXML', 1, () =>
    fc.property(reportArb, (text) => {
      const report = allowTyped('parseReport', () => lib.parseReport!(text))
      if (report === undefined) return
      const xml = allowTyped('toXML', () => lib.toXML!(report))
      if (xml === undefined) throw new PropertyViolation('toXML threw a typed error on a report')
      const illegal =
        /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.exec(
          xml,
        )
      if (illegal)
        throw new PropertyViolation(
          `toXML output holds U+${illegal[0].charCodeAt(0).toString(16)}, illegal in XML 1.0`,
        )
      const valid = XMLValidator.validate(xml)
      if (valid !== true)
        throw new PropertyViolation(`toXML output is not well-formed: ${JSON.stringify(valid.err)}`)
    }),
  )
  return props
}

/** RFC 4180 rows (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(csv: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < csv.length; i++) {
    const char = csv[i]!
    if (quoted) {
      if (char === '"') {
        if (csv[i + 1] === '"') {
          field += '"'
          i++
        } else quoted = false
      } else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && csv[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += char
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows
}

/** Runs of `property` in a long fuzz run of `runs` runs per property (costly properties get `runs / cost`). */
export function runsFor(property: FuzzProperty, runs: number): number {
  return Math.max(10, Math.round(runs / Math.max(1, property.cost)))
}
