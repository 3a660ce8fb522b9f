/**
 * XML serialization of reports and batches with fast-xml-parser's `XMLBuilder`:
 * scalars become attributes, lists become a wrapper element of item elements,
 * `null` is left out. See `docs/output-schema.md`.
 *
 * @module
 */

import { XMLBuilder } from 'fast-xml-parser'
import type { Report } from '../types.js'
import { type BatchRecord, OUTPUT_SCHEMA_VERSION, unpackRecord } from './schema.js'

/** Item element names of list properties; other lists use `item`. */
const ITEM_NAMES: Readonly<Record<string, string>> = {
  sections: 'section',
  children: 'section',
  facts: 'fact',
  components: 'component',
  quantities: 'quantity',
  dates: 'date',
  shortcomings: 'statement',
  plans: 'statement',
  leaderDuties: 'statement',
  rectifications: 'statement',
  messages: 'message',
  path: 'title',
  section: 'title',
  missing: 'item',
}

const ATTR = '@_'
/** Characters that must be written as references, and characters XML 1.0 cannot hold at all. */
const XML_UNSAFE =
  /[&<>"'\t\n\r]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
/** A cheap pre-check: does the value hold any character {@link XML_UNSAFE} might replace? */
const MAYBE_UNSAFE = /[&<>"'\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/
const REFERENCES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
}
/** A conservative XML name (ASCII); other keys are written as `<entry key="…">`. */
const XML_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/
const LINE_START = /^(?=.)/gm

/**
 * Escapes text for an attribute value or text node: markup characters and tab/line breaks
 * become references (so attribute values survive attribute-value normalization), and
 * characters XML 1.0 forbids (C0 controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD.
 */
function escapeXml(value: unknown): string {
  if (typeof value !== 'string') return String(value)
  return MAYBE_UNSAFE.test(value) ? value.replace(XML_UNSAFE, (char) => REFERENCES[char] ?? '\uFFFD') : value
}

let builder: XMLBuilder | null = null

function getBuilder(): XMLBuilder {
  if (builder !== null) return builder
  // `jPath: false` (plain tag names in the processors, about 2× faster) is a runtime option
  // fast-xml-parser 5 does not declare in its types, hence the variable.
  const options = {
    ignoreAttributes: false,
    attributeNamePrefix: ATTR,
    format: true,
    indentBy: '  ',
    suppressEmptyNode: true,
    suppressBooleanAttributes: false,
    processEntities: false,
    maxNestedTags: 1000,
    jPath: false,
    attributeValueProcessor: (_name: string, value: unknown) => escapeXml(value),
    tagValueProcessor: (_name: string, value: unknown) => escapeXml(value),
  }
  builder = new XMLBuilder(options)
  return builder
}

type XmlNode = Record<string, unknown>

/** Converts a list to the builder's shape: `{ item: [...] }`. */
function convertList(key: string, list: readonly unknown[]): XmlNode | string {
  const items: unknown[] = []
  for (const item of list) {
    if (item === null || item === undefined) continue
    items.push(typeof item === 'object' ? convert(item as object) : item)
  }
  return items.length === 0 ? '' : { [ITEM_NAMES[key] ?? 'item']: items }
}

/** Converts a plain object to the builder's shape: scalars → attributes, objects and lists → elements. */
function convert(value: object): XmlNode {
  const node: XmlNode = {}
  const entries: XmlNode[] = []
  for (const [key, child] of Object.entries(value)) {
    if (child === null || child === undefined) continue
    const named = XML_NAME.test(key)
    const target: XmlNode = named ? node : { [`${ATTR}key`]: key }
    const name = named ? key : 'value'
    if (typeof child !== 'object') {
      target[ATTR + name] = child
    } else if (Array.isArray(child)) {
      target[name] = convertList(key, child)
    } else {
      target[name] = convert(child)
    }
    if (!named) entries.push(target)
  }
  if (entries.length > 0) node.entry = entries
  return node
}

/** A report element's content, with the output schema version and (for records) the file first. */
function reportNode(report: Report, file: string | null, versioned: boolean): XmlNode {
  const { schemaVersion, ...rest } = report
  const head: XmlNode = {}
  if (file !== null) head[`${ATTR}file`] = file
  if (versioned) head[`${ATTR}schemaVersion`] = OUTPUT_SCHEMA_VERSION
  head[`${ATTR}reportSchemaVersion`] = schemaVersion
  return { ...head, ...convert(rest) }
}

function recordNode(record: Report | BatchRecord, versioned: boolean): XmlNode {
  const { file, report, error } = unpackRecord(record)
  if (error !== null) {
    const node: XmlNode = {
      [`${ATTR}file`]: file,
      [`${ATTR}code`]: error.code,
      [`${ATTR}message`]: error.message,
    }
    if (versioned) node[`${ATTR}schemaVersion`] = OUTPUT_SCHEMA_VERSION
    return { error: node }
  }
  return { report: reportNode(report, file, versioned) }
}

/**
 * The opening of a batch document: the XML declaration and `<reports schemaVersion="…">`.
 * Follow it with {@link xmlRecord} per record and {@link xmlFooter}.
 *
 * @returns The declaration and the root start tag, newline-terminated.
 * @category Output
 * @example
 * ```ts
 * xmlHeader() //=> '<?xml version="1.0" encoding="UTF-8"?>\n<reports schemaVersion="1">\n'
 * ```
 */
export function xmlHeader(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<reports schemaVersion="${OUTPUT_SCHEMA_VERSION}">\n`
}

/**
 * One batch record as an XML fragment indented for a `<reports>` document:
 * `<report file="…">…</report>` or `<error file="…" code="…" message="…"/>`.
 *
 * @param record - A `Report`, `{file, report}` or `{file, error}`.
 * @returns The fragment, newline-terminated.
 * @category Output
 * @example
 * ```ts
 * xmlRecord({ file: 'a&b.txt', error: { code: 'EMPTY_FILE', message: 'empty' } })
 * //=> '  <error file="a&amp;b.txt" code="EMPTY_FILE" message="empty"/>\n'
 * ```
 */
export function xmlRecord(record: Report | BatchRecord): string {
  return getBuilder().build(recordNode(record, false)).replace(LINE_START, '  ')
}

/**
 * The end of a batch document started with {@link xmlHeader}.
 *
 * @returns `</reports>` and a newline.
 * @category Output
 * @example
 * ```ts
 * xmlFooter() //=> '</reports>\n'
 * ```
 */
export function xmlFooter(): string {
  return '</reports>\n'
}

/**
 * Serializes a report, a batch record or a batch as an XML document (UTF-8 declaration,
 * two-space indentation). One report gives a `<report schemaVersion="…">` root; an
 * iterable gives `<reports schemaVersion="…">` with one `<report>` or `<error>` per record.
 * Scalars are attributes; lists are wrapper elements (`<facts><fact …/></facts>`);
 * `null` values are omitted. Markup characters, tabs and line breaks are escaped as
 * references; characters XML 1.0 cannot hold become U+FFFD.
 *
 * @param input - A `Report`, a `{file, report}`/`{file, error}` record, or an iterable of them.
 * @returns The XML document, newline-terminated.
 * @category Output
 * @example
 * ```ts
 * toXML(parseReport(text)).split('\n')[1] //=> '<report schemaVersion="1" reportSchemaVersion="1">'
 * ```
 */
export function toXML(input: Report | BatchRecord | Iterable<Report | BatchRecord>): string {
  if (Symbol.iterator in input) {
    let out = xmlHeader()
    for (const record of input as Iterable<Report | BatchRecord>) out += xmlRecord(record)
    return out + xmlFooter()
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    getBuilder().build(recordNode(input as Report | BatchRecord, true))
  )
}
