/**
 * Options of `loadSource` and their defaults.
 *
 * @module
 */

import { FazhiReportError } from '../errors.js'

/**
 * Input formats `loadSource` reads. `'auto'` detects the format from the
 * input (see `loadSource`).
 *
 * @category Input
 * @example
 * ```ts
 * const format: InputFormat = 'html'
 * loadSource('<p>全年办理行政复议案件12件。</p>', { format }).text //=> '全年办理行政复议案件12件。\n'
 * detectStringFormat('<html><body>…</body></html>') //=> 'html'
 * ```
 */
export type InputFormat = 'auto' | 'text' | 'html' | 'xml' | 'docx'

/**
 * Options for `loadSource`. Every field is optional; the size limits
 * protect against hostile input (zip bombs, entity expansion) and can be
 * raised for trusted large files.
 *
 * @category Input
 * @example
 * ```ts
 * const options: LoadOptions = {
 *   format: 'xml',
 *   encoding: 'gb18030',
 *   xmlTextPath: '/report/body',
 *   maxInputBytes: 100 * 1024 * 1024,
 * }
 * const source = loadSource(bytes, options)
 * ```
 */
export interface LoadOptions {
  /**
   * The input format (default: `'auto'`: bytes starting with `PK\x03\x04` are
   * DOCX; markup starting with `<!DOCTYPE html`/`<html` or holding common HTML
   * tags is HTML; other markup starting with `<?xml` or an element is XML
   * (XHTML goes to the HTML reader); everything else is plain text).
   */
  format?: InputFormat
  /**
   * The encoding of byte input (default: detect). Accepted labels: `utf-8`,
   * `gbk`, `gb2312`, `gb18030`, `big5`, `utf-16le`, `utf-16be` and their
   * common aliases (`utf8`, `cp936`, `x-gbk`, `big5-hkscs` …). It overrides the
   * encoding declared in the document (`<meta charset>`, `<?xml encoding?>`)
   * and the statistical guess, but not a byte order mark. Ignored for string
   * input.
   */
  encoding?: string
  /**
   * The largest input accepted, in bytes for byte input and in UTF-16 code
   * units for string input (default: `52_428_800`, 50 MiB). Larger input
   * throws `INPUT_TOO_LARGE` before any work.
   */
  maxInputBytes?: number
  /**
   * For generic XML: the element(s) whose text is the report body, as a
   * `/`- or `.`-separated element path (default: all text of the document).
   * A path starting with `/` is matched from the root element
   * (`/report/body`); otherwise it matches the end of an element's path
   * (`body/content` matches every `content` element whose parent is `body`).
   * Names are compared with their namespace prefix (`w:body`) and also by
   * local name.
   */
  xmlTextPath?: string
  /** The largest number of entries a DOCX archive may hold (default: `1000`). */
  maxZipEntries?: number
  /**
   * The largest declared uncompressed size of one DOCX entry that is read, in
   * bytes (default: `67_108_864`, 64 MiB).
   */
  maxZipEntryBytes?: number
  /**
   * The largest total uncompressed size of the DOCX entries that are read, in
   * bytes (default: `134_217_728`, 128 MiB).
   */
  maxZipTotalBytes?: number
  /**
   * The largest compression ratio (declared uncompressed size ÷ compressed
   * size) of a DOCX entry that is read, checked for entries declaring more than
   * 64 KiB (default: `200`; real `document.xml` parts compress 5–30×).
   */
  maxZipRatio?: number
  /** The largest number of entities an XML DOCTYPE may declare (default: `100`). */
  maxXmlEntities?: number
  /**
   * The largest number of characters that expanding DOCTYPE-declared entities
   * may produce in one document, in total (default: `100_000`). Nested
   * expansion sizes are computed before anything is expanded, so an entity
   * bomb fails at once.
   */
  maxXmlEntityExpansion?: number
}

/**
 * The resolved limits of {@link LoadOptions}.
 *
 * @category Input
 * @example
 * ```ts
 * const limits: LoadLimits = { ...DEFAULT_LIMITS, maxInputBytes: 200 * 1024 * 1024, maxZipRatio: 500 }
 * const source = loadSource(bytes, limits)
 * DEFAULT_LIMITS.maxZipEntries //=> 1000
 * ```
 */
export interface LoadLimits {
  /** See {@link LoadOptions.maxInputBytes}. */
  maxInputBytes: number
  /** See {@link LoadOptions.maxZipEntries}. */
  maxZipEntries: number
  /** See {@link LoadOptions.maxZipEntryBytes}. */
  maxZipEntryBytes: number
  /** See {@link LoadOptions.maxZipTotalBytes}. */
  maxZipTotalBytes: number
  /** See {@link LoadOptions.maxZipRatio}. */
  maxZipRatio: number
  /** See {@link LoadOptions.maxXmlEntities}. */
  maxXmlEntities: number
  /** See {@link LoadOptions.maxXmlEntityExpansion}. */
  maxXmlEntityExpansion: number
}

/**
 * The default limits of `loadSource` (frozen).
 *
 * @category Input
 * @example
 * ```ts
 * DEFAULT_LIMITS.maxInputBytes //=> 52428800
 * ```
 */
export const DEFAULT_LIMITS: Readonly<LoadLimits> = Object.freeze({
  maxInputBytes: 50 * 1024 * 1024,
  maxZipEntries: 1000,
  maxZipEntryBytes: 64 * 1024 * 1024,
  maxZipTotalBytes: 128 * 1024 * 1024,
  maxZipRatio: 200,
  maxXmlEntities: 100,
  maxXmlEntityExpansion: 100_000,
})

/**
 * Compression ratios are only checked for entries declaring more than this (bytes).
 *
 * @internal
 */
export const RATIO_CHECK_FLOOR = 64 * 1024

const FORMATS: ReadonlySet<string> = new Set(['auto', 'text', 'html', 'xml', 'docx'])

/**
 * {@link LoadOptions} with defaults applied and values checked.
 *
 * @internal
 */
export interface ResolvedLoadOptions extends LoadLimits {
  format: InputFormat
  encoding: string | null
  xmlTextPath: string | null
}

/**
 * Apply defaults to `options` and check every value.
 *
 * @param options - User options (`null`/`undefined` for none).
 * @returns The resolved options.
 * @throws {FazhiReportError} `INVALID_OPTION` for a value of the wrong type or range.
 * @internal
 */
export function resolveLoadOptions(options: Readonly<LoadOptions> | null | undefined): ResolvedLoadOptions {
  if (options !== null && options !== undefined && typeof options !== 'object') {
    throw new FazhiReportError('INVALID_OPTION', 'Options must be an object, null or undefined.', {
      option: 'options',
      actual: typeof options,
    })
  }
  const o: Readonly<LoadOptions> = options ?? {}
  const format = o.format ?? 'auto'
  if (typeof format !== 'string' || !FORMATS.has(format)) {
    throw new FazhiReportError(
      'INVALID_OPTION',
      `Unknown format ${JSON.stringify(format)}: use 'auto', 'text', 'html', 'xml' or 'docx'.`,
      { option: 'format', actual: format },
    )
  }
  if (o.encoding !== undefined && (typeof o.encoding !== 'string' || o.encoding.trim() === '')) {
    throw new FazhiReportError('INVALID_OPTION', 'The encoding option must be a non-empty string.', {
      option: 'encoding',
      actual: o.encoding,
    })
  }
  if (o.xmlTextPath !== undefined && (typeof o.xmlTextPath !== 'string' || o.xmlTextPath.trim() === '')) {
    throw new FazhiReportError('INVALID_OPTION', 'The xmlTextPath option must be a non-empty string.', {
      option: 'xmlTextPath',
      actual: o.xmlTextPath,
    })
  }
  return {
    format,
    encoding: o.encoding ?? null,
    xmlTextPath: o.xmlTextPath ?? null,
    maxInputBytes: limit(o, 'maxInputBytes'),
    maxZipEntries: limit(o, 'maxZipEntries'),
    maxZipEntryBytes: limit(o, 'maxZipEntryBytes'),
    maxZipTotalBytes: limit(o, 'maxZipTotalBytes'),
    maxZipRatio: limit(o, 'maxZipRatio'),
    maxXmlEntities: limit(o, 'maxXmlEntities'),
    maxXmlEntityExpansion: limit(o, 'maxXmlEntityExpansion'),
  }
}

/** The value of one limit option, or its default; throws `INVALID_OPTION` for a bad value. */
function limit(o: Readonly<LoadOptions>, name: keyof LoadLimits): number {
  const value = o[name]
  if (value === undefined) return DEFAULT_LIMITS[name]
  if (typeof value !== 'number' || !(value > 0) || (!Number.isInteger(value) && value !== Infinity)) {
    throw new FazhiReportError(
      'INVALID_OPTION',
      `The ${name} option must be a positive integer or Infinity.`,
      {
        option: name,
        actual: value,
      },
    )
  }
  return value
}
