/**
 * Typed errors. Programmer misuse and inputs that cannot be a report throw a
 * {@link FazhiReportError} with a stable literal `code`; odd *content* never
 * throws, it becomes a positioned message (see `docs/messages.md`).
 *
 * @module
 */

/**
 * Every error code this library throws. Codes are stable; new ones may be added.
 *
 * @category Errors
 * @example
 * ```ts
 * try {
 *   loadSource('abc', { maxInputBytes: 2 })
 * } catch (error) {
 *   const code: FazhiReportErrorCode | undefined = isFazhiReportError(error) ? error.code : undefined
 *   code //=> 'INPUT_TOO_LARGE'
 * }
 * ```
 */
export type FazhiReportErrorCode =
  | 'INVALID_ARGUMENT'
  | 'INVALID_OPTION'
  | 'UNKNOWN_EXTRACTOR'
  | 'DUPLICATE_EXTRACTOR'
  | 'UNKNOWN_INDICATOR'
  | 'DUPLICATE_INDICATOR'
  | 'UNSUPPORTED_FORMAT'
  | 'UNSUPPORTED_ENCODING'
  | 'DECODE_FAILED'
  | 'INPUT_TOO_LARGE'
  | 'MALFORMED_XML'
  | 'XML_ENTITY_LIMIT'
  | 'MALFORMED_DOCX'
  | 'ZIP_LIMIT'

/**
 * Base class of every error this library throws on purpose.
 *
 * @category Errors
 * @example
 * ```ts
 * try {
 *   parseReport(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))
 * } catch (error) {
 *   if (error instanceof FazhiReportError) console.log(error.code) //=> 'UNSUPPORTED_FORMAT'
 * }
 * ```
 */
export class FazhiReportError extends Error {
  /** A stable machine-readable code. */
  readonly code: FazhiReportErrorCode
  /** Extra data for the code (limits, the offending name …). */
  readonly details: Readonly<Record<string, unknown>>

  /**
   * @param code - The stable error code.
   * @param message - A human-readable message that says what to do.
   * @param details - Extra data (limits, offending value).
   * @param options - Standard `ErrorOptions` (a `cause`).
   */
  constructor(
    code: FazhiReportErrorCode,
    message: string,
    details: Readonly<Record<string, unknown>> = {},
    options?: ErrorOptions,
  ) {
    super(message, options)
    this.name = 'FazhiReportError'
    this.code = code
    this.details = details
  }
}

/**
 * Whether a value is a {@link FazhiReportError}, optionally with a given code.
 *
 * @param value - Anything caught.
 * @param code - The code to match (optional).
 * @returns `true` when `value` is a `FazhiReportError` (with that code).
 * @category Errors
 * @example
 * ```ts
 * isFazhiReportError(new FazhiReportError('INPUT_TOO_LARGE', 'too big'), 'INPUT_TOO_LARGE') //=> true
 * ```
 */
export function isFazhiReportError(value: unknown, code?: FazhiReportErrorCode): value is FazhiReportError {
  return value instanceof FazhiReportError && (code === undefined || value.code === code)
}
