/**
 * Parsing of binder cues (`'复议…受理|办结'`).
 *
 * @module
 */

import { FazhiReportError } from '../errors.js'
import type { Cue } from './types.js'

/**
 * A parsed cue: ordered parts, each a list of alternative phrases (normalized
 * to the view's half-width punctuation), and a weight.
 *
 * @category Taxonomy
 * @example
 * ```ts
 * parseCue('复议…受理') //=> { pattern: '复议…受理', parts: [['复议'], ['受理']], weight: 1, local: false }
 * ```
 */
export interface ParsedCue {
  /** The pattern as written. */
  readonly pattern: string
  /** Ordered parts; the last one must be next to the number. */
  readonly parts: readonly (readonly string[])[]
  /** Weight (default `1`). */
  readonly weight: number
  /** Whether every part must be in the number's own window (default `false`). */
  readonly local: boolean
}

const PART_SEPARATOR = '…'
const ALTERNATIVE_SEPARATOR = '|'

/**
 * Parse a cue (see `Cue` for the syntax).
 *
 * @param cue - A cue string or `{ pattern, weight }`.
 * @returns The parsed cue.
 * @throws {FazhiReportError} `INVALID_ARGUMENT` when the pattern has an empty part or alternative, or the weight is not a positive finite number.
 * @category Taxonomy
 * @example
 * ```ts
 * parseCue('复议…受理|办结').parts //=> [['复议'], ['受理', '办结']]
 * parseCue({ pattern: '事项', weight: 0.6 }).weight //=> 0.6
 * parseCue({ pattern: '人大…政协…提案', local: true }).local //=> true
 * ```
 */
export function parseCue(cue: Cue): ParsedCue {
  const pattern = typeof cue === 'string' ? cue : cue?.pattern
  const weight = typeof cue === 'string' ? 1 : (cue?.weight ?? 1)
  if (typeof pattern !== 'string' || pattern.length === 0) {
    throw new FazhiReportError(
      'INVALID_ARGUMENT',
      'A cue must be a non-empty string or { pattern, weight }',
      {
        cue,
      },
    )
  }
  if (typeof weight !== 'number' || !Number.isFinite(weight) || weight <= 0) {
    throw new FazhiReportError(
      'INVALID_ARGUMENT',
      `The weight of cue "${pattern}" must be a positive number`,
      {
        cue,
      },
    )
  }
  const parts = pattern.split(PART_SEPARATOR).map((part) =>
    part.split(ALTERNATIVE_SEPARATOR).map((alternative) => {
      const phrase = toViewForm(alternative.trim())
      if (phrase.length === 0) {
        throw new FazhiReportError('INVALID_ARGUMENT', `Cue "${pattern}" has an empty part or alternative`, {
          cue,
        })
      }
      return phrase
    }),
  )
  const local = typeof cue === 'string' ? false : cue.local === true
  return { pattern, parts, weight, local }
}

/**
 * Bring a cue phrase to the view's form: full-width ASCII (！–～) → ASCII, the
 * ideographic space → space (what the document view applies to the text).
 *
 * @param phrase - A phrase as written.
 * @returns The phrase in view form.
 * @internal
 */
export function toViewForm(phrase: string): string {
  let out = ''
  for (let index = 0; index < phrase.length; index++) {
    const code = phrase.charCodeAt(index)
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0)
    else if (code === 0x3000) out += ' '
    else out += phrase[index]
  }
  return out
}
