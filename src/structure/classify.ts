/**
 * Section kinds and topics.
 *
 * @module
 */

import type { CategoryId, SectionKind } from '../types.js'
import { categories, headingTopicMatcher, kindCues, subsectionKindCues, topicMatcher } from './keywords.js'

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

const categoryIndex = new Map<CategoryId, number>(categories.map((category, index) => [category, index]))

/**
 * Find every topic keyword in `text[start, end)` (one regex pass).
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
  topicMatcher.scan(text, start, end, (at, category) => {
    hits.positions.push(at)
    hits.categories.push(categoryIndex.get(category)!)
  })
  return hits
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

function score(hits: TopicHits, start: number, end: number): number[] {
  const scores = new Array<number>(categories.length).fill(0)
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
  const scores = new Array<number>(categories.length).fill(0)
  headingTopicMatcher.scan(title, 0, title.length, (_at, category) => {
    scores[categoryIndex.get(category)!]!++
  })
  return scores
}

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
    const scores = headingScores(title)
    let best = -1
    let max = 0
    let tie = false
    for (let i = 0; i < scores.length; i++) {
      const value = scores[i]!
      if (value > max) {
        max = value
        best = i
        tie = false
      } else if (value === max && value > 0) {
        tie = true
      }
    }
    if (best !== -1) return tie ? null : categories[best]!
  }
  if (mixedChildren) return null
  const bodyScores = score(hits, body.start, body.end)
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
  return categories[bestIndex]!
}
