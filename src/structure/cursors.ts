/**
 * Cursors over a text driven by literal searches (`indexOf`, which scans far
 * faster than a regex class or a per-code-unit loop over Chinese text): the
 * next sentence terminator, and the next position a heading marker may start
 * at. Callers ask in increasing order; each cursor remembers what it found,
 * so each stretch of text is searched once. Internal.
 *
 * @internal
 * @module
 */

import { charTable } from './chars.js'

/**
 * The index of `search` in `text` at or after `from`, or the text length.
 *
 * @param text - The text.
 * @param search - What to look for.
 * @param from - Where to start.
 * @returns The index, or `text.length` when there is none.
 * @example
 * ```ts
 * indexOrLength('办结。', '。', 0) //=> 2
 * indexOrLength('办结', '。', 0) //=> 2
 * ```
 * @internal
 */
export function indexOrLength(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from)
  return at === -1 ? text.length : at
}

/**
 * The next sentence terminator of a text — the first 。 ! ? or `……` at or
 * after a position, as the regex `/[。!?]|……/g` searching from there finds
 * it. Each of the four is found by a literal search and kept until a query
 * passes it (a query going back searches again).
 *
 * @example
 * ```ts
 * const cursor = new TerminatorCursor('办结。受理……余下')
 * cursor.next(0) //=> 2
 * cursor.next(3) //=> 5
 * cursor.next(7) //=> 9
 * ```
 * @internal
 */
export class TerminatorCursor {
  /** The next 。 at or after the last query (the text length when none; `-1`: not searched yet). */
  private stop = -1
  /** The next `!`. */
  private bang = -1
  /** The next `?`. */
  private question = -1
  /** The next `……`. */
  private ellipsis = -1
  /** The last query. */
  private last = 0

  constructor(private readonly text: string) {}

  /**
   * The first `[。!?]` or `……` at or after `position`.
   *
   * @param position - Where to search from.
   * @returns Its index (of the first `…` of `……`), or the text length.
   */
  next(position: number): number {
    const text = this.text
    if (position < this.last) {
      // Going back: search again.
      this.stop = this.bang = this.question = this.ellipsis = -1
    }
    this.last = position
    if (this.stop < position) this.stop = indexOrLength(text, '\u3002', position)
    if (this.bang < position) this.bang = indexOrLength(text, '!', position)
    if (this.question < position) this.question = indexOrLength(text, '?', position)
    if (this.ellipsis < position) this.ellipsis = indexOrLength(text, '\u2026\u2026', position)
    return Math.min(this.stop, this.bang, this.question, this.ellipsis)
  }
}

/** 一…十 and 0–9: the units of a marker's number. */
const NUMERAL = charTable('一二三四五六七八九十0123456789')

/**
 * The positions a heading marker may start at, in increasing order, found
 * from literal searches instead of a test per code unit: every 第 and `(`,
 * and every position of a run of at most three numerals (一…十, 0–9) right
 * before a `、` or `.`. Every position `markerAtRe` (and `readMarkerAt`)
 * matches at is among them: its alternatives start with 第 or `(`, or are 1–3
 * numerals up to a `、`/`.`. The next 第, `(`, `、` and `.` are kept until a
 * query passes them (a query going back searches again).
 *
 * @example
 * ```ts
 * const starts = new MarkerStarts('全年办结。二、执法(一)检查')
 * starts.next(0) //=> 5
 * starts.next(6) //=> 9
 * starts.next(10) //=> 14
 * ```
 * @internal
 */
export class MarkerStarts {
  /** The next 第 at or after the last query (the text length when none; `-1`: not searched yet). */
  private ordinal = -1
  /** The next `(` at or after the last query. */
  private paren = -1
  /** The next `、` after the last query that has a numeral before it. */
  private comma = -1
  /** The next `.` after the last query that has a numeral before it. */
  private dot = -1
  /** The last query. */
  private last = 0

  constructor(private readonly text: string) {}

  /**
   * The first position at or after `from` a marker may start at.
   *
   * @param from - Where to search from.
   * @returns The position, or the text length.
   */
  next(from: number): number {
    const text = this.text
    if (from < this.last) {
      // Going back (lines out of order): search again.
      this.ordinal = this.paren = this.comma = this.dot = -1
    }
    this.last = from
    if (this.ordinal < from) this.ordinal = indexOrLength(text, '\u7b2c', from)
    if (this.paren < from) this.paren = indexOrLength(text, '(', from)
    if (this.comma <= from) this.comma = this.numberedAnchor('\u3001', from)
    if (this.dot <= from) this.dot = this.numberedAnchor('.', from)
    return Math.min(this.ordinal, this.paren, this.runStart(this.comma, from), this.runStart(this.dot, from))
  }

  /** The first `char` after `from` with a numeral right before it (and after `from`), or the text length. */
  private numberedAnchor(char: string, from: number): number {
    const text = this.text
    for (let k = text.indexOf(char, from + 1); k !== -1; k = text.indexOf(char, k + 1)) {
      if (NUMERAL[text.charCodeAt(k - 1)] === 1) return k
    }
    return text.length
  }

  /** The first position at or after `from` of the numeral run (at most three) before anchor `k`. */
  private runStart(k: number, from: number): number {
    const text = this.text
    if (k >= text.length) return k
    let s = k - 1
    while (s > from && s > k - 3 && NUMERAL[text.charCodeAt(s - 1)] === 1) s--
    return s
  }
}
