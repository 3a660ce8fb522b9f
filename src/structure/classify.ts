/**
 * Section kinds and topics.
 *
 * @module
 */

import type { CategoryId, SectionKind } from '../types.js'
import {
  categories,
  headingTopicMatcher,
  kindCues,
  type PhraseMatcher,
  subsectionKindCues,
  topicMatcher,
} from './keywords.js'

/** Kinds whose headings name a required part rather than a topic: their topic is `null`. */
const UMBRELLA_KINDS: ReadonlySet<SectionKind> = new Set<SectionKind>([
  'achievements',
  'shortcomings',
  'plans',
  'other_matters',
])

/** Parent kinds whose subsections may get a kind of their own. */
const OVERRIDABLE: ReadonlySet<SectionKind> = new Set<SectionKind>(['achievements', 'leader_duties'])

/**
 * The kind a heading title names, if any.
 *
 * @param title - A heading title (normalized view).
 * @param subsection - Whether the heading is below level 1 (stricter cues).
 * @returns The kind, or `null` when the title names none.
 * @category Structure
 * @example
 * ```ts
 * kindOfHeading('上一年度存在问题改进情况', false) //=> 'rectification'
 * kindOfHeading('存在问题和原因', false) //=> 'shortcomings'
 * kindOfHeading('坚持党的领导,法治政府建设纵深推进', false) //=> null
 * ```
 */
export function kindOfHeading(title: string, subsection: boolean): SectionKind | null {
  const table = subsection ? subsectionCueTable : cueTable
  // Only cues one of whose alternatives starts with a code unit of the title can match.
  let mask = table.always
  const first = table.first
  for (let i = 0; i < title.length; i++) mask |= first[title.charCodeAt(i)]!
  if (mask === 0) return null
  const cues = table.cues
  for (let k = 0; k < cues.length; k++) {
    if ((mask & (1 << k)) !== 0 && cues[k]!.test(title)) return table.kinds[k]!
  }
  return null
}

/** Cues in priority order with a prefilter: which cues a title's code units let match. */
interface CueTable {
  kinds: SectionKind[]
  cues: RegExp[]
  /** Bit `k` is set for the code units some alternative of cue `k` starts with. */
  first: Uint8Array
  /** Bits of the cues whose first code units are not known (always tested). */
  always: number
}

/** Build a {@link CueTable} (at most 8 cues). */
function cueTableOf(list: ReadonlyArray<readonly [SectionKind, RegExp]>): CueTable {
  const table: CueTable = { kinds: [], cues: [], first: new Uint8Array(0x10000), always: 0 }
  for (const [kind, cue] of list) {
    const bit = 1 << table.cues.length
    table.kinds.push(kind)
    table.cues.push(cue)
    const units = firstUnits(cue)
    if (units === null || bit > 0x80) table.always |= bit
    else for (let i = 0; i < units.length; i++) table.first[units.charCodeAt(i)]! |= bit
  }
  return table
}

/** Regex syntax characters: an alternative starting with one has no fixed first code unit. */
const SYNTAX = '\\^$.|?*+()[]{}'

/**
 * The code units a match of `cue` can start with, when every top-level
 * alternative of the pattern starts with a literal that is not optional
 * (`存在的?问题|短板` → `存短`); else `null`.
 */
function firstUnits(cue: RegExp): string | null {
  if (cue.flags !== '') return null
  const source = cue.source
  let out = ''
  let depth = 0
  let start = 0
  for (let i = 0; i <= source.length; i++) {
    const char = source[i]
    if (char === '\\') {
      i++
    } else if (char === '[') {
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1
    } else if (char === '(') {
      depth++
    } else if (char === ')') {
      depth--
    } else if (char === undefined || (char === '|' && depth === 0)) {
      const head = source[start]
      const next = source[start + 1]
      if (head === undefined || SYNTAX.includes(head)) return null
      if (next === '?' || next === '*' || next === '{') return null
      out += head
      start = i + 1
    }
  }
  return out
}

const cueTable = cueTableOf(kindCues)
const subsectionCueTable = cueTableOf(subsectionKindCues)

/**
 * Kind of a headed section: top-level sections take the kind their heading
 * names, else `achievements` (topic-structured reports); subsections inherit
 * their parent's kind unless, inside `achievements`/`leader_duties`, their
 * own heading names a specific kind.
 *
 * @param title - The heading title.
 * @param parentKind - The parent section's kind, or `null` at the top.
 * @returns The kind, and whether the heading is an umbrella (names a required part, so no topic).
 * @category Structure
 * @example
 * ```ts
 * sectionKind('切实履行法治建设第一责任人职责', 'achievements') //=> { kind: 'leader_duties', umbrella: false }
 * sectionKind('主要举措和成效', null) //=> { kind: 'achievements', umbrella: true }
 * ```
 */
export function sectionKind(
  title: string,
  parentKind: SectionKind | null,
): { kind: SectionKind; umbrella: boolean } {
  if (parentKind === null) {
    const kind = kindOfHeading(title, false)
    return { kind: kind ?? 'achievements', umbrella: kind !== null && UMBRELLA_KINDS.has(kind) }
  }
  if (OVERRIDABLE.has(parentKind)) {
    const kind = kindOfHeading(title, true)
    if (kind !== null) return { kind, umbrella: UMBRELLA_KINDS.has(kind) }
  }
  return { kind: parentKind, umbrella: false }
}

/**
 * Topic keyword hits over a range of the view: parallel arrays of positions
 * and category indexes (into {@link categories}), sorted by position.
 *
 * @category Structure
 */
export interface TopicHits {
  /** Start offset of each hit. */
  positions: number[]
  /** Category index of each hit. */
  categories: number[]
}

/** Maps a matcher's values (indexes into its `categoryList`) to indexes into {@link categories}. */
function categoryMap(matcher: PhraseMatcher): Int32Array {
  return Int32Array.from(matcher.categoryList, (category) => categories.indexOf(category))
}

// Module-level copies of imported bindings used per call.
const bodyMatcher = topicMatcher
const headingMatcher = headingTopicMatcher
const categoryIds = categories
const topicCategory = categoryMap(bodyMatcher)
const headingCategory = categoryMap(headingMatcher)

/**
 * Find every topic keyword in `text[start, end)` (one trie pass).
 *
 * @param text - The normalized view.
 * @param start - Range start.
 * @param end - Range end.
 * @returns The hits.
 * @category Structure
 * @example
 * ```ts
 * findTopicHits('办理行政复议案件', 0, 8).positions //=> [2]
 * ```
 */
export function findTopicHits(text: string, start: number, end: number): TopicHits {
  const hits: TopicHits = { positions: [], categories: [] }
  const values = hits.categories
  bodyMatcher.collect(text, start, end, hits.positions, values)
  for (let k = 0; k < values.length; k++) values[k] = topicCategory[values[k]!]!
  return hits
}

/** Code units of the body topic phrases (see {@link PhraseMatcher.phraseChars}). */
const phraseChars = bodyMatcher.phraseChars

/**
 * The hits {@link findTopicHits} finds in `text[start, end)`, scanning only
 * the given ranges: inside them the hits are the same, for a fraction of the
 * scan when the ranges are a small part of the text. Each range is widened to
 * positions no phrase can run across (after a code unit that occurs in no
 * phrase), so scanning it alone finds what the scan of the whole of
 * `[start, end)` finds in it; hits in the widened margins are kept too.
 *
 * @param text - The normalized view.
 * @param start - Start of the whole range.
 * @param end - End of the whole range.
 * @param ranges - Flat `[start0, end0, start1, end1, …]`, in any order, possibly overlapping.
 * @returns The hits in the (widened) ranges, sorted by position.
 * @category Structure
 * @example
 * ```ts
 * const text = '行政复议。执法。监督'
 * findTopicHitsIn(text, 0, text.length, [5, 7, 0, 1]).positions //=> [0, 5]
 * ```
 */
export function findTopicHitsIn(
  text: string,
  start: number,
  end: number,
  ranges: readonly number[],
): TopicHits {
  // The ranges in order of their starts (stable; an insertion sort for the usual short lists).
  const order: number[] = []
  if (ranges.length > MAX_INSERTION_SORT) {
    for (let k = 0; k + 1 < ranges.length; k += 2) order.push(k)
    order.sort((a, b) => ranges[a]! - ranges[b]!)
  } else {
    for (let k = 0; k + 1 < ranges.length; k += 2) {
      let at = order.length
      order.push(k)
      for (; at > 0 && ranges[order[at - 1]!]! > ranges[k]!; at--) order[at] = order[at - 1]!
      order[at] = k
    }
  }
  const hits: TopicHits = { positions: [], categories: [] }
  // Widen and merge the ranges in order of their starts; each widening walk
  // stops at the part already covered, so no code unit is walked twice.
  let from = -1
  let to = -1
  for (const k of order) {
    const rangeStart = Math.max(ranges[k]!, start)
    const rangeEnd = Math.min(ranges[k + 1]!, end)
    if (rangeStart >= rangeEnd || rangeEnd <= to) continue
    let s = rangeStart
    while (s > start && s > to && phraseChars[text.charCodeAt(s - 1)] === 1) s--
    if (s > to) {
      if (from !== -1) bodyMatcher.collect(text, from, to, hits.positions, hits.categories)
      from = s
    }
    to = alignedEnd(text, rangeEnd, end)
  }
  if (from !== -1) bodyMatcher.collect(text, from, to, hits.positions, hits.categories)
  const values = hits.categories
  for (let i = 0; i < values.length; i++) values[i] = topicCategory[values[i]!]!
  return hits
}

/** Longest `ranges` list {@link findTopicHitsIn} sorts by insertion. */
const MAX_INSERTION_SORT = 64

/** The first position from `position` on (up to `end`) that no phrase can run across. */
function alignedEnd(text: string, position: number, end: number): number {
  let to = position
  while (to < end && phraseChars[text.charCodeAt(to - 1)] === 1 && phraseChars[text.charCodeAt(to)] === 1)
    to++
  return to
}

function lowerBound(values: readonly number[], target: number): number {
  let low = 0
  let high = values.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (values[middle]! < target) low = middle + 1
    else high = middle
  }
  return low
}

/** Count the hits in `[start, end)` per category into `scores` (zeroed first). */
function score(hits: TopicHits, start: number, end: number, scores: number[]): number[] {
  scores.fill(0)
  const last = lowerBound(hits.positions, end)
  for (let i = lowerBound(hits.positions, start); i < last; i++) scores[hits.categories[i]!]!++
  return scores
}

/** A body topic needs at least this many hits … */
const MIN_BODY_HITS = 3
/** … this many times the runner-up's … */
const BODY_DOMINANCE = 2
/** … and this share of all hits. */
const BODY_SHARE = 0.5

/**
 * Topic keyword counts of a heading title (heading-only phrases included).
 *
 * @param title - A heading title.
 * @returns Counts per category index.
 * @category Structure
 * @example
 * ```ts
 * headingScores('文件及决策管理还需进一步加强').filter((n) => n > 0).length //=> 2
 * ```
 */
export function headingScores(title: string): number[] {
  const counts = headingCounts
  headingMatcher.count(title, 0, title.length, counts)
  const scores = new Array<number>(categoryIds.length).fill(0)
  for (let value = 0; value < counts.length; value++) scores[headingCategory[value]!]! += counts[value]!
  counts.fill(0)
  return scores
}

/** How many values the heading matcher has. */
const headingValues = headingMatcher.categoryList.length
/** Scratch counts of a heading title by the heading matcher's values (all `0` between calls). */
const headingCounts = new Int32Array(headingValues)
/** Scratch score array of {@link bodyTopic} (zeroed before each use). */
const bodyScratch = new Array<number>(categoryIds.length).fill(0)

/**
 * The 纲要 category of a section from keyword hits: the heading decides when
 * it names exactly one category most often (a tie means the section spans
 * several: `null`); a heading naming none leaves it to the body, which
 * decides — unless the subsections report on different categories — when one
 * category clearly dominates (at least 3 hits, twice the runner-up, half of
 * all hits); else `null`.
 *
 * @param hits - Hits from {@link findTopicHits}.
 * @param title - The heading title, or `null`.
 * @param body - Span of the section's content (subsections included).
 * @param mixedChildren - Whether the subsections have different non-null topics (default: `false`).
 * @returns The category, or `null`.
 * @category Structure
 * @example
 * ```ts
 * const text = '依法全面履行政府职能。政务服务…'
 * topicOf(findTopicHits(text, 0, text.length), '依法全面履行政府职能', { start: 10, end: text.length })
 * //=> 'functions'
 * ```
 */
export function topicOf(
  hits: TopicHits,
  title: string | null,
  body: { start: number; end: number },
  mixedChildren = false,
): CategoryId | null {
  if (title !== null) {
    const fromHeading = headingTopic(title)
    if (fromHeading !== NO_TOPIC) return fromHeading === TIED_TOPIC ? null : categoryIds[fromHeading]!
  }
  if (mixedChildren) return null
  return bodyTopic(hits, body.start, body.end)
}

/**
 * {@link headingTopic}: the title names no category.
 *
 * @category Structure
 * @example
 * ```ts
 * headingTopic('主要举措和成效') === NO_TOPIC //=> true
 * ```
 */
export const NO_TOPIC = -1
/**
 * {@link headingTopic}: the title names several categories equally often.
 *
 * @category Structure
 * @example
 * ```ts
 * headingTopic('行政复议和行政执法') === TIED_TOPIC //=> true
 * ```
 */
export const TIED_TOPIC = -2

/**
 * The category a heading title names most often (the heading part of {@link topicOf}).
 *
 * @param title - A heading title.
 * @returns An index into {@link categories}, {@link NO_TOPIC} or {@link TIED_TOPIC}.
 * @category Structure
 * @example
 * ```ts
 * categories[headingTopic('依法全面履行政府职能')] //=> 'functions'
 * ```
 */
export function headingTopic(title: string): number {
  const counts = headingCounts
  if (headingMatcher.count(title, 0, title.length, counts) === 0) return NO_TOPIC
  // The category with the most hits, unless another has as many (the order of the walk does not matter).
  let best = NO_TOPIC
  let max = 0
  let tie = false
  for (let value = 0; value < headingValues; value++) {
    const count = counts[value]!
    if (count === 0) continue
    counts[value] = 0
    // (A category outside `categories` is not counted.)
    if (headingCategory[value] === -1) continue
    if (count > max) {
      max = count
      best = headingCategory[value]!
      tie = false
    } else if (count === max) {
      tie = true
    }
  }
  return tie ? TIED_TOPIC : best
}

/**
 * The category that clearly dominates the hits in `[start, end)` (the body
 * part of {@link topicOf}), or `null`.
 *
 * @param hits - Hits covering the range.
 * @param start - Range start.
 * @param end - Range end.
 * @returns The category, or `null`.
 * @category Structure
 * @example
 * ```ts
 * const text = '政务服务。营商环境。审批。'
 * bodyTopic(findTopicHits(text, 0, text.length), 0, text.length) //=> 'functions'
 * ```
 */
export function bodyTopic(hits: TopicHits, start: number, end: number): CategoryId | null {
  const bodyScores = score(hits, start, end, bodyScratch)
  let best = 0
  let second = 0
  let total = 0
  let bestIndex = -1
  for (let i = 0; i < bodyScores.length; i++) {
    const value = bodyScores[i]!
    total += value
    if (value > best) {
      second = best
      best = value
      bestIndex = i
    } else if (value > second) {
      second = value
    }
  }
  if (
    bestIndex === -1 ||
    best < MIN_BODY_HITS ||
    best < BODY_DOMINANCE * second ||
    best < BODY_SHARE * total
  ) {
    return null
  }
  return categoryIds[bestIndex]!
}
