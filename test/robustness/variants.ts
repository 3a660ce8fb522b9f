/**
 * Metamorphic variants of a report: the same content written differently
 * (full-width/half-width forms, line breaks, CRLF, HTML, GBK bytes, traditional
 * script, page chrome), plus the comparisons the invariance suite makes between
 * the report of a variant and the report of the original.
 *
 * @module
 */

import iconv from 'iconv-lite'
import * as OpenCC from 'opencc-js'
import type { Report } from '../../src/index.js'

/** The names of the variants {@link makeVariants} builds. */
export type VariantName =
  | 'fullwidth'
  | 'halfwidth'
  | 'mixedwidth'
  | 'nobreaks'
  | 'extrabreaks'
  | 'crlf'
  | 'html'
  | 'gbk'
  | 'traditional'
  | 'chrome'

/** One variant of a report. */
export interface Variant {
  name: VariantName
  /** The input handed to `parseReport`. */
  input: string | Uint8Array
  /** The `format` option to pass, when it is not detected. */
  format?: 'text' | 'html'
  /** The encoding of byte input (to decode it when checking spans). */
  encoding?: string
}

/** What the variants may borrow from the original's report (to write realistic page furniture). */
export interface VariantInfo {
  /** The report title (used in the HTML `<title>`). */
  title?: string | null
  /** The GB/T 2260 code of the reporting body (used in the site id 网站标识码). */
  jurisdictionCode?: string | null
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' })
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' })

const isLetter = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)

/** Half-width ASCII punctuation and digits → their full-width forms (letters and spaces kept). */
export function toFullWidth(text: string): string {
  let out = ''
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    out += code >= 0x21 && code <= 0x7e && !isLetter(code) ? String.fromCharCode(code + 0xfee0) : text[index]
  }
  return out
}

/** Full-width punctuation and digits → ASCII (full-width letters and U+3000 kept). */
export function toHalfWidthForms(text: string): string {
  let out = ''
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    out +=
      code >= 0xff01 && code <= 0xff5e && !isLetter(code - 0xfee0)
        ? String.fromCharCode(code - 0xfee0)
        : text[index]
  }
  return out
}

const MIXED_PUNCTUATION: Record<string, string> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '(': '（',
  ')': '）',
  '!': '！',
  '?': '？',
}

/**
 * The form most published reports use: punctuation full-width (，：；（）！？), digits, `.`, `%`
 * and the `,`/`:` inside numbers and times (1,234 · 10:34) half-width.
 */
export function toMixedWidth(text: string): string {
  return toHalfWidthForms(text).replace(/[,:;()!?]/g, (char, offset: number, whole: string) =>
    (char === ',' || char === ':') &&
    /[0-9]/.test(whole[offset - 1] ?? '') &&
    /[0-9]/.test(whole[offset + 1] ?? '')
      ? char
      : (MIXED_PUNCTUATION[char] ?? char),
  )
}

/** Lines before and after the body, as a government web page prints them. */
export function chromeLines(info: VariantInfo = {}): { before: string[]; after: string[] } {
  const siteId = info.jurisdictionCode ? `${info.jurisdictionCode}0001` : '4400000001'
  return {
    before: [
      '网站首页 | 政务公开 | 互动交流 | 办事服务 | 走进本区',
      '您现在的位置：首页 > 政务公开 > 法治政府建设',
      '【打印】【关闭】 【字体：大 中 小】',
      '',
    ],
    after: [
      '',
      '【打印本页】 【关闭窗口】',
      '扫一扫在手机打开当前页',
      '版权所有：区人民政府办公室  主办单位：区人民政府  承办单位：区政务服务数据管理局',
      `粤ICP备05087650号  粤公网安备 44051202000012号  网站标识码：${siteId}  访问量：1234567`,
    ],
  }
}

const ENTITY_OUT: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '“': '&ldquo;',
  '”': '&rdquo;',
  '‘': '&lsquo;',
  '’': '&rsquo;',
  '—': '&mdash;',
  '…': '&hellip;',
  '·': '&middot;',
  '©': '&copy;',
  '\u00a0': '&nbsp;',
  '\u3000': '&#12288;',
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"“”‘’—…·©\u00a0\u3000]/g, (char) => ENTITY_OUT[char] ?? char)
}

const HEADING_LINE = /^[\s\u3000]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/

/** The text as a government web page: head, nav, breadcrumb, `<p>` paragraphs, footer. */
export function toHtmlPage(text: string, info: VariantInfo = {}, charset = 'utf-8'): string {
  const chrome = chromeLines(info)
  const paragraphs = text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const body = escapeHtml(line)
      return HEADING_LINE.test(line)
        ? `<p style="text-indent:2em"><strong>${body}</strong></p>`
        : `<p style="text-indent:2em">${body}</p>`
    })
  // A page's <title> is the article title plus the site name; without a known title there is none to add.
  const title = info.title ? `<title>${escapeHtml(info.title)} - 人民政府门户网站</title>` : '<title></title>'
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    `<meta charset="${charset}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    title,
    '<style>.nav li{display:inline;margin:0 1em}.content p{line-height:2}</style>',
    '<script>var pageIds = [1, 2, 3]; window.__stats = "一、二、三 100% 2024年1月1日";</script>',
    '</head>',
    '<body>',
    '<div class="header"><ul class="nav">',
    '<li><a href="/">网站首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li>',
    '</ul></div>',
    '<div class="crumb">您现在的位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/zwgk/">政务公开</a>&nbsp;&gt;&nbsp;法治政府建设</div>',
    '<div class="tools">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>',
    '<div class="article"><div class="content" id="zoom">',
    ...paragraphs,
    '</div></div>',
    '<div class="footer">',
    ...chrome.after.filter((line) => line !== '').map((line) => `<p>${escapeHtml(line)}</p>`),
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

/** Characters that GBK cannot encode, written as numeric character references (valid HTML, same text). */
function gbkSafe(html: string): string {
  let out = ''
  for (const char of html) {
    const code = char.codePointAt(0)!
    if (code < 0x80) {
      out += char
      continue
    }
    const back = iconv.decode(iconv.encode(char, 'gbk'), 'gbk')
    out += back === char ? char : `&#x${code.toString(16)};`
  }
  return out
}

/**
 * Build every variant of a report text. `halfwidth` equals the original when
 * the original has no full-width forms (the seeds are half-width; generated
 * reports are not): callers skip a variant whose input is the original.
 *
 * @param text - The original report (plain text).
 * @param info - Title and place of the original, for realistic page furniture.
 * @returns The variants, in a fixed order.
 */
export function makeVariants(text: string, info: VariantInfo = {}): Variant[] {
  const chrome = chromeLines(info)
  const html = toHtmlPage(text, info)
  const gbkHtml = gbkSafe(toHtmlPage(text, info, 'gbk'))
  return [
    { name: 'fullwidth', input: toFullWidth(text) },
    { name: 'halfwidth', input: toHalfWidthForms(text) },
    { name: 'mixedwidth', input: toMixedWidth(text) },
    { name: 'nobreaks', input: text.replace(/[ \t\u3000\u00a0]*\n\s*/g, '\n').replace(/^\s+/, '') },
    { name: 'extrabreaks', input: text.replace(/\n+/g, '\n\n').replace(/^(?=[^\n])/gm, '\u3000\u3000') },
    { name: 'crlf', input: text.replace(/\r?\n/g, '\r\n') },
    { name: 'html', input: html, format: 'html' },
    { name: 'gbk', input: new Uint8Array(iconv.encode(gbkHtml, 'gbk')), encoding: 'gbk' },
    { name: 'traditional', input: toTraditional(text) },
    { name: 'chrome', input: [...chrome.before, text, ...chrome.after].join('\n') },
  ]
}

/** The whole text on one line: every line break and indentation becomes one space (a looser variant). */
export function toOneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim()
}

const ENTITY_IN: Record<string, string> = Object.fromEntries(
  Object.entries(ENTITY_OUT).map(([char, entity]) => [entity.slice(1, -1), char]),
)

/**
 * A canonical form for comparing text across variants: HTML entities decoded,
 * NFKC (full-width → half-width), simplified script (through a round trip to
 * traditional, so both scripts land on the same form), whitespace collapsed.
 */
export function canonical(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null
  const decoded = text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10))
    return ENTITY_IN[name] ?? whole
  })
  return toSimplified(toTraditional(decoded.normalize('NFKC')))
    .replace(/\s+/g, ' ')
    .trim()
}

/** What must not change between variants: sections, metadata and facts, in canonical form. */
export interface ReportSignature {
  sections: string[]
  meta: {
    title: string | null
    reportYear: number | null
    publishedAt: string | null
    writtenAt: string | null
    jurisdictionCode: string | null
    indexNo: string | null
  }
  /** Sorted `indicator value unit approx` lines. */
  facts: string[]
}

/**
 * The invariant part of a report.
 *
 * @param report - A parsed report.
 * @returns Its signature.
 */
export function signature(report: Report): ReportSignature {
  const sections: string[] = []
  const walk = (list: Report['sections'], depth: number): void => {
    for (const section of list) {
      const title = section.heading ? canonical(section.heading.title) : '(unheaded)'
      sections.push(`${'  '.repeat(depth)}${section.id} L${section.level} ${section.kind} ${title}`)
      walk(section.children, depth + 1)
    }
  }
  walk(report.sections, 0)
  return {
    sections,
    meta: {
      title: canonical(report.meta.title),
      reportYear: report.meta.reportYear,
      publishedAt: report.meta.publishedAt,
      writtenAt: report.meta.writtenAt,
      jurisdictionCode: report.meta.jurisdiction?.code ?? null,
      indexNo: canonical(report.meta.indexNo),
    },
    facts: report.facts
      .map((fact) => `${fact.indicator} ${fact.value} ${canonical(fact.unit)} ${fact.approx}`)
      .sort(),
  }
}

/** The facts' texts in canonical form, sorted (to check that spans follow the input). */
export function factTexts(report: Report): string[] {
  return report.facts.map((fact) => canonical(fact.text) ?? '').sort()
}

/** The string a report's offsets point into: the input itself, or bytes decoded with the reported encoding. */
export function offsetString(input: string | Uint8Array, report: Report): string {
  if (typeof input === 'string') return input
  const encoding = report.source.encoding ?? 'utf-8'
  try {
    return new TextDecoder(encoding).decode(input)
  } catch {
    return iconv.decode(Buffer.from(input), encoding)
  }
}

/**
 * Every span of a report checked against the string it points into: within
 * bounds, `start <= end`, and `text === input.slice(start, end)` where the
 * record has a `text`.
 *
 * @param report - A parsed report.
 * @param input - The string its offsets point into.
 * @returns One line per problem (empty when every span is right).
 */
export function spanProblems(report: Report, input: string): string[] {
  const problems: string[] = []
  const length = input.length
  if (report.source.length !== length)
    problems.push(`source.length ${report.source.length} ≠ input length ${length}`)
  const check = (
    where: string,
    span: { start: number; end: number } | null | undefined,
    text?: string,
  ): void => {
    if (span === null || span === undefined) return
    const { start, end } = span
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length) {
      problems.push(`${where}: span [${start}, ${end}) outside [0, ${length}]`)
      return
    }
    if (text !== undefined && input.slice(start, end) !== text) {
      problems.push(
        `${where}: slice ${JSON.stringify(input.slice(start, end))} ≠ text ${JSON.stringify(text)}`,
      )
    }
  }
  report.facts.forEach((fact, i) => {
    check(`facts[${i}]`, fact, fact.text)
    check(`facts[${i}].sentence`, fact.sentence)
    if (fact.start < fact.sentence.start || fact.end > fact.sentence.end) {
      problems.push(`facts[${i}] [${fact.start}, ${fact.end}) outside its sentence`)
    }
    fact.components?.forEach((component, j) => {
      check(`facts[${i}].components[${j}]`, component, component.text)
    })
  })
  report.quantities.forEach((record, i) => {
    check(`quantities[${i}]`, record, record.text)
  })
  report.dates.forEach((record, i) => {
    check(`dates[${i}]`, record, record.text)
  })
  for (const key of ['shortcomings', 'plans', 'leaderDuties', 'rectifications'] as const) {
    report[key].forEach((statement, i) => {
      check(`${key}[${i}]`, statement, statement.text)
    })
  }
  report.messages.forEach((message, i) => {
    check(`messages[${i}].place`, message.place)
  })
  check('meta.titleSpan', report.meta.titleSpan)
  const walk = (list: Report['sections'], path: string): void => {
    list.forEach((section, i) => {
      const where = `${path}[${i}] ${section.id}`
      check(where, section)
      if (section.heading) check(`${where}.heading`, section.heading, section.heading.text)
      walk(section.children, `${where}.children`)
    })
  }
  walk(report.sections, 'sections')
  return problems
}
