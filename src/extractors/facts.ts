/**
 * The fact binder: binds each quantity/percentage mention of a sentence to the
 * indicator its subject names, using the taxonomy's cues.
 *
 * For a mention it looks left within its clause (back to the previous mention)
 * for cue phrases; a cue's earlier parts may come from earlier clauses of the
 * same clause run or from the section heading (「共收到行政复议申请62宗，受理53宗」:
 * 受理 binds with the 复议 carried from the first clause). When nothing on the
 * left is good enough it looks right (「83人顺利通过…取得执法资格」). Candidates are
 * scored by cue weight, phrase length, distance, unit-class fit, carried
 * context and the section topic; only a score above a threshold binds
 * (precision first). Parenthesised 含/其中 parts and 「其中…」 breakdowns become
 * components of the preceding fact; changes (同比下降9.7%) bind to the subject
 * they change.
 *
 * Work per sentence is linear in its length: one trie scan, windows of
 * bounded reach, binary searches.
 *
 * @module
 */

import type { DocumentView, SectionView, SentenceView } from '../document.js'
import type { Change, PercentageMention, QuantityMention, UnitClass } from '../normalize/types.js'
import type { Taxonomy } from '../taxonomy/types.js'
import { type CompiledCue, compileMatcher, type Hit, type Matcher } from './matcher.js'
import { defineExtractor } from './registry.js'
import { analyzeSentence, endOf, inside, type SentenceStructure, startOf } from './text.js'
import type { Extractor, FactDraft } from './types.js'

/** A score at or above this binds. */
const THRESHOLD = 0.7
/** Per character of distance between a cue and the number (left). */
const DISTANCE_PENALTY = 0.04
const MAX_DISTANCE_PENALTY = 0.6
/** Looking right is less reliable than looking left; the predicate of 「83人…取得执法资格」 comes late. */
const RIGHT_PENALTY = 0.1
const RIGHT_DISTANCE_PENALTY = 0.025
const MAX_RIGHT_DISTANCE_PENALTY = 0.5
const LENGTH_BONUS = 0.03
const MAX_LENGTH_BONUS = 0.24
const UNIT_MATCH = 0.2
const UNIT_MISMATCH = -0.7
const TOPIC_BONUS = 0.2
/** Bonus of an earlier cue part found in the run: base + near bonus fading over NEAR_SPAN characters. */
const PART_BONUS = 0.1
const PART_NEAR_BONUS = 0.12
const NEAR_SPAN = 30
const HEADING_PART_BONUS = 0.05
/** How far (characters) a subject may be from its number. */
const LEFT_REACH = 80
const RIGHT_REACH = 60
/** At most this many coordinated numbers share a predicate (「1063项A及20项B纳入…」). */
const MAX_COORDINATED = 8
/** At most this many named rates share one percentage. */
const MAX_NAMED_RATES = 8

/** Nouns that, right after a number, say it counts organisations or places (「33个部门」「20个镇」). */
const ENTITY_NOUNS =
  /^(?:部门|单位|镇|乡镇|街道|村|社区|企业|家企业|律师事务所|律所|机关|学校|园区|个人|方面)/
/** Nouns that, between a cue and the number, say the number counts something else (「欠薪工作措施共26条」). */
const BLOCK_NOUNS =
  /措施|制度|机制|方案|办法|材料|报告|平台|系统|中心|工作站|工作室|联系点|专员|企业|部门|单位|指数|课题/g
/** Words right before a number that make it an ordinal or a rank. */
const ORDINAL_BEFORE: ReadonlySet<string> = new Set(['第', '前', '后'])
/** Cue words of a component in parentheses. */
const COMPONENT_CUE = /^\((?:含|其中|包括|包含)/
const CARRIED_OVER = /结转|上年|去年|往年/
/** A clause that opens a breakdown of the preceding total. */
const OF_WHICH = /^\s*其中/
const OF_WHICH_LABEL = /^\s*其中|[、,:]/g
/** Growth-rate words that make a percentage a change of the preceding subject. */
const GROWTH_UP = /(?:增长率|增幅|增速|增长|增加|上升|提高|提升)了?(?:为|达|达到|是)?$/
const GROWTH_DOWN = /(?:降幅|下降率|下降|减少|降低)了?(?:为|达|达到|是)?$/
/** What may stand between a change and the subject it changes (「同比增加」「增长率」「较上年下降」). */
const CHANGE_WORDS =
  /同比|环比|较上年|比上年|较去年|比去年|较上一年|比上一年|增长率|增幅|增速|降幅|下降率|增长|增加|上升|提高|提升|下降|减少|降低|分别|达到|了|为|达|是|[\s,、:]/g
const BASIS_YEAR = /同比/
const BASIS_PREVIOUS = /较上年|比上年|较去年|比去年|环比|较上一年|比上一年/
/** Text allowed between two named rates sharing one percentage (「报备及时率、规范率达100%」). */
const RATE_JOINER = /^(?:、|和|及|与)$/
/** Coordinators that make two quantities share what follows (「1063项A及20项B纳入…」). */
const COORDINATOR_END = /(?:、|和|及|与|以及)$/
/** A bare zero after 为/是 (「复议后败诉的案件为0」), which has no counter word. */
const BARE_ZERO = /(?:为|是)(0|零)(?=$|[,;。!?、)\s])/g

type Mention = QuantityMention | PercentageMention

/**
 * A candidate considered for a mention (what `trace` reports).
 *
 * @category Extractors
 * @example
 * ```ts
 * //=> { indicator: 'reconsideration.accepted', cue: '复议…受理|立案受理|依法受理', phrase: '受理', side: 'left', score: 1.49 }
 * ```
 */
export interface BindCandidate {
  /** The indicator id. */
  indicator: string
  /** The cue pattern that matched. */
  cue: string
  /** The phrase of the cue's last part as found in the text. */
  phrase: string
  /** Whether the phrase is left or right of the number. */
  side: 'left' | 'right'
  /** The score (binds at ≥ 0.7). */
  score: number
}

/**
 * Why a mention was (not) bound: reported to `bindFacts`' `trace` option.
 *
 * @category Extractors
 * @example
 * ```ts
 * bindFacts(sentence, defaultTaxonomy, { trace: (trace) => console.log(trace.mention, trace.reason, trace.bound) })
 * // 53宗 bound ['reconsideration.accepted']
 * ```
 */
export interface BindTrace {
  /** The mention as written in the view. */
  mention: string
  /** The mention's view offset. */
  start: number
  /** The indicators it was bound to (empty when none; several for 「报备及时率、规范率达100%」). */
  bound: string[]
  /** What the binder did with it. */
  reason: 'bound' | 'change' | 'component' | 'unbound' | 'title' | 'ordinal'
  /** Every candidate considered, best first. */
  candidates: BindCandidate[]
}

/**
 * Options of {@link bindFacts}.
 *
 * @category Extractors
 * @example
 * ```ts
 * bindFacts(sentence, defaultTaxonomy, { section, document, trace: console.log })
 * ```
 */
export interface BindFactsOptions {
  /** The section the sentence is in (its topic and heading help; default: an untitled achievements section). */
  section?: SectionView | undefined
  /** The document (for the topics of ancestor sections; default: none). */
  document?: DocumentView | undefined
  /** The section id written into the drafts when `section` is not given (default: `'unknown'`). */
  sectionId?: string | undefined
  /** Called once per mention with the candidates considered (for debugging cues; default: none). */
  trace?: ((trace: BindTrace) => void) | undefined
}

interface Candidate {
  cue: CompiledCue
  hit: Hit
  side: 'left' | 'right'
  score: number
}

interface SectionEnv {
  readonly section: SectionView
  readonly matcher: Matcher
  readonly topic: string | null
  readonly headingAtoms: ReadonlySet<number>
}

/** The cue phrases of one sentence, indexed for windowed lookups. */
interface SentenceHits {
  /** Every hit, sorted by start. */
  readonly all: readonly Hit[]
  /** Starts of `all`. */
  readonly allStarts: readonly number[]
  /** The longest hit at each end offset, sorted by start. */
  readonly longest: ReadonlySet<Hit>
  /** Longest hits' starts, sorted. */
  readonly longestList: readonly Hit[]
  readonly longestStarts: readonly number[]
  /** Hits per atom, sorted by end. */
  readonly byAtom: ReadonlyMap<number, readonly Hit[]>
  /** Spans of block nouns, sorted by start. */
  readonly blocks: readonly { start: number; end: number }[]
}

/** Everything the candidate search needs about one mention. */
interface MentionScope {
  readonly env: SectionEnv
  readonly text: string
  readonly structure: SentenceStructure
  readonly hits: SentenceHits
  readonly runStart: number
  readonly clauseStart: number
  /** Start of the number's own left window (after the previous number). */
  readonly windowStart: number
  readonly s: number
  readonly e: number
  readonly mentionClass: UnitClass | null
  /** A change binds regardless of unit class (a % change of a count). */
  readonly anyUnit: boolean
  /** Context does not carry over a fact of another family: the floor per family. */
  readonly familyFloor: (family: string) => number
}

/**
 * The built-in `facts` extractor. It runs on `achievements`, `leader_duties`,
 * `rectification`, `other_matters` and `preamble` sections — not on `plans`
 * (targets are not results) nor `shortcomings` (numbers there describe
 * problems, not measured output).
 *
 * @category Extractors
 * @example
 * ```ts
 * const registry = createExtractorRegistry([factsExtractor])
 * // 「共收到行政复议申请62宗，受理53宗，办结58宗」
 * runExtractors(document, registry, defaultTaxonomy).facts.length //=> 3
 * ```
 */
export const factsExtractor: Extractor = defineExtractor({
  name: 'facts',
  sectionKinds: ['achievements', 'leader_duties', 'rectification', 'other_matters', 'preamble'],
  extract(section, context) {
    const env = sectionEnv(section, context.document, context.taxonomy)
    for (const paragraph of section.paragraphs) {
      for (const sentence of paragraph.sentences) {
        // A mention an earlier extractor already bound is left to it.
        const drafts = bindSentence(sentence, env, undefined).filter(
          (draft) => context.boundAt(draft.mention.start) === undefined,
        )
        for (const draft of drafts) context.emit.fact(draft)
      }
    }
  },
})

/**
 * Bind the mentions of one sentence to a taxonomy's indicators (the binder
 * behind the `facts` extractor, usable on its own).
 *
 * @param sentence - The sentence with its mentions (view offsets).
 * @param taxonomy - The taxonomy.
 * @param options - The section (topic, heading), document, and a `trace` callback.
 * @returns The fact drafts, in text order.
 * @category Extractors
 * @example
 * ```ts
 * const text = '共收到行政复议申请62宗,受理53宗,办结58宗(含去年结转18宗)。'
 * const sentence = { start: 0, end: text.length, text, quantities: findQuantities(text), percentages: [], dates: [] }
 * bindFacts(sentence, defaultTaxonomy).map((fact) => [fact.indicator, fact.value])
 * //=> [['reconsideration.applications_received', 62], ['reconsideration.accepted', 53], ['reconsideration.concluded', 58]]
 * ```
 */
export function bindFacts(
  sentence: SentenceView,
  taxonomy: Taxonomy,
  options: Readonly<BindFactsOptions> = {},
): FactDraft[] {
  const section: SectionView = options.section ?? {
    id: options.sectionId ?? 'unknown',
    level: 0,
    kind: 'achievements',
    topic: null,
    heading: null,
    path: [],
    paragraphs: [],
    children: [],
    parentId: null,
    start: sentence.start,
    end: sentence.end,
  }
  return bindSentence(sentence, sectionEnv(section, options.document, taxonomy), options.trace)
}

const sectionsById = new WeakMap<DocumentView, Map<string, SectionView>>()

function sectionEnv(
  section: SectionView,
  document: DocumentView | undefined,
  taxonomy: Taxonomy,
): SectionEnv {
  const matcher = compileMatcher(taxonomy)
  let byId: Map<string, SectionView> | undefined
  if (document !== undefined) {
    byId = sectionsById.get(document)
    if (byId === undefined) {
      byId = new Map(document.flat.map((item) => [item.id, item]))
      sectionsById.set(document, byId)
    }
  }
  const parent = section.parentId === null ? undefined : byId?.get(section.parentId)
  let topic: string | null = section.topic
  for (let current = parent; topic === null && current !== undefined; ) {
    topic = current.topic
    current = current.parentId === null ? undefined : byId?.get(current.parentId)
  }
  const headingAtoms = new Set<number>()
  for (const title of [section.heading?.title, parent?.heading?.title]) {
    if (title) for (const hit of matcher.scan(title)) headingAtoms.add(hit.atom)
  }
  return { section, matcher, topic, headingAtoms }
}

function indexHits(text: string, matcher: Matcher): SentenceHits {
  const all = matcher.scan(text)
  const byEnd = new Map<number, Hit>()
  const byAtom = new Map<number, Hit[]>()
  for (const hit of all) {
    const kept = byEnd.get(hit.end)
    if (kept === undefined || hit.start < kept.start) byEnd.set(hit.end, hit)
    let list = byAtom.get(hit.atom)
    if (list === undefined) {
      list = []
      byAtom.set(hit.atom, list)
    }
    list.push(hit)
  }
  for (const list of byAtom.values()) list.sort((a, b) => a.end - b.end)
  const longestList = [...byEnd.values()].sort((a, b) => a.start - b.start || a.end - b.end)
  const blocks: { start: number; end: number }[] = []
  BLOCK_NOUNS.lastIndex = 0
  for (let match = BLOCK_NOUNS.exec(text); match !== null; match = BLOCK_NOUNS.exec(text)) {
    blocks.push({ start: match.index, end: match.index + match[0].length })
  }
  return {
    all,
    allStarts: all.map((hit) => hit.start),
    longest: new Set(longestList),
    longestList,
    longestStarts: longestList.map((hit) => hit.start),
    byAtom,
    blocks,
  }
}

function bindSentence(
  sentence: SentenceView,
  env: SectionEnv,
  trace: ((trace: BindTrace) => void) | undefined,
): FactDraft[] {
  const text = sentence.text
  const base = sentence.start
  const mentions = collectMentions(sentence)
  if (mentions.length === 0) return []
  const structure = analyzeSentence(text)
  const hits = indexHits(text, env.matcher)
  const drafts: FactDraft[] = []
  /** The first draft per mention index (components attach to it). */
  const byMention = new Map<number, FactDraft>()
  /** The last fact per run start (changes bind to its indicator). */
  const lastInRun = new Map<number, FactDraft>()
  /** The last-part phrase each draft was bound by. */
  const atomOf = new Map<FactDraft, number>()
  /** The last bound fact's end and family, and the end of the last one of another family. */
  let lastBound: { end: number; family: string } | null = null
  let lastOtherEnd = 0
  const familyFloor = (family: string): number =>
    lastBound === null ? 0 : lastBound.family !== family ? lastBound.end : lastOtherEnd
  /** An open 「…共6228条,其中概况类54条、…」 breakdown: its total and run. */
  let breakdown: { owner: FactDraft; runStart: number } | null = null

  let previousEnd = 0
  /** Whether the previous mention found no subject on its left (its subject follows it). */
  let previousNumberFirst = false
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index]!
    const s = mention.start - base
    const e = mention.end - base
    if (s < previousEnd) continue // overlapping mention
    const prevEnd = previousEnd
    previousEnd = e
    const report = (reason: BindTrace['reason'], indicators: string[], found: Candidate[] = []): void => {
      trace?.({
        mention: mention.text,
        start: mention.start,
        bound: indicators,
        reason,
        candidates: [...found]
          .sort((a, b) => b.score - a.score)
          .map((candidate) => ({
            indicator: candidate.cue.indicator.id,
            cue: candidate.cue.pattern,
            phrase: text.slice(candidate.hit.start, candidate.hit.end),
            side: candidate.side,
            score: Math.round(candidate.score * 1000) / 1000,
          })),
      })
    }
    if (inside(structure.titles, s)) {
      report('title', [])
      continue
    }
    if (ORDINAL_BEFORE.has(text[s - 1] ?? '')) {
      report('ordinal', [])
      continue
    }

    // Components: 「办结58宗(含去年结转18宗)」.
    const component = componentOf(text, s, prevEnd)
    if (component !== null) {
      const owner = byMention.get(index - 1)
      if (owner !== undefined && mention.type !== 'percentage') {
        owner.components ??= []
        owner.components.push({
          start: mention.start,
          end: mention.end,
          label: CARRIED_OVER.test(component)
            ? 'carried_over'
            : component.length === 0
              ? 'of_which'
              : component,
          value: mention.value.value,
          unit: unitOf(mention),
        })
      }
      report('component', [])
      continue
    }

    const runStart = startOf(structure.runStarts, s)
    const clauseStart = startOf(structure.clauseStarts, s)
    if (breakdown !== null && breakdown.runStart !== runStart) breakdown = null
    if (OF_WHICH.test(text.slice(clauseStart, Math.min(s, clauseStart + 8)))) {
      const owner = lastInRun.get(runStart)
      breakdown = owner !== undefined && owner.mention.end - base <= clauseStart ? { owner, runStart } : null
    }
    let windowStart = Math.max(runStart, clauseStart, prevEnd, s - LEFT_REACH)
    // 「1063项行政执法事项及20项…」: the noun before 及 belongs to the previous number.
    if (
      previousNumberFirst &&
      prevEnd > clauseStart &&
      COORDINATOR_END.test(text.slice(prevEnd, s).trimEnd())
    ) {
      windowStart = s
    }
    const change = changeOf(
      mention,
      text.slice(windowStart, s),
      text.slice(Math.max(runStart, s - LEFT_REACH), s),
    )
    const scope: MentionScope = {
      env,
      text,
      structure,
      hits,
      runStart,
      clauseStart,
      windowStart,
      s,
      e,
      mentionClass: classOf(mention),
      anyUnit: change !== null,
      familyFloor,
    }
    const entityAfter = ENTITY_NOUNS.test(text.slice(e, e + 5))

    const found = entityAfter ? [] : candidates(scope, windowStart, s, 'left')
    let best = pick(found)
    previousNumberFirst = best === null || best.score < THRESHOLD
    if (previousNumberFirst && change === null) {
      const windowEnd = rightWindowEnd(text, structure, mentions, index, base, e)
      // After 「40家单位…」 only a cue that names the counted noun itself may bind (「单位…开立账户」).
      const atE = entityAfter ? atomsStartingAt(hits, e) : null
      const right = candidates(scope, e, windowEnd, 'right').filter(
        (candidate) => atE === null || candidate.cue.parts.some((part) => atE.some((atom) => part.has(atom))),
      )
      found.push(...right)
      const bestRight = pick(right)
      if (bestRight !== null && (best === null || bestRight.score > best.score)) best = bestRight
    }

    // 「其中概况类54条、政务动态信息类4205条」: parts of the total, unless they name their own measure
    // (「录入案件101件，其中涉嫌犯罪案件共17件」: 17 is bound through 涉嫌犯罪, not through the total's 案件).
    if (breakdown !== null && change === null) {
      const owner = breakdown.owner
      const ownerAtom = atomOf.get(owner)
      const ownMeasure = pick(
        found.filter(
          (candidate) =>
            candidate.score >= THRESHOLD &&
            (candidate.cue.indicator.id !== owner.indicator || candidate.hit.atom !== ownerAtom),
        ),
      )
      if (ownMeasure === null) {
        owner.components ??= []
        owner.components.push({
          start: mention.start,
          end: mention.end,
          label: text.slice(windowStart, s).replace(OF_WHICH_LABEL, '').trim() || 'of_which',
          value: mention.value.value,
          unit: unitOf(mention),
        })
        report('component', [], found)
        continue
      }
      best = ownMeasure
      breakdown = null
    }

    let indicators: string[] = []
    let reason: BindTrace['reason'] = 'unbound'
    if (best !== null && best.score >= THRESHOLD) {
      indicators = [best.cue.indicator.id]
      reason = 'bound'
      if (mention.type === 'percentage' && change === null && best.side === 'left') {
        indicators = namedRates(scope, best) ?? indicators
      }
    } else if (change !== null) {
      // 「同比下降9.7%」 changes the previous subject; 「平均压减跑动次数90%」 names its own.
      const previous = lastInRun.get(runStart)
      if (previous !== undefined && text.slice(windowStart, s).replace(CHANGE_WORDS, '').length <= 1) {
        indicators = [previous.indicator]
        reason = 'change'
      }
    }
    report(reason, indicators, found)
    if (indicators.length === 0) continue

    for (const indicator of indicators) {
      const draft: FactDraft = {
        indicator,
        value: mention.value.value,
        unit: unitOf(mention),
        approx: mention.value.approx,
        change,
        start: mention.start,
        end: mention.end,
        mention: { start: mention.start, end: mention.end },
        sentence: { start: sentence.start, end: sentence.end },
        sectionId: env.section.id,
      }
      drafts.push(draft)
      if (best !== null && reason === 'bound') atomOf.set(draft, best.hit.atom)
      if (!byMention.has(index)) byMention.set(index, draft)
      lastInRun.set(runStart, draft)
      const family = indicator.split('.')[0]!
      if (lastBound !== null && lastBound.family !== family) lastOtherEnd = lastBound.end
      lastBound = { end: e, family }
    }
  }
  return drafts
}

/** The sentence's quantity and percentage mentions, plus bare zeros (「…的案件为0」), sorted. */
function collectMentions(sentence: SentenceView): Mention[] {
  const mentions: Mention[] = [...sentence.quantities, ...sentence.percentages]
  const taken = new Set<number>()
  for (const mention of mentions)
    for (let offset = mention.start; offset < mention.end; offset++) taken.add(offset)
  const text = sentence.text
  BARE_ZERO.lastIndex = 0
  for (let match = BARE_ZERO.exec(text); match !== null; match = BARE_ZERO.exec(text)) {
    const start = sentence.start + match.index + match[0].length - 1
    if (taken.has(start)) continue
    mentions.push({
      type: 'quantity',
      start,
      end: start + 1,
      text: match[1]!,
      value: { value: 0, unit: '', unitClass: null, approx: 'exact', change: null },
    })
  }
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end)
}

/** The cue of a parenthesised component (「(含去年结转」 → 去年结转), or `null` when the mention is not one. */
function componentOf(text: string, s: number, prevEnd: number): string | null {
  if (prevEnd === 0) return null
  let open = -1
  for (let index = s - 1; index >= prevEnd; index--) {
    const char = text[index]
    if (char === ')') return null
    if (char === '(') {
      open = index
      break
    }
  }
  if (open === -1 || text.slice(prevEnd, open).trim() !== '') return null
  const inner = text.slice(open, s)
  if (!COMPONENT_CUE.test(inner)) return null
  return inner.replace(COMPONENT_CUE, '').trim()
}

function changeOf(mention: Mention, before: string, run: string): Change | null {
  const stated = mention.value.change
  if (stated) {
    if (stated.basis !== null) return stated
    // 「同比增加2007户，增长率4.28%」: the basis stated earlier in the run carries over.
    const basis = BASIS_YEAR.test(run) ? 'year_on_year' : BASIS_PREVIOUS.test(run) ? 'previous' : null
    return basis === null ? stated : { direction: stated.direction, basis }
  }
  const direction = GROWTH_UP.test(before) ? 'up' : GROWTH_DOWN.test(before) ? 'down' : null
  if (direction === null) return null
  // Only growth words that describe the number itself (「增长率4.28%」「同比增加2007户」).
  if (!(mention.type === 'percentage' || BASIS_YEAR.test(before) || BASIS_PREVIOUS.test(before))) return null
  const basis = BASIS_YEAR.test(run) ? 'year_on_year' : BASIS_PREVIOUS.test(run) ? 'previous' : null
  return { direction, basis }
}

function classOf(mention: Mention): UnitClass | null {
  if (mention.type === 'percentage') return 'rate'
  if (mention.type === 'money') return 'money'
  return mention.value.unitClass
}

function unitOf(mention: Mention): string {
  if (mention.type === 'money') return '元'
  return mention.value.unit
}

/** Where the right-hand window of a mention ends: the next mention, or past coordinated quantities to the clause end. */
function rightWindowEnd(
  text: string,
  structure: SentenceStructure,
  mentions: readonly Mention[],
  index: number,
  base: number,
  e: number,
): number {
  const clauseEnd = Math.min(endOf(structure.clauseStarts, e, text.length), e + RIGHT_REACH)
  let from = e
  const last = Math.min(mentions.length, index + 1 + MAX_COORDINATED)
  for (let next = index + 1; next < last; next++) {
    const nextStart = mentions[next]!.start - base
    if (nextStart >= clauseEnd) break
    // 「1063项行政执法事项及20项政务服务事项纳入职权下放」: coordinated numbers share the predicate.
    if (!COORDINATOR_END.test(text.slice(from, nextStart).trimEnd()))
      return listItemEnd(text, from, nextStart)
    from = mentions[next]!.end - base
  }
  return listItemEnd(text, from, clauseEnd)
}

/** 「…材料300项、可告知承诺替代材料37项」: what follows a 、 is the next list item, not this number's subject. */
function listItemEnd(text: string, from: number, end: number): number {
  for (let index = from; index < end; index++) if (text[index] === '、') return index
  return end
}

/** First index of `sorted` whose value is ≥ `value`. */
function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (sorted[middle]! < value) low = middle + 1
    else high = middle
  }
  return low
}

function candidates(scope: MentionScope, from: number, to: number, side: 'left' | 'right'): Candidate[] {
  const { env, structure, hits, s, e } = scope
  const found: Candidate[] = []
  for (let index = lowerBound(hits.allStarts, from); index < hits.all.length; index++) {
    const hit = hits.all[index]!
    if (hit.start >= to) break
    if (hit.end > to) continue
    // A phrase inside a longer one ending at the same place (建议 in 提案建议) only counts
    // for local cues, which name the whole phrase themselves (「人大代表建议和政协委员提案」).
    const shadowed = !hits.longest.has(hit)
    if (side === 'right' && inside(structure.titles, hit.start)) continue
    // 「欠薪工作措施共26条」: a noun between the cue and the number is what it counts.
    if (side === 'left' && blocked(hits, hit.end, s)) continue
    const length = hit.end - hit.start
    const distance = side === 'left' ? s - hit.end : hit.start - e
    for (const cue of env.matcher.byLastAtom[hit.atom]!) {
      if (shadowed && !cue.local) continue
      const unit = scope.anyUnit ? 0 : unitScore(cue.unitClasses, scope.mentionClass)
      if (unit === null) continue
      if (cue.exclusions.size > 0 && excluded(scope, cue, side === 'left' ? from : scope.windowStart, to))
        continue
      const context = earlierParts(scope, cue, hit, side)
      if (context === null) continue
      let score =
        cue.weight +
        Math.min(MAX_LENGTH_BONUS, LENGTH_BONUS * length) -
        (side === 'left'
          ? Math.min(MAX_DISTANCE_PENALTY, DISTANCE_PENALTY * distance)
          : RIGHT_PENALTY + Math.min(MAX_RIGHT_DISTANCE_PENALTY, RIGHT_DISTANCE_PENALTY * distance)) +
        unit +
        context.bonus
      if (env.topic !== null && cue.indicator.category === env.topic) score += TOPIC_BONUS
      found.push({ cue, hit, side, score })
    }
  }
  return found
}

/** The atoms of the hits starting at `offset`. */
function atomsStartingAt(hits: SentenceHits, offset: number): number[] {
  const atoms: number[] = []
  for (let index = lowerBound(hits.allStarts, offset); index < hits.all.length; index++) {
    const hit = hits.all[index]!
    if (hit.start !== offset) break
    atoms.push(hit.atom)
  }
  return atoms
}

/** Whether a block noun lies inside `[from, to)`. */
function blocked(hits: SentenceHits, from: number, to: number): boolean {
  const { blocks } = hits
  let low = 0
  let high = blocks.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (blocks[middle]!.start < from) low = middle + 1
    else high = middle
  }
  const block = blocks[low]
  return block !== undefined && block.end <= to
}

function excluded(scope: MentionScope, cue: CompiledCue, from: number, to: number): boolean {
  const { hits } = scope
  for (let index = lowerBound(hits.allStarts, from); index < hits.all.length; index++) {
    const hit = hits.all[index]!
    if (hit.start >= to) break
    if (hit.end <= to && cue.exclusions.has(hit.atom)) return true
  }
  return false
}

/**
 * Match the earlier parts of a cue, nearest first, in the run or the heading.
 * Context does not carry over a fact of another family (「…应诉案件共25件，经过本级复议后…的9件」:
 * the 收到 of the litigation clause does not make 9 a received reconsideration).
 * Looking right, earlier parts must be in the number's own clause or in a 《…》 title.
 */
function earlierParts(
  scope: MentionScope,
  cue: CompiledCue,
  last: Hit,
  side: 'left' | 'right',
): { bonus: number } | null {
  const floor = cue.local ? scope.windowStart : Math.max(scope.runStart, scope.familyFloor(cue.family))
  let limit = last.start
  let bonus = 0
  for (let part = cue.parts.length - 2; part >= 0; part--) {
    let match: Hit | undefined
    for (const atom of cue.parts[part]!) {
      const candidate = nearestBefore(scope, atom, floor, limit, side)
      if (candidate !== undefined && (match === undefined || candidate.end > match.end)) match = candidate
    }
    if (match !== undefined) {
      bonus += PART_BONUS + PART_NEAR_BONUS * Math.max(0, 1 - (limit - match.end) / NEAR_SPAN)
      limit = match.start
      continue
    }
    // The heading gives context to a number's left-hand subject only (「(二)行政复议」…「受理53件」).
    let inHeading = false
    if (side === 'left' && !cue.local)
      for (const atom of cue.parts[part]!) if (scope.env.headingAtoms.has(atom)) inHeading = true
    if (!inHeading) return null
    bonus += HEADING_PART_BONUS
  }
  return { bonus }
}

/** The hit of `atom` ending nearest before `limit` and starting at or after `floor`. */
function nearestBefore(
  scope: MentionScope,
  atom: number,
  floor: number,
  limit: number,
  side: 'left' | 'right',
): Hit | undefined {
  const list = scope.hits.byAtom.get(atom)
  if (list === undefined) return undefined
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (list[middle]!.end <= limit) low = middle + 1
    else high = middle
  }
  for (let index = low - 1; index >= 0; index--) {
    const hit = list[index]!
    if (hit.start < floor) return undefined
    if (side === 'right' && hit.start < scope.clauseStart && !inside(scope.structure.titles, hit.start))
      continue
    return hit
  }
  return undefined
}

/** Unit-class fit: a bonus, a penalty, or `null` when the classes cannot go together. */
function unitScore(classes: ReadonlySet<UnitClass>, mentionClass: UnitClass | null): number | null {
  if (mentionClass === 'rate' || mentionClass === 'money')
    return classes.has(mentionClass) ? UNIT_MATCH : null
  const counts =
    classes.has('cases') || classes.has('items') || classes.has('people') || classes.has('events')
  if (!counts) return null
  if (mentionClass === null) return 0
  if (classes.has(mentionClass)) return UNIT_MATCH
  if (
    (mentionClass === 'cases' || mentionClass === 'items') &&
    (classes.has('cases') || classes.has('items'))
  ) {
    return 0
  }
  return UNIT_MISMATCH
}

function pick(found: readonly Candidate[]): Candidate | null {
  let best: Candidate | null = null
  for (const candidate of found) if (best === null || candidate.score > best.score) best = candidate
  return best
}

/**
 * 「报备及时率、规范率达100%」: one percentage, several named rates → one
 * indicator per named rate (in text order), or `null` when only one is named.
 */
function namedRates(scope: MentionScope, best: Candidate): string[] | null {
  const { env, text, hits, windowStart } = scope
  const chain = [best.cue.indicator.id]
  // Walk left from the chosen rate phrase over 「X率、Y率」 joined by 、和及与.
  let right = best.hit
  for (let index = lowerBound(hits.longestStarts, right.start) - 1; index >= 0; index--) {
    const hit = hits.longestList[index]!
    if (hit.start < windowStart || chain.length >= MAX_NAMED_RATES) break
    if (hit.end > right.start || !env.matcher.rateAtom[hit.atom]) continue
    if (!RATE_JOINER.test(text.slice(hit.end, right.start))) break
    const candidate = pick(candidates(scope, hit.start, hit.end, 'left'))
    if (candidate === null || candidate.score < THRESHOLD) break
    chain.unshift(candidate.cue.indicator.id)
    right = hit
  }
  return chain.length > 1 ? chain : null
}
