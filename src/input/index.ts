/**
 * The input layer: turn a string or bytes (plain text, HTML, XML, DOCX) into a
 * `SourceText` (src/document.ts): the original string, the flattened normalized view the
 * parser reads and the map between them.
 *
 * @module
 */

import { FazhiReportError } from '../errors.js'
import { normalizeView } from '../text/normalize-view.js'
import { decodeBytes } from './decode.js'
import { readDocx } from './docx.js'
import { flattenHtml } from './html.js'
import { type LoadOptions, type ResolvedLoadOptions, resolveLoadOptions } from './options.js'
import type { LoadedSource, SourceWarning } from './types.js'
import { identityMap, markNormalizedView } from './view-builder.js'
import { flattenXml, isXhtml, localName, rootElementName } from './xml.js'

export { normalizeView, toSimplified } from '../text/normalize-view.js'
export type { DecodedBytes, EncodingGuess, EncodingSource, SupportedEncoding } from './decode.js'
export { detectEncoding, normalizeEncodingLabel } from './decode.js'
export type { InputFormat, LoadLimits, LoadOptions } from './options.js'
export { DEFAULT_LIMITS } from './options.js'
export type { LoadedSource, SourceWarning } from './types.js'

/** Characters of a string inspected for format detection. */
const DETECT_CHARS = 64 * 1024

const LEADING = /^[\ufeff\s]*/
const HTML_START = /^<(?:!doctype\s+html\b|html\b|head\b|body\b)/i
const XML_DECL_START = /^<\?xml\b/i
const DOCTYPE_START = /^<!doctype\b/i
const ELEMENT_START = /^<[A-Za-z_]/
const COMMENT_START = /^<!--/
/** Tags that mark a string as HTML (counted, up to 2); sticky: tried at each `<` only. */
const HTML_TAG =
  /<\/?(?:html|head|body|div|p|br|span|table|tbody|tr|td|th|ul|ol|li|h[1-6]|meta|title|font|strong|center|section|article)\b[^<>]{0,300}>/iy

const ZIP_MAGIC = [0x50, 0x4b]
/** Binary signatures that are not a report format this library reads, with what to do instead. */
const UNSUPPORTED_MAGIC: ReadonlyArray<{ bytes: readonly number[]; kind: string; advice: string }> = [
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    kind: 'a legacy Office/WPS file (.doc, .wps, .xls) or a password-protected document',
    advice:
      'Open it in Word or WPS and save it as .docx (without a password), or save it as HTML or plain text.',
  },
  {
    bytes: [0x25, 0x50, 0x44, 0x46],
    kind: 'a PDF',
    advice: 'Extract its text first (for example with pdftotext or pdf.js) and pass the text.',
  },
  {
    bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66],
    kind: 'an RTF document',
    advice: 'Save it as .docx or plain text.',
  },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'a PNG image', advice: 'Run OCR first and pass the text.' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'a JPEG image', advice: 'Run OCR first and pass the text.' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'a GIF image', advice: 'Run OCR first and pass the text.' },
  { bytes: [0x1f, 0x8b], kind: 'a gzip archive', advice: 'Decompress it first.' },
  { bytes: [0x52, 0x61, 0x72, 0x21], kind: 'a RAR archive', advice: 'Extract it first.' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], kind: 'a 7-Zip archive', advice: 'Extract it first.' },
]

function startsWithBytes(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false
  return true
}

/** Root element names that make markup HTML rather than generic XML. */
const HTML_ROOTS = new Set([
  'html',
  'head',
  'body',
  'div',
  'p',
  'span',
  'table',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'main',
  'font',
  'center',
  'br',
  'a',
  'b',
  'strong',
  'form',
  'meta',
  'link',
  'style',
  'script',
  'header',
  'nav',
])

/**
 * Detect the format of a string: HTML, XML or plain text.
 *
 * Markup starting with `<!DOCTYPE html`, `<html`, `<head` or `<body` is HTML;
 * markup starting with `<?xml` or another DOCTYPE is XML unless it is XHTML;
 * markup starting with an element (after comments) is HTML when the root is
 * an HTML element name (`div`, `p`, `table` …), else XML; anything else is
 * plain text, unless it holds at least two common HTML tags (`<br>`, `</p>` …)
 * in its first 64 KiB.
 *
 * @param s - The input string.
 * @returns `'html'`, `'xml'` or `'text'`.
 * @category Input
 * @example
 * ```ts
 * detectStringFormat('<div class="TRS_Editor"><p>正文</p></div>') //=> 'html'
 * detectStringFormat('<report><para>正文</para></report>') //=> 'xml'
 * detectStringFormat('全年办理行政复议案件12件。') //=> 'text'
 * ```
 */
export function detectStringFormat(s: string): 'text' | 'html' | 'xml' {
  const head = s.slice(0, DETECT_CHARS)
  // Every markup test below needs a `<` in the head: without one (plain text) nothing can match.
  let lt = head.indexOf('<')
  if (lt === -1) return 'text'
  const lead = LEADING.exec(head)?.[0].length ?? 0
  const start = head.slice(lead, lead + 256)
  if (HTML_START.test(start)) return 'html'
  if (XML_DECL_START.test(start) || DOCTYPE_START.test(start)) return isXhtml(s) ? 'html' : 'xml'
  if (ELEMENT_START.test(start) || COMMENT_START.test(start)) {
    const root = rootElementName(head)
    if (root !== null) return HTML_ROOTS.has(localName(root).toLowerCase()) ? 'html' : 'xml'
  }
  // The matches of a global scan, found by trying the sticky pattern at each `<` (every match starts with one).
  let tags = 0
  while (tags < 2 && lt !== -1) {
    HTML_TAG.lastIndex = lt
    if (HTML_TAG.test(head)) {
      tags++
      lt = head.indexOf('<', HTML_TAG.lastIndex)
    } else {
      lt = head.indexOf('<', lt + 1)
    }
  }
  return tags >= 2 ? 'html' : 'text'
}

function tooLarge(actual: number, limit: number, unit: string): FazhiReportError {
  return new FazhiReportError(
    'INPUT_TOO_LARGE',
    `The input is ${actual} ${unit}, over the limit of ${limit}; raise maxInputBytes for a trusted large file.`,
    { limit, actual },
  )
}

/** The bytes of a byte-like input, or `null` when the input is not byte-like. */
function asBytes(input: unknown): Uint8Array | null {
  if (input instanceof Uint8Array) return input
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
  const tag = Object.prototype.toString.call(input)
  if (tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]') {
    return new Uint8Array(input as ArrayBufferLike)
  }
  return null
}

/**
 * Read an input into a `SourceText`: decode bytes, detect the format,
 * flatten markup to text and build the normalized view (see
 * {@link normalizeView}) with its map back to `original`.
 *
 * - **Plain text**: `original` is the text, `toOriginal` is the identity.
 * - **HTML**: `original` is the HTML string; block elements become `\n`;
 *   scripts, styles, `nav`, page `header`/`footer` and hidden elements are
 *   dropped; each character maps to its source span (an entity to the whole
 *   `&…;`). `<title>`/`<meta>` fill `hints`.
 * - **XML**: `original` is the XML string; element boundaries become `\n`;
 *   `xmlTextPath` selects the body. XHTML goes to the HTML reader.
 * - **DOCX**: `original` is the decoded `word/document.xml`; each paragraph is a
 *   line; `docProps/core.xml` fills `hints`.
 *
 * Byte input is decoded first: BOM → `encoding` option → declared encoding
 * (validated against the bytes) → detection (UTF-8, UTF-16, GB 18030, Big5).
 * Spans of byte input point into the decoded string (`original`).
 *
 * @param input - A string, or the bytes of a file (`Uint8Array`, any typed-array view, `ArrayBuffer`).
 * @param options - {@link LoadOptions} (format, encoding, limits).
 * @returns The source text, with `warnings` (a wrong declared encoding that was overridden …).
 * @throws {FazhiReportError} `INVALID_ARGUMENT` for an input that is neither a
 * string nor bytes (or a string with `format: 'docx'`); `INVALID_OPTION` for a
 * bad option; `INPUT_TOO_LARGE` over `maxInputBytes` (checked first);
 * `UNSUPPORTED_FORMAT` for `.doc`/PDF/RTF/images/other ZIP formats;
 * `UNSUPPORTED_ENCODING` for an unknown `encoding` label; `DECODE_FAILED` for
 * binary data; `MALFORMED_XML`/`XML_ENTITY_LIMIT` for bad or hostile XML;
 * `MALFORMED_DOCX`/`ZIP_LIMIT` for bad or hostile DOCX.
 * @category Input
 * @example
 * ```ts
 * const source = loadSource('<p>全年办理行政复议案件１２件。</p>')
 * source.format //=> 'html'
 * source.text //=> '全年办理行政复议案件12件。\n'
 * source.toOriginal(10, 12) //=> { start: 13, end: 15 }
 * ```
 */
export function loadSource(
  input: string | Uint8Array | ArrayBuffer,
  options?: Readonly<LoadOptions> | null,
): LoadedSource {
  const source = load(input, options)
  markNormalizedView(source)
  return source
}

/** {@link loadSource} without the bookkeeping of `markNormalizedView`. */
function load(
  input: string | Uint8Array | ArrayBuffer,
  options?: Readonly<LoadOptions> | null,
): LoadedSource {
  const o = resolveLoadOptions(options)
  if (typeof input === 'string') {
    if (input.length > o.maxInputBytes) throw tooLarge(input.length, o.maxInputBytes, 'UTF-16 code units')
    return fromString(input, o, null, [])
  }
  const bytes = asBytes(input)
  if (bytes === null) {
    throw new FazhiReportError(
      'INVALID_ARGUMENT',
      'The input must be a string, a Uint8Array (or another typed-array view) or an ArrayBuffer.',
      { actual: input === null ? 'null' : typeof input },
    )
  }
  if (bytes.byteLength > o.maxInputBytes) throw tooLarge(bytes.byteLength, o.maxInputBytes, 'bytes')

  const zip = startsWithBytes(bytes, ZIP_MAGIC)
  if (o.format === 'docx' || (o.format === 'auto' && zip)) {
    if (!zip) {
      throw new FazhiReportError(
        'MALFORMED_DOCX',
        'The input is not a ZIP archive, so it cannot be a .docx file.',
        {
          format: 'docx',
        },
      )
    }
    const warnings: SourceWarning[] = []
    const docx = readDocx(bytes, o, warnings)
    return {
      original: docx.original,
      text: normalizeView(docx.text),
      toOriginal: docx.toOriginal,
      format: 'docx',
      encoding: docx.encoding,
      hints: docx.hints,
      warnings,
    }
  }
  for (const magic of UNSUPPORTED_MAGIC) {
    if (startsWithBytes(bytes, magic.bytes)) {
      throw new FazhiReportError(
        'UNSUPPORTED_FORMAT',
        `The input is ${magic.kind}, which is not supported. ${magic.advice}`,
        {
          kind: magic.kind,
        },
      )
    }
  }
  const decoded = decodeBytes(bytes, o.encoding, o.format !== 'text')
  return fromString(decoded.text, o, decoded.encoding, decoded.warnings)
}

/** Build the source text of a decoded string. */
function fromString(
  original: string,
  o: ResolvedLoadOptions,
  encoding: string | null,
  warnings: SourceWarning[],
): LoadedSource {
  if (o.format === 'docx') {
    throw new FazhiReportError(
      'INVALID_ARGUMENT',
      'DOCX input must be bytes (a Uint8Array or ArrayBuffer), not a string.',
      {
        format: 'docx',
      },
    )
  }
  let format = o.format === 'auto' ? detectStringFormat(original) : o.format
  if (format === 'xml' && isXhtml(original)) format = 'html'
  if (format === 'html') {
    const html = flattenHtml(original, warnings)
    return {
      original,
      text: normalizeView(html.text),
      toOriginal: html.toOriginal,
      format,
      encoding,
      hints: html.hints,
      warnings,
    }
  }
  if (format === 'xml') {
    const xml = flattenXml(original, o.xmlTextPath, o, warnings)
    return {
      original,
      text: normalizeView(xml.text),
      toOriginal: xml.toOriginal,
      format,
      encoding,
      hints: xml.hints,
      warnings,
    }
  }
  return {
    original,
    text: normalizeView(original),
    toOriginal: identityMap(original.length),
    format: 'text',
    encoding,
    hints: {},
    warnings,
  }
}
