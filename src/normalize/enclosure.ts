/**
 * Tracks paired delimiters (《…》, “…”, 「…」) while a finder walks the text left to
 * right (internal). Queries must come with non-decreasing offsets; the tracker only
 * ever moves forward with native `indexOf`, so a whole scan is linear.
 *
 * @module
 * @internal
 */

/** Answers "is offset p inside an enclosure?" for increasing p. */
export class EnclosureTracker {
  private readonly text: string
  private readonly open: string
  private readonly close: string
  private readonly maxLength: number
  private nextOpen: number
  private cachedClose = -2
  private curStart = -1
  private curEnd = -1

  /**
   * @param text - The text being scanned.
   * @param open - The opening delimiter (one character).
   * @param close - The closing delimiter (one character).
   * @param maxLength - Longest enclosure honoured (longer ones are treated as unbalanced).
   */
  constructor(text: string, open: string, close: string, maxLength: number) {
    this.text = text
    this.open = open
    this.close = close
    this.maxLength = maxLength
    this.nextOpen = text.indexOf(open)
  }

  /**
   * Whether offset `p` lies strictly inside the nearest enclosure opened before it.
   *
   * @param p - An offset, not smaller than the previous query.
   * @returns `true` when `p` is inside.
   */
  inside(p: number): boolean {
    while (this.nextOpen !== -1 && this.nextOpen < p) {
      const o = this.nextOpen
      let c = this.cachedClose
      if (c !== -1 && c <= o) {
        c = this.text.indexOf(this.close, o + 1)
        this.cachedClose = c
      }
      if (c === -1) {
        // No closing delimiter anywhere after: nothing later can be enclosed.
        this.nextOpen = -1
        break
      }
      if (c - o <= this.maxLength) {
        this.curStart = o
        this.curEnd = c
        this.nextOpen = this.text.indexOf(this.open, c + 1)
      } else {
        this.nextOpen = this.text.indexOf(this.open, o + 1)
      }
    }
    return this.curStart < p && p < this.curEnd
  }
}

/** Trackers for titles and slogan quotes (internal). */
export interface Enclosures {
  /** Whether `p` is inside 《…》 (titles), or a short “…”/「…」/『…』 (slogans, names). */
  inside(p: number): boolean
}

/**
 * Creates the title + quote trackers used by {@link findQuantities}.
 *
 * @param text - The text being scanned.
 * @returns An object answering `inside(p)` for increasing `p`.
 */
export function titlesAndQuotes(text: string): Enclosures {
  const title = new EnclosureTracker(text, '《', '》', 120)
  const quote = new EnclosureTracker(text, '“', '”', 24)
  const corner = new EnclosureTracker(text, '「', '」', 24)
  const white = new EnclosureTracker(text, '『', '』', 24)
  return {
    inside(p: number): boolean {
      // Evaluate all four so each tracker keeps advancing.
      const a = title.inside(p)
      const b = quote.inside(p)
      const c = corner.inside(p)
      const d = white.inside(p)
      return a || b || c || d
    },
  }
}
