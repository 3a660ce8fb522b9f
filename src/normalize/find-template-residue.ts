/**
 * `findTemplateResidue`: placeholders copied from report templates.
 *
 * @module
 */

import { assertString } from './args.js'
import { isAsciiLetter, scanView } from './chars.js'
import { COUNTER_SOURCE } from './units.js'

/**
 * A span of text (UTF-16 offsets, half-open), as returned by {@link findTemplateResidue}.
 *
 * @category Values
 * @example
 * ```ts
 * const span: TextSpan = { start: 4, end: 6, text: '*次' }
 * ```
 */
export interface TextSpan {
  /** Offset of the first character. */
  start: number
  /** Offset after the last character. */
  end: number
  /** `text.slice(start, end)`. */
  text: string
}

function isLetter(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)
}

/** Groups: 1 placeholder. */
const RESIDUE_RE = new RegExp(
  `([*＊×]{1,4}|[XxＸｘ]{1,4}|[_＿]{2,8}|…{1,2}|\\.{3,6})[ \\t\\u3000\\u00a0]{0,3}(?:个百分点|%|[百千]?[万亿]?[元圆]|${COUNTER_SOURCE}|[年月日号])`,
  'g',
)

/**
 * Finds template placeholders that stand where a number should be: `*次`, `XX件`,
 * `xx年`, `**万元`, `X%`, `____人`, `…件`. A report containing them was copied from a
 * template and not filled in; the placeholder is never a quantity or a date (the
 * finders need digits). Each span covers the placeholder and the unit after it.
 * Letters glued to other ASCII letters (`MAX件`) are not placeholders.
 *
 * @param text - Running text (raw or the half-width view).
 * @returns The residue spans in document order.
 * @throws {@link FazhiReportError} `INVALID_ARGUMENT` when `text` is not a string.
 * @category Normalizers
 * @example
 * ```ts
 * findTemplateResidue('共召开会议*次，办理案件XX件')
 * //=> [{ start: 4, end: 6, text: '*次' }, { start: 11, end: 14, text: 'XX件' }]
 * ```
 */
export function findTemplateResidue(text: string): TextSpan[] {
  assertString(text, 'findTemplateResidue')
  return residueIn(text, scanView(text))
}

/**
 * {@link findTemplateResidue} on `t`, the scan view of `text` (internal).
 *
 * @param text - The original text (span texts are sliced from it).
 * @param t - `scanView(text)`.
 * @returns The residue spans, as {@link findTemplateResidue}.
 * @internal
 * @example
 * ```ts
 * residueIn('会议*次', '会议*次') //=> [{ start: 2, end: 4, text: '*次' }]
 * ```
 */
export function residueIn(text: string, t: string): TextSpan[] {
  const out: TextSpan[] = []
  RESIDUE_RE.lastIndex = 0
  for (let m = RESIDUE_RE.exec(t); m !== null; m = RESIDUE_RE.exec(t)) {
    const start = m.index
    const first = t.charCodeAt(start)
    if (isLetter(first) && start > 0 && isLetter(t.charCodeAt(start - 1))) continue
    const end = start + m[0].length
    out.push({ start, end, text: text.slice(start, end) })
  }
  return out
}
