/**
 * `extractMeta`: title, report year, dates, issuer/reporter, jurisdiction,
 * 索引号/文号 and addressee, read from the header lines, the signature block
 * and the markup hints of a report.
 *
 * @module
 */

import type { DocumentView, SectionView, SourceText } from '../document.js'
import { hasNormalizedView } from '../input/view-builder.js'
import { isSpace } from '../parser/chars.js'
import type { Jurisdiction, ReportMeta, Span } from '../types.js'
import { findDate, parseMetaDate } from './dates.js'
import { findPlaces } from './divisions.js'
import { type Field, isFieldLabel, lineStartOf, readFields } from './fields.js'
import { type PlaceClue, resolveJurisdiction } from './jurisdiction.js'
import { META_RULES, type MetaRuleId } from './rules.js'
import type { MessageDraft, MetaOptions } from './types.js'

const KEYWORD = /法治政府|依法行政|法治建设/
/** Longest line (code units) read as a title line. */
const MAX_TITLE_LINE = 120
const TITLE_LINE =
  /^[^:。;]{0,40}?(?:法治政府|依法行政|法治建设)[^:。;]{0,40}?(?:报告|总结|情况|汇报)(?:\([^()]{0,12}\))?$/
const HEADING_MARKER =
  /^(?:[一二三四五六七八九十]{1,3}[、.]|\(?[一二三四五六七八九十]{1,3}\)|\d{1,2}[.、)]|第[一二三四五六七八九十]{1,3}[部章])/
const HINT_SPLIT = /[_|]|\s[-–—]+\s/
const YEAR = /((?:19|20)\d{2}|[一二][〇零○][〇零○一二三四五六七八九]{2})\s*年/
const REPORT_CLAUSE = /现将[^。,;:\n]{0,24}?((?:19|20)\d{2})\s*年/
const OPENING_YEAR = /(?:^|[\n:。])[ \t]*((?:19|20)\d{2})\s*年(?:度|以来)?\s*,/
const LEADING_YEAR = /^\s*(?:19|20)\d{2}\s*年度?\s*/
const SUBJECT = /^(.*?)(?=关于|(?:19|20)\d{2}|法治|依法|年度)/
const ORG_END =
  /(?:人民政府|政府|政府办|委员会|常委会|管委会|办事处|党委|党工委|党组|[区县市省州旗盟]委|局|厅|办公室|办公厅|办|委|中心|院|所|署|部)$/
const PARTY = /中共|党委|党工委|党组|[区县市省州旗盟镇乡]委(?!员)/
const GOVERNMENT = /人民政府|政府/
const GOVERNMENT_OFFICE = /^(.{2,}?(?:人民政府|政府))(?:办公室|办公厅|办)$/
const GOVERNMENT_END = /(?:人民政府|政府)(?:办公室|办公厅|办)?$|街道办事处$|管委会$|管理委员会$/
const JUNK_ISSUER = /^(?:本网|本站|本网站|原创|网络|互联网|转载|-+|无|暂无|未知|null)$/
const ADDRESSEE_LINE = /^\s*([^\s:,。;]{2,40}?)\s*:/
const ADDRESSEE_ORG = /(?:委|委员会|常委会|政府|办公室|办公厅|局|厅|部|院|办)$/
const META_DATE_KEYS = [
  'pubdate',
  'publishdate',
  'firstpublishedtime',
  'article:published_time',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'publishtime',
]

const emptyOptions: Readonly<MetaOptions> = {}

/**
 * The result of {@link extractMeta}.
 *
 * @category Metadata
 * @example
 * ```ts
 * const { meta, messages }: MetaResult = extractMeta(source, document)
 * ```
 */
export interface MetaResult {
  /** The metadata. */
  meta: ReportMeta
  /** Warnings and notes (offsets into the normalized view). */
  messages: MessageDraft[]
}

interface Located {
  value: string
  /** View offset, or `null` when not from the text. */
  start: number | null
}

/**
 * Read a report's metadata: title (header lines, 名称/标题 fields, HTML/DOCX
 * title with its site suffix removed), report year (title, then preamble, else
 * publication year − 1), publication and written dates, issuer (发布机构/来源/主办,
 * else the signing body), reporter (「…人民政府关于…」 title, signature, or the
 * place's government when the title names only the place), GB/T 2260
 * jurisdiction, issuer kind, 索引号, 文号 and addressee.
 *
 * Strings are returned from the normalized view (half-width, simplified);
 * `titleSpan` points into the original input. Empty header fields are `null`;
 * non-empty ones are kept as written (`索引号 /2024-0000` → `'/2024-0000'`).
 * Odd content never throws: it becomes a message (see `META_RULES`).
 *
 * @param source - The decoded input and its normalized view.
 * @param document - The parsed document (its sections tell where the body starts and ends; may be empty).
 * @param options - `reportYear` override, `referenceDate` for yearless signature dates (`deadline` is read by {@link checkTimeliness}).
 * @returns The metadata and the messages.
 * @category Metadata
 * @example
 * ```ts
 * const text = '濠江区2024年法治政府建设年度报告\n发布日期:2025-01-06\n2024年,濠江区全面贯彻…'
 * const { meta } = extractMeta(sourceOf(text), { source: sourceOf(text), sections: [], flat: [], nonContent: [] })
 * meta.title //=> '濠江区2024年法治政府建设年度报告'
 * meta.jurisdiction //=> { name: '濠江区', tier: 'county', province: '广东省', city: '汕头市', code: '440512' }
 * ```
 */
export function extractMeta(
  source: SourceText,
  document: DocumentView,
  options?: Readonly<MetaOptions> | null,
): MetaResult {
  const settings = options ?? emptyOptions
  const text = source.text
  const messages: MessageDraft[] = []
  const flat = document.flat.length > 0 ? document.flat : flatten(document.sections)
  const headings: Span[] = []
  for (const section of flat) if (section.heading) headings.push(section.heading)
  const bounds = bodyBounds(text, document, flat)
  const fields = readFields(text, headings, hasNormalizedView(source))

  // Title.
  const title = findTitle(source, fields, bounds.firstHeading)
  if (!title) message(messages, 'missing-title', 'No report title found', null)

  // Dates.
  const publishedAt = firstDate(fields, ['publishedAt', 'date', 'updatedAt']) ?? hintDate(source)
  const signature = findSignature(text, flat, bounds, settings)
  const writtenAt = firstDate(fields, ['writtenAt']) ?? signature?.date ?? null

  // Report year.
  const reportYear = findReportYear(text, title, flat, bounds, publishedAt, writtenAt, settings, messages)
  if (!publishedAt) message(messages, 'missing-publish-date', 'No publication date found', null)

  // Issuer, addressee, numbers.
  const issuerField = firstValue(
    fields,
    ['publisher', 'source', 'sponsor'],
    (value) => !JUNK_ISSUER.test(value),
  )
  const issuer: Located | null = issuerField ?? signature?.signer ?? null
  const addressee = findAddressee(text, bounds)
  const indexNo = firstValue(fields, ['indexNo'])?.value ?? null
  const docNo = firstValue(fields, ['docNo'])?.value ?? null

  // Jurisdiction.
  const clues: PlaceClue[] = []
  if (title) clues.push({ text: title.value, offset: title.start })
  if (signature?.signer) clues.push({ text: signature.signer.value, offset: signature.signer.start })
  if (issuer && issuer !== signature?.signer) clues.push({ text: issuer.value, offset: issuer.start })
  if (addressee) clues.push({ text: addressee.value, offset: addressee.start })
  if (source.hints.title && source.hints.title !== title?.value)
    clues.push({ text: source.hints.title, offset: null })
  const resolution = resolveJurisdiction(clues, { indexNo })
  const jurisdiction = resolution.jurisdiction
  if (resolution.status === 'unresolved') {
    message(messages, 'jurisdiction-unresolved', 'No GB/T 2260 place found for the reporting body', null)
  } else if (resolution.status === 'ambiguous') {
    const mention = resolution.mention
    message(
      messages,
      'jurisdiction-ambiguous',
      `Place name \`${mention?.text ?? ''}\` matches ${resolution.candidates.length} divisions (${resolution.candidates
        .map(
          (candidate) =>
            `${candidate.province ?? ''}${candidate.city ?? ''}${candidate.name} ${candidate.code}`,
        )
        .join(', ')})`,
      mention && mention.start !== null && mention.end !== null
        ? { start: mention.start, end: mention.end }
        : null,
      mention?.text ?? null,
    )
  }

  // Reporter and kind.
  const reporter = findReporter(
    title?.value ?? null,
    signature?.signer?.value ?? null,
    issuerField?.value ?? null,
    jurisdiction,
  )
  const issuerKind = kindOf(reporter ?? issuer?.value ?? null)

  const meta: ReportMeta = {
    title: title?.value ?? null,
    titleSpan:
      title && title.start !== null ? source.toOriginal(title.start, title.start + title.value.length) : null,
    reportYear,
    publishedAt,
    writtenAt,
    issuer: issuer?.value ?? null,
    reporter,
    jurisdiction,
    issuerKind,
    indexNo: indexNo === '' ? null : indexNo,
    docNo: docNo === '' ? null : docNo,
    addressee: addressee?.value ?? null,
  }
  return { meta, messages }
}

function message(
  messages: MessageDraft[],
  ruleId: MetaRuleId,
  reason: string,
  span: Span | null,
  actual: string | null = null,
): void {
  messages.push({
    ruleId,
    reason,
    severity: META_RULES[ruleId].severity,
    start: span?.start ?? null,
    end: span?.end ?? null,
    actual,
  })
}

function flatten(sections: readonly SectionView[], out: SectionView[] = []): SectionView[] {
  for (const section of sections) {
    out.push(section)
    flatten(section.children, out)
  }
  return out
}

interface Bounds {
  /** View offset of the first body section (preamble or heading), or `null` when no sections are known. */
  bodyStart: number | null
  /** View offset of the first headed section, or `null`. */
  firstHeading: number | null
  /** The preamble section, if any. */
  preamble: SectionView | null
  /** End of the content (last non-closing section, page chrome cut off). */
  contentEnd: number
}

function bodyBounds(text: string, document: DocumentView, flat: readonly SectionView[]): Bounds {
  let bodyStart: number | null = null
  let firstHeading: number | null = null
  let preamble: SectionView | null = null
  let contentEnd = -1
  for (const section of flat) {
    if (section.kind === 'closing') continue
    if (bodyStart === null || section.start < bodyStart) bodyStart = section.start
    if (section.heading && (firstHeading === null || section.start < firstHeading))
      firstHeading = section.start
    if (section.kind === 'preamble' && preamble === null) preamble = section
    if (section.end > contentEnd) contentEnd = section.end
  }
  if (contentEnd === -1) contentEnd = text.length
  // Page chrome (footers) at the end is not content.
  let moved = true
  while (moved) {
    moved = false
    let end = contentEnd
    while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--
    for (const span of document.nonContent) {
      if (span.start < end && span.end >= end && span.start > (bodyStart ?? 0)) {
        contentEnd = span.start
        moved = true
        break
      }
    }
  }
  return { bodyStart, firstHeading, preamble, contentEnd }
}

// ---------------------------------------------------------------------------
// Title

interface TitleFound extends Located {}

function findTitle(
  source: SourceText,
  fields: readonly Field[],
  firstHeading: number | null,
): TitleFound | null {
  const text = source.text
  const lines: Located[] = []
  const limit = firstHeading ?? text.length
  // The lines starting before `limit` that hold a 法 (every title keyword has one; other lines
  // cannot be title lines), in order.
  for (let from = 0; from < limit; ) {
    const at = text.indexOf('法', from)
    if (at === -1) break
    let lineEnd = text.indexOf('\n', at)
    if (lineEnd === -1) lineEnd = text.length
    // The start of the line holding `at`, or −1 when the line is longer than a title line.
    const lineStart = lineStartOf(text, at, from, MAX_TITLE_LINE - (lineEnd - at))
    if (lineStart >= limit) break
    // Headings all start at or after \`limit\`, so no line read here is a heading. A title
    // line has at least 6 units.
    if (lineStart !== -1 && lineEnd - lineStart >= 6 && lineEnd - lineStart <= MAX_TITLE_LINE) {
      const line = titleOfLine(text, lineStart, lineEnd)
      if (line) lines.push(line)
    }
    from = lineEnd + 1
  }
  const titleFields = fields.filter((field) => field.name === 'title' && field.value !== '')
  for (const line of lines) {
    if (titleFields.some((field) => field.value === line.value)) return line
  }
  const field = titleFields.find((candidate) => KEYWORD.test(candidate.value)) ?? titleFields[0]
  if (field) return { value: field.value, start: field.start }
  if (lines[0]) return lines[0]
  const hint = source.hints.title ? cleanHintTitle(source.hints.title) : null
  if (hint) {
    const at = text.indexOf(hint)
    return { value: hint, start: at === -1 ? null : at }
  }
  return null
}

/** A standalone title line (or the last breadcrumb item), trimmed. */
function titleOfLine(text: string, lineStart: number, lineEnd: number): Located | null {
  const line = text.slice(lineStart, lineEnd)
  // `TITLE_LINE` needs a keyword inside the value, a part of the line.
  if (!KEYWORD.test(line)) return null
  let start = lineStart
  const crumb = line.lastIndexOf('>')
  if (crumb !== -1) start = lineStart + crumb + 1
  let end = lineEnd
  while (start < end && isSpace(text.charCodeAt(start))) start++
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--
  if (end - start < 6 || end - start > 80) return null
  const value = text.slice(start, end)
  if (HEADING_MARKER.test(value) || !TITLE_LINE.test(value)) return null
  return { value, start }
}

/**
 * Strip a site suffix from an HTML `<title>` (`…报告_XX区人民政府`, `… - 政府网`).
 *
 * @param title - The markup title.
 * @returns The report title part, or `null` when empty.
 * @category Metadata
 * @example
 * ```ts
 * cleanHintTitle('濠江区2024年法治政府建设年度报告_汕头市濠江区人民政府') //=> '濠江区2024年法治政府建设年度报告'
 * ```
 * @internal
 */
export function cleanHintTitle(title: string): string | null {
  const parts = title
    .split(HINT_SPLIT)
    .map((part) => part.trim())
    .filter((part) => part !== '')
  return parts.find((part) => KEYWORD.test(part)) ?? parts[0] ?? null
}

// ---------------------------------------------------------------------------
// Dates

function firstDate(fields: readonly Field[], names: readonly Field['name'][]): string | null {
  for (const name of names) {
    for (const field of fields) {
      if (field.name !== name) continue
      const iso = parseMetaDate(field.value)
      if (iso) return iso
    }
  }
  return null
}

function hintDate(source: SourceText): string | null {
  const { hints } = source
  if (hints.publishedAt) {
    const iso = parseMetaDate(hints.publishedAt)
    if (iso) return iso
  }
  if (hints.meta) {
    for (const key of META_DATE_KEYS) {
      const value = hints.meta[key]
      const iso = value ? parseMetaDate(value) : null
      if (iso) return iso
    }
  }
  return null
}

function firstValue(
  fields: readonly Field[],
  names: readonly Field['name'][],
  accept: (value: string) => boolean = () => true,
): Located | null {
  for (const name of names) {
    for (const field of fields) {
      if (field.name === name && field.value !== '' && accept(field.value)) {
        return { value: field.value, start: field.start }
      }
    }
  }
  return null
}

// ---------------------------------------------------------------------------
// Report year

function findReportYear(
  text: string,
  title: Located | null,
  flat: readonly SectionView[],
  bounds: Bounds,
  publishedAt: string | null,
  writtenAt: string | null,
  settings: Readonly<MetaOptions>,
  messages: MessageDraft[],
): number | null {
  if (settings.reportYear != null) return settings.reportYear
  const titleMatch = title ? YEAR.exec(title.value) : null
  const titleYear = titleMatch ? yearNumber(titleMatch[1] as string) : null
  const body = bodyYear(text, flat, bounds)
  if (titleYear !== null) {
    if (body && body.year !== titleYear) {
      message(
        messages,
        'report-year-ambiguous',
        `The title says ${titleYear} but the body says ${body.year}; using ${titleYear}`,
        { start: body.start, end: body.end },
        text.slice(body.start, body.end),
      )
    }
    return titleYear
  }
  if (body) return body.year
  const basis = publishedAt ?? writtenAt
  if (basis) {
    const year = Number(basis.slice(0, 4)) - 1
    message(
      messages,
      'report-year-inferred',
      `No report year in the title or preamble; assuming ${year} (the ${publishedAt ? 'publication' : 'written'} year − 1)`,
      null,
    )
    return year
  }
  return null
}

function bodyYear(
  text: string,
  flat: readonly SectionView[],
  bounds: Bounds,
): { year: number; start: number; end: number } | null {
  const start = bounds.preamble?.start ?? bounds.bodyStart ?? 0
  const end = Math.min(
    bounds.preamble?.end ?? bounds.firstHeading ?? start + 800,
    bounds.firstHeading ?? text.length,
    start + 2000,
  )
  const region = text.slice(start, Math.max(start, end))
  const clause = REPORT_CLAUSE.exec(region)
  if (clause) return yearAt(clause, start)
  const opening = OPENING_YEAR.exec(region)
  if (opening) return yearAt(opening, start)
  for (const section of flat) {
    if (section.level !== 1 || !section.heading || section.kind !== 'achievements') continue
    const match = YEAR.exec(section.heading.title)
    if (match) {
      const at = text.indexOf(match[0], section.heading.start)
      return {
        year: yearNumber(match[1] as string),
        start: at === -1 ? section.heading.start : at,
        end: at === -1 ? section.heading.end : at + 4,
      }
    }
    break
  }
  return null
}

const HAN_YEAR_DIGIT = '〇一二三四五六七八九'

/** `2024` or `二〇二四` → 2024. */
function yearNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text)
  let year = 0
  for (const char of text)
    year = year * 10 + Math.max(0, HAN_YEAR_DIGIT.indexOf(char === '零' || char === '○' ? '〇' : char))
  return year
}

function yearAt(match: RegExpExecArray, offset: number): { year: number; start: number; end: number } {
  const digits = match[1] as string
  const at = offset + match.index + match[0].indexOf(digits)
  return { year: Number(digits), start: at, end: at + 4 }
}

// ---------------------------------------------------------------------------
// Signature block

interface Signature {
  signer: Located | null
  date: string | null
}

function findSignature(
  text: string,
  flat: readonly SectionView[],
  bounds: Bounds,
  settings: Readonly<MetaOptions>,
): Signature | null {
  const closing = flat.find((section) => section.kind === 'closing')
  if (closing) {
    const found = signatureAt(text, closing.start, closing.end, settings, true)
    if (found) return found
  }
  return signatureAt(text, Math.max(0, bounds.contentEnd - 300), bounds.contentEnd, settings, false)
}

/** A date at the very end of `[start, end)` and the body named just before it. */
function signatureAt(
  text: string,
  start: number,
  end: number,
  settings: Readonly<MetaOptions>,
  isClosing: boolean,
): Signature | null {
  let stop = end
  while (stop > start && isSpace(text.charCodeAt(stop - 1))) stop--
  const region = text.slice(start, stop)
  // The date that ends the region (the longest one: `2025年1月15日`, not `1月15日`).
  const tailStart = Math.max(0, region.length - 24)
  const referenceYear = settings.referenceDate ? settings.referenceDate.getFullYear() : null
  let found: { iso: string; index: number } | null = null
  for (let cut = tailStart; cut < region.length - 3 && !found; cut++) {
    if (!isDateStart(region.charCodeAt(cut))) continue
    const rest = region.slice(cut)
    const date = findDate(rest, referenceYear)
    if (date && date.index === 0 && date.length === rest.length) found = { iso: date.iso, index: cut }
  }
  // Before the date: the signer lines (short, ending in an organization word).
  let cursor = found ? found.index : region.length
  const signerParts: Array<{ value: string; start: number }> = []
  for (let lines = 0; lines < 3; lines++) {
    while (cursor > 0 && isLineSpace(region.charCodeAt(cursor - 1))) cursor--
    let from = cursor
    while (from > 0 && !isSignerStop(region.charCodeAt(from - 1)) && cursor - from <= 40) from--
    const part = region.slice(from, cursor).trim()
    if (part.length < 2 || part.length > 40 || !ORG_END.test(part)) break
    signerParts.unshift({ value: part, start: start + region.indexOf(part, from) })
    if (from === 0 || region[from - 1] !== '\n') break
    cursor = from
  }
  const signer: Located | null =
    signerParts.length > 0
      ? {
          value: signerParts.map((part) => part.value).join(' '),
          start: signerParts.length === 1 ? (signerParts[0] as { start: number }).start : null,
        }
      : null
  if (!found && !(isClosing && signer)) return null
  if (found && !signer && !isClosing) {
    // A lone date ending a paragraph is a signature date only on its own line.
    const before = region.slice(0, found.index).trimEnd()
    if (before !== '' && !region.slice(before.length, found.index).includes('\n')) return null
  }
  return { signer, date: found?.iso ?? null }
}

/** Whether a code unit can start a signature date: `[0-9〇零○一二三四五六七八九]`. */
function isDateStart(code: number): boolean {
  if (code >= 0x30 && code <= 0x39) return true
  switch (code) {
    case 0x3007: // 〇
    case 0x96f6: // 零
    case 0x25cb: // ○
    case 0x4e00: // 一
    case 0x4e8c: // 二
    case 0x4e09: // 三
    case 0x56db: // 四
    case 0x4e94: // 五
    case 0x516d: // 六
    case 0x4e03: // 七
    case 0x516b: // 八
    case 0x4e5d: // 九
      return true
    default:
      return false
  }
}

/** `[ \t\n]`. */
function isLineSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a
}

/** `[\n。;!?:]`: what ends a signer line, read backwards. */
function isSignerStop(code: number): boolean {
  return (
    code === 0x0a ||
    code === 0x3002 ||
    code === 0x3b /* ; */ ||
    code === 0x21 ||
    code === 0x3f ||
    code === 0x3a
  )
}

// ---------------------------------------------------------------------------
// Addressee

function findAddressee(text: string, bounds: Bounds): Located | null {
  const start = bounds.preamble?.start ?? bounds.bodyStart ?? 0
  // The body's first line (`中共兴宁市委: 2024年,…`).
  const head = text.slice(start, start + 60)
  const inline = ADDRESSEE_LINE.exec(head)
  if (inline && ADDRESSEE_ORG.test(inline[1] as string) && !isFieldLabel(inline[1] as string)) {
    const value = inline[1] as string
    return { value, start: start + head.indexOf(value) }
  }
  // A line of its own just before the body.
  if (start > 0) {
    let end = start
    while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--
    const lineStart = text.lastIndexOf('\n', end - 1) + 1
    const line = text.slice(lineStart, end)
    const match = /^\s*([^\s:]{2,40}):$/.exec(line)
    if (match && ADDRESSEE_ORG.test(match[1] as string) && !isFieldLabel(match[1] as string)) {
      const value = match[1] as string
      return { value, start: lineStart + line.indexOf(value) }
    }
  }
  return null
}

// ---------------------------------------------------------------------------
// Reporter and kind

function findReporter(
  title: string | null,
  signer: string | null,
  publisher: string | null,
  jurisdiction: Jurisdiction | null,
): string | null {
  if (title) {
    const subjectMatch = SUBJECT.exec(title.replace(LEADING_YEAR, ''))
    const subject = subjectMatch ? (subjectMatch[1] as string).trim() : ''
    if (subject !== '') {
      if (ORG_END.test(subject)) return subject
      if (jurisdiction && isPlaceOnly(subject) && /法治政府|依法行政/.test(title)) {
        return governmentName(jurisdiction)
      }
    }
  }
  if (signer) return signer
  // Last resort: the publisher — a government office publishes for its government.
  if (publisher) {
    const office = GOVERNMENT_OFFICE.exec(publisher)
    if (office) return jurisdiction ? governmentName(jurisdiction) : (office[1] as string)
    const kind = kindOf(publisher)
    if (kind === 'department' || kind === 'party_committee' || kind === 'joint') return publisher
  }
  return null
}

function isPlaceOnly(subject: string): boolean {
  const mentions = findPlaces(subject)
  let covered = 0
  for (const mention of mentions) covered += mention.end - mention.start
  return mentions.length > 0 && covered === subject.replace(/\s/g, '').length
}

/**
 * The official name of a place's government: `汕头市濠江区人民政府` (districts
 * carry their city, or their municipality), `兴宁市人民政府`, `广东省人民政府`,
 * `XX街道办事处`, `国务院`.
 *
 * @param jurisdiction - The place.
 * @returns The government's name.
 * @category Metadata
 * @example
 * ```ts
 * governmentName({ name: '濠江区', tier: 'county', province: '广东省', city: '汕头市', code: '440512' })
 * //=> '汕头市濠江区人民政府'
 * ```
 */
export function governmentName(jurisdiction: Jurisdiction): string {
  const { name, tier } = jurisdiction
  if (tier === 'central') return '国务院'
  if (tier === 'township') return name.endsWith('街道') ? `${name}办事处` : `${name}人民政府`
  if (tier === 'county' && name.endsWith('区')) {
    const parent = jurisdiction.city ?? (jurisdiction.code ? jurisdiction.province : null)
    return `${parent ?? ''}${name}人民政府`
  }
  return `${name}人民政府`
}

/**
 * What kind of body a name is: `joint` (党委 and 政府 together), `party_committee`
 * (中共…委员会, 区委 …), `government` (人民政府 and its office, 街道办事处, 管委会),
 * `department` (…局/…委员会/…办公室 …).
 *
 * @param body - A body's name.
 * @returns The kind, or `null`.
 * @category Metadata
 * @example
 * ```ts
 * kindOf('中共兴宁市委') //=> 'party_committee'
 * kindOf('五通桥区政府办') //=> 'government'
 * kindOf('梅州市司法局') //=> 'department'
 * kindOf('中共濠江区委 汕头市濠江区人民政府') //=> 'joint'
 * ```
 */
export function kindOf(body: string | null): ReportMeta['issuerKind'] {
  if (!body) return null
  const party = PARTY.test(body)
  if (party && GOVERNMENT.test(body)) return 'joint'
  if (party) return 'party_committee'
  if (GOVERNMENT_END.test(body)) return 'government'
  if (ORG_END.test(body)) return 'department'
  return null
}
