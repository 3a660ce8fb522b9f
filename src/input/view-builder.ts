/**
 * Builds a flattened text view of a markup document together with the map from
 * each view code unit back to the span of the original string it came from.
 *
 * The map is a sorted list of segments, so memory grows with the number of
 * text runs, entities and separators, not with the text length:
 * - a *copy* segment maps view units `[o, o + n)` one to one onto original
 *   units `[p, p + n)`;
 * - an *atom* segment maps every unit of a view run onto the whole original
 *   span `[p, q)` (an entity `&nbsp;` → one space, a `<w:tab/>` → one space,
 *   a block boundary → `\n` at an empty span).
 *
 * @module
 */

import type { SourceText } from '../document.js'
import { FazhiReportError } from '../errors.js'
import type { Span } from '../types.js'

const LF = 0x0a
const SPACE = 0x20

/**
 * Maps a half-open span of a view to the half-open span of the original it came from.
 *
 * @internal
 */
export type ToOriginal = (start: number, end: number) => Span

/**
 * Accumulates view text and its offset map. Original positions handed to it
 * must not go backwards; a position before the furthest one seen so far is
 * clamped to it, so the map stays monotone whatever the caller does.
 * @internal
 */
export class ViewBuilder {
  /** Length of the view so far, in UTF-16 code units. */
  length = 0
  private readonly parts: string[] = []
  private readonly segOut: number[] = []
  private readonly segStart: number[] = []
  private readonly segEnd: number[] = []
  /** 0 = copy, 1 = atom. */
  private readonly segAtom: number[] = []
  /** Furthest original offset mapped so far. */
  private cursor = 0
  /** Last code unit appended (−1 when empty). */
  private last = -1
  /** Second-to-last code unit appended (−1 when none). */
  private beforeLast = -1

  /** The furthest original offset mapped so far. */
  get position(): number {
    return this.cursor
  }

  /**
   * Append `text` whose units are the original units `[origStart, origStart + text.length)`.
   *
   * @param text - View text, equal to the original slice.
   * @param origStart - Offset of its first unit in the original.
   */
  copy(text: string, origStart: number): void {
    const n = text.length
    if (n === 0) return
    const start = Math.max(origStart, this.cursor)
    const k = this.segOut.length - 1
    if (
      k >= 0 &&
      this.segAtom[k] === 0 &&
      this.segEnd[k] === start &&
      (this.segOut[k] as number) + (start - (this.segStart[k] as number)) === this.length
    ) {
      this.segEnd[k] = start + n
    } else {
      this.push(0, start, start + n)
    }
    this.append(text)
    this.cursor = start + n
  }

  /**
   * Append `text` whose every unit comes from the whole original span `[origStart, origEnd)`.
   *
   * @param text - View text (an entity's decoded value, a separator …).
   * @param origStart - Start of the original span.
   * @param origEnd - End of the original span.
   */
  atom(text: string, origStart: number, origEnd: number): void {
    if (text.length === 0) return
    const start = Math.max(origStart, this.cursor)
    const end = Math.max(origEnd, start)
    this.push(1, start, end)
    this.append(text)
    this.cursor = end
  }

  /** Append a `\n` (mapped to an empty span at the current position) unless the view is empty or already ends with one. */
  newline(): void {
    if (this.last === -1 || this.last === LF) return
    this.atom('\n', this.cursor, this.cursor)
  }

  /** Make the view end with a blank line (`\n\n`) unless it is empty. */
  blankLine(): void {
    if (this.last === -1) return
    if (this.last !== LF) this.atom('\n', this.cursor, this.cursor)
    if (this.beforeLast !== LF) this.atom('\n', this.cursor, this.cursor)
  }

  /** Append one space for the original span `[origStart, origEnd)` unless the view is empty or ends with whitespace. */
  space(origStart: number, origEnd: number): void {
    if (this.last === -1 || this.last === LF || this.last === SPACE) return
    this.atom(' ', origStart, origEnd)
  }

  /**
   * Finish: the raw (not yet normalized) view and its mapping function.
   *
   * @param originalLength - Length of the original string (the end of an empty span at the very end).
   * @returns The view text and `toOriginal`.
   */
  finish(originalLength: number): { text: string; toOriginal: ToOriginal } {
    const text = this.parts.join('')
    const outStarts = Int32Array.from(this.segOut)
    const starts = Int32Array.from(this.segStart)
    const ends = Int32Array.from(this.segEnd)
    const atoms = Uint8Array.from(this.segAtom)
    const length = text.length
    const tail = this.segOut.length > 0 ? this.cursor : 0
    const endOfView = Math.min(tail, originalLength)

    /** Index of the segment holding view unit `i` (0 ≤ i < length). */
    const find = (i: number): number => {
      let lo = 0
      let hi = outStarts.length - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1
        if ((outStarts[mid] as number) <= i) lo = mid
        else hi = mid - 1
      }
      return lo
    }
    const unitStart = (i: number): number => {
      const k = find(i)
      return atoms[k] === 1 ? (starts[k] as number) : (starts[k] as number) + (i - (outStarts[k] as number))
    }
    const unitEnd = (i: number): number => {
      const k = find(i)
      return atoms[k] === 1 ? (ends[k] as number) : (starts[k] as number) + (i - (outStarts[k] as number)) + 1
    }

    const toOriginal: ToOriginal = (start, end) => {
      checkSpan(start, end, length)
      if (start === end) {
        const at = start < length ? unitStart(start) : endOfView
        return { start: at, end: at }
      }
      return { start: unitStart(start), end: unitEnd(end - 1) }
    }
    return { text, toOriginal }
  }

  private push(atom: number, start: number, end: number): void {
    this.segOut.push(this.length)
    this.segStart.push(start)
    this.segEnd.push(end)
    this.segAtom.push(atom)
  }

  private append(text: string): void {
    const n = text.length
    this.parts.push(text)
    this.length += n
    this.beforeLast = n > 1 ? text.charCodeAt(n - 2) : this.last
    this.last = text.charCodeAt(n - 1)
  }
}

/**
 * Throw unless `[start, end)` is a valid half-open span of a view of `length` units.
 *
 * @param start - Span start.
 * @param end - Span end.
 * @param length - View length.
 * @throws {FazhiReportError} `INVALID_ARGUMENT` for non-integers, negative, reversed or out-of-range spans.
 * @example
 * ```ts
 * checkSpan(2, 1, 10) // throws INVALID_ARGUMENT
 * ```
 * @internal
 */
export function checkSpan(start: number, end: number, length: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length) {
    throw new FazhiReportError(
      'INVALID_ARGUMENT',
      `Invalid span [${start}, ${end}) for a text of length ${length}.`,
      {
        start,
        end,
        length,
      },
    )
  }
}

/**
 * The identity map of a view that *is* the original (plain text).
 *
 * @param length - Length of the text.
 * @returns A `toOriginal` that returns its arguments (after validating them).
 * @example
 * ```ts
 * identityMap(10)(2, 5) //=> { start: 2, end: 5 }
 * ```
 * @internal
 */
export function identityMap(length: number): ToOriginal {
  const map: ToOriginal = (start, end) => {
    checkSpan(start, end, length)
    return { start, end }
  }
  identityLengths.set(map, length)
  return map
}

/** The text length of each map made by {@link identityMap}. */
const identityLengths = new WeakMap<ToOriginal, number>()

/**
 * The text length an {@link identityMap} was made for, so a caller mapping many spans can
 * skip the call (and its result object): `map(start, end)` is `checkSpan(start, end, length)`
 * then `{ start, end }`.
 *
 * @param map - A `toOriginal` function.
 * @returns The length, or `-1` when `map` is not an identity map.
 * @example
 * ```ts
 * identityLength(identityMap(10)) //=> 10
 * ```
 * @internal
 */
export function identityLength(map: ToOriginal): number {
  return identityLengths.get(map) ?? -1
}

/** Sources made by `loadSource`, with the normalized view each was made with. */
const views = new WeakMap<SourceText, string>()

/**
 * Record that `source.text` is a normalized view made by `normalizeView` (`loadSource` calls it
 * on every source it returns).
 *
 * @param source - A source whose `text` is `normalizeView(…)` of something.
 * @example
 * ```ts
 * markNormalizedView(source)
 * ```
 * @internal
 */
export function markNormalizedView(source: SourceText): void {
  views.set(source, source.text)
}

/**
 * Whether `source.text` is the normalized view `loadSource` made for `source` (not replaced
 * since). Such a text has no white space but `' '` and `'\n'` (`normalizeView` maps every other
 * `\s` unit to one of them), so a caller may search it for white space with `indexOf(' ')`.
 *
 * @param source - A source text.
 * @returns `true` for a source marked by {@link markNormalizedView}.
 * @example
 * ```ts
 * hasNormalizedView(loadSource('全年办理\u300012件')) //=> true
 * ```
 * @internal
 */
export function hasNormalizedView(source: SourceText): boolean {
  return views.get(source) === source.text
}
