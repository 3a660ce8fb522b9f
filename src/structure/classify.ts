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
  for (const [kind, cue] of subsection ? subsectionKindCues : kindCues) {
    if (cue.test(title)) return kind
  }
  return null
}

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
  const order: number[] = []
  for (let k = 0; k + 1 < ranges.length; k += 2) order.push(k)
  order.sort((a, b) => ranges[a]! - ranges[b]!)
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
  const counts = countHeading(title)
  const scores = new Array<number>(categoryIds.length).fill(0)
  for (let value = 0; value < counts.length; value++) scores[headingCategory[value]!]! += counts[value]!
  return scores
}

/** Topic keyword counts of a heading title, by the heading matcher's values (a shared scratch array). */
function countHeading(title: string): Int32Array {
  const counts = headingCounts
  for (let value = 0; value < counts.length; value++) counts[value] = 0
  headingMatcher.count(title, 0, title.length, counts)
  return counts
}

/** Scratch counts of {@link countHeading}. */
const headingCounts = new Int32Array(headingMatcher.categoryList.length)
/** The heading matcher's value of each category (by index into {@link categories}), `-1` for none. */
const headingValue = Int32Array.from(categoryIds, (category) => headingMatcher.categoryList.indexOf(category))
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
  const counts = countHeading(title)
  let best = NO_TOPIC
  let max = 0
  let tie = false
  for (let i = 0; i < headingValue.length; i++) {
    const index = headingValue[i]!
    const value = index === -1 ? 0 : counts[index]!
    if (value > max) {
      max = value
      best = i
      tie = false
    } else if (value === max && value > 0) {
      tie = true
    }
  }
  return best !== NO_TOPIC && tie ? TIED_TOPIC : best
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
