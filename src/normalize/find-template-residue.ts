/**
 * `findTemplateResidue`: placeholders copied from report templates.
 *
 * @module
 */

import { assertString } from './args.js'
import { isAsciiLetter, Marks, markAll, scanView } from './chars.js'
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

/** The placeholder characters (each a character class of the regex) and how many of them make one. */
const PLACEHOLDERS: ReadonlyArray<readonly [string, string]> = [
  ['*＊×', '{1,4}'],
  ['XxＸｘ', '{1,4}'],
  ['_＿', '{2,8}'],
  ['…', '{1,2}'],
  ['.', '{3,6}'],
]

/**
 * The characters {@link residueAt} must be given as marks: every placeholder starts with
 * one (internal).
 */
export const RESIDUE_MARKS = PLACEHOLDERS.map(([chars]) => chars).join('')
/** Flags per code unit: 1 for the characters of {@link RESIDUE_MARKS}. */
const R_MARK = new Uint16Array(0x10000)
for (const ch of RESIDUE_MARKS) R_MARK[ch.charCodeAt(0)] = 1
/** The marks of the standalone {@link residueIn} (reused). */
const ownMarks = new Marks()

/** A placeholder and its unit, tried at a mark. Groups: 1 placeholder. */
const RESIDUE_STICKY = new RegExp(
  `(${PLACEHOLDERS.map(([chars, count]) => `[${chars}]${count}`).join('|')})[ \\t\\u3000\\u00a0]{0,3}(?:个百分点|%|[百千]?[万亿]?[元圆]|${COUNTER_SOURCE}|[年月日号])`,
  'y',
)
const DOT = 0x2e

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
 * {@link findTemplateResidue} on `t`, the scan view of `text` (internal):
 * {@link residueAt} with the marks of `t`.
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
  return residueAt(text, t, markAll(t, R_MARK, 1, ownMarks))
}

/**
 * {@link findTemplateResidue} on `t`, the scan view of `text`, given the offsets of the
 * characters of {@link RESIDUE_MARKS} in `t` (internal). A global scan's match starts
 * with a placeholder character, so it tries the sticky pattern at each mark at or after
 * the end of the last match, as the scan does.
 *
 * @param text - The original text (span texts are sliced from it).
 * @param t - `scanView(text)`.
 * @param marks - The offsets of the characters of {@link RESIDUE_MARKS} in `t`, ascending.
 * @returns The residue spans, as {@link findTemplateResidue}.
 * @internal
 * @example
 * ```ts
 * residueAt('会议*次', '会议*次', new Marks().push(2)) //=> [{ start: 2, end: 4, text: '*次' }]
 * ```
 */
export function residueAt(text: string, t: string, marks: Marks): TextSpan[] {
  const out: TextSpan[] = []
  const at = marks.at
  let from = 0
  for (let k = 0; k < marks.length; k++) {
    const start = at[k] ?? 0
    if (start < from) continue
    // Quick reject: dots need three in a row (a decimal point is not a placeholder).
    if (t.charCodeAt(start) === DOT && (t.charCodeAt(start + 1) !== DOT || t.charCodeAt(start + 2) !== DOT))
      continue
    RESIDUE_STICKY.lastIndex = start
    const m = RESIDUE_STICKY.exec(t)
    if (m === null) continue
    const end = start + m[0].length
    from = end
    const first = t.charCodeAt(start)
    if (isLetter(first) && start > 0 && isLetter(t.charCodeAt(start - 1))) continue
    out.push({ start, end, text: text.slice(start, end) })
  }
  return out
}
