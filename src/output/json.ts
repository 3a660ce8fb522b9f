/**
 * JSON serialization of a `Report` or a batch record.
 *
 * @module
 */

import type { Report } from '../types.js'
import type { BatchRecord } from './schema.js'

/**
 * Options of {@link toJSON}.
 *
 * @category Output
 * @example
 * ```ts
 * const options: ToJSONOptions = { pretty: true }
 * toJSON(parseReport(text), options).split('\n').slice(0, 2) //=> ['{', '  "schemaVersion": 1,']
 * ```
 */
export interface ToJSONOptions {
  /** Indent with two spaces (default: `false`, one line). */
  pretty?: boolean | undefined
}

/**
 * Serializes a `Report` (or a batch record `{file, report}` / `{file, error}`) as JSON.
 * Keys keep the order the `Report` has them in, so equal reports give equal strings;
 * lone surrogates are escaped, so the output is always valid UTF-8 once encoded.
 *
 * @param value - The report or batch record.
 * @param options - Formatting (default: compact).
 * @returns The JSON text (no trailing newline).
 * @category Output
 * @example
 * ```ts
 * toJSON(parseReport(text)).startsWith('{"schemaVersion":1,') //=> true
 * toJSON({ file: 'a.txt', error: { code: 'EMPTY_FILE', message: 'empty file' } })
 * //=> '{"file":"a.txt","error":{"code":"EMPTY_FILE","message":"empty file"}}'
 * ```
 */
export function toJSON(value: Report | BatchRecord, options?: Readonly<ToJSONOptions> | null): string {
  return options?.pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value)
}
