/**
 * Sentence structure helpers shared by the extractors: clause and run
 * boundaries, run-in markers (一是、二是…), 《…》 titles. Internal.
 *
 * @internal
 * @module
 */

/**
 * Characters that end a clause (view text is half-width; full-width kept as a fallback).
 *
 * @example
 * ```ts
 * CLAUSE_DELIMITERS.has(',') //=> true
 * ```
 * @internal
 */
export const CLAUSE_DELIMITERS: ReadonlySet<string> = new Set([
  ',',
  ';',
  ':',
  '。',
  '!',
  '?',
  '，',
  '；',
  '：',
  '！',
  '？',
])
/** Characters that end a clause run (context does not carry over them). */
const RUN_DELIMITERS: ReadonlySet<string> = new Set([';', '；', '。', '!', '?', '！', '？'])

/**
 * Per code unit, what `analyzeSentence` does with it: 1 for a clause delimiter, 2 for one that also ends a
 * run (the sets above), and the brackets and quotes it tracks; 0 for everything else.
 */
const CHAR_KIND = new Uint8Array(0x10000)
const CLAUSE_END = 1
const RUN_END = 2
const TITLE_OPEN = 3
const TITLE_CLOSE = 4
const QUOTE_OPEN = 5
const QUOTE_CLOSE = 6
for (const char of CLAUSE_DELIMITERS)
  CHAR_KIND[char.charCodeAt(0)] = RUN_DELIMITERS.has(char) ? RUN_END : CLAUSE_END
CHAR_KIND[0x300a /* 《 */] = TITLE_OPEN
CHAR_KIND[0x300b /* 》 */] = TITLE_CLOSE
CHAR_KIND[0x201c /* “ */] = QUOTE_OPEN
CHAR_KIND[0x201d /* ” */] = QUOTE_CLOSE
/** A character a run-in marker can start with (另, 其, 一…十). */
const MARKER_START = 7
for (const char of '另其一二三四五六七八九十') CHAR_KIND[char.charCodeAt(0)] = MARKER_START
/**
 * The code units `analyzeSentence` acts on (1; 0 for the rest): a scanner that records where they are can
 * pass those positions instead of having the sentence read again.
 *
 * @example
 * ```ts
 * STRUCTURE_CHARS[','.charCodeAt(0)] //=> 1
 * ```
 * @internal
 */
export const STRUCTURE_CHARS: Uint8Array = CHAR_KIND.map((kind) => (kind === 0 ? 0 : 1))
/** The numerals of run-in markers (一…十) as a table. */
const MARKER_NUMERAL = new Uint8Array(0x10000)
for (const char of '一二三四五六七八九十') MARKER_NUMERAL[char.charCodeAt(0)] = 1

/**
 * Run-in markers: 一是…十是, 一方面/另一方面, 其一…. Linear: fixed
 * alternatives with one bounded class.
 */
const RUNIN_PATTERN = /另一方面|一方面|其[一二三四五六七八九十]|[一二三四五六七八九十]{1,2}是/g
/** Characters before 一是 that make it part of a word (统一是, 唯一是 …). */
const NOT_BEFORE_YI_SHI: ReadonlySet<string> = new Set(['统', '唯', '同', '第', '单', '万', '专', '逐', '之'])
/** Parenthesized list markers (1) (一) and 1. / 1、 at a clause start. */
const LIST_MARKER_PATTERN =
  /\(([0-9]{1,2}|[一二三四五六七八九十]{1,2})\)|(?<![0-9.])[0-9]{1,2}[.、](?![0-9])/g

/** A run-in marker found in a text. */
export interface Marker {
  /** Offset of the marker. */
  start: number
  /** Offset after the marker. */
  end: number
  /** The marker as written. */
  text: string
}

/**
 * Find run-in markers (一是, 二是, 一方面, 另一方面, 其一 …) in a text.
 *
 * @param text - A sentence or paragraph.
 * @returns The markers in order.
 */
export function findRunInMarkers(text: string): Marker[] {
  const markers: Marker[] = []
  RUNIN_PATTERN.lastIndex = 0
  for (let match = RUNIN_PATTERN.exec(text); match !== null; match = RUNIN_PATTERN.exec(text)) {
    const value = match[0]
    if (value === '一是' && match.index > 0 && NOT_BEFORE_YI_SHI.has(text[match.index - 1]!)) continue
    // 十是 only as part of 十一是…; a bare 十是 is rare and ambiguous: accept it.
    markers.push({ start: match.index, end: match.index + value.length, text: value })
  }
  return markers
}

/**
 * Find list markers ((1), (一), 1., 1、) in a text.
 *
 * @param text - A paragraph.
 * @returns The markers in order.
 */
export function findListMarkers(text: string): Marker[] {
  const markers: Marker[] = []
  LIST_MARKER_PATTERN.lastIndex = 0
  for (let match = LIST_MARKER_PATTERN.exec(text); match !== null; match = LIST_MARKER_PATTERN.exec(text)) {
    markers.push({ start: match.index, end: match.index + match[0].length, text: match[0] })
  }
  return markers
}

/** Clause and run structure of one sentence. */
export interface SentenceStructure {
  /** Sorted clause start offsets (first is 0). */
  clauseStarts: number[]
  /** Sorted run start offsets (first is 0). */
  runStarts: number[]
  /** 《…》 spans (half-open, brackets included). */
  titles: { start: number; end: number }[]
}

/**
 * Split a sentence into clauses (at , ; : outside 《》 and “”) and runs (at ;
 * and run-in markers).
 *
 * @param text - The sentence text (view form).
 * @param positions - Every offset whose code unit is one of {@link STRUCTURE_CHARS}, ascending (others may be
 * mixed in), when a scan already found them; default: the text is read here.
 * @param count - How many of `positions` to read (default: all).
 * @returns The structure.
 */
export function analyzeSentence(
  text: string,
  positions?: ArrayLike<number>,
  count: number = positions === undefined ? text.length : positions.length,
): SentenceStructure {
  const clauseStarts = [0]
  const runStarts = [0]
  const titles: { start: number; end: number }[] = []
  let titleDepth = 0
  let titleStart = -1
  let quoteDepth = 0
  /** Starts of the run-in markers (RUNIN_PATTERN's matches), and where the next one may start. */
  let markers: number[] | null = null
  let markerFrom = 0
  for (let next = 0; next < count; next++) {
    const index = positions === undefined ? next : positions[next]!
    const code = text.charCodeAt(index)
    const kind = CHAR_KIND[code]!
    if (kind === 0) continue
    if (kind === MARKER_START) {
      if (index < markerFrom) continue
      const length = runInMarkerLength(text, index)
      if (length > 0) {
        markers ??= []
        markers.push(index)
        markerFrom = index + length
      }
    } else if (kind === TITLE_OPEN) {
      if (titleDepth === 0) titleStart = index
      titleDepth++
    } else if (kind === TITLE_CLOSE) {
      if (titleDepth > 0) {
        titleDepth--
        if (titleDepth === 0) titles.push({ start: titleStart, end: index + 1 })
      }
    } else if (kind === QUOTE_OPEN) quoteDepth++
    else if (kind === QUOTE_CLOSE) quoteDepth = Math.max(0, quoteDepth - 1)
    else if (titleDepth === 0 && quoteDepth === 0) {
      // A comma between digits is a thousands separator, not a clause boundary.
      if (code === 0x2c /* , */ && isDigitAt(text, index - 1) && isDigitAt(text, index + 1)) continue
      clauseStarts.push(index + 1)
      if (kind === RUN_END) runStarts.push(index + 1)
    }
  }
  let added = false
  // The run-in markers of `findRunInMarkers`.
  if (markers !== null) {
    for (const start of markers) {
      if (start === 0) continue
      if (isYiShi(text, start) && NOT_BEFORE_YI_SHI.has(text[start - 1]!)) continue
      if (!inside(titles, start)) {
        clauseStarts.push(start)
        runStarts.push(start)
        added = true
      }
    }
  }
  // The boundaries of the loop are ascending; only markers need sorting in.
  if (added) {
    clauseStarts.sort(ascending)
    runStarts.sort(ascending)
  }
  return { clauseStarts, runStarts, titles }
}

/**
 * The length of the RUNIN_PATTERN match that starts at `index` (0 for none), trying its alternatives in
 * order like the regular expression: 另一方面, 一方面, 其 + numeral, one or two numerals + 是.
 */
function runInMarkerLength(text: string, index: number): number {
  const code = text.charCodeAt(index)
  if (code === 0x53e6 /* 另 */) return text.startsWith('一方面', index + 1) ? 4 : 0
  if (code === 0x4e00 /* 一 */ && text.startsWith('方面', index + 1)) return 3
  if (code === 0x5176 /* 其 */) return MARKER_NUMERAL[text.charCodeAt(index + 1)] === 1 ? 2 : 0
  if (MARKER_NUMERAL[code] !== 1) return 0
  const next = text.charCodeAt(index + 1)
  if (MARKER_NUMERAL[next] === 1 && text.charCodeAt(index + 2) === 0x662f /* 是 */) return 3
  return next === 0x662f /* 是 */ ? 2 : 0
}

/** Whether the marker at `index` is exactly 一是 (not 一二是 or 一方面). */
function isYiShi(text: string, index: number): boolean {
  return text.charCodeAt(index) === 0x4e00 /* 一 */ && text.charCodeAt(index + 1) === 0x662f /* 是 */
}

/**
 * The largest boundary ≤ `offset`.
 *
 * @param starts - Sorted boundaries (first is 0).
 * @param offset - An offset.
 * @returns The boundary.
 */
export function startOf(starts: readonly number[], offset: number): number {
  const index = upperBound(starts, offset) - 1
  return index < 0 ? 0 : starts[index]!
}

/**
 * The end of the segment containing `offset`: the next boundary (minus its
 * delimiter) or `length`.
 *
 * @param starts - Sorted boundaries.
 * @param offset - An offset.
 * @param length - The text length.
 * @returns The end offset.
 */
export function endOf(starts: readonly number[], offset: number, length: number): number {
  const index = upperBound(starts, offset)
  return index < starts.length ? starts[index]! : length
}

/**
 * Whether `offset` is inside one of `spans`.
 *
 * @param spans - Half-open, non-overlapping spans sorted by start.
 * @param offset - An offset.
 * @returns `true` when inside.
 */
export function inside(spans: readonly { start: number; end: number }[], offset: number): boolean {
  let low = 0
  let high = spans.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (spans[middle]!.start <= offset) low = middle + 1
    else high = middle
  }
  return low > 0 && offset < spans[low - 1]!.end
}

/**
 * The index of the first value greater than `value` in a sorted array.
 *
 * @param sorted - Ascending numbers.
 * @param value - The value.
 * @returns An index in `[0, sorted.length]`.
 */
export function upperBound(sorted: readonly number[], value: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (sorted[middle]! <= value) low = middle + 1
    else high = middle
  }
  return low
}

/** Whether the code unit at `index` is an ASCII digit (`false` outside the text). */
function isDigitAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false
  const code = text.charCodeAt(index)
  return code >= 0x30 && code <= 0x39
}

function ascending(a: number, b: number): number {
  return a - b
}

/** Whether a code unit is white space for `\s` in a regular expression (the binder's character checks replace such tests). */
export function isRegexSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/**
 * `i`, or the end of the run of spaces and line breaks at `i` (not past `end`, default: the text's end) when
 * the run holds a line break: a soft break of hard-wrapped text (inside a paragraph every line break is one).
 */
export function afterSoftBreak(text: string, i: number, end: number = text.length): number {
  let j = i
  let broken = false
  for (; j < end; j++) {
    const code = text.charCodeAt(j)
    if (code === 0x0a) broken = true
    else if (code !== 0x20) break
  }
  return broken ? j : i
}

/**
 * A small set of code units as a direct-mapped table: slot `code & mask` holds the code, `-1` when empty
 * (a few hundred bytes that stay in the first-level cache, where a table of every code unit would not).
 *
 * @internal
 */
export interface CharSet {
  readonly mask: number
  readonly slots: Int32Array
}

/**
 * The set of `chars` (single code units), in the smallest table where no two of them share a slot.
 *
 * @param chars - The characters.
 * @returns The set (test it with {@link inCharSet}).
 * @internal
 * @example
 * ```ts
 * inCharSet(charSet(['第', '前']), '前'.charCodeAt(0)) //=> true
 * ```
 */
export function charSet(chars: readonly string[]): CharSet {
  for (let size = 256; ; size *= 2) {
    const mask = size - 1
    const slots = new Int32Array(size).fill(-1)
    let clash = false
    for (const char of chars) {
      const code = char.charCodeAt(0)
      const slot = code & mask
      if (slots[slot] !== -1 && slots[slot] !== code) clash = true
      slots[slot] = code
    }
    if (!clash) return { mask, slots }
  }
}

/**
 * Whether a code unit is in a set.
 *
 * @param set - A set made by {@link charSet}.
 * @param code - A code unit (or `NaN` outside a text: never in the set).
 * @returns `true` when it is.
 * @internal
 * @example
 * ```ts
 * inCharSet(charSet(['第', '前']), '后'.charCodeAt(0)) //=> false
 * ```
 */
export function inCharSet(set: CharSet, code: number): boolean {
  return set.slots[code & set.mask] === code
}
