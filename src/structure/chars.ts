/**
 * Character tables of the structure stage: 64 KiB lookups by UTF-16 code unit,
 * built once at module load, so the per-character loops read a typed array
 * instead of calling a classifier in another module. Internal.
 *
 * @internal
 * @module
 */

/**
 * A table with `value` at the code unit of each character of `chars`.
 *
 * @param chars - The characters (each one code unit).
 * @param value - The value to set (default: `1`).
 * @returns A 64 KiB table, `0` elsewhere.
 * @example
 * ```ts
 * charTable('。!?')[0x3002] //=> 1
 * ```
 * @internal
 */
export function charTable(chars: string, value = 1): Uint8Array {
  const table = new Uint8Array(0x10000)
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = value
  return table
}

/**
 * The white space characters: those `\s` matches (the same set as `isSpace`
 * of the parser's character classes).
 *
 * @example
 * ```ts
 * WHITE_SPACE.includes('\u3000') //=> true
 * ```
 * @internal
 */
export const WHITE_SPACE =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'

/**
 * White space: `1` for the code units of {@link WHITE_SPACE}, `0` elsewhere.
 *
 * @example
 * ```ts
 * SPACE[0x3000] //=> 1
 * SPACE['法'.charCodeAt(0)] //=> 0
 * ```
 * @internal
 */
export const SPACE: Uint8Array = charTable(WHITE_SPACE)
