/**
 * Header and footer fields of web pages and 政府信息公开 records:
 * `索引号: … 分类:`, `发布机构: …`, `文号 成文日期: 2024年04月02日`,
 * `来源:本网 编辑: 发布时间:2022-02-23 14:58:44`, `主办:…人民政府 承办:…`.
 *
 * A label counts at the start of a line or after whitespace/`|`, followed by
 * `:` or whitespace; its value runs to the next label or the end of the line.
 * Only lines of at most {@link MAX_FIELD_LINE} characters are read, so body
 * paragraphs are never mistaken for fields.
 *
 * @module
 */

/** Longest line (code units) read for fields. */
export const MAX_FIELD_LINE = 240

/** Field names this module reports (normalized keys). */
export type FieldName =
  | 'title'
  | 'indexNo'
  | 'docNo'
  | 'publisher'
  | 'source'
  | 'sponsor'
  | 'writtenAt'
  | 'publishedAt'
  | 'date'
  | 'updatedAt'
  | 'other'

/** Labels as written (simplified script, half-width) → field. Longest first in the pattern. */
const LABELS: ReadonlyArray<readonly [string, FieldName]> = [
  ['名称', 'title'],
  ['文件名称', 'title'],
  ['标题', 'title'],
  ['题名', 'title'],
  ['索引号', 'indexNo'],
  ['文号', 'docNo'],
  ['发文字号', 'docNo'],
  ['发布文号', 'docNo'],
  ['发布机构', 'publisher'],
  ['发布单位', 'publisher'],
  ['发文机关', 'publisher'],
  ['发文单位', 'publisher'],
  ['发布部门', 'publisher'],
  ['所属机构', 'publisher'],
  ['来源', 'source'],
  ['文章来源', 'source'],
  ['信息来源', 'source'],
  ['稿件来源', 'source'],
  ['主办', 'sponsor'],
  ['主办单位', 'sponsor'],
  ['成文日期', 'writtenAt'],
  ['成文时间', 'writtenAt'],
  ['发布日期', 'publishedAt'],
  ['发布时间', 'publishedAt'],
  ['公开日期', 'publishedAt'],
  ['公开时间', 'publishedAt'],
  ['发文日期', 'publishedAt'],
  ['日期', 'date'],
  ['时间', 'date'],
  ['更新时间', 'updatedAt'],
  ['更新日期', 'updatedAt'],
  // Labels that only end the previous value.
  ['分类', 'other'],
  ['主题分类', 'other'],
  ['体裁分类', 'other'],
  ['组配分类', 'other'],
  ['信息分类', 'other'],
  ['主题词', 'other'],
  ['关键词', 'other'],
  ['公开目录', 'other'],
  ['公开责任部门', 'other'],
  ['责任部门', 'other'],
  ['公开形式', 'other'],
  ['公开方式', 'other'],
  ['公开范围', 'other'],
  ['有效性', 'other'],
  ['生效日期', 'other'],
  ['废止日期', 'other'],
  ['浏览次数', 'other'],
  ['浏览量', 'other'],
  ['访问量', 'other'],
  ['点击数', 'other'],
  ['阅读数', 'other'],
  ['编辑', 'other'],
  ['作者', 'other'],
  ['责任编辑', 'other'],
  ['承办', 'other'],
  ['承办单位', 'other'],
  ['协办', 'other'],
  ['网站标识码', 'other'],
  ['字号', 'other'],
  ['字体', 'other'],
]

const LABEL_FIELD: ReadonlyMap<string, FieldName> = new Map(LABELS)

// `(?:^|[\s|【])` boundary, the label, then `:` (with spaces) or whitespace / end of line.
const LABEL_RE = new RegExp(
  `(^|[^\\S\\n]|[|【\\]])(${[...LABEL_FIELD.keys()].sort((a, b) => b.length - a.length).join('|')})(?:[^\\S\\n]*:[^\\S\\n]*|[^\\S\\n]+|$)`,
  'g',
)

/**
 * Whether a string is a field label (`主办`, `发布机构` …).
 *
 * @param text - A string.
 * @returns `true` for a known label.
 * @category Metadata
 * @example
 * ```ts
 * isFieldLabel('主办') //=> true
 * ```
 * @internal
 */
export function isFieldLabel(text: string): boolean {
  return LABEL_FIELD.has(text)
}

/**
 * One field found in the text.
 *
 * @category Metadata
 * @example
 * ```ts
 * readFields('文号: 发布日期: 2025-01-06')[1] //=> { name: 'publishedAt', label: '发布日期', value: '2025-01-06', start: 10, end: 20 }
 * ```
 * @internal
 */
export interface Field {
  /** The normalized field name. */
  name: FieldName
  /** The label as written. */
  label: string
  /** The trimmed value, `''` when empty. */
  value: string
  /** View offset of the value (of the label's end when empty). */
  start: number
  /** View offset after the value. */
  end: number
}

/**
 * Read every header/footer field of a text.
 *
 * @param text - The normalized view.
 * @param skip - View spans not to read (section headings).
 * @returns Fields in document order.
 * @category Metadata
 * @example
 * ```ts
 * readFields('索引号: 11440512754542113A/2025-00008 分类:')[0]?.value //=> '11440512754542113A/2025-00008'
 * ```
 * @internal
 */
export function readFields(text: string, skip: ReadonlyArray<{ start: number; end: number }> = []): Field[] {
  const fields: Field[] = []
  const spans = [...skip].sort((a, b) => a.start - b.start)
  let next = 0
  let lineStart = 0
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    // Spans are sorted by start: drop those that end before this line.
    while (next < spans.length && (spans[next] as { end: number }).end <= lineStart) next++
    let skipped = false
    for (let index = next; index < spans.length; index++) {
      const span = spans[index] as { start: number; end: number }
      if (span.start >= lineEnd) break
      if (span.end > lineStart) {
        skipped = true
        break
      }
    }
    if (lineEnd - lineStart <= MAX_FIELD_LINE && !skipped)
      readLine(text.slice(lineStart, lineEnd), lineStart, fields)
    lineStart = lineEnd + 1
  }
  return fields
}

function readLine(line: string, offset: number, fields: Field[]): void {
  if (line.indexOf(':') === -1 && !/\s/.test(line.trim())) return
  LABEL_RE.lastIndex = 0
  const hits: Array<{ label: string; labelStart: number; valueStart: number }> = []
  for (let match = LABEL_RE.exec(line); match !== null; match = LABEL_RE.exec(line)) {
    const label = match[2] as string
    const labelStart = match.index + (match[1] as string).length
    hits.push({ label, labelStart, valueStart: match.index + match[0].length })
    // Let the next label reuse the whitespace that ended this one.
    if (/\s$/.test(match[0])) LABEL_RE.lastIndex = match.index + match[0].length - 1
  }
  for (let index = 0; index < hits.length; index++) {
    const hit = hits[index] as (typeof hits)[number]
    const next = hits[index + 1]
    const rawEnd = next ? next.labelStart : line.length
    let start = hit.valueStart
    let end = Math.max(start, rawEnd)
    while (start < end && isSpace(line.charCodeAt(start))) start++
    while (end > start && isSpace(line.charCodeAt(end - 1))) end--
    let value = line.slice(start, end)
    // `【打印】 【字体:` — a trailing bracket is chrome.
    if (/^[【\]】|]+$/.test(value)) value = ''
    fields.push({
      name: LABEL_FIELD.get(hit.label) ?? 'other',
      label: hit.label,
      value,
      start: offset + start,
      end: offset + start + value.length,
    })
  }
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000 || code === 0xa0 || code === 0x7c /* | */
}
