/**
 * Character tables shared by the normalizers (internal).
 *
 * Every table is indexed by UTF-16 code unit so that hot loops never allocate.
 *
 * @module
 * @internal
 */

/**
 * One byte per UTF-16 code unit: 1–10 = Chinese digit 0–9 (零〇○一…九, 两/兩/俩/倆, 幺,
 * financial 壹…玖 and traditional forms); 11/12/13 = 十/百/千 (拾/佰/仟); 14/15/16 =
 * 万/亿/兆 (萬/億); 17/18/19 = 廿/卅/卌; 20 = ASCII digit; 0 = anything else.
 */
const CLASS = new Uint8Array(0x10000)
for (const [chars, value] of [
  ['零〇○Ｏ', 1],
  ['一壹幺', 2],
  ['二两兩俩倆贰貳弍', 3],
  ['三叁參叄', 4],
  ['四肆', 5],
  ['五伍', 6],
  ['六陆陸', 7],
  ['七柒', 8],
  ['八捌', 9],
  ['九玖', 10],
  ['十拾', 11],
  ['百佰', 12],
  ['千仟', 13],
  ['万萬', 14],
  ['亿億', 15],
  ['兆', 16],
  ['廿', 17],
  ['卅', 18],
  ['卌', 19],
  ['0123456789', 20],
] as const) {
  for (const ch of chars) CLASS[ch.charCodeAt(0)] = value
}

const SMALL = [10, 100, 1000]
const BIG = [4, 8, 12]

/**
 * Value of a Chinese digit character, or -1.
 *
 * @param code - A UTF-16 code unit.
 * @returns The digit value (0–9) or -1.
 */
export function cnDigit(code: number): number {
  const k = CLASS[code] ?? 0
  return k >= 1 && k <= 10 ? k - 1 : -1
}

/**
 * Value of a small unit character (十百千 拾佰仟), or 0.
 *
 * @param code - A UTF-16 code unit.
 * @returns 10, 100, 1000 or 0.
 */
export function smallUnit(code: number): number {
  const k = CLASS[code] ?? 0
  return k >= 11 && k <= 13 ? (SMALL[k - 11] ?? 0) : 0
}

/**
 * Power of ten of a big unit character (万 4, 亿 8, 兆 12), or 0.
 *
 * @param code - A UTF-16 code unit.
 * @returns 4, 8, 12 or 0.
 */
export function bigUnitExp(code: number): number {
  const k = CLASS[code] ?? 0
  return k >= 14 && k <= 16 ? (BIG[k - 14] ?? 0) : 0
}

/**
 * Tens digit of 廿/卅/卌, or 0.
 *
 * @param code - A UTF-16 code unit.
 * @returns 2, 3, 4 or 0.
 */
export function tensDigit(code: number): number {
  const k = CLASS[code] ?? 0
  return k >= 17 && k <= 19 ? k - 15 : 0
}

/**
 * Whether a code unit is an ASCII digit.
 *
 * @param code - A UTF-16 code unit.
 * @returns `true` for `0`–`9`.
 */
export function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/** Full-width forms and odd spaces/minus signs that {@link toHalfWidth} maps to ASCII. */
const WIDE = /[\uff01-\uff5e\u3000\u00a0\u2212\ufe63]/
const WIDE_G = /[\uff01-\uff5e\u3000\u00a0\u2212\ufe63]/g
/** Full-width digits, letters, ％ and ．: the characters the finders cannot read in place. */
const WIDE_ALNUM = /[\uff05\uff0e\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/

/**
 * The code units of `WIDE_ALNUM` (full-width digits, letters, ％ and ．): a finder that
 * meets one of them while scanning the text itself switches to {@link scanView}.
 *
 * @returns The code units, in order.
 * @example
 * ```ts
 * wideAlnumCodes().length //=> 64
 * ```
 */
export function wideAlnumCodes(): number[] {
  const codes: number[] = []
  for (let c = 0xff05; c <= 0xff5a; c++) if (WIDE_ALNUM.test(String.fromCharCode(c))) codes.push(c)
  return codes
}

function narrow(ch: string): string {
  const c = ch.charCodeAt(0)
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0)
  if (c === 0x3000 || c === 0x00a0) return ' '
  return '-'
}

/**
 * Length-preserving width normalization: full-width ASCII (U+FF01–FF5E) → ASCII,
 * U+3000 and NBSP → space, U+2212 and U+FE63 (minus signs) → `-`. Em/en dashes are
 * kept (they are meaningful range separators). Returns the input itself when nothing
 * changes. Used by the whole-string parsers.
 *
 * @param text - Any string.
 * @returns A string of the same length.
 */
export function toHalfWidth(text: string): string {
  return WIDE.test(text) ? text.replace(WIDE_G, narrow) : text
}

/**
 * The view the finders scan: the text itself unless it contains full-width digits,
 * letters, ％ or ．, in which case {@link toHalfWidth}. The finders' patterns accept
 * full-width punctuation (，：－～) and spaces (U+3000, NBSP) in place, so ordinary
 * Chinese text is scanned without a copy. Offsets are unchanged either way.
 *
 * @param text - Running text.
 * @returns A string of the same length.
 */
export function scanView(text: string): string {
  return WIDE_ALNUM.test(text) ? text.replace(WIDE_G, narrow) : text
}

/** Buffers above this many offsets are not kept by {@link Marks.clear} (a huge text's marks are not retained). */
const MAX_KEPT_MARKS = 1 << 16

/**
 * Ascending offsets of the characters of a text that a finder has to look at (its
 * candidates), in a reusable buffer (internal). A finder iterates its marks instead of
 * walking every character, so one walk can collect the marks of several finders.
 *
 * @example
 * ```ts
 * const marks = new Marks()
 * marks.clear().push(3)
 * marks.at[0] //=> 3
 * ```
 */
export class Marks {
  /** The offsets: `at[0]` … `at[length - 1]`, ascending. */
  at = new Int32Array(64)
  /** How many offsets are set. */
  length = 0

  /**
   * Empties the marks (dropping a buffer grown for a huge text).
   *
   * @returns The marks.
   */
  clear(): this {
    if (this.at.length > MAX_KEPT_MARKS) this.at = new Int32Array(64)
    this.length = 0
    return this
  }

  /**
   * Appends an offset (greater than the last one).
   *
   * @param offset - The offset.
   * @returns The marks.
   */
  push(offset: number): this {
    if (this.length === this.at.length) {
      const grown = new Int32Array(this.at.length * 2)
      grown.set(this.at)
      this.at = grown
    }
    this.at[this.length++] = offset
    return this
  }
}

/**
 * Marks every character of `t` whose entry in `table` has a bit of `bits` (internal).
 *
 * @param t - The text.
 * @param table - Flags per UTF-16 code unit.
 * @param bits - The flags that mark a character.
 * @param marks - The marks to fill (cleared first).
 * @returns `marks`.
 * @example
 * ```ts
 * const table = new Uint16Array(0x10000)
 * table[0x25] = 1
 * markAll('1%2%', table, 1, new Marks()).length //=> 2
 * ```
 */
export function markAll(t: string, table: Uint16Array, bits: number, marks: Marks): Marks {
  marks.clear()
  for (let i = 0; i < t.length; i++) {
    if (((table[t.charCodeAt(i)] ?? 0) & bits) !== 0) marks.push(i)
  }
  return marks
}

/** Characters that may appear inside a Chinese numeral (digits and units). */
export const CN_NUMERAL_CLASS = '零〇○一二两三四五六七八九十百千万亿'

/**
 * Whether a code unit can be part of a numeral (ASCII digit, Chinese digit or unit).
 *
 * @param code - A UTF-16 code unit.
 * @returns `true` for numeral characters.
 */
export function isNumeralChar(code: number): boolean {
  return (CLASS[code] ?? 0) !== 0
}

/**
 * Whether a code unit is an ASCII letter.
 *
 * @param code - A UTF-16 code unit.
 * @returns `true` for `A`–`Z` and `a`–`z`.
 */
export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}
