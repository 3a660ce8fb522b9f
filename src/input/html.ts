/**
 * HTML → flattened text view with an offset map into the HTML string.
 *
 * Parsing is `hast-util-from-html` (parse5, positions on). Block elements
 * become `\n`, table cells a space; `script`, `style`, `noscript`, `template`,
 * `nav`, `iframe`, `svg`, form controls, hidden elements and page-level
 * `header`/`footer` (outside `article`/`main`) are dropped; whitespace collapses
 * as a browser renders it (except in `pre`). Entities map to their whole
 * source (`&nbsp;` → one space mapped to the six source characters).
 *
 * @module
 */

import { fromHtml } from 'hast-util-from-html'
import type { SourceHints } from '../document.js'
import { FazhiReportError } from '../errors.js'
import type { SourceWarning } from './types.js'
import { ViewBuilder } from './view-builder.js'

type HastRoot = ReturnType<typeof fromHtml>
type HastNode = HastRoot | HastRoot['children'][number]
type HastElement = Extract<HastNode, { type: 'element' }>

/**
 * Result of {@link flattenHtml}.
 *
 * @internal
 */
export interface FlattenedHtml {
  /** The flattened view (not yet normalized). */
  text: string
  /** View span → HTML span. */
  toOriginal: (start: number, end: number) => { start: number; end: number }
  /** `<title>` and `<meta>` hints. */
  hints: SourceHints
}

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'listing',
  'main',
  'menu',
  'ol',
  'p',
  'plaintext',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
  'xmp',
])

const DROP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'iframe',
  'svg',
  'math',
  'object',
  'embed',
  'canvas',
  'audio',
  'video',
  'select',
  'button',
  'input',
  'textarea',
  'map',
])

const CELL = new Set(['td', 'th'])
const PRE = new Set(['pre', 'listing', 'plaintext', 'xmp'])
const CONTENT_ROOT = new Set(['article', 'main'])
const PAGE_CHROME = new Set(['header', 'footer'])

/** `<meta>` keys (lower-cased) that carry a title, best first. */
const TITLE_KEYS = ['articletitle', 'og:title', 'dc.title', 'dcterms.title', 'title']
/** `<meta>` keys (lower-cased) that carry a publish date, best first. */
const DATE_KEYS = [
  'pubdate',
  'publishdate',
  'publish_date',
  'publishtime',
  'publish-date',
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'firstpublishedtime',
  'published_time',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'releasedate',
  'date',
]

const DISPLAY_NONE = /display\s*:\s*none/i
const WHITESPACE_RUN = /[ \t\n\r\f]+/g
const ASCII_WHITESPACE = /^[ \t\n\r\f]+$/
const NUMERIC_REF = /&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?/y
const NAMED_REF = /&([A-Za-z][A-Za-z0-9]{0,31});?/y
const COLLAPSE = /\s+/g
/** Inline tags blanked out when the tree is too deep for the (recursive) hast converter. */
const INLINE_TAG =
  /<\/?(?:a|abbr|b|big|cite|code|del|em|font|i|ins|label|mark|o:p|q|s|small|span|strike|strong|sub|sup|tt|u)\b[^<>]*>/gi

/** HTML's remapping of numeric references 0x80–0x9F (windows-1252). */
const C1_REMAP: Readonly<Record<number, number>> = {
  128: 0x20ac,
  130: 0x201a,
  131: 0x0192,
  132: 0x201e,
  133: 0x2026,
  134: 0x2020,
  135: 0x2021,
  136: 0x02c6,
  137: 0x2030,
  138: 0x0160,
  139: 0x2039,
  140: 0x0152,
  142: 0x017d,
  145: 0x2018,
  146: 0x2019,
  147: 0x201c,
  148: 0x201d,
  149: 0x2022,
  150: 0x2013,
  151: 0x2014,
  152: 0x02dc,
  153: 0x2122,
  154: 0x0161,
  155: 0x203a,
  156: 0x0153,
  158: 0x017e,
  159: 0x0178,
}

/** The string an HTML numeric character reference decodes to. */
function decodeNumeric(cp: number): string {
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd'
  return String.fromCodePoint(C1_REMAP[cp] ?? cp)
}

/** A property of an element as a string (space-separated lists joined), or `null`. */
function prop(node: HastElement, key: string): string | null {
  const value = node.properties[key]
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.join(' ')
  if (typeof value === 'number') return String(value)
  return null
}

/** All text below a node, whitespace collapsed and trimmed. */
function textContent(node: HastElement): string {
  const parts: string[] = []
  const stack: HastNode[] = [node]
  while (stack.length > 0) {
    const n = stack.pop() as HastNode
    if (n.type === 'text') parts.push(n.value)
    else if ('children' in n)
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as HastNode)
  }
  return parts.join('').replace(COLLAPSE, ' ').trim()
}

/** Emits text into the builder with HTML whitespace collapsing. */
class TextSink {
  private pendingStart = -1
  private pendingEnd = -1
  /** Depth of `pre`-like elements (whitespace kept). */
  pre = 0

  constructor(private readonly builder: ViewBuilder) {}

  /** Raw text `html.slice(origStart, origStart + text.length)`, identical to the value. */
  copy(text: string, origStart: number): void {
    if (this.pre > 0) {
      this.builder.copy(text, origStart)
      return
    }
    WHITESPACE_RUN.lastIndex = 0
    let last = 0
    for (let m = WHITESPACE_RUN.exec(text); m !== null; m = WHITESPACE_RUN.exec(text)) {
      if (m.index > last) {
        this.flush()
        this.builder.copy(text.slice(last, m.index), origStart + last)
      }
      this.whitespace(origStart + m.index, origStart + m.index + m[0].length)
      last = m.index + m[0].length
    }
    if (last < text.length) {
      this.flush()
      this.builder.copy(last === 0 ? text : text.slice(last), origStart + last)
    }
  }

  /** Decoded text standing for the whole source span `[origStart, origEnd)` (an entity, a CRLF). */
  atom(text: string, origStart: number, origEnd: number): void {
    if (this.pre === 0 && ASCII_WHITESPACE.test(text)) {
      this.whitespace(origStart, origEnd)
      return
    }
    this.flush()
    this.builder.atom(text, origStart, origEnd)
  }

  /** A block boundary: pending whitespace is dropped, a `\n` is added. */
  block(): void {
    this.pendingStart = -1
    this.builder.newline()
  }

  /** A table-cell boundary: one space. */
  cell(): void {
    this.pendingStart = -1
    const at = this.builder.position
    this.builder.space(at, at)
  }

  private whitespace(start: number, end: number): void {
    if (this.pendingStart === -1) this.pendingStart = start
    this.pendingEnd = end
  }

  private flush(): void {
    if (this.pendingStart === -1) return
    this.builder.space(this.pendingStart, this.pendingEnd)
    this.pendingStart = -1
  }
}

/**
 * Length of the named reference at `r` (`&nbsp;`, `&copy`, `&notit;` → `&not`)
 * and of its decoded value at `v`, found by aligning with the parser's value.
 */
function alignNamed(
  html: string,
  r: number,
  rawEnd: number,
  value: string,
  v: number,
): [number, number] | null {
  NAMED_REF.lastIndex = r
  const m = NAMED_REF.exec(html)
  if (!m || r + m[0].length > rawEnd) return null
  const name = m[1] as string
  if (value.charCodeAt(v) === 0x26 && !name.startsWith('amp') && !name.startsWith('AMP')) return null
  const full = m[0].length
  // Prefer a one-unit value with the longest source match; two-unit values are rare.
  for (let k = 1; k <= 2 && v + k <= value.length; k++) {
    for (let j = full; j >= 2; j--) {
      const rest = full - j
      if (rest > 0 && html.slice(r + j, r + full) !== value.slice(v + k, v + k + rest)) continue
      const nextRaw = r + full
      const nextValue = v + k + rest
      if (nextRaw >= rawEnd) {
        if (nextValue >= value.length) return [j, k]
        continue
      }
      if (nextValue >= value.length) continue
      const rc = html.charCodeAt(nextRaw)
      const vc = value.charCodeAt(nextValue)
      if (rc === vc || rc === 0x26 || (rc === 0x0d && vc === 0x0a)) return [j, k]
    }
  }
  return null
}

/**
 * Walk the raw source of a text node and its decoded value together, emitting
 * identical runs as copies and entities / CRLF as atoms.
 */
function alignText(html: string, rawStart: number, rawEnd: number, value: string, sink: TextSink): void {
  if (rawEnd - rawStart === value.length && html.startsWith(value, rawStart)) {
    sink.copy(value, rawStart)
    return
  }
  let r = rawStart
  let v = 0
  const n = value.length
  while (v < n) {
    if (r >= rawEnd) {
      sink.atom(value.slice(v), rawEnd, rawEnd)
      return
    }
    let k = 0
    while (r + k < rawEnd && v + k < n) {
      const c = html.charCodeAt(r + k)
      if (c !== value.charCodeAt(v + k) || c === 0x26 || c === 0x0d) break
      k++
    }
    if (k > 0) {
      sink.copy(value.slice(v, v + k), r)
      r += k
      v += k
      continue
    }
    const c = html.charCodeAt(r)
    const vc = value.charCodeAt(v)
    if (c === 0x0d) {
      if (vc === 0x0a) {
        const len = html.charCodeAt(r + 1) === 0x0a && r + 1 < rawEnd ? 2 : 1
        sink.atom('\n', r, r + len)
        r += len
        v++
      } else r++
      continue
    }
    if (c === 0x26) {
      NUMERIC_REF.lastIndex = r
      const num = NUMERIC_REF.exec(html)
      if (num && r + num[0].length <= rawEnd) {
        const cp = num[1] !== undefined ? Number.parseInt(num[1], 16) : Number.parseInt(num[2] as string, 10)
        const decoded = decodeNumeric(cp)
        if (value.startsWith(decoded, v)) {
          sink.atom(decoded, r, r + num[0].length)
          r += num[0].length
          v += decoded.length
          continue
        }
      }
      const named = alignNamed(html, r, rawEnd, value, v)
      if (named) {
        sink.atom(value.slice(v, v + named[1]), r, r + named[0])
        r += named[0]
        v += named[1]
        continue
      }
      if (vc === 0x26) {
        sink.copy('&', r)
        r++
        v++
        continue
      }
    }
    if (vc === 0xfffd) {
      sink.atom('\ufffd', r, r + 1)
      r++
      v++
      continue
    }
    // A source character the parser dropped (NUL, a leading newline in <pre>).
    r++
  }
}

/** Fill hints from a `<meta>` element. */
function readMeta(node: HastElement, meta: Record<string, string>): void {
  const content = prop(node, 'content')
  const charset = prop(node, 'charSet')
  if (charset !== null && !Object.hasOwn(meta, 'charset')) meta.charset = charset.trim()
  if (content === null) return
  for (const key of ['name', 'property', 'httpEquiv', 'itemProp']) {
    const name = prop(node, key)
    if (name === null) continue
    const lower = name.trim().toLowerCase()
    if (lower !== '' && !Object.hasOwn(meta, lower)) meta[lower] = content.trim()
  }
}

/**
 * Parse HTML with positions. The hast converter recurses once per nesting
 * level, so a page with thousands of unclosed inline tags (`<font>`, `<span>`
 * …) overflows the call stack; such a page is parsed again with its inline
 * tags replaced by same-length bogus comments (`<!   >`), which keeps every
 * offset and the block structure.
 */
function parseHtml(html: string, warnings: SourceWarning[]): HastRoot {
  try {
    return fromHtml(html)
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
  }
  const flat = html.replace(INLINE_TAG, (tag) => `<!${' '.repeat(tag.length - 3)}>`)
  try {
    const tree = fromHtml(flat)
    warnings.push({
      ruleId: 'html-deep-nesting',
      reason: 'The HTML is nested too deeply; inline tags were ignored to parse it.',
    })
    return tree
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    throw new FazhiReportError(
      'INPUT_TOO_LARGE',
      'The HTML is nested too deeply to parse (thousands of unclosed block elements).',
      { limit: 'nesting depth', reason: 'html-nesting' },
      { cause: error },
    )
  }
}

/**
 * Parse HTML and flatten it to a text view.
 *
 * @param html - The HTML string (offsets of the map point into it).
 * @param warnings - Where to push notes.
 * @returns The view, its map and hints.
 * @throws {FazhiReportError} `INPUT_TOO_LARGE` when the HTML is nested too deeply to parse.
 * @internal
 */
export function flattenHtml(html: string, warnings: SourceWarning[] = []): FlattenedHtml {
  const tree = parseHtml(html, warnings)
  const builder = new ViewBuilder()
  const sink = new TextSink(builder)
  const meta: Record<string, string> = Object.create(null) as Record<string, string>
  let documentTitle: string | null = null
  let inHead = 0
  let contentRoots = 0

  // Iterative walk (deeply nested input must not overflow the stack).
  type Frame = { node: HastElement | HastRoot; index: number }
  const stack: Frame[] = [{ node: tree, index: 0 }]
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame
    const { node } = frame
    if (frame.index >= node.children.length) {
      stack.pop()
      if (node.type === 'element') leave(node.tagName)
      continue
    }
    const child = node.children[frame.index++] as HastNode
    if (child.type === 'text') {
      if (inHead > 0) continue
      const start = child.position?.start.offset
      const end = child.position?.end.offset
      if (start === undefined || end === undefined) {
        const at = builder.position
        sink.atom(child.value, at, at)
      } else alignText(html, start, end, child.value, sink)
      continue
    }
    if (child.type !== 'element') continue
    const tag = child.tagName
    if (tag === 'title') {
      if (documentTitle === null) documentTitle = textContent(child)
      continue
    }
    if (tag === 'meta') {
      readMeta(child, meta)
      continue
    }
    if (DROP.has(tag)) continue
    if (child.properties.hidden === true) continue
    const style = prop(child, 'style')
    if (style !== null && DISPLAY_NONE.test(style)) continue
    if (PAGE_CHROME.has(tag) && contentRoots === 0) continue
    if (tag === 'br') {
      sink.block()
      continue
    }
    if (tag === 'head') inHead++
    if (CONTENT_ROOT.has(tag)) contentRoots++
    if (PRE.has(tag)) sink.pre++
    if (BLOCK.has(tag)) sink.block()
    stack.push({ node: child, index: 0 })
  }

  function leave(tag: string): void {
    if (tag === 'head') inHead--
    if (CONTENT_ROOT.has(tag)) contentRoots--
    if (PRE.has(tag)) sink.pre--
    if (BLOCK.has(tag)) sink.block()
    else if (CELL.has(tag)) sink.cell()
  }

  const hints: SourceHints = {}
  const metaTitle = TITLE_KEYS.map((k) => meta[k]).find((v) => v !== undefined && v !== '')
  const title = metaTitle ?? (documentTitle !== null && documentTitle !== '' ? documentTitle : undefined)
  if (title !== undefined) hints.title = title
  const date = DATE_KEYS.map((k) => meta[k]).find((v) => v !== undefined && v !== '')
  if (date !== undefined) hints.publishedAt = date
  if (Object.keys(meta).length > 0) hints.meta = { ...meta }

  const { text, toOriginal } = builder.finish(html.length)
  return { text, toOriginal, hints }
}
