/**
 * A one-line progress bar for a TTY stderr:
 * `[=====>    ] 123/500 files 45.6 files/s ETA 8s`, redrawn with `\r` at most ten times a second.
 * Node-only.
 *
 * @module
 */

/** What the bar writes to (a TTY stream). */
export interface ProgressStream {
  write(text: string): unknown
  columns?: number | undefined
}

const BAR_WIDTH = 24
const REDRAW_MS = 100

/**
 * Formats a duration for the ETA: `8s`, `3m05s`, `1h02m`.
 *
 * @param seconds - Seconds (rounded up).
 * @returns The short form.
 */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds))
  if (s < 60) return `${s}s`
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
}

/**
 * The bar's text for a state.
 *
 * @param done - Files finished.
 * @param total - Files in the batch.
 * @param seconds - Seconds since the start.
 * @returns The line, without `\r`.
 */
export function renderProgress(done: number, total: number, seconds: number): string {
  const ratio = total === 0 ? 1 : Math.min(1, done / total)
  const filled = Math.floor(ratio * BAR_WIDTH)
  const bar =
    filled >= BAR_WIDTH
      ? '='.repeat(BAR_WIDTH)
      : '='.repeat(filled) + '>' + ' '.repeat(BAR_WIDTH - filled - 1)
  const rate = seconds > 0 ? done / seconds : 0
  const eta = rate > 0 ? formatDuration((total - done) / rate) : '?'
  return `[${bar}] ${done}/${total} files ${rate.toFixed(1)} files/s ETA ${eta}`
}

/** A progress bar; a no-op when disabled. */
export class Progress {
  readonly #stream: ProgressStream | null
  readonly #total: number
  readonly #started = Date.now()
  #done = 0
  #lastDraw = 0
  #visible = false

  /**
   * @param stream - Where to draw, or `null` to stay silent.
   * @param total - Files in the batch.
   */
  constructor(stream: ProgressStream | null, total: number) {
    this.#stream = stream
    this.#total = total
  }

  /** Counts one finished file and redraws when due. */
  tick(): void {
    this.#done++
    this.#draw(false)
  }

  /**
   * Writes a line above the bar (the bar is cleared and redrawn).
   *
   * @param line - Text ending in a newline.
   * @param fallback - Where to write when there is no bar.
   */
  print(line: string, fallback: { write(text: string): unknown }): void {
    if (this.#stream === null) {
      fallback.write(line)
      return
    }
    this.#clear()
    this.#stream.write(line)
    this.#draw(true)
  }

  /** Erases the bar for good. */
  done(): void {
    this.#clear()
  }

  #clear(): void {
    if (this.#stream !== null && this.#visible) this.#stream.write('\r\x1b[K')
    this.#visible = false
  }

  #draw(force: boolean): void {
    if (this.#stream === null) return
    const now = Date.now()
    if (!force && now - this.#lastDraw < REDRAW_MS && this.#done < this.#total) return
    this.#lastDraw = now
    let line = renderProgress(this.#done, this.#total, (now - this.#started) / 1000)
    const columns = this.#stream.columns
    if (columns !== undefined && columns > 10 && line.length >= columns) line = line.slice(0, columns - 1)
    this.#stream.write('\r' + line + '\x1b[K')
    this.#visible = true
  }
}
