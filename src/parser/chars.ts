/**
 * Character classes for the tokenizer, computed lazily per UTF-16 code unit
 * and cached in a 64 KiB table.
 *
 * @module
 * @internal
 */

/** Not yet classified. */
const UNKNOWN = 255
/**
 * Class of a symbol (`%`, `+`, `©` …) — also the fallback.
 *
 * @category Parser
 * @example
 * ```ts
 * charClass('+'.charCodeAt(0)) === SYMBOL //=> true
 * ```
 */
export const SYMBOL = 0
/**
 * Class of a Han character (or a surrogate half, treated alike).
 *
 * @category Parser
 * @example
 * ```ts
 * charClass('法'.charCodeAt(0)) === HAN //=> true
 * ```
 */
export const HAN = 1
/**
 * Class of another letter, digit or combining mark (Latin, digits, ①).
 *
 * @category Parser
 * @example
 * ```ts
 * charClass('7'.charCodeAt(0)) === ALNUM //=> true
 * ```
 */
export const ALNUM = 2
/**
 * Class of white space.
 *
 * @category Parser
 * @example
 * ```ts
 * charClass(0x3000) === SPACE //=> true
 * ```
 */
export const SPACE = 3
/**
 * Class of punctuation (Unicode category P).
 *
 * @category Parser
 * @example
 * ```ts
 * charClass('。'.charCodeAt(0)) === PUNCT //=> true
 * ```
 */
export const PUNCT = 4

const table = new Uint8Array(0x10000).fill(UNKNOWN)

const hanRe = /\p{Script=Han}/u
const alnumRe = /[\p{L}\p{N}\p{M}]/u
const spaceRe = /\s/u
const punctRe = /\p{P}/u

function classify(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return HAN
  const char = String.fromCharCode(code)
  if (hanRe.test(char)) return HAN
  if (alnumRe.test(char)) return ALNUM
  if (spaceRe.test(char)) return SPACE
  if (punctRe.test(char)) return PUNCT
  return SYMBOL
}

/**
 * The class of a UTF-16 code unit.
 *
 * @param code - A code unit (`text.charCodeAt(i)`).
 * @returns One of `SYMBOL`, `HAN`, `ALNUM`, `SPACE`, `PUNCT`.
 * @category Parser
 * @example
 * ```ts
 * charClass('©'.charCodeAt(0)) //=> 0 (SYMBOL)
 * ```
 */
export function charClass(code: number): number {
  let value = table[code]!
  if (value === UNKNOWN) {
    value = classify(code)
    table[code] = value
  }
  return value
}

/**
 * Whether a code unit is white space.
 *
 * @param code - A code unit.
 * @returns `true` for white space.
 * @category Parser
 * @example
 * ```ts
 * isSpace(0x3000) //=> true
 * ```
 */
export function isSpace(code: number): boolean {
  return charClass(code) === SPACE
}

/**
 * Whether a code unit is an ASCII digit.
 *
 * @param code - A code unit.
 * @returns `true` for `0`–`9`.
 * @category Parser
 * @example
 * ```ts
 * isDigit('5'.charCodeAt(0)) //=> true
 * ```
 */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}
