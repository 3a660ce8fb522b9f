/**
 * Paired delimiters (《…》, “…”, 「…」, 『…』) for a finder that walks the text left to
 * right and reports every delimiter it passes (internal).
 *
 * An opening delimiter pairs with the first closing one after it when that is at most
 * the pair's longest length away (otherwise it is unbalanced and skipped, and the next
 * opening one is tried), and the text between them is enclosed. So an offset `p` is
 * enclosed exactly when, among the opening delimiters met since the pair's last closing
 * one, the last (the nearest) is close enough to the first closing delimiter after `p`:
 * the walk keeps that last opening delimiter per pair, and a query looks ahead at most
 * the longest length. Linear, and no search of the whole text.
 *
 * @module
 * @internal
 */

/** The pairs: opening and closing delimiter, longest enclosure honoured (longer ones are unbalanced). */
const PAIRS: ReadonlyArray<readonly [number, number, number]> = (
  [
    ['《', '》', 120],
    ['“', '”', 24],
    ['「', '」', 24],
    ['『', '』', 24],
  ] as const
).map(([open, close, max]) => [open.charCodeAt(0), close.charCodeAt(0), max] as const)

/** Per code unit: 1 + the index of the pair it opens, or 1 + the pair count + the index of the pair it closes, or 0. */
const PAIR_OF = new Uint8Array(0x10000)
PAIRS.forEach(([open, close], k) => {
  PAIR_OF[open] = 1 + k
  PAIR_OF[close] = 1 + PAIRS.length + k
})

/** Every delimiter of the pairs (for the walker's character table). */
export const DELIMITERS = '《》“”「」『』'

/**
 * Titles (《…》 up to 120 units) and slogan quotes (“…”/「…」/『…』 up to 24) around the
 * numbers {@link findQuantities} reads, fed by its walk (internal).
 *
 * @example
 * ```ts
 * const text = '“三项5件”'
 * const enclosures = new Enclosures()
 * enclosures.delimiter(text.charCodeAt(0), 0)
 * enclosures.inside(text, 3) //=> true
 * ```
 */
export class Enclosures {
  /** Per pair: the last opening delimiter met since the pair's last closing one, or -1. */
  private readonly lastOpen = [-1, -1, -1, -1]

  /**
   * Records a delimiter. The walk must report every delimiter, in text order.
   *
   * @param code - The delimiter's code unit (other characters are ignored).
   * @param at - Its offset.
   */
  delimiter(code: number, at: number): void {
    const k = PAIR_OF[code] ?? 0
    if (k === 0) return
    // Opening delimiters are 1–4, closing ones 5–8 (see PAIR_OF).
    if (k <= PAIRS.length) this.lastOpen[k - 1] = at
    else this.lastOpen[k - 1 - PAIRS.length] = -1
  }

  /**
   * Whether offset `p` is strictly inside an enclosure. Every delimiter before `p` must
   * have been reported, and none after it.
   *
   * @param t - The text being walked.
   * @param p - An offset (not a delimiter).
   * @returns `true` when `p` is inside.
   */
  inside(t: string, p: number): boolean {
    for (let k = 0; k < PAIRS.length; k++) {
      const open = this.lastOpen[k] ?? -1
      const pair = PAIRS[k]
      if (open < 0 || pair === undefined) continue
      // The first closing delimiter after p pairs up (with the nearest opening one) if it
      // is at most the longest length away from that opening delimiter.
      const limit = Math.min(t.length - 1, open + pair[2])
      for (let j = p + 1; j <= limit; j++) {
        if (t.charCodeAt(j) === pair[1]) return true
      }
    }
    return false
  }
}
