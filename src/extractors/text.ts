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

/** Per code unit: 1 for a clause delimiter, 2 for one that also ends a run (the sets above as a table). */
const DELIMITER_KIND = new Uint8Array(0x10000)
for (const char of CLAUSE_DELIMITERS) DELIMITER_KIND[char.charCodeAt(0)] = RUN_DELIMITERS.has(char) ? 2 : 1

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
 * @returns The structure.
 */
export function analyzeSentence(text: string): SentenceStructure {
  const clauseStarts = [0]
  const runStarts = [0]
  const titles: { start: number; end: number }[] = []
  let titleDepth = 0
  let titleStart = -1
  let quoteDepth = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x300a /* 《 */) {
      if (titleDepth === 0) titleStart = index
      titleDepth++
    } else if (code === 0x300b /* 》 */) {
      if (titleDepth > 0) {
        titleDepth--
        if (titleDepth === 0) titles.push({ start: titleStart, end: index + 1 })
      }
    } else if (code === 0x201c /* “ */) quoteDepth++
    else if (code === 0x201d /* ” */) quoteDepth = Math.max(0, quoteDepth - 1)
    else if (titleDepth === 0 && quoteDepth === 0) {
      const kind = DELIMITER_KIND[code]
      if (kind === 0) continue
      // A comma between digits is a thousands separator, not a clause boundary.
      if (code === 0x2c /* , */ && isDigit(text[index - 1]) && isDigit(text[index + 1])) continue
      clauseStarts.push(index + 1)
      if (kind === 2) runStarts.push(index + 1)
    }
  }
  let added = false
  for (const marker of findRunInMarkers(text)) {
    if (marker.start === 0) continue
    if (!inside(titles, marker.start)) {
      clauseStarts.push(marker.start)
      runStarts.push(marker.start)
      added = true
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
  const span = spans[low - 1]
  return span !== undefined && offset < span.end
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

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9'
}

function ascending(a: number, b: number): number {
  return a - b
}
