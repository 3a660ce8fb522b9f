/**
 * Types the input layer adds on top of `SourceText` (src/document.ts).
 *
 * @module
 */

import type { SourceText } from '../document.js'

/**
 * A note about how the input was read (a wrong declared encoding that was
 * overridden, replacement characters, an external entity that was not
 * resolved …). Never fatal.
 *
 * @category Input
 * @example
 * ```ts
 * const { warnings } = loadSource(new TextEncoder().encode('<meta charset="gb2312"><p>法治政府建设</p>'))
 * const warning: SourceWarning = warnings[0]
 * //=> { ruleId: 'declared-encoding-mismatch',
 * //     reason: 'The document declares "gb2312" but the bytes are valid UTF-8; decoded as utf-8.' }
 * ```
 */
export interface SourceWarning {
  /** Stable kebab-case id, e.g. `'declared-encoding-mismatch'`. */
  ruleId: string
  /** Human-readable explanation. */
  reason: string
}

/**
 * What `loadSource` returns: a `SourceText` plus the warnings
 * raised while reading it (empty when none).
 *
 * @category Input
 * @example
 * ```ts
 * const source: LoadedSource = loadSource(new TextEncoder().encode('<meta charset="gb2312"><p>法治政府建设</p>'))
 * source.format //=> 'html'
 * source.encoding //=> 'utf-8'
 * source.text //=> '法治政府建设\n'
 * source.warnings.map((warning) => warning.ruleId) //=> ['declared-encoding-mismatch']
 * ```
 */
export interface LoadedSource extends SourceText {
  /** Notes about the reading (empty when none). */
  warnings: SourceWarning[]
}
