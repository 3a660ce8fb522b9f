/**
 * The length-preserving normalized view the parser reads.
 *
 * Every function here maps one UTF-16 code unit to exactly one code unit, so
 * an offset into the view is an offset into the input it was computed from.
 *
 * @module
 */

import { T2S_FROM, T2S_TO } from './t2s-data.js'

const CR = 0x0d
const LF = 0x0a
const SPACE = 0x20
/** `，` (full-width comma). */
const WIDE_COMMA = 0xff0c

const isAsciiDigit = (code: number): boolean => code >= 0x30 && code <= 0x39

/** Code units per `String.fromCharCode.apply` call (well under every engine's argument limit). */
const CHUNK = 8192

/** Whether `Uint16Array` bytes are little-endian here, so UTF-16LE decoding reads them as-is. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

let utf16Decoder: TextDecoder | undefined

let viewTable: Uint16Array | undefined
let viewChanges: Int32Array | undefined
let simplifiedTable: Uint16Array | undefined
let simplifiedChanges: Int32Array | undefined

/** Identity table of all 65,536 code units. */
function identityTable(): Uint16Array {
  const table = new Uint16Array(0x10000)
  for (let i = 0; i < 0x10000; i++) table[i] = i
  return table
}

/** Apply the generated traditional → simplified pairs to a table. */
function addSimplified(table: Uint16Array): void {
  for (let i = 0; i < T2S_FROM.length; i++) table[T2S_FROM.charCodeAt(i)] = T2S_TO.charCodeAt(i)
}

/**
 * A bit set of the code units a table changes (`table[c] !== c`): 8 KiB, so the per-unit
 * test stays in the L1 cache where a lookup in the 128 KiB table would not.
 */
function changesOf(table: Uint16Array): Int32Array {
  const changes = new Int32Array(0x10000 >>> 5)
  for (let i = 0; i < 0x10000; i++) if (table[i] !== i) changes[i >>> 5]! |= 1 << (i & 31)
  return changes
}

/** Whether bit `c` of a {@link changesOf} set is set (`1 << c` shifts by `c & 31`). */
function changes(set: Int32Array, c: number): boolean {
  return ((set[c >>> 5] as number) & (1 << c)) !== 0
}

/** Whether any of the units `i` to `i + 3` of `s` is in a {@link changesOf} set. */
function changes4(set: Int32Array, s: string, i: number): boolean {
  const a = s.charCodeAt(i)
  const b = s.charCodeAt(i + 1)
  const c = s.charCodeAt(i + 2)
  const d = s.charCodeAt(i + 3)
  return (
    (((set[a >>> 5] as number) & (1 << a)) |
      ((set[b >>> 5] as number) & (1 << b)) |
      ((set[c >>> 5] as number) & (1 << c)) |
      ((set[d >>> 5] as number) & (1 << d))) !==
    0
  )
}

/** The code-unit table of {@link normalizeView}, built once on first use (128 KiB). */
function getViewTable(): Uint16Array {
  if (viewTable) return viewTable
  const table = identityTable()
  addSimplified(table)
  // C0 controls, DEL and C1 controls → space; line breaks stay line breaks.
  for (let i = 0; i < 0x20; i++) table[i] = SPACE
  for (let i = 0x7f; i < 0xa0; i++) table[i] = SPACE
  table[LF] = LF
  table[CR] = LF // `\r\n` is special-cased in `viewUnit` (→ space + `\n`)
  table[0x85] = LF // NEL
  table[0x2028] = LF // LINE SEPARATOR
  table[0x2029] = LF // PARAGRAPH SEPARATOR
  // Spaces.
  table[0xa0] = SPACE
  table[0x1680] = SPACE
  for (let i = 0x2000; i <= 0x200a; i++) table[i] = SPACE
  table[0x202f] = SPACE
  table[0x205f] = SPACE
  table[0x3000] = SPACE
  table[0xfeff] = SPACE // BOM / ZERO WIDTH NO-BREAK SPACE
  // Full-width ASCII → ASCII.
  for (let i = 0xff01; i <= 0xff5e; i++) table[i] = i - 0xfee0
  viewTable = table
  viewChanges = changesOf(table)
  return table
}

/** The code-unit table of {@link toSimplified}, built once on first use (128 KiB). */
function getSimplifiedTable(): Uint16Array {
  if (simplifiedTable) return simplifiedTable
  const table = identityTable()
  addSimplified(table)
  simplifiedTable = table
  simplifiedChanges = changesOf(table)
  return simplifiedTable
}

/**
 * Turn code units into a string without touching unpaired surrogates:
 * `TextDecoder` (about twice as fast) when the units hold no surrogate at all,
 * else `String.fromCharCode` in chunks.
 */
function unitsToString(units: Uint16Array, hasSurrogate: boolean): string {
  if (!hasSurrogate && LITTLE_ENDIAN) {
    // `ignoreBOM`: keep a leading U+FEFF (`toSimplified` keeps it; the decoder would drop it).
    utf16Decoder ??= new TextDecoder('utf-16le', { ignoreBOM: true })
    return utf16Decoder.decode(units)
  }
  if (units.length <= CHUNK) return String.fromCharCode.apply(null, units as unknown as number[])
  const parts: string[] = []
  for (let i = 0; i < units.length; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, units.subarray(i, i + CHUNK) as unknown as number[]))
  }
  return parts.join('')
}

/**
 * The view unit of `s[i]` (code unit `c`, which the table changes): `table[c]`, except the
 * view's two context rules: `\r\n` → space + `\n`, and a `，` between two ASCII digits stays
 * `，` (`120，150件` lists two numbers: a `,` there would read as a thousands separator, 120150).
 */
function viewUnit(s: string, i: number, c: number, table: Uint16Array): number {
  if (c === CR && s.charCodeAt(i + 1) === LF) return SPACE
  if (c === WIDE_COMMA && isAsciiDigit(s.charCodeAt(i - 1)) && isAsciiDigit(s.charCodeAt(i + 1)))
    return WIDE_COMMA
  return table[c] as number
}

/** Changed units {@link mapUnits} always copies as slices. */
const SPARSE_CHANGES = 8
/** Past `SPARSE_CHANGES`, changes closer than this many units apart on average switch {@link mapUnits} to a unit buffer. */
const DENSE_SPACING = 64

/**
 * Map `s` through `table` (`set` flags the units it changes, see {@link changesOf}; with `view`, also the
 * context rules of {@link viewUnit}); returns `s` itself when nothing changes.
 *
 * One pass reads each unit once: unchanged runs are copied as slices (joined once), which
 * is cheap while changes are sparse (a report already in half-width forms); once they are
 * dense (full-width punctuation, traditional script) the whole string is mapped unit by unit
 * into a buffer ({@link mapDense}). Either way unit `i` of the result is the mapped unit `i` of `s`.
 */
function mapUnits(s: string, table: Uint16Array, set: Int32Array, view: boolean): string {
  const length = s.length
  let parts: string[] | null = null
  let from = 0
  let count = 0
  for (let i = 0; i < length; i++) {
    // Skip four units at a time while none of them is in the set (the common case).
    while (i + 3 < length && !changes4(set, s, i)) i += 4
    if (i === length) break
    const c = s.charCodeAt(i)
    if (!changes(set, c)) continue
    const mapped = view ? viewUnit(s, i, c, table) : (table[c] as number)
    if (mapped === c) continue
    // Dense changes: start over with the unit buffer (the prefix read so far is short).
    if (++count > SPARSE_CHANGES && count * DENSE_SPACING > i) return mapDense(s, table, view)
    parts ??= []
    parts.push(s.slice(from, i), String.fromCharCode(mapped))
    from = i + 1
  }
  if (parts === null) return s
  parts.push(s.slice(from))
  return parts.join('')
}

/** `s` mapped unit by unit into a buffer (the dense path of {@link mapUnits}; the rules of {@link viewUnit} inlined). */
function mapDense(s: string, table: Uint16Array, view: boolean): string {
  const length = s.length
  const out = new Uint16Array(length)
  let surrogate = false
  for (let i = 0; i < length; i++) {
    const c = s.charCodeAt(i)
    if ((c & 0xf800) === 0xd800) surrogate = true
    if (view && c === CR && s.charCodeAt(i + 1) === LF) out[i] = SPACE
    else if (
      view &&
      c === WIDE_COMMA &&
      isAsciiDigit(s.charCodeAt(i - 1)) &&
      isAsciiDigit(s.charCodeAt(i + 1))
    )
      out[i] = WIDE_COMMA
    else out[i] = table[c] as number
  }
  return unitsToString(out, surrogate)
}

/**
 * Build the normalized view of a string. Length-preserving: the result has the
 * same length as `s` and the code unit at index `i` comes from the code unit
 * at index `i` of `s`, so offsets need no mapping.
 *
 * Applied, per code unit:
 * - full-width ASCII `U+FF01`–`U+FF5E` → `U+0021`–`U+007E` (`，` → `,`, `１` → `1`, `（` → `(`),
 *   except a `，` between two ASCII digits, which stays (`120，150件` is a list of two
 *   numbers, as `findQuantities` reads it, not 120,150);
 * - `U+3000`, `U+00A0`, `U+1680`, `U+2000`–`U+200A`, `U+202F`, `U+205F`, `U+FEFF` → space;
 * - `\r\n` → space + `\n`; a lone `\r`, `U+0085`, `U+2028`, `U+2029` → `\n`;
 * - tab and every other C0/C1 control character (except `\n`) → space;
 * - traditional → simplified characters through a 1:1 table generated from
 *   OpenCC (`scripts/gen-t2s.ts`; only single BMP character → single BMP
 *   character mappings; characters that are also valid simplified characters,
 *   such as 著 or 乾, are kept).
 *
 * Everything else (including surrogates, paired or not) is copied unchanged.
 *
 * @param s - Any string.
 * @returns The normalized view, `s.length` code units long (`s` itself when nothing changes).
 * @category Text
 * @example
 * ```ts
 * normalizeView('２０２３年，依法行政　著重於實效\r\n')
 * //=> '2023年,依法行政 著重于实效 \n'
 * ```
 */
export function normalizeView(s: string): string {
  const table = getViewTable()
  return mapUnits(s, table, viewChanges as Int32Array, true)
}

/**
 * Convert traditional characters to simplified ones with the same 1:1 table
 * {@link normalizeView} uses (no width, space or control-character changes).
 * Length-preserving.
 *
 * @param s - Any string.
 * @returns `s` with traditional characters replaced, same length.
 * @category Text
 * @example
 * ```ts
 * toSimplified('法治政府建設年度報告') //=> '法治政府建设年度报告'
 * ```
 */
export function toSimplified(s: string): string {
  const table = getSimplifiedTable()
  return mapUnits(s, table, simplifiedChanges as Int32Array, false)
}
