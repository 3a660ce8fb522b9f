/**
 * The sentence splitter the parser used before the structure stage found sentence
 * ends itself: kept as the slow reference `test/structure/fastpaths.test.ts` checks
 * `splitParagraphs` against.
 *
 * @module
 * @internal
 */

import { isSpace } from '../../src/parser/chars.js'

/** 。 ! ? */
const FULL_STOP = 0x3002
const BANG = 0x21
const QUESTION = 0x3f
const ELLIPSIS = 0x2026

/** Closing quotes and brackets kept with the sentence they close: ” ’ ) 」 』 】 〉 》 " ' */
const CLOSERS = new Set([0x201d, 0x2019, 0x29, 0x300d, 0x300f, 0x3011, 0x3009, 0x300b, 0x22, 0x27])

// A module-level copy: read per character (see src/parser/index.ts).
const space = isSpace

function isTerminator(code: number): boolean {
  return code === FULL_STOP || code === BANG || code === QUESTION
}

/**
 * Split `text[start, end)` into sentences: after 。 ! ? (and runs of them) and
 * after `……`, keeping closing quotes and brackets with the sentence. White
 * space between sentences belongs to no sentence.
 *
 * @param text - The normalized view.
 * @param start - Start of the paragraph.
 * @param end - End of the paragraph.
 * @returns Flat `[start0, end0, start1, end1, …]` of trimmed sentences.
 * @category Parser
 * @example
 * ```ts
 * splitSentences('办结58宗。“好评”! 余下', 0, 14) //=> [0, 6, 6, 11, 12, 14]
 * ```
 */
export function splitSentences(text: string, start: number, end: number): number[] {
  const out: number[] = []
  let s = start
  while (s < end && space(text.charCodeAt(s))) s++
  let i = s
  while (i < end) {
    const code = text.charCodeAt(i)
    let j = -1
    if (isTerminator(code)) {
      j = i + 1
    } else if (code === ELLIPSIS && i + 1 < end && text.charCodeAt(i + 1) === ELLIPSIS) {
      j = i + 2
    }
    if (j === -1) {
      i++
      continue
    }
    while (j < end) {
      const next = text.charCodeAt(j)
      if (isTerminator(next) || next === ELLIPSIS) j++
      else break
    }
    while (j < end && CLOSERS.has(text.charCodeAt(j))) j++
    out.push(s, j)
    s = j
    while (s < end && space(text.charCodeAt(s))) s++
    i = s
  }
  if (s < end) {
    let e = end
    while (e > s && space(text.charCodeAt(e - 1))) e--
    out.push(s, e)
  }
  return out
}
