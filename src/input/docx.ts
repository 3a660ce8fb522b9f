/**
 * DOCX → flattened text view with an offset map into the decoded main
 * document part (`word/document.xml`).
 *
 * Each `w:p` is a paragraph (`\n` after it), `w:t` is text, `w:tab` a space,
 * `w:br`/`w:cr` a `\n`, `w:noBreakHyphen` a `-`. Heading paragraphs (a
 * `w:pStyle` whose style is a heading/标题/Title, or a `w:outlineLvl`) get a
 * blank line before and after. Deleted runs (`w:del`), field instructions and
 * the `mc:Fallback` copy of alternate content are skipped.
 * `docProps/core.xml` fills `hints.title` (`dc:title`) and `hints.meta`
 * (`dc:title`, `dc:creator`, `dcterms:created`, `dcterms:modified` …).
 *
 * @module
 */

import type { SourceHints } from '../document.js'
import { FazhiReportError } from '../errors.js'
import { decodeBytes } from './decode.js'
import type { LoadLimits } from './options.js'
import type { SourceWarning } from './types.js'
import { ViewBuilder } from './view-builder.js'
import { localName } from './xml.js'
import { appendXmlText, decodeXmlText, parseAttributes, scanXml, XmlEntities } from './xml-scan.js'
import { checkZipEntries, inflateZipEntry, readZipDirectory, type ZipEntry } from './zip.js'

/**
 * Result of {@link readDocx}.
 *
 * @internal
 */
export interface ReadDocx {
  /** The decoded main document part (offsets point into it). */
  original: string
  /** The flattened view (not yet normalized). */
  text: string
  /** View span → `original` span. */
  toOriginal: (start: number, end: number) => { start: number; end: number }
  /** Core-property hints. */
  hints: SourceHints
  /** The encoding of the main document part. */
  encoding: string
}

const WORD_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
])
const OFFICE_DOCUMENT_REL = /\/officeDocument$/
const HEADING_NAME = /^(?:heading\s*\d|title|标题\s*\d?)$/i
const SPACES = /\s+/g
const OUTLINE_LEVEL = /^[0-8]$/
const LEADING_SLASHES = /^\/+/

/** Elements whose whole subtree is skipped (local names). */
const SKIP = new Set(['del', 'moveFrom', 'instrText', 'delInstrText', 'Fallback', 'rPr', 'sectPr', 'fldData'])

/** Read a UTF-8/UTF-16 XML part to a string. */
function xmlPart(bytes: Uint8Array): { text: string; encoding: string } {
  const decoded = decodeBytes(bytes, null, true)
  return { text: decoded.text, encoding: decoded.encoding }
}

/** The main document part's name from `_rels/.rels` (default `word/document.xml`). */
function mainPartName(data: Uint8Array, entries: Map<string, ZipEntry>, limits: LoadLimits): string {
  const rels = entries.get('_rels/.rels')
  if (rels) {
    checkZipEntries([rels], limits)
    const xml = xmlPart(inflateZipEntry(data, rels)).text
    const found: { target: string | null } = { target: null }
    scanXml(
      xml,
      {
        open(name, _ts, _te, attrStart, attrEnd) {
          if (found.target !== null || localName(name) !== 'Relationship') return
          const attrs = parseAttributes(xml, attrStart, attrEnd, null)
          const type = attrs.get('Type')
          if (type !== undefined && OFFICE_DOCUMENT_REL.test(type)) found.target = attrs.get('Target') ?? null
        },
        close() {},
        text() {},
        cdata() {},
      },
      new XmlEntities({ maxXmlEntities: 0, maxXmlEntityExpansion: 0 }, []),
    )
    if (found.target !== null) {
      const name = found.target.replace(LEADING_SLASHES, '')
      if (entries.has(name)) return name
    }
  }
  return 'word/document.xml'
}

/** Style ids (of `styles.xml`) that are headings. */
function headingStyles(xml: string): Set<string> {
  const headings = new Set<string>()
  let current: string | null = null
  scanXml(
    xml,
    {
      open(name, _ts, _te, attrStart, attrEnd) {
        const local = localName(name)
        if (local === 'style') {
          current = null
          for (const [k, v] of parseAttributes(xml, attrStart, attrEnd, null))
            if (localName(k) === 'styleId') current = v
        } else if (current !== null && (local === 'name' || local === 'outlineLvl')) {
          for (const [k, v] of parseAttributes(xml, attrStart, attrEnd, null)) {
            if (localName(k) !== 'val') continue
            if (local === 'outlineLvl' ? OUTLINE_LEVEL.test(v) : HEADING_NAME.test(v.trim()))
              headings.add(current)
          }
        }
      },
      close(name) {
        if (localName(name) === 'style') current = null
      },
      text() {},
      cdata() {},
    },
    new XmlEntities({ maxXmlEntities: 0, maxXmlEntityExpansion: 0 }, []),
  )
  return headings
}

/** `docProps/core.xml` → meta (qualified names lower-cased) and title. */
function coreProperties(xml: string): SourceHints {
  const meta: Record<string, string> = {}
  const stack: string[] = []
  const parts: string[] = []
  scanXml(
    xml,
    {
      open(name, _ts, _te, _as, _ae, selfClosing) {
        if (selfClosing) return
        stack.push(name)
        parts.length = 0
      },
      close(name) {
        stack.pop()
        if (stack.length === 1) {
          const value = parts.join('').replace(SPACES, ' ').trim()
          const key = name.toLowerCase()
          if (value !== '' && !Object.hasOwn(meta, key)) meta[key] = value
        }
        parts.length = 0
      },
      text(start, end) {
        parts.push(decodeXmlText(xml.slice(start, end), null))
      },
      cdata(start, end) {
        parts.push(xml.slice(start, end))
      },
    },
    new XmlEntities({ maxXmlEntities: 0, maxXmlEntityExpansion: 0 }, []),
  )
  const hints: SourceHints = {}
  const title = meta['dc:title']
  if (title !== undefined) hints.title = title
  if (Object.keys(meta).length > 0) hints.meta = meta
  return hints
}

/**
 * Read a DOCX file.
 *
 * @param data - The DOCX bytes.
 * @param limits - ZIP and entity limits.
 * @param warnings - Where to push notes.
 * @returns The flattened main document part and hints.
 * @throws {FazhiReportError} `MALFORMED_DOCX`, `ZIP_LIMIT`, `UNSUPPORTED_FORMAT` (another kind of ZIP, or encrypted).
 * @internal
 */
export function readDocx(data: Uint8Array, limits: LoadLimits, warnings: SourceWarning[]): ReadDocx {
  const directory = readZipDirectory(data, limits.maxZipEntries)
  const entries = new Map<string, ZipEntry>()
  for (const entry of directory) if (!entries.has(entry.name)) entries.set(entry.name, entry)
  const mainName = mainPartName(data, entries, limits)
  const main = entries.get(mainName)
  if (!main) throw notDocx(entries)
  const stylesName = `${mainName.slice(0, mainName.lastIndexOf('/') + 1)}styles.xml`
  const styles = entries.get(stylesName)
  const core = entries.get('docProps/core.xml')
  const toRead = [main, styles, core].filter((e): e is ZipEntry => e !== undefined)
  checkZipEntries(toRead, limits)

  const { text: xml, encoding } = xmlPart(inflateZipEntry(data, main))
  let headingIds = new Set<string>()
  if (styles) {
    try {
      headingIds = headingStyles(xmlPart(inflateZipEntry(data, styles)).text)
    } catch (error) {
      if (!(error instanceof FazhiReportError) || error.code === 'ZIP_LIMIT') throw error
      warnings.push({
        ruleId: 'docx-styles-unreadable',
        reason: `${stylesName} could not be read; headings are not marked.`,
      })
    }
  }
  let hints: SourceHints = {}
  if (core) {
    try {
      hints = coreProperties(xmlPart(inflateZipEntry(data, core)).text)
    } catch (error) {
      if (!(error instanceof FazhiReportError) || error.code === 'ZIP_LIMIT') throw error
      warnings.push({
        ruleId: 'docx-core-unreadable',
        reason: 'docProps/core.xml could not be read; no title hint.',
      })
    }
  }

  const builder = new ViewBuilder()
  try {
    flattenDocument(xml, builder, headingIds, limits, warnings)
  } catch (error) {
    // The scanner checks the structure (unterminated markup, mismatched or unclosed tags) in the same pass;
    // a broken main part is a broken DOCX. (fast-xml-parser's validator is skipped here: it runs at about
    // 20 MB/s on run-heavy WordprocessingML, ten times slower than the scan.)
    if (error instanceof FazhiReportError && error.code === 'MALFORMED_XML') {
      throw new FazhiReportError(
        'MALFORMED_DOCX',
        `The DOCX part ${mainName} is not well-formed XML: ${error.message}`,
        {
          ...error.details,
          entry: mainName,
        },
      )
    }
    throw error
  }
  const { text, toOriginal } = builder.finish(xml.length)
  return { original: xml, text, toOriginal, hints, encoding }
}

/** The error for a ZIP that is not a Word document. */
function notDocx(entries: Map<string, ZipEntry>): FazhiReportError {
  let kind = 'a ZIP archive without word/document.xml'
  if (entries.has('xl/workbook.xml')) kind = 'an Excel workbook (.xlsx)'
  else if (entries.has('ppt/presentation.xml')) kind = 'a PowerPoint presentation (.pptx)'
  else if (entries.has('mimetype') && entries.has('content.xml')) kind = 'an OpenDocument file (.odt/.ods)'
  else if (entries.has('OFD.xml')) kind = 'an OFD document (.ofd)'
  return new FazhiReportError(
    'UNSUPPORTED_FORMAT',
    `The input is ${kind}, not a Word .docx document. Save the report as .docx, HTML or plain text.`,
    { format: 'zip', kind },
  )
}

/** Walk `document.xml` and fill the builder. */
function flattenDocument(
  xml: string,
  builder: ViewBuilder,
  headingIds: ReadonlySet<string>,
  limits: LoadLimits,
  warnings: SourceWarning[],
): void {
  const entities = new XmlEntities(limits, warnings)
  let w = 'w'
  let rootSeen = false
  /** Depth inside a skipped subtree (0 = not skipping). */
  let skip = 0
  /** Depth inside `w:t` elements. */
  let inText = 0
  /** Stack of local names of the open elements in the `w` namespace ('' for others). */
  const stack: string[] = []
  /** Per open paragraph: whether it is a heading. */
  const paragraphs: boolean[] = []

  const isW = (name: string): string => {
    const colon = name.indexOf(':')
    const prefix = colon === -1 ? '' : name.slice(0, colon)
    return prefix === w ? name.slice(colon + 1) : ''
  }

  scanXml(
    xml,
    {
      open(name, tagStart, tagEnd, attrStart, attrEnd, selfClosing) {
        if (!rootSeen) {
          rootSeen = true
          for (const [k, v] of parseAttributes(xml, attrStart, attrEnd, null)) {
            if (k.startsWith('xmlns:') && WORD_NAMESPACES.has(v)) w = k.slice(6)
          }
        }
        if (skip > 0) {
          if (!selfClosing) skip++
          return
        }
        const local = isW(name)
        const parent = stack[stack.length - 1]
        if (SKIP.has(local) || localName(name) === 'Fallback') {
          if (!selfClosing) skip = 1
          return
        }
        switch (local) {
          case 'p':
            if (!selfClosing) paragraphs.push(false)
            else builder.newline()
            break
          case 'pStyle':
          case 'outlineLvl':
            if (paragraphs.length > 0 && paragraphs[paragraphs.length - 1] === false) {
              const value = parseAttributes(xml, attrStart, attrEnd, null).get(`${w}:val`) ?? ''
              const heading =
                local === 'outlineLvl'
                  ? OUTLINE_LEVEL.test(value)
                  : headingIds.has(value) || HEADING_NAME.test(value)
              if (heading) {
                paragraphs[paragraphs.length - 1] = true
                builder.blankLine()
              }
            }
            break
          case 'tab':
            if (parent === 'r') builder.atom(' ', tagStart, tagEnd)
            break
          case 'br':
          case 'cr':
            if (parent === 'r') builder.newline()
            break
          case 'noBreakHyphen':
            if (parent === 'r') builder.atom('-', tagStart, tagEnd)
            break
          case 't':
            if (!selfClosing) inText++
            break
        }
        if (!selfClosing) stack.push(local)
      },
      close() {
        if (skip > 0) {
          skip--
          return
        }
        const local = stack.pop()
        if (local === 't') inText--
        else if (local === 'p') {
          builder.newline()
          if (paragraphs.pop() === true) builder.blankLine()
        } else if (local === 'tc') builder.newline()
      },
      text(start, end) {
        if (skip === 0 && inText > 0) appendXmlText(xml, start, end, builder, entities)
      },
      cdata(start, end) {
        if (skip === 0 && inText > 0) builder.copy(xml.slice(start, end), start)
      },
    },
    entities,
  )
}
