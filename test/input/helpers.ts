/**
 * Test helpers: build realistic inputs (government HTML pages, DOCX, XML) from
 * the seed reports, and check span maps.
 */

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { strToU8, type Zippable, zipSync } from 'fflate'
import { fromHtml } from 'hast-util-from-html'
import { expect } from 'vitest'
import type { SourceText } from '../../src/document.js'
import { normalizeView } from '../../src/text/normalize-view.js'

const SEED_DIR = join(import.meta.dirname, '..', 'fixtures', 'seeds')

/** Seed file names, sorted. */
export const seedNames: string[] = readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()

/** The text of a seed. */
export function readSeed(name: string): string {
  return readFileSync(join(SEED_DIR, name), 'utf8')
}

const INDENT = /^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g

/** The non-empty lines of a seed, indentation trimmed. */
export function seedParagraphs(seed: string): string[] {
  return seed
    .split('\n')
    .map((l) => l.replace(INDENT, ''))
    .filter((l) => l !== '')
}

/** Escape text for HTML/XML, with entities a real CMS emits. */
export function escapeMarkup(s: string, html: boolean): string {
  let out = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  if (html) {
    out = out
      .replace(/“/g, '&ldquo;')
      .replace(/”/g, '&rdquo;')
      .replace(/©/g, '&copy;')
      .replace(/\u00a0/g, '&nbsp;')
      .replace(/—/g, '&#8212;')
  } else {
    out = out.replace(/“/g, '&#x201C;').replace(/\u00a0/g, '&#160;')
  }
  return out
}

/** A realistic government article page (TRS CMS style) around the paragraphs. */
export function govPage(paragraphs: readonly string[], options: { charset: string; title: string }): string {
  const body = paragraphs
    .map((p, i) =>
      i % 7 === 3
        ? `<p style="text-indent:2em"><span style="font-family:仿宋">&nbsp;&nbsp;${escapeMarkup(p, true)}</span></p>`
        : `<p style="text-indent: 2em; line-height: 2em;">\r\n\t\t\t${escapeMarkup(p, true)}</p>`,
    )
    .join('\r\n')
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${options.charset}" />
<meta charset="${options.charset}">
<title>${escapeMarkup(options.title, true)}_某某区人民政府门户网站</title>
<meta name="SiteName" content="某某区人民政府门户网站">
<meta name="ColumnName" content="法治政府建设">
<meta name="ArticleTitle" content="${escapeMarkup(options.title, true)}">
<meta name="PubDate" content="2025-01-06 09:30">
<meta name="ContentSource" content="某某区司法局">
<meta name="Keywords" content="法治政府,年度报告">
<link rel="stylesheet" href="/css/style.css">
<style>.TRS_Editor p { font-size: 16px; }</style>
<script type="text/javascript">var _hmt = _hmt || []; if (a < b && c > d) { document.write("<p>广告</p>") }</script>
</head>
<body>
<div class="top"><div class="top-bar">无障碍浏览 | 长者模式 | 手机版</div></div>
<nav class="main-nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">导航栏目丙</a></li></ul></nav>
<div class="crumb">您当前的位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/zwgk/">政务公开</a>&nbsp;&gt;&nbsp;法治政府建设</div>
<div class="article">
  <h1 class="title">${escapeMarkup(options.title, true)}</h1>
  <div class="info">发布日期：2025-01-06&nbsp;&nbsp;来源：某某区司法局&nbsp;&nbsp;<span id="hits">浏览次数：<script>document.write("浏览统计")</script></span></div>
  <div class="TRS_Editor"><div id="zoom">
${body}
  </div></div>
  <div class="share"><noscript>请开启脚本</noscript><button>打印本页</button></div>
</div>
<footer class="foot"><p>页脚主办甲：某某区人民政府办公室 &copy; 版权所有</p><p>页脚标识乙：4405120001</p></footer>
<!-- 统计代码 -->
<script src="/js/stat.js"></script>
</body>
</html>
`
}

/** A minimal valid DOCX. */
export function buildDocx(documentXml: string, extra: Zippable = {}, core?: string): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(documentXml),
    ...extra,
  }
  if (core !== undefined) files['docProps/core.xml'] = strToU8(core)
  return zipSync(files)
}

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

/** `word/document.xml` with the paragraphs, runs split mid-word, some entities. */
export function documentXml(
  paragraphs: readonly string[],
  headings: ReadonlySet<number> = new Set(),
): string {
  const body = paragraphs
    .map((p, i) => {
      const chars = [...p]
      const runs: string[] = []
      // Split each paragraph into runs of 7 characters (mid-word), escaping as Word does.
      for (let k = 0; k < chars.length; k += 7) {
        const piece = escapeMarkup(chars.slice(k, k + 7).join(''), false)
        runs.push(
          `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/><w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">${piece}</w:t></w:r>`,
        )
      }
      const style = headings.has(i) ? '<w:pStyle w:val="Heading2"/>' : ''
      return `<w:p w:rsidR="00A1"><w:pPr>${style}<w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>${runs.join('')}</w:p>`
    })
    .join('')
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="${W_NS}" mc:Ignorable="w14"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`
}

/** `docProps/core.xml`. */
export function coreXml(title: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeMarkup(title, false)}</dc:title><dc:creator>司法局</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-01-06T08:00:00Z</dcterms:created></cp:coreProperties>`
}

const WS = /[ \t\n\r\f]+/g

/** Collapse ASCII whitespace runs to one space and trim. */
export function collapse(s: string): string {
  return s.replace(WS, ' ').trim()
}

/** The text content of an HTML fragment (entities decoded, tags dropped). */
export function htmlFragmentText(fragment: string): string {
  const tree = fromHtml(fragment, { fragment: true })
  const parts: string[] = []
  const walk = (node: { type: string; value?: string; children?: unknown[] }): void => {
    if (node.type === 'text' && node.value !== undefined) parts.push(node.value)
    for (const child of (node.children ?? []) as Array<typeof node>) walk(child)
  }
  walk(tree as unknown as { type: string; children: unknown[] })
  return parts.join('')
}

const XML_REF = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g
const XML_TAG = /<[^>]*>/g

/** Decode the XML text of a slice (tags dropped, predefined and numeric references decoded). */
export function xmlSliceText(slice: string): string {
  return slice.replace(XML_TAG, '').replace(XML_REF, (_m, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10))
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[name] as string
  })
}

/** Assert that `needles` occur in `haystack` lines in order (as whole collapsed lines). */
export function expectLinesInOrder(text: string, needles: readonly string[]): void {
  const lines = text.split('\n').map(collapse)
  let at = 0
  for (const needle of needles) {
    const want = collapse(normalizeView(needle))
    const found = lines.indexOf(want, at)
    expect(found, `paragraph not found in order: ${want.slice(0, 40)}`).toBeGreaterThanOrEqual(0)
    at = found + 1
  }
}

/** A deterministic pseudo-random generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Check the map of a source: every view unit maps inside `original`,
 * monotonically, and `decode(originalSlice)` normalizes to the view unit
 * (whitespace compared collapsed). Separators (`\n` with an empty span) are
 * allowed.
 */
export function expectUnitMap(source: SourceText, decode: (slice: string) => string): void {
  const { text, original } = source
  let lastStart = 0
  let lastEnd = 0
  for (let i = 0; i < text.length; i++) {
    const span = source.toOriginal(i, i + 1)
    expect(span.start).toBeGreaterThanOrEqual(lastStart)
    expect(span.start).toBeGreaterThanOrEqual(0)
    expect(span.end).toBeGreaterThanOrEqual(span.start)
    expect(span.end).toBeLessThanOrEqual(original.length)
    lastStart = span.start
    lastEnd = Math.max(lastEnd, span.end)
    const viewChar = text.charAt(i)
    if (span.start === span.end) {
      expect(
        viewChar === '\n' || viewChar === ' ',
        `unit ${i} ${JSON.stringify(viewChar)} maps to an empty span`,
      ).toBe(true)
      continue
    }
    const slice = original.slice(span.start, span.end)
    const decoded = normalizeView(decode(slice))
    if (viewChar === ' ' || viewChar === '\n') {
      expect(collapse(decoded), `unit ${i} whitespace from ${JSON.stringify(slice)}`).toBe('')
    } else {
      expect(decoded, `unit ${i} from ${JSON.stringify(slice)}`).toBe(viewChar)
    }
  }
}

/**
 * Check random multi-unit spans within lines: the decoded original slice,
 * normalized and whitespace-collapsed, equals the collapsed view slice.
 */
export function expectSpanSamples(
  source: SourceText,
  decode: (slice: string) => string,
  count: number,
  seed = 1,
): void {
  const random = rng(seed)
  const { text, original } = source
  const lines: Array<[number, number]> = []
  let start = 0
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      if (i - start >= 2) lines.push([start, i])
      start = i + 1
    }
  }
  expect(lines.length).toBeGreaterThan(0)
  for (let n = 0; n < count; n++) {
    const [lineStart, lineEnd] = lines[Math.floor(random() * lines.length)] as [number, number]
    const a = lineStart + Math.floor(random() * (lineEnd - lineStart))
    const b = a + 1 + Math.floor(random() * Math.min(80, lineEnd - a))
    const span = source.toOriginal(a, b)
    const slice = original.slice(span.start, span.end)
    expect(collapse(normalizeView(decode(slice))), `span [${a}, ${b})`).toBe(collapse(text.slice(a, b)))
  }
}
