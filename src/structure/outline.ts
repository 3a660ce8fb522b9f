/**
 * Outline detection: numbered headings on their own line or run into the
 * text, with levels inferred from the report's own usage and numbering
 * checked for sequence.
 *
 * @module
 */

import { charClass, HAN as HAN_CLASS, PUNCT as PUNCT_CLASS } from '../parser/chars.js'
import type { MessageDraft } from '../parser/types.js'
import type { HeadingStyle, Span } from '../types.js'
import { charTable, SPACE as SPACE_TABLE, WHITE_SPACE } from './chars.js'
import { MarkerStarts } from './cursors.js'
import type { Line } from './lines.js'
import {
  cnParenAtRe,
  type MarkerRead,
  parseCnOrdinal,
  readMarkerAt,
  styleRank,
  yearLeadAtRe,
} from './markers.js'

// Module-level copies of imported bindings read in loops (a bundler may turn
// an imported binding into a property read on every use).
const classOf = charClass
const SPACE = SPACE_TABLE
const HAN = HAN_CLASS
const PUNCT = PUNCT_CLASS
const readMarker = readMarkerAt
const cnParenAt = cnParenAtRe
const yearLeadAt = yearLeadAtRe
const parseOrdinal = parseCnOrdinal
const ranks = styleRank

/**
 * A heading found in the body (offsets into the normalized view).
 *
 * @category Structure
 */
export interface OutlineHeading extends Span {
  /** End of the marker. */
  markerEnd: number
  /** Start of the title (after the marker and any space). */
  titleStart: number
  /** End of the title (before trailing punctuation). */
  titleEnd: number
  /** The marker as in the view (`一、`, `(一)`, `1.`). */
  marker: string
  /** The title without marker and trailing punctuation. */
  title: string
  /** Numbering style. */
  style: HeadingStyle
  /** The ordinal the marker states. */
  ordinal: number
  /** Outline depth (1 = top). */
  level: number
  /** Whether the marker starts a line. */
  atLineStart: boolean
}

/** Longest title a heading run into the text may have. */
const MAX_RUNIN_TITLE = 80
/** How far a title is scanned for its end. */
const MAX_TITLE_SCAN = 150
/** A heading line shorter than this with no sentence punctuation is a heading as a whole. */
const MAX_HEADING_LINE = 100

const FULL_STOP = 0x3002
const COLON = 0x3a
const BANG = 0x21
const QUESTION = 0x3f
const OPEN_PAREN = 0x28
const COMMA = 0x2c
const CN_ONE = 0x4e00
const CN_IS = 0x662f
/** A line feed inside a text block: a soft break of a hard-wrapped document, not white space. */
const LF = 0x0a

/** Characters before 一是 that make it part of a word (统一是, 唯一是 …), not a run-in marker. */
const RUNIN_BLOCKERS = charTable('统同唯第之单专划归万均整合逐十')
/** Opening punctuation a title may start with: “ ‘ 《 「 『 【 ( ". */
const TITLE_OPENERS = charTable('\u201c\u2018\u300a\u300c\u300e\u3010("')
/** Trailing characters stripped from a title: 。 : ; ! ? , 、 and white space. */
const TITLE_TRAILERS = charTable(`\u3002:;!?,\u3001${WHITE_SPACE}`)

/** What a code unit before a heading marker makes of it (0: no boundary). */
const NOT_BOUNDARY = 0
/** White space other than a line feed. */
const SPACE_BOUNDARY = 1
/** A sentence end: 。 ! ?. */
const END_BOUNDARY = 2
/** A colon (only 一、/(一)/第一部分 may follow it). */
const COLON_BOUNDARY = 3
/** A closing quote/bracket (” ’ ) 」 』 】 》 "): a boundary right after a sentence end. */
const CLOSER_BOUNDARY = 4
/** {@link NOT_BOUNDARY} … {@link CLOSER_BOUNDARY} by code unit. */
const BOUNDARY = charTable(WHITE_SPACE.replace('\n', ''), SPACE_BOUNDARY)
for (const code of [FULL_STOP, BANG, QUESTION]) BOUNDARY[code] = END_BOUNDARY
BOUNDARY[COLON] = COLON_BOUNDARY
/** The closing quotes and brackets of {@link CLOSER_BOUNDARY}. */
const CLOSERS = '\u201d\u2019)\u300d\u300f\u3011\u300b"'
for (let i = 0; i < CLOSERS.length; i++) BOUNDARY[CLOSERS.charCodeAt(i)] = CLOSER_BOUNDARY

function isSentenceEnd(code: number): boolean {
  return code === FULL_STOP || code === BANG || code === QUESTION
}

/** Punctuation a title ends at (kept in the heading): 。 ! ? ; :. */
const TITLE_END = charTable('\u3002!?;:')

/** Code units a title may end at or before: 。 ! ? ; :, white space, 一 (一是), ( ((一)) and digits (a year). */
const TITLE_STOP = charTable(`\u3002!?;:\u4e00(0123456789${WHITE_SPACE}`)

/** Where {@link scanTitle} found a title to end (a scratch object). */
const extent = { titleEnd: 0, end: 0 }

/** Set {@link extent} and return `true`. */
function found(titleEnd: number, end: number): true {
  extent.titleEnd = titleEnd
  extent.end = end
  return true
}

/**
 * Find where a heading's title ends: at 。/;/: (kept in the heading), white
 * space, a run-in 一是, a fused (一) marker, a year-led sentence, or the line
 * end. Sets {@link extent}; `false` when the title does not end in reach.
 */
function scanTitle(text: string, titleStart: number, lineEnd: number, atLineStart: boolean): boolean {
  if (atLineStart && lineEnd - titleStart <= MAX_HEADING_LINE) {
    let j = titleStart
    while (j < lineEnd && TITLE_END[text.charCodeAt(j)] === 0) j++
    // A line with no title end is a heading as a whole.
    if (j === lineEnd) return found(lineEnd, lineEnd)
  }
  const limit = Math.min(lineEnd, titleStart + MAX_TITLE_SCAN)
  for (let j = titleStart; j < limit; j++) {
    const code = text.charCodeAt(j)
    if (TITLE_STOP[code] === 0) continue
    if (TITLE_END[code] === 1) return found(j, j + 1)
    if (SPACE[code] === 1 && code !== LF) return found(j, j)
    if (j > titleStart + 1) {
      if (
        code === CN_ONE &&
        text.charCodeAt(j + 1) === CN_IS &&
        RUNIN_BLOCKERS[text.charCodeAt(j - 1)] === 0
      ) {
        return found(j, j)
      }
      if (code === OPEN_PAREN) {
        cnParenAt.lastIndex = j
        if (cnParenAt.test(text)) return found(j, j)
      }
      if (code >= 0x30 && code <= 0x39 && j >= titleStart + 4 && classOf(text.charCodeAt(j - 1)) === HAN) {
        yearLeadAt.lastIndex = j
        if (yearLeadAt.test(text)) return found(j, j)
      }
    }
  }
  if (limit === lineEnd) return found(lineEnd, lineEnd)
  if (!atLineStart) return false
  for (let j = titleStart; j < limit; j++) {
    if (text.charCodeAt(j) === COMMA) return found(j, j + 1)
  }
  return found(limit, limit)
}

function cleanTitleEnd(text: string, titleStart: number, titleEnd: number): number {
  let e = titleEnd
  while (e > titleStart) {
    if (TITLE_TRAILERS[text.charCodeAt(e - 1)] === 1) e--
    else break
  }
  return e
}

/** A title's text; soft breaks of a hard-wrapped title are dropped. */
function titleText(text: string, start: number, end: number): string {
  const title = text.slice(start, end)
  if (!title.includes('\n')) return title
  let out = ''
  for (const part of title.split('\n')) out += part.trim()
  return out
}

/** The code units a heading marker may start with: 第 ( 一…十 0–9. */
const MARKER_START = charTable('第(一二三四五六七八九十0123456789')

/** A heading candidate before its numbering is checked (a scratch object). */
const candidate = { ordinal: 0, titleStart: 0, titleEnd: 0, end: 0 }

/** The marker {@link readMarkerAt} read last (a scratch object). */
const marker: MarkerRead = { style: 'none', ordinal: null, end: 0 }

/**
 * Check the marker just read ({@link marker}) and find its title; sets
 * {@link candidate}, `false` when it is no heading.
 */
function readCandidate(text: string, lineEnd: number, atLineStart: boolean, afterColon: boolean): boolean {
  const style = marker.style
  const ordinal = marker.ordinal
  if (ordinal === null || ordinal === 0) return false
  if (afterColon && style !== 'cn-comma' && style !== 'cn-paren' && style !== 'cn-ordinal') return false

  const markerEnd = marker.end
  if (markerEnd >= lineEnd) return false
  const next = text.charCodeAt(markerEnd)
  if (style === 'arabic' && next >= 0x30 && next <= 0x39) return false
  if (style === 'cn-comma') {
    if (text.charCodeAt(markerEnd - 1) === 0x2e && !atLineStart) return false
    // 一、二、三 enumerations
    if (parseOrdinal(text.charAt(markerEnd)) !== null && text.charCodeAt(markerEnd + 1) === 0x3001)
      return false
  }

  let titleStart = markerEnd
  while (titleStart < lineEnd) {
    const code = text.charCodeAt(titleStart)
    if (
      SPACE[code] === 1 ||
      (style === 'cn-ordinal' && (code === COLON || code === 0x3001 || code === COMMA))
    ) {
      titleStart++
    } else break
  }
  if (titleStart >= lineEnd) return false
  const first = text.charCodeAt(titleStart)
  if (classOf(first) === PUNCT && TITLE_OPENERS[first] === 0) return false

  if (!scanTitle(text, titleStart, lineEnd, atLineStart)) return false
  const titleEnd = cleanTitleEnd(text, titleStart, extent.titleEnd)
  if (titleEnd - titleStart < 2) return false
  if (!atLineStart && titleEnd - titleStart > MAX_RUNIN_TITLE) return false
  candidate.ordinal = ordinal
  candidate.titleStart = titleStart
  candidate.titleEnd = titleEnd
  candidate.end = extent.end
  return true
}

/**
 * Find the report's headings in its body lines.
 *
 * A marker counts when it starts a line, or follows white space, a sentence
 * end (。!?) or — for 一、/(一)/第一部分 — a colon, and is followed by a
 * heading phrase. Levels come from the report's own usage: the first style
 * seen is level 1 and each new style nests one deeper (a style placed above an
 * open one by the GB/T 9704 order closes it). Numbering must go on from the
 * previous sibling; a marker mid-line that breaks the sequence is not a
 * heading, one that starts a line is kept with a `heading-skip` /
 * `heading-restart` message.
 *
 * @param text - The normalized view.
 * @param lines - Classified lines (only `body` lines are searched).
 * @param bodyEnd - Where the body ends (the signature block's start, or the text length).
 * @param messages - Receives `heading-skip` / `heading-restart` drafts.
 * @returns The headings in document order.
 * @category Structure
 * @example
 * ```ts
 * const text = '一、主要举措和成效\n(一)法治理念不断强化。一是…。'
 * const lines = scanLines(text)
 * classifyLines(text, lines)
 * findHeadings(text, lines, text.length, []).map((h) => [h.level, h.marker, h.title])
 * //=> [[1, '一、', '主要举措和成效'], [2, '(一)', '法治理念不断强化']]
 * ```
 */
export function findHeadings(
  text: string,
  lines: readonly Line[],
  bodyEnd: number,
  messages: MessageDraft[],
): OutlineHeading[] {
  const out: OutlineHeading[] = []
  // The open outline levels: rank and last ordinal of each, outermost first.
  const openRanks: number[] = []
  const openOrdinals: number[] = []
  const starts = new MarkerStarts(text)
  let lastEnd = -1
  for (const line of lines) {
    if (line.kind !== 'body' || line.start >= bodyEnd) continue
    const lineEnd = Math.min(line.end, bodyEnd)
    // Positions whose previous code unit need not be a boundary: the line
    // start, and the first one after an accepted heading and its white space.
    // Past them, only the positions a marker may start at are visited (the
    // others are no heading whatever precedes them).
    let free = true
    let p = line.start
    for (;;) {
      if (!free) p = starts.next(p)
      if (p >= lineEnd) break
      if (MARKER_START[text.charCodeAt(p)] === 0) {
        free = false
        p++
        continue
      }
      const atLineStart = p === line.start
      let afterColon = false
      if (!free) {
        const boundary = BOUNDARY[text.charCodeAt(p - 1)]!
        if (
          boundary === NOT_BOUNDARY ||
          (boundary === CLOSER_BOUNDARY && (p - 2 < line.start || !isSentenceEnd(text.charCodeAt(p - 2))))
        ) {
          p++
          continue
        }
        afterColon = boundary === COLON_BOUNDARY
      }
      free = false
      if (p < lastEnd) {
        p++
        continue
      }
      if (!readMarker(text, p, marker)) {
        p++
        continue
      }
      if (!readCandidate(text, lineEnd, atLineStart, afterColon)) {
        p++
        continue
      }
      const style = marker.style
      const markerEnd = marker.end
      const ordinal = candidate.ordinal

      // Place the style in the open outline and check its numbering.
      const rank = ranks[style]
      let index = 0
      while (index < openRanks.length && openRanks[index]! < rank) index++
      const sibling = index < openRanks.length && openRanks[index] === rank
      const expected = sibling ? openOrdinals[index]! + 1 : 1
      const delta = ordinal - expected
      if (delta > 0 && !atLineStart && (!sibling || delta > 2)) {
        p++
        continue
      }
      if (delta < 0 && !atLineStart) {
        p++
        continue
      }
      const markerText = text.slice(p, markerEnd)
      if (delta > 0) {
        messages.push({
          ruleId: 'heading-skip',
          reason: sibling
            ? `Heading numbering skips from ${expected - 1} to ${ordinal} at \`${markerText}\``
            : `Heading numbering starts at ${ordinal} instead of 1 at \`${markerText}\``,
          severity: 'warning',
          start: p,
          end: markerEnd,
          actual: markerText,
        })
      } else if (delta < 0) {
        messages.push({
          ruleId: 'heading-restart',
          reason: `Heading numbering goes back from ${expected - 1} to ${ordinal} at \`${markerText}\``,
          severity: 'warning',
          start: p,
          end: markerEnd,
          actual: markerText,
        })
      }
      while (openRanks.length > index) {
        openRanks.pop()
        openOrdinals.pop()
      }
      openRanks.push(rank)
      openOrdinals.push(ordinal)
      const { titleStart, titleEnd, end } = candidate
      out.push({
        start: p,
        end,
        markerEnd,
        titleStart,
        titleEnd,
        marker: markerText,
        title: titleText(text, titleStart, titleEnd),
        style,
        ordinal,
        level: index + 1,
        atLineStart,
      })
      // Skip white space so a marker right after this heading counts as fused.
      lastEnd = end
      while (lastEnd < lineEnd && SPACE[text.charCodeAt(lastEnd)] === 1) lastEnd++
      p = lastEnd
      free = true
    }
  }
  return out
}
