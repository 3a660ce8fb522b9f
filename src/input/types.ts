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
 */
export interface LoadedSource extends SourceText {
  /** Notes about the reading (empty when none). */
  warnings: SourceWarning[]
}
