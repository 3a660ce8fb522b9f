/**
 * Generic XML → flattened text view with an offset map into the XML string.
 *
 * Well-formedness is checked with fast-xml-parser's `XMLValidator`; the text
 * and its offsets come from the offset-aware scanner in `xml-scan.ts`.
 * Element boundaries become `\n`, except for elements inside mixed content
 * (an element whose parent also holds text directly, like `<b>` in
 * `<p>a <b>b</b> c</p>`) and a few well-known inline names. Whitespace-only
 * text between elements is dropped; other text is kept as written.
 *
 * @module
 */

import { XMLValidator } from 'fast-xml-parser'
import type { SourceHints } from '../document.js'
import { FazhiReportError } from '../errors.js'
import type { SourceWarning } from './types.js'
import { ViewBuilder } from './view-builder.js'
import { appendXmlText, decodeXmlText, scanXml, XmlEntities, type XmlEntityLimits } from './xml-scan.js'

/**
 * Result of {@link flattenXml}.
 *
 * @internal
 */
export interface FlattenedXml {
  /** The flattened view (not yet normalized). */
  text: string
  /** View span → XML span. */
  toOriginal: (start: number, end: number) => { start: number; end: number }
  /** Title / date hints from well-known element names. */
  hints: SourceHints
}

const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'big',
  'cite',
  'code',
  'em',
  'font',
  'i',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'u',
])

const TITLE_NAMES = new Set(['title', 'articletitle', 'doctitle', 'dc:title'])
const DATE_NAMES = new Set([
  'pubdate',
  'publishdate',
  'publish_date',
  'publishtime',
  'publishedat',
  'published',
  'releasedate',
  'dcterms:issued',
  'dc:date',
])

const NOT_WHITESPACE = /[^ \t\r\n]/
const DOCTYPE_HTML = /<!DOCTYPE\s+html\b/i
const SPACES = /\s+/g

/**
 * Local (unprefixed) part of a qualified name.
 *
 * @param name - A qualified name such as `w:t`.
 * @returns The part after the first `:`.
 * @example
 * ```ts
 * localName('w:t') //=> 't'
 * ```
 * @internal
 */
export function localName(name: string): string {
  const colon = name.indexOf(':')
  return colon === -1 ? name : name.slice(colon + 1)
}

/**
 * Check well-formedness with fast-xml-parser's validator.
 *
 * @param xml - The XML string.
 * @param code - The error code to throw.
 * @param what - What the XML is, for the message.
 * @throws {FazhiReportError} `code` when the XML is not well-formed.
 * @internal
 */
export function validateXml(xml: string, code: 'MALFORMED_XML' | 'MALFORMED_DOCX', what: string): void {
  const result = XMLValidator.validate(xml, { allowBooleanAttributes: false })
  if (result !== true) {
    throw new FazhiReportError(
      code,
      `${what} is not well-formed XML: ${result.err.msg} (line ${result.err.line}).`,
      {
        line: result.err.line,
        column: result.err.col,
        reason: result.err.msg,
      },
    )
  }
}

/**
 * Name of the root element (after the prolog), or `null` when there is none.
 *
 * @param xml - An XML string.
 * @returns The qualified root name, or `null`.
 * @example
 * ```ts
 * rootElementName('<?xml version="1.0"?><!-- c --><w:document/>') //=> 'w:document'
 * ```
 * @internal
 */
export function rootElementName(xml: string): string | null {
  let i = 0
  const n = xml.length
  while (i < n) {
    const lt = xml.indexOf('<', i)
    if (lt === -1) return null
    if (xml.startsWith('<?', lt)) {
      const close = xml.indexOf('?>', lt + 2)
      if (close === -1) return null
      i = close + 2
    } else if (xml.startsWith('<!--', lt)) {
      const close = xml.indexOf('-->', lt + 4)
      if (close === -1) return null
      i = close + 3
    } else if (xml.startsWith('<!', lt)) {
      // DOCTYPE: skip to the matching `>` (an internal subset may hold `>`).
      let depth = 0
      let j = lt + 2
      for (; j < n; j++) {
        const c = xml.charCodeAt(j)
        if (c === 0x5b) depth++
        else if (c === 0x5d) depth--
        else if (c === 0x3e && depth <= 0) break
      }
      i = j + 1
    } else {
      let j = lt + 1
      while (j < n) {
        const c = xml.charCodeAt(j)
        if (c <= 0x20 || c === 0x2f || c === 0x3e) break
        j++
      }
      return xml.slice(lt + 1, j)
    }
  }
  return null
}

/**
 * Whether an XML string is XHTML (root `html` or an HTML DOCTYPE).
 *
 * @param xml - An XML string.
 * @returns `true` for XHTML.
 * @example
 * ```ts
 * isXhtml('<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>') //=> true
 * ```
 * @internal
 */
export function isXhtml(xml: string): boolean {
  if (DOCTYPE_HTML.test(xml.slice(0, 4096))) return true
  const root = rootElementName(xml)
  return root !== null && localName(root).toLowerCase() === 'html'
}

/** A parsed `xmlTextPath`: segments and whether it is anchored at the root. */
interface TextPath {
  segments: string[]
  absolute: boolean
}

function parseTextPath(path: string): TextPath {
  const trimmed = path.trim()
  const absolute = trimmed.startsWith('/')
  const separator = trimmed.includes('/') ? '/' : '.'
  const segments = trimmed.split(separator).filter((s) => s !== '')
  return { segments, absolute }
}

/** Whether the element stack (root first) matches the path. */
function matchesPath(stack: readonly string[], path: TextPath): boolean {
  const { segments } = path
  if (segments.length === 0) return false
  if (path.absolute ? stack.length !== segments.length : stack.length < segments.length) return false
  const offset = stack.length - segments.length
  for (let i = 0; i < segments.length; i++) {
    const name = stack[offset + i] as string
    const seg = segments[i] as string
    if (name !== seg && localName(name) !== seg && seg !== '*') return false
  }
  return true
}

/**
 * Flatten a generic XML document.
 *
 * @param xml - The XML string (offsets of the map point into it).
 * @param textPath - `xmlTextPath` option, or `null` for all text.
 * @param limits - Entity limits.
 * @param warnings - Where to push notes.
 * @returns The view, its map and hints.
 * @throws {FazhiReportError} `MALFORMED_XML`, `XML_ENTITY_LIMIT`.
 * @internal
 */
export function flattenXml(
  xml: string,
  textPath: string | null,
  limits: XmlEntityLimits,
  warnings: SourceWarning[],
): FlattenedXml {
  validateXml(xml, 'MALFORMED_XML', 'The input')

  // Pass 1: which elements hold non-whitespace text directly (mixed content).
  const hasText: boolean[] = []
  {
    const open: number[] = []
    let count = 0
    const mark = (): void => {
      const top = open[open.length - 1]
      if (top !== undefined) hasText[top] = true
    }
    scanXml(
      xml,
      {
        open(_name, _tagStart, _tagEnd, _attrStart, _attrEnd, selfClosing) {
          hasText[count] = false
          if (!selfClosing) open.push(count)
          count++
        },
        close() {
          open.pop()
        },
        text(start, end) {
          if (NOT_WHITESPACE.test(xml.slice(start, end))) mark()
        },
        cdata(start, end) {
          if (NOT_WHITESPACE.test(xml.slice(start, end))) mark()
        },
      },
      new XmlEntities(limits, []),
    )
  }

  // Pass 2: emit.
  const entities = new XmlEntities(limits, warnings)
  const builder = new ViewBuilder()
  const path = textPath === null ? null : parseTextPath(textPath)
  const names: string[] = []
  const ids: number[] = []
  /** Per open element: whether it is inline (no boundary). */
  const inline: boolean[] = []
  /** Per open element: whether it matched the text path. */
  const matched: boolean[] = []
  let matchDepth = 0
  let count = 0
  let matchedAny = false
  const hints: SourceHints = {}
  let capture: { kind: 'title' | 'date'; depth: number; parts: string[] } | null = null

  const emitting = (): boolean => path === null || matchDepth > 0
  const parentMixed = (): boolean => {
    const parent = ids[ids.length - 1]
    return parent !== undefined && hasText[parent] === true
  }

  scanXml(
    xml,
    {
      open(name, _tagStart, _tagEnd, _attrStart, _attrEnd, selfClosing) {
        const id = count++
        const local = localName(name).toLowerCase()
        const isInline = INLINE.has(local) || parentMixed()
        if (local === 'br') {
          if (emitting()) builder.newline()
        } else if (!isInline && emitting()) builder.newline()
        if (selfClosing) return
        names.push(name)
        ids.push(id)
        inline.push(isInline)
        const isMatch = path !== null && matchesPath(names, path)
        matched.push(isMatch)
        if (isMatch) {
          matchDepth++
          matchedAny = true
          if (matchDepth === 1) builder.newline()
        }
        if (capture === null) {
          const lower = name.toLowerCase()
          if (hints.title === undefined && (TITLE_NAMES.has(lower) || TITLE_NAMES.has(local))) {
            capture = { kind: 'title', depth: names.length, parts: [] }
          } else if (hints.publishedAt === undefined && (DATE_NAMES.has(lower) || DATE_NAMES.has(local))) {
            capture = { kind: 'date', depth: names.length, parts: [] }
          }
        }
      },
      close() {
        if (capture !== null && capture.depth === names.length) {
          const value = capture.parts.join('').replace(SPACES, ' ').trim()
          if (value !== '') {
            if (capture.kind === 'title') hints.title = value
            else hints.publishedAt = value
          }
          capture = null
        }
        names.pop()
        ids.pop()
        const wasInline = inline.pop() === true
        if (matched.pop() === true) matchDepth--
        if (!wasInline && emitting()) builder.newline()
      },
      text(start, end) {
        const top = ids[ids.length - 1]
        const raw = xml.slice(start, end)
        if (capture !== null) capture.parts.push(decodeXmlText(raw, null))
        if (top === undefined || !emitting()) return
        if (hasText[top] !== true) return // whitespace-only text between elements
        appendXmlText(xml, start, end, builder, entities)
      },
      cdata(start, end) {
        if (capture !== null) capture.parts.push(xml.slice(start, end))
        if (ids.length === 0 || !emitting()) return
        builder.copy(xml.slice(start, end), start)
      },
    },
    entities,
  )

  if (path !== null && !matchedAny) {
    warnings.push({
      ruleId: 'xml-text-path-unmatched',
      reason: `No element matches xmlTextPath ${JSON.stringify(textPath)}; the text is empty.`,
    })
  }
  const { text, toOriginal } = builder.finish(xml.length)
  return { text, toOriginal, hints }
}
