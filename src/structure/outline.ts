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
import type { Line } from './lines.js'
import { cnParenAtRe, markerAtRe, parseCnOrdinal, styleRank, yearLeadAtRe } from './markers.js'

// Module-level copies of imported bindings read in loops (a bundler may turn
// an imported binding into a property read on every use).
const classOf = charClass
const SPACE = SPACE_TABLE
const HAN = HAN_CLASS
const PUNCT = PUNCT_CLASS
const markerAt = markerAtRe
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
const SEMICOLON = 0x3b
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

function isTitleEnd(code: number): boolean {
  return code === FULL_STOP || code === BANG || code === QUESTION || code === SEMICOLON || code === COLON
}

/** Code units a title may end at or before: 。 ! ? ; :, white space, 一 (一是), ( ((一)) and digits (a year). */
const TITLE_STOP = charTable(`\u3002!?;:\u4e00(0123456789${WHITE_SPACE}`)

interface TitleExtent {
  titleEnd: number
  end: number
}

/**
 * Find where a heading's title ends: at 。/;/: (kept in the heading), white
 * space, a run-in 一是, a fused (一) marker, a year-led sentence, or the line end.
 */
function scanTitle(
  text: string,
  titleStart: number,
  lineEnd: number,
  atLineStart: boolean,
): TitleExtent | null {
  if (atLineStart && lineEnd - titleStart <= MAX_HEADING_LINE) {
    let plain = true
    for (let j = titleStart; j < lineEnd; j++) {
      if (isTitleEnd(text.charCodeAt(j))) {
        plain = false
        break
      }
    }
    if (plain) return { titleEnd: lineEnd, end: lineEnd }
  }
  const limit = Math.min(lineEnd, titleStart + MAX_TITLE_SCAN)
  for (let j = titleStart; j < limit; j++) {
    const code = text.charCodeAt(j)
    if (TITLE_STOP[code] === 0) continue
    if (isTitleEnd(code)) return { titleEnd: j, end: j + 1 }
    if (SPACE[code] === 1 && code !== LF) return { titleEnd: j, end: j }
    if (j > titleStart + 1) {
      if (
        code === CN_ONE &&
        text.charCodeAt(j + 1) === CN_IS &&
        RUNIN_BLOCKERS[text.charCodeAt(j - 1)] === 0
      ) {
        return { titleEnd: j, end: j }
      }
      if (code === OPEN_PAREN) {
        cnParenAt.lastIndex = j
        if (cnParenAt.test(text)) return { titleEnd: j, end: j }
      }
      if (code >= 0x30 && code <= 0x39 && j >= titleStart + 4 && classOf(text.charCodeAt(j - 1)) === HAN) {
        yearLeadAt.lastIndex = j
        if (yearLeadAt.test(text)) return { titleEnd: j, end: j }
      }
    }
  }
  if (limit === lineEnd) return { titleEnd: lineEnd, end: lineEnd }
  if (!atLineStart) return null
  for (let j = titleStart; j < limit; j++) {
    if (text.charCodeAt(j) === COMMA) return { titleEnd: j, end: j + 1 }
  }
  return { titleEnd: limit, end: limit }
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

interface OpenEntry {
  rank: number
  ordinal: number
}

/** {@link FLAGS} bit: a heading marker may start with the code unit (第 ( 一…十 0–9). */
const MARKER_FLAG = 1
/** {@link FLAGS} bit: the code unit may make the next one a marker position (see {@link BOUNDARY}). */
const BOUNDARY_FLAG = 2
/** {@link MARKER_FLAG} and {@link BOUNDARY_FLAG} by code unit. */
const FLAGS = charTable(`\u3002!?:${CLOSERS}${WHITE_SPACE.replace('\n', '')}`, BOUNDARY_FLAG)
for (const char of '第(一二三四五六七八九十0123456789') FLAGS[char.charCodeAt(0)] = MARKER_FLAG

/** 一…十 and 0–9: the units of a marker's number. */
const NUMERAL = charTable('一二三四五六七八九十0123456789')

/**
 * A quick test before `markerAtRe` (true for every marker it matches): 第 and
 * ( are followed by a numeral, a numeral run of at most three units by 、 or ..
 * Most boundaries followed by a numeral (`。2024年`, `。一是`) fail it.
 */
function mayStartMarker(text: string, p: number): boolean {
  const code = text.charCodeAt(p)
  if (code === 0x7b2c || code === OPEN_PAREN) return NUMERAL[text.charCodeAt(p + 1)] === 1
  for (let k = p + 1; k <= p + 3; k++) {
    const next = text.charCodeAt(k)
    if (next === 0x3001 || next === 0x2e) return true
    if (NUMERAL[next] !== 1) return false
  }
  return false
}

/** A heading candidate before its numbering is checked. */
interface Candidate {
  style: HeadingStyle
  ordinal: number
  markerEnd: number
  titleStart: number
  titleEnd: number
  end: number
}

/** Parse the marker matched at `p` and find its title; `null` when it is no heading. */
function readCandidate(
  text: string,
  match: RegExpExecArray,
  p: number,
  lineEnd: number,
  atLineStart: boolean,
  afterColon: boolean,
): Candidate | null {
  let style: HeadingStyle
  let ordinal: number | null
  if (match[1] !== undefined) {
    style = 'cn-ordinal'
    ordinal = parseOrdinal(match[1])
  } else if (match[2] !== undefined) {
    style = 'cn-paren'
    ordinal = parseOrdinal(match[2])
  } else if (match[3] !== undefined) {
    style = 'cn-comma'
    ordinal = parseOrdinal(match[3])
  } else if (match[4] !== undefined) {
    style = 'arabic-paren'
    ordinal = Number(match[4])
  } else {
    style = 'arabic'
    ordinal = Number(match[5])
  }
  if (ordinal === null || ordinal === 0) return null
  if (afterColon && style !== 'cn-comma' && style !== 'cn-paren' && style !== 'cn-ordinal') return null

  const markerEnd = p + match[0].length
  if (markerEnd >= lineEnd) return null
  const next = text.charCodeAt(markerEnd)
  if (style === 'arabic' && next >= 0x30 && next <= 0x39) return null
  if (style === 'cn-comma') {
    if (text.charCodeAt(markerEnd - 1) === 0x2e && !atLineStart) return null
    // 一、二、三 enumerations
    if (parseOrdinal(text.charAt(markerEnd)) !== null && text.charCodeAt(markerEnd + 1) === 0x3001)
      return null
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
  if (titleStart >= lineEnd) return null
  const first = text.charCodeAt(titleStart)
  if (classOf(first) === PUNCT && TITLE_OPENERS[first] === 0) return null

  const extent = scanTitle(text, titleStart, lineEnd, atLineStart)
  if (extent === null) return null
  const titleEnd = cleanTitleEnd(text, titleStart, extent.titleEnd)
  if (titleEnd - titleStart < 2) return null
  if (!atLineStart && titleEnd - titleStart > MAX_RUNIN_TITLE) return null
  return { style, ordinal, markerEnd, titleStart, titleEnd, end: extent.end }
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
  const stack: OpenEntry[] = []
  let lastEnd = -1
  for (const line of lines) {
    if (line.kind !== 'body' || line.start >= bodyEnd) continue
    const lineEnd = Math.min(line.end, bodyEnd)
    // Positions whose previous code unit need not be a boundary: the line
    // start, and the first one after an accepted heading and its white space.
    let free = true
    let p = line.start
    while (p < lineEnd) {
      const flags = FLAGS[text.charCodeAt(p)]!
      if ((flags & MARKER_FLAG) === 0) {
        // No marker here, and none at p + 1 unless this is a boundary.
        p += (flags & BOUNDARY_FLAG) === 0 ? 2 : 1
        free = false
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
      let match: RegExpExecArray | null = null
      if (mayStartMarker(text, p)) {
        markerAt.lastIndex = p
        match = markerAt.exec(text)
      }
      if (match === null) {
        p++
        continue
      }
      const candidate = readCandidate(text, match, p, lineEnd, atLineStart, afterColon)
      if (candidate === null) {
        p++
        continue
      }
      const { style, ordinal, markerEnd } = candidate

      // Place the style in the open outline and check its numbering.
      const rank = ranks[style]
      let index = 0
      while (index < stack.length && stack[index]!.rank < rank) index++
      const open = stack[index]
      const sibling = open !== undefined && open.rank === rank
      const expected = sibling ? open.ordinal + 1 : 1
      const delta = ordinal - expected
      const markerText = text.slice(p, markerEnd)
      if (delta > 0) {
        if (!atLineStart && (!sibling || delta > 2)) {
          p++
          continue
        }
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
        if (!atLineStart) {
          p++
          continue
        }
        messages.push({
          ruleId: 'heading-restart',
          reason: `Heading numbering goes back from ${expected - 1} to ${ordinal} at \`${markerText}\``,
          severity: 'warning',
          start: p,
          end: markerEnd,
          actual: markerText,
        })
      }
      stack.length = index
      stack.push({ rank, ordinal })
      out.push({
        start: p,
        end: candidate.end,
        markerEnd,
        titleStart: candidate.titleStart,
        titleEnd: candidate.titleEnd,
        marker: markerText,
        title: titleText(text, candidate.titleStart, candidate.titleEnd),
        style,
        ordinal,
        level: index + 1,
        atLineStart,
      })
      // Skip white space so a marker right after this heading counts as fused.
      lastEnd = candidate.end
      while (lastEnd < lineEnd && SPACE[text.charCodeAt(lastEnd)] === 1) lastEnd++
      p = lastEnd
      free = true
    }
  }
  return out
}
