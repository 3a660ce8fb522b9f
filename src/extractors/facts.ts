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
 * General rules learnt from reports the cues were not written for:
 * - the phrase nearest the number names it: a longer phrase overrides one inside it (议案 in
 *   复议案件), a modifier of the head noun overrides a subject further left (「劳动争议…，处置欠薪案件」);
 * - a verb followed by 的 is in a relative clause, not the main verb (「审核…印发的规范性文件」);
 * - a sentence without a subject continues the previous sentence of its paragraph (the `facts`
 *   extractor carries the subject phrases of the last family, at a penalty, until another family speaks);
 * - a clause of only 「共N人参加」 takes the previous clause's subject; a clause that repeats the head
 *   word of an earlier subject binds to it (「开展公平竞争审查，共审查21件」);
 * - 「其中」 parts that take their measure from the total, or share its head noun, are components;
 * - per-unit norms (每…至少N名), organisation counts (N个…组织) and a subset counted again
 *   before its subject (「对…的17卷案卷予以通报」) are not facts; the heading lends context only
 *   to cues of the section's topic.
 *
 * Work per sentence is linear in its length: one trie scan of the sentence's span of the document's
 * string (which also notes where the characters of the clause structure, block nouns, per-unit words,
 * parentheses and 分别/依次 are) into pooled typed arrays, windows of bounded reach, binary searches. The
 * taxonomy is compiled once per taxonomy object (`compileMatcher`); the inner loops read its cues as
 * columns of typed arrays.
 *
 * @module
 */

import type { DocumentView, SectionView, SentenceView } from '../document.js'
import type { Change, PercentageMention, QuantityMention, UnitClass } from '../normalize/types.js'
import type { Taxonomy } from '../taxonomy/types.js'
import { type CompiledCue, compileMatcher, type HitIndex, type Matcher, UNIT_BITS } from './matcher.js'
import { defineExtractor } from './registry.js'
import {
  afterSoftBreak,
  analyzeSentence,
  CLAUSE_DELIMITERS,
  charSet,
  endOf,
  inCharSet,
  inside,
  isRegexSpace as isSpace,
  type SentenceStructure,
  STRUCTURE_CHARS,
  startOf,
  upperBound,
} from './text.js'
import type { Extractor, ExtractorContext, FactDraft } from './types.js'

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
/** Penalty of an earlier cue part carried from the previous sentence (a subject the sentence does not name). */
const CARRY_PENALTY = 0.3
/** An earlier part followed by 的 is a verb of a relative clause (「审核…名义印发的规范性文件」), not the main verb. */
const RELATIVE_PENALTY = 0.15
/** A subject found by its head word repeated next to the number (「开展公平竞争审查，共审查21件」). */
const ANAPHORA_PENALTY = 0.15
/** How far (characters) a subject may be from its number. */
const LEFT_REACH = 80
const RIGHT_REACH = 60
/** At most this many coordinated numbers share a predicate (「1063项A及20项B纳入…」). */
const MAX_COORDINATED = 8
/** At most this many named rates share one percentage. */
const MAX_NAMED_RATES = 8

/** Nouns that, right after a number, say it counts organisations or places (「33个部门」「20个镇」). */
const ENTITY_NOUN_LIST = [
  '部门',
  '单位',
  '镇',
  '乡镇',
  '街道',
  '村',
  '社区',
  '企业',
  '家企业',
  '律师事务所',
  '律所',
  '机关',
  '学校',
  '园区',
  '个人',
  '方面',
]
/** First characters of the entity nouns: the regular expression runs only after one of them. */
const ENTITY_NOUN_FIRST = charSet(ENTITY_NOUN_LIST.map((noun) => noun[0]!))
/** The entity nouns as a sticky alternation (run at the offset after the number). */
const ENTITY_NOUNS = new RegExp(`(?:${ENTITY_NOUN_LIST.join('|')})`, 'y')
/**
 * A noun phrase right after a 个/家 number ending in an organisation noun (「892个人民调解组织」「43家行政执法单位」):
 * the number counts organisations. Linear: one bounded lazy class, then fixed alternatives. Sticky: run at the
 * offset after the number (a match spans at most 10 characters, 11 with its lookahead).
 */
const ENTITY_PHRASE = /[^\d\s,;:。、()“”]{0,7}?(?:组织|机构|单位|部门|委员会|中心|所(?![有属涉辖需在得以]))/y
/** Counter words of organisations. */
const ENTITY_COUNTERS: ReadonlySet<string> = new Set(['个', '家'])
/** Counter words that count sessions as often as items (培训班6期, 简报12期): neutral for the unit-class fit. */
const AMBIGUOUS_COUNTERS: ReadonlySet<string> = new Set(['期'])
/** A per-unit norm (「每个村至少有3名」「每季度不少于1次」): not a count of results. */
const PER_UNIT_WORDS: readonly string[] = ['每', '至少', '不少于', '不低于', '最少']
/** What may follow the number of a clause without a subject: nothing, or a verb of taking part. */
const ELLIPTIC_TAIL = /^(?:参加|参与|参训|出席|到场|参考)?$/
/** Delimiters and spaces at a clause end. */
const CLAUSE_END = /[\s,;:。!?，；：！？]/g
/** Words that may open a clause without naming a subject (「…法律知识考试，共43人参加」). */
const FILLER_WORDS: readonly string[] = [
  '共计',
  '合计',
  '总计',
  '累计',
  '全年',
  '共',
  '计',
  '约',
  '达',
  '近',
  '超',
  '逾',
  '有',
]
/**
 * Nouns that, between a cue and the number, say the number counts something else (「欠薪工作措施共26条」),
 * found like the alternation `措施|制度|…` would be: leftmost, the first listed that matches, not overlapping.
 */
const BLOCK_NOUNS: readonly string[] = [
  '措施',
  '制度',
  '机制',
  '方案',
  '办法',
  '材料',
  '报告',
  '平台',
  '系统',
  '中心',
  '工作站',
  '工作室',
  '联系点',
  '专员',
  '企业',
  '部门',
  '单位',
  '指数',
  '课题',
]
/** The block nouns by first character, in list order (see MARK_KIND). */
const BLOCK_NOUN_GROUPS: string[][] = []
/**
 * Per code unit, what the marks pass of a sentence looks for there: the BLOCK_GROUP bits are 1 + the index
 * of the block-noun group starting with it (0 for none), PER_UNIT_MARK is set when a per-unit word does,
 * PAREN_MARK for `(` and `)`, RESPECTIVE_MARK for the first characters of RESPECTIVELY's words (分别, 依次).
 */
const MARK_KIND = new Uint8Array(0x10000)
const BLOCK_GROUP = 0x1f
const RESPECTIVE_MARK = 0x20
const PAREN_MARK = 0x40
const PER_UNIT_MARK = 0x80
MARK_KIND[0x28 /* ( */] = PAREN_MARK
MARK_KIND[0x29 /* ) */] = PAREN_MARK
for (const noun of BLOCK_NOUNS) {
  const code = noun.charCodeAt(0)
  if ((MARK_KIND[code]! & BLOCK_GROUP) === 0) MARK_KIND[code] = MARK_KIND[code]! | BLOCK_NOUN_GROUPS.push([])
  BLOCK_NOUN_GROUPS[(MARK_KIND[code]! & BLOCK_GROUP) - 1]!.push(noun)
}
if (BLOCK_NOUN_GROUPS.length > BLOCK_GROUP)
  throw new Error('Too many first characters of block nouns for MARK_KIND')
for (const word of PER_UNIT_WORDS)
  MARK_KIND[word.charCodeAt(0)] = MARK_KIND[word.charCodeAt(0)]! | PER_UNIT_MARK
MARK_KIND[0x5206 /* 分 */] = MARK_KIND[0x5206]! | RESPECTIVE_MARK
MARK_KIND[0x4f9d /* 依 */] = MARK_KIND[0x4f9d]! | RESPECTIVE_MARK
/**
 * The code units whose offsets the cue scan of a sentence notes: those of the sentence structure (1, for
 * `analyzeSentence`) and those of MARK_KIND (2, for {@link indexHits}).
 */
const SENTENCE_MARKS = MARK_KIND.map(
  (kind, code) => (STRUCTURE_CHARS[code] !== 0 ? 1 : 0) | (kind !== 0 ? 2 : 0),
)
/** Words right before a number that make it an ordinal or a rank. */
const ORDINAL_BEFORE: ReadonlySet<string> = new Set(['第', '前', '后'])
/** Cue words of a component in parentheses. */
const COMPONENT_CUE = /^\((?:含|其中|包括|包含)/
const CARRIED_OVER = /结转|上年|去年|往年/
/** What is dropped from a breakdown part's window to label it (其中 and separators). */
const OF_WHICH_LABEL = /^\s*其中|[、,:]/g
/**
 * Growth-rate words that make a percentage a change of the preceding subject, read like
 * `/(?:增长率|…|净增)了?(?:为|达|达到|是)?$/` and `/(?:降幅|…|净减)了?(?:为|达|达到|是)?$/` on the window (see
 * {@link endsWithGrowth}): a growth word, an optional 了, an optional GROWTH_TAILS word, at the end.
 */
const GROWTH_UP: readonly string[] = [
  '增长率',
  '增幅',
  '增速',
  '增长',
  '增加',
  '上升',
  '提高',
  '提升',
  '净增',
]
const GROWTH_DOWN: readonly string[] = ['降幅', '下降率', '下降', '减少', '降低', '净减']
const GROWTH_TAILS: readonly string[] = ['', '为', '达', '达到', '是']
/** 了 */
const LE = 0x4e86
/** The last characters of the growth words (a word is looked for only before one of them). */
const GROWTH_WORD_LAST = charSet([...GROWTH_UP, ...GROWTH_DOWN].map((word) => word[word.length - 1]!))
/** The characters GROWTH_UP and GROWTH_DOWN can end with: the patterns are tried only after one of them. */
const GROWTH_LAST = charSet([...'率幅速长加升高增了为达到是降少低减'])
/** What may stand between a change and the subject it changes (「同比增加」「增长率」「较上年下降」). */
const CHANGE_WORDS =
  /同比|环比|较上年|比上年|较去年|比去年|较上一年|比上一年|增长率|增幅|增速|降幅|下降率|增长|增加|上升|提高|提升|下降|减少|降低|净增|净减|分别|达到|约|了|为|达|是|[\s,、:]/g
/**
 * The years of a change's basis: `previous` for 较 or 比 before one of them (较上年|比上年|较去年|比去年|较上一年|
 * 比上一年) or for 环比; `year_on_year` for 同比 (see {@link basisIn}).
 */
const PREVIOUS_YEAR: readonly string[] = ['上年', '去年', '上一年']
/** Text allowed between two named rates sharing one percentage (「报备及时率、规范率达100%」). */
const RATE_JOINER = /^(?:、|和|及|与)$/
/**
 * Coordinators that make two quantities share what follows (「1063项A及20项B纳入…」): text ending with
 * 、, 和, 及, 与 or 以及 (before white space); the last characters as a set.
 */
const COORDINATOR_LAST = charSet([...'、和及与'])
/** 「A、B、C的分别为…」: numbers bound one by one to a list of subjects before them. */
const RESPECTIVELY = /分别为|分别是|分别达到?|依次为|依次是/g
/** What may separate the numbers of a respective list (「512件、137件和83件」). */
const LIST_JOINER = /^[\s、,，和及与]{1,2}$|^以及$/
/** A coordinator inside the last item of a subject list (「调解和解、撤回及终止」 → split at the last one). */
const LAST_COORDINATOR = /^(.*)(?:和|及|与|以及)/
/** 「对57件…政策措施开展公平竞争审查」: a number after 对 whose clause goes on to the verb of the review. */
const FRAME_VERB = /开展|进行|实施|予以/
/** A bare zero after 为/是 (「复议后败诉的案件为0」), which has no counter word. */
const BARE_ZERO = /(?:为|是)(0|零)(?=$|[,;。!?、)\s])/g
/** Characters before a number that make it an ordinal or a rank (ORDINAL_BEFORE as a set). */
const ORDINAL_CODES = charSet([...ORDINAL_BEFORE])

type Mention = QuantityMention | PercentageMention
/** A mention's unit class; `'issue'` for an ambiguous counter (期: sessions or issues, never people). */
type MentionClass = UnitClass | 'issue' | null

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
  /** The hit of the cue's last part: its span and atom. */
  hitStart: number
  hitEnd: number
  atom: number
  side: 'left' | 'right'
  score: number
  /** Whether a longer phrase ends where this one does (建议 in 提案建议). */
  shadowed: boolean
  /** Whether an earlier part came from the previous sentence. */
  carried: boolean
  /** Start of the earliest part found in the sentence (`-1` when a part came from the heading or the previous sentence). */
  first: number
  /** End of the part before the last one (`-1` for a one-part cue or a part from outside the sentence). */
  near: number
}

/**
 * The subject family of a paragraph's previous sentence and its cue phrases (「…新收行政复议申请216宗。依法受理185宗」).
 * The phrases are collected when a cue first asks for them (see {@link carriedAtoms}): most carries are never read.
 */
interface Carry {
  /** The family's index in `Matcher.families`. */
  readonly family: number
  /** The previous sentence's hits and the subject phrases of its facts. */
  readonly hits: SentenceHits
  readonly subjects: readonly Subject[]
  /** The context that sentence used, carried on. */
  readonly inherited: Carry | null
  /** The cue phrases, once collected. */
  atoms: ReadonlySet<number> | null
}

interface SectionEnv {
  readonly section: SectionView
  readonly matcher: Matcher
  readonly topic: string | null
  /** The topic as an index in the matcher's `cues.categories` (`-1` for none, or a topic no cue has). */
  readonly topicId: number
  /** The section's and its parent's heading titles. */
  readonly titles: readonly (string | undefined)[]
  /** The cue phrases of the titles, once a cue asks for them (see {@link headingAtomsOf}). */
  headingAtoms: ReadonlySet<number> | null
}

/**
 * The cue phrases of one sentence, indexed for windowed lookups. Pooled (see {@link acquireHits}): the
 * arrays of the index are reused by later sentences once the sentence is released.
 */
interface SentenceHits {
  /** The matcher's index of the sentence (every hit, sorted by start then end; the hits of each atom, see `Matcher.groupOf`). */
  readonly index: HitIndex
  /** Spans of block nouns as `[start, end, start, end, …]`, sorted by start. */
  blocks: readonly number[]
  /** Spans of per-unit words (every occurrence, the shortest at a start) as `[start, end, …]`, sorted by start. */
  perUnit: readonly number[]
  /** Offsets of `(` and `)`, ascending. */
  parens: readonly number[]
  /** Whether 分别 or 依次 occurs (without them RESPECTIVELY matches nothing). */
  respective: boolean
}

/** A draft with the candidate that bound it (`null` when it was bound as a change of the previous subject). */
interface BoundDraft {
  readonly draft: FactDraft
  readonly best: Candidate | null
}

/** The subject phrase of a bound fact (what the next sentence may carry). */
interface Subject {
  /** The family's index in `Matcher.families`. */
  readonly family: number
  readonly start: number
  readonly end: number
}

/**
 * Everything the candidate search needs about one mention: one object per sentence, updated for each
 * mention (and briefly for the respective-list and frame variants of a search).
 */
interface MentionScope {
  readonly env: SectionEnv
  readonly text: string
  readonly structure: SentenceStructure
  readonly hits: SentenceHits
  runStart: number
  clauseStart: number
  /** Start of the number's own left window (after the previous number). */
  windowStart: number
  s: number
  e: number
  /** The mention's unit class, as a column of UNIT_FIT. */
  mentionClass: number
  /** A change binds regardless of unit class (a % change of a count). */
  anyUnit: boolean
  /** The end of the last bound fact of the sentence. */
  lastEnd: number
  /** The family (index in `Matcher.families`) of the last bound fact of the sentence, `-1` before the first. */
  lastFamily: number
  /** The indicator of the last bound fact of the sentence, if any. */
  lastIndicator: string | null
  /** The end of the last bound fact of another family than the last one. */
  otherEnd: number
  /** Context carried from the previous sentence of the paragraph. */
  readonly carry: Carry | null
}

/** What {@link bindSentence} returns. */
interface SentenceResult {
  readonly drafts: FactDraft[]
  readonly carry: Carry | null
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
    // The section's context is built for its first sentence with a number (most sections have none).
    let env: SectionEnv | null = null
    const source = context.document.source.text
    for (const paragraph of section.paragraphs) {
      // A sentence without a subject of its own continues the previous one's (「…行政复议申请216宗。依法受理185宗」).
      let carry: Carry | null = null
      for (const sentence of paragraph.sentences) {
        const mentions = collectMentions(sentence)
        if (mentions.length === 0) {
          carry = handOver(carry, null, env)
          continue
        }
        env ??= sectionEnv(section, context.document, context.taxonomy)
        const result = bindMentions(sentence, mentions, env, undefined, carry, source)
        carry = handOver(carry, result.carry, env)
        // A mention an earlier extractor already bound is left to it.
        for (const draft of unclaimed(result.drafts, context)) context.emit.fact(draft)
      }
      handOver(carry, null, env)
    }
  },
})

/**
 * Replace the carried context `old` by `next`: the hits of `old` go back to the pool, after its cue phrases
 * were collected when `next` inherits it (they are read from those hits).
 */
function handOver(old: Carry | null, next: Carry | null, env: SectionEnv | null): Carry | null {
  if (old !== null && old !== next) {
    if (next !== null && next.inherited === old) carriedAtoms(old, env!.matcher)
    releaseHits(old.hits)
  }
  return next
}

/** The drafts whose mention no fact emitted so far is bound to (checked before any of them is emitted). */
function unclaimed(drafts: FactDraft[], context: ExtractorContext): FactDraft[] {
  for (let index = 0; index < drafts.length; index++) {
    if (context.boundAt(drafts[index]!.mention.start) !== undefined) {
      return drafts.filter((draft) => context.boundAt(draft.mention.start) === undefined)
    }
  }
  return drafts
}

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
  const env = sectionEnv(section, options.document, taxonomy)
  const { drafts, carry } = bindSentence(sentence, env, options.trace, null)
  handOver(carry, null, env)
  return drafts
}

const sectionsById = new WeakMap<DocumentView, Map<string, SectionView>>()

/** The context a section gives its sentences: the matcher, the topic (own or inherited), the heading's cue phrases. */
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
  return {
    section,
    matcher,
    topic,
    topicId: topic === null ? -1 : matcher.cues.categories.indexOf(topic),
    titles: [section.heading?.title, parent?.heading?.title],
    headingAtoms: null,
  }
}

/** The cue phrases of a section's heading and its parent's. */
function headingAtomsOf(env: SectionEnv): ReadonlySet<number> {
  if (env.headingAtoms !== null) return env.headingAtoms
  const atoms = new Set<number>()
  for (const title of env.titles) if (title) env.matcher.addAtoms(title, atoms)
  env.headingAtoms = atoms
  return atoms
}

/** Sentence hits released by finished sentences, for the next ones (see {@link acquireHits}). */
const HITS_POOL: SentenceHits[] = []
/** The spans of a sentence without block nouns, per-unit words or parentheses. */
const NO_OFFSETS: readonly number[] = []

/**
 * Sentence hits to fill: a pooled one, or a new one when the pool is empty (a trace callback binding
 * another sentence while one is bound takes a second one). Give it back with {@link releaseHits} once
 * nothing reads it any more.
 */
function acquireHits(matcher: Matcher): SentenceHits {
  return (
    HITS_POOL.pop() ?? {
      index: matcher.index(''),
      blocks: NO_OFFSETS,
      perUnit: NO_OFFSETS,
      parens: NO_OFFSETS,
      respective: false,
    }
  )
}

/** Return sentence hits to the pool. */
function releaseHits(hits: SentenceHits): void {
  HITS_POOL.push(hits)
}

/**
 * Scan a sentence for cue phrases, block nouns and per-unit words: `text` in `[from, to)`, the sentence's
 * own string or the document's (the same code units, without the sliced string's indirection).
 */
function indexHits(text: string, from: number, to: number, env: SectionEnv): SentenceHits {
  const hits = acquireHits(env.matcher)
  const index = env.matcher.index(text, SENTENCE_MARKS, from, to, hits.index)
  let blocks: number[] | null = null
  let perUnit: number[] | null = null
  let parens: number[] | null = null
  // Block nouns are found like the alternation BLOCK_NOUNS would be: leftmost, the first listed that
  // matches, not overlapping; per-unit words wherever they are.
  let blockFrom = 0
  let respective = false
  const { flagged, flaggedCount } = index
  for (let next = 0; next < flaggedCount; next++) {
    const at = flagged[next]!
    const kind = MARK_KIND[text.charCodeAt(from + at)]!
    if (kind === PAREN_MARK) {
      if (parens === null) parens = []
      parens.push(at)
      continue
    }
    if ((kind & BLOCK_GROUP) !== 0 && at >= blockFrom) {
      const noun = firstStartingAt(text, from + at, to, BLOCK_NOUN_GROUPS[(kind & BLOCK_GROUP) - 1]!)
      if (noun !== null) {
        if (blocks === null) blocks = []
        blocks.push(at, at + noun.length)
        blockFrom = at + noun.length
      }
    }
    if ((kind & RESPECTIVE_MARK) !== 0 && from + at + 1 < to) {
      const second = text.charCodeAt(from + at + 1)
      if (second === 0x522b /* 别 */ || second === 0x6b21 /* 次 */) respective = true
    }
    if ((kind & PER_UNIT_MARK) !== 0) {
      let length = 0
      for (const word of PER_UNIT_WORDS) {
        if ((length === 0 || word.length < length) && matchesAt(text, word, from + at, to))
          length = word.length
      }
      if (length > 0) {
        if (perUnit === null) perUnit = []
        perUnit.push(at, at + length)
      }
    }
  }
  hits.blocks = blocks ?? NO_OFFSETS
  hits.perUnit = perUnit ?? NO_OFFSETS
  hits.parens = parens ?? NO_OFFSETS
  hits.respective = respective
  return hits
}

/** The first of `words` (in order) that starts at `at` in the text that ends at `to`, or `null`. */
function firstStartingAt(text: string, at: number, to: number, words: readonly string[]): string | null {
  for (const word of words) if (matchesAt(text, word, at, to)) return word
  return null
}

/** Bind a sentence (with the carried context of the previous one). */
function bindSentence(
  sentence: SentenceView,
  env: SectionEnv,
  trace: ((trace: BindTrace) => void) | undefined,
  carry: Carry | null,
): SentenceResult {
  const mentions = collectMentions(sentence)
  if (mentions.length === 0) return { drafts: [], carry: null }
  return bindMentions(sentence, mentions, env, trace, carry)
}

/** An empty candidate list (for trace reports of mentions that were not searched). */
const NO_CANDIDATES: readonly Candidate[] = []

/**
 * Bind the (non-empty, sorted) mentions of a sentence. `source` is the document's text the sentence is a
 * slice of, when known: the scan reads it there. The hits of the result's carry stay taken from the pool
 * (those of a sentence that carries nothing are given back).
 */
function bindMentions(
  sentence: SentenceView,
  mentions: readonly Mention[],
  env: SectionEnv,
  trace: ((trace: BindTrace) => void) | undefined,
  carry: Carry | null,
  source?: string,
): SentenceResult {
  const text = sentence.text
  const base = sentence.start
  // The view's contract: a sentence's text is `source.slice(start, end)`.
  const inSource =
    source !== undefined && sentence.end - base === text.length && base >= 0 && sentence.end <= source.length
  const hits = inSource ? indexHits(source, base, sentence.end, env) : indexHits(text, 0, text.length, env)
  const structure = analyzeSentence(text, hits.index.marked, hits.index.markedCount)
  const lists = hits.respective ? respectiveLists(text, structure, mentions, base) : null
  const drafts: FactDraft[] = []
  /** The last mention index that got drafts, and its first draft (components attach to it). */
  let ownerIndex = -2
  let ownerDraft: FactDraft | null = null
  /** The run of the last fact and that fact (changes bind to its indicator; runs only move forward). */
  let lastRun = -1
  let lastInRun: BoundDraft | null = null
  /** An open 「…共6228条,其中概况类54条、…」 breakdown: its total, run and where it opens. */
  let breakdown: { owner: BoundDraft; runStart: number; start: number } | null = null
  /** The subject phrases of the bound facts. */
  const subjects: Subject[] = []
  /** Whether a fact was bound through the carried context (which then carries on). */
  let usedCarry = false
  const scope: MentionScope = {
    env,
    text,
    structure,
    hits,
    runStart: 0,
    clauseStart: 0,
    windowStart: 0,
    s: 0,
    e: 0,
    mentionClass: 0,
    anyUnit: false,
    lastEnd: 0,
    lastFamily: -1,
    lastIndicator: null,
    otherEnd: 0,
    carry,
  }

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
    if (inside(structure.titles, s)) {
      if (trace !== undefined) report(trace, text, mention, 'title', [], NO_CANDIDATES)
      continue
    }
    if (s > 0 && inCharSet(ORDINAL_CODES, text.charCodeAt(s - 1))) {
      if (trace !== undefined) report(trace, text, mention, 'ordinal', [], NO_CANDIDATES)
      continue
    }

    // Components: 「办结58宗(含去年结转18宗)」.
    const component = componentOf(text, hits.parens, s, prevEnd, ownerIndex === index - 1)
    if (component !== null) {
      const owner = ownerIndex === index - 1 ? ownerDraft : null
      if (owner !== null && mention.type !== 'percentage') {
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
      if (trace !== undefined) report(trace, text, mention, 'component', [], NO_CANDIDATES)
      continue
    }

    const runStart = startOf(structure.runStarts, s)
    const clauseStart = startOf(structure.clauseStarts, s)
    if (breakdown !== null && breakdown.runStart !== runStart) breakdown = null
    if (opensWithOfWhich(text, clauseStart, Math.min(s, clauseStart + 8))) {
      const owner: BoundDraft | null = lastRun === runStart ? lastInRun : null
      breakdown =
        owner !== null && owner.draft.mention.end - base <= clauseStart
          ? { owner, runStart, start: clauseStart }
          : null
    }
    let windowStart = Math.max(runStart, clauseStart, prevEnd, s - LEFT_REACH)
    // 「1063项行政执法事项及20项…」: the noun before 及 belongs to the previous number.
    if (previousNumberFirst && prevEnd > clauseStart && endsWithCoordinator(text, prevEnd, s)) {
      windowStart = s
    }
    const change = changeOf(mention, text, windowStart, Math.max(runStart, s - LEFT_REACH), s)
    scope.runStart = runStart
    scope.clauseStart = clauseStart
    scope.windowStart = windowStart
    scope.s = s
    scope.e = e
    scope.mentionClass = classColumn(mention)
    scope.anyUnit = change !== null
    // 「推动每个村至少有3名法律明白人」: a per-unit norm, not a count.
    if (change === null && hasPerUnit(hits, Math.max(clauseStart, s - LEFT_REACH), s)) {
      previousNumberFirst = false
      if (trace !== undefined) report(trace, text, mention, 'unbound', [], NO_CANDIDATES)
      continue
    }
    // 「维持、驳回、直接纠错的分别为512件、137件、83件」: the i-th number counts the i-th subject.
    const respective = lists === null ? undefined : lists.get(index)
    const entityEnd = respective === undefined ? entityPhraseEnd(text, e, mention) : -1
    const entityAfter = entityEnd !== -1

    let found: Candidate[]
    if (respective === undefined) found = entityAfter ? [] : candidates(scope, windowStart, s, 'left')
    else if (respective === null) found = []
    else {
      // The subject's own span is the window, and its end stands for the number.
      scope.windowStart = respective.start
      scope.s = respective.end
      found = candidates(scope, respective.start, respective.end, 'left')
      scope.windowStart = windowStart
      scope.s = s
    }
    let best = pick(found)
    previousNumberFirst = respective === undefined && (best === null || best.score < THRESHOLD)
    // 「…法律知识考试，共43人参加」: a clause with no subject of its own continues the previous clause's.
    if (
      previousNumberFirst &&
      change === null &&
      !entityAfter &&
      respective === undefined &&
      windowStart === clauseStart &&
      clauseStart > runStart
    ) {
      const clauseEnd = Math.min(endOf(structure.clauseStarts, e, text.length), e + RIGHT_REACH)
      if (
        onlyFillers(text, clauseStart, s) &&
        ELLIPTIC_TAIL.test(text.slice(e, clauseEnd).replace(CLAUSE_END, ''))
      ) {
        const previousClause = Math.max(
          runStart,
          startOf(structure.clauseStarts, clauseStart - 1),
          prevEnd,
          s - LEFT_REACH,
        )
        if (previousClause < clauseStart) {
          const earlier = candidates(scope, previousClause, clauseStart, 'left')
          for (const candidate of earlier) found.push(candidate)
          const bestEarlier = pick(earlier)
          if (bestEarlier !== null && (best === null || bestEarlier.score > best.score)) best = bestEarlier
        }
      }
    }
    if ((best === null || best.score < THRESHOLD) && change === null && respective === undefined) {
      const windowEnd = rightWindowEnd(text, structure, mentions, index, base, e)
      // After 「40家单位…」 only a cue that names the counted noun itself may bind (「单位…开立账户」).
      const atE = entityAfter ? atomsEndingAt(hits, e, entityEnd) : null
      // 「对57件涉及经营主体的政策措施开展公平竞争审查」: the number counts what the frame's verb does, not a
      // noun inside its object (the window ends with 对).
      let frameEnd = e
      if (s > windowStart && text.charCodeAt(s - 1) === 0x5bf9 /* 对 */) {
        const verb = FRAME_VERB.exec(text.slice(e, windowEnd))
        if (verb !== null) frameEnd = e + verb.index + verb[0].length
      }
      // The distance is counted from the frame's verb, which governs the number.
      scope.e = frameEnd
      let right = candidates(scope, frameEnd, windowEnd, 'right')
      scope.e = e
      if (atE !== null) right = namingAny(right, atE)
      for (const candidate of right) found.push(candidate)
      // 「评查案卷260卷，对…的17卷案卷予以通报」: a number before the subject the run has just counted
      // (after it) is a part of that count.
      const previous = lastRun === runStart ? lastInRun : null
      const repeated =
        previous !== null && previous.best !== null && previous.best.side === 'left' ? previous : null
      const bestRight = pickExcept(right, repeated)
      if (bestRight !== null && (best === null || bestRight.score > best.score)) best = bestRight
    }
    // 「开展公平竞争审查，共审查21件」: the clause repeats the head word of an earlier subject.
    if (
      (best === null || best.score < THRESHOLD) &&
      change === null &&
      !entityAfter &&
      respective === undefined
    ) {
      const anaphor = anaphora(scope)
      if (anaphor !== null) {
        found.push(anaphor)
        if (best === null || anaphor.score > best.score) best = anaphor
      }
    }

    // 「其中概况类54条、政务动态信息类4205条」: parts of the total, unless they name their own measure
    // (「录入案件101件，其中涉嫌犯罪案件共17件」: 17 is bound through 涉嫌犯罪, not through the total's 案件).
    if (breakdown !== null && change === null && respective === undefined) {
      const owner = breakdown.owner
      const ownMeasure = pickOwnMeasure(text, found, owner, breakdown.start)
      if (ownMeasure === null) {
        owner.draft.components ??= []
        owner.draft.components.push({
          start: mention.start,
          end: mention.end,
          label: text.slice(windowStart, s).replace(OF_WHICH_LABEL, '').trim() || 'of_which',
          value: mention.value.value,
          unit: unitOf(mention),
        })
        if (trace !== undefined) report(trace, text, mention, 'component', [], found)
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
      const previous = lastRun === runStart ? lastInRun : null
      if (previous !== null && text.slice(windowStart, s).replace(CHANGE_WORDS, '').length <= 1) {
        indicators = [previous.draft.indicator]
        reason = 'change'
      }
    }
    if (trace !== undefined) report(trace, text, mention, reason, indicators, found)
    if (indicators.length === 0) continue

    const bound = best !== null && reason === 'bound' ? best : null
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
      if (bound !== null) {
        // The subject phrase of the fact, for the next sentence (「新收行政复议申请216宗。依法受理185宗」).
        if (bound.carried) usedCarry = true
        subjects.push({
          family: bound.cue.familyId,
          start: Math.max(
            bound.first === -1 ? Math.min(windowStart, bound.hitStart) : bound.first,
            bound.hitEnd - LEFT_REACH,
          ),
          end: bound.hitEnd,
        })
      }
      if (ownerIndex !== index) {
        ownerIndex = index
        ownerDraft = draft
      }
      lastRun = runStart
      lastInRun = { draft, best: bound }
      const family = env.matcher.familyOf(indicator)
      if (scope.lastFamily !== -1 && scope.lastFamily !== family) scope.otherEnd = scope.lastEnd
      scope.lastEnd = e
      scope.lastFamily = family
      scope.lastIndicator = indicator
    }
  }
  if (scope.lastFamily === -1) {
    releaseHits(hits)
    return { drafts, carry: null }
  }
  return {
    drafts,
    carry: { family: scope.lastFamily, hits, subjects, inherited: usedCarry ? carry : null, atoms: null },
  }
}

/** Report a mention to a `trace` callback, with its candidates best first. */
function report(
  trace: (trace: BindTrace) => void,
  text: string,
  mention: Mention,
  reason: BindTrace['reason'],
  indicators: string[],
  found: readonly Candidate[],
): void {
  trace({
    mention: mention.text,
    start: mention.start,
    bound: indicators,
    reason,
    candidates: [...found]
      .sort((a, b) => b.score - a.score)
      .map((candidate) => ({
        indicator: candidate.cue.indicator.id,
        cue: candidate.cue.pattern,
        phrase: text.slice(candidate.hitStart, candidate.hitEnd),
        side: candidate.side,
        score: Math.round(candidate.score * 1000) / 1000,
      })),
  })
}

/** The candidates one of whose cue parts names one of `atoms` (the counted noun after 「40家单位」). */
function namingAny(found: readonly Candidate[], atoms: readonly number[]): Candidate[] {
  const kept: Candidate[] = []
  for (const candidate of found) {
    if (namesAny(candidate.cue, atoms)) kept.push(candidate)
  }
  return kept
}

/** Whether a part of a cue has one of `atoms`. */
function namesAny(cue: CompiledCue, atoms: readonly number[]): boolean {
  for (const part of cue.parts) for (const atom of atoms) if (part.has(atom)) return true
  return false
}

/** The best candidate that is not the run's last left-bound subject counted again (same indicator and phrase). */
function pickExcept(found: readonly Candidate[], repeated: BoundDraft | null): Candidate | null {
  let best: Candidate | null = null
  for (const candidate of found) {
    if (
      repeated !== null &&
      repeated.draft.indicator === candidate.cue.indicator.id &&
      repeated.best!.atom === candidate.atom
    ) {
      continue
    }
    if (best === null || candidate.score > best.score) best = candidate
  }
  return best
}

/**
 * A part of a breakdown names its own measure only with a whole cue of its own after 其中 (「其中拟废止4件」
 * takes 清理 from the total: a part), and, for the total's indicator, a noun of another kind (「其中行政处罚案件」
 * after 「执法案件」, 「其中综合演练」 after 「应急演练」 are parts): the best such candidate, or `null`.
 */
function pickOwnMeasure(
  text: string,
  found: readonly Candidate[],
  owner: BoundDraft,
  opened: number,
): Candidate | null {
  const ownerHit = owner.best
  const ownerIndicator = owner.draft.indicator
  let best: Candidate | null = null
  for (const candidate of found) {
    const id = candidate.cue.indicator.id
    if (
      candidate.score >= THRESHOLD &&
      (candidate.first >= opened || (candidate.hitStart >= opened && id !== ownerIndicator)) &&
      (id !== ownerIndicator ||
        ownerHit === null ||
        (candidate.atom !== ownerHit.atom && !sameHead(text, candidate, ownerHit)))
    ) {
      if (best === null || candidate.score > best.score) best = candidate
    }
  }
  return best
}

/** Whether the phrases of two candidates end with the same head word (their last two characters: 案件, 演练, 主体). */
function sameHead(text: string, a: Candidate, b: Candidate): boolean {
  const aFrom = Math.max(a.hitStart, a.hitEnd - 2)
  const bFrom = Math.max(b.hitStart, b.hitEnd - 2)
  const length = a.hitEnd - aFrom
  if (length !== b.hitEnd - bFrom) return false
  for (let index = 0; index < length; index++) {
    if (text.charCodeAt(aFrom + index) !== text.charCodeAt(bFrom + index)) return false
  }
  return true
}

/**
 * Whether `text.slice(from, to)` is nothing but fillers (FILLER_WORDS and white space), read like
 * `replace(/共计|合计|…|有|\s/g, '')` would: leftmost, the first listed word that fits before `to`.
 */
function onlyFillers(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; ) {
    if (isSpace(text.charCodeAt(index))) {
      index++
      continue
    }
    let length = 0
    for (const word of FILLER_WORDS) {
      if (index + word.length <= to && text.startsWith(word, index)) {
        length = word.length
        break
      }
    }
    if (length === 0) return false
    index += length
  }
  return true
}

/** Whether `text.slice(from, to).trimEnd()` ends with a coordinator (COORDINATOR_LAST), without the slice. */
function endsWithCoordinator(text: string, from: number, to: number): boolean {
  let last = to - 1
  while (last >= from && isSpace(text.charCodeAt(last))) last--
  return last >= from && inCharSet(COORDINATOR_LAST, text.charCodeAt(last))
}

/** Whether a clause opens a breakdown of the preceding total: `/^\s*其中/` on `text.slice(from, to)`, without the slice. */
function opensWithOfWhich(text: string, from: number, to: number): boolean {
  let index = from
  while (index < to && isSpace(text.charCodeAt(index))) index++
  return (
    index + 2 <= to && text.charCodeAt(index) === 0x5176 /* 其 */ && text.charCodeAt(index + 1) === 0x4e2d
  ) /* 中 */
}

/** Whether a per-unit word (PER_UNIT_WORDS) lies inside `[from, to)`. */
function hasPerUnit(hits: SentenceHits, from: number, to: number): boolean {
  const { perUnit } = hits
  let low = 0
  let high = perUnit.length >> 1
  while (low < high) {
    const middle = (low + high) >> 1
    if (perUnit[middle * 2]! < from) low = middle + 1
    else high = middle
  }
  for (let index = low * 2; index < perUnit.length && perUnit[index]! < to; index += 2) {
    if (perUnit[index + 1]! <= to) return true
  }
  return false
}

/**
 * Respective lists (「维持、驳回、直接纠错的分别为512件、137件和83件」): for each mention of such a list, the
 * span of its subject in the clause before 分别为, or `null` when the numbers and subjects do not pair up
 * (then none of them binds); `null` when the sentence has no such list.
 */
function respectiveLists(
  text: string,
  structure: SentenceStructure,
  mentions: readonly Mention[],
  base: number,
): Map<number, { start: number; end: number } | null> | null {
  let lists: Map<number, { start: number; end: number } | null> | null = null
  RESPECTIVELY.lastIndex = 0
  for (let match = RESPECTIVELY.exec(text); match !== null; match = RESPECTIVELY.exec(text)) {
    const at = match.index
    let cursor = at + match[0].length
    const members: number[] = []
    for (let index = 0; index < mentions.length && members.length <= MAX_COORDINATED; index++) {
      const mention = mentions[index]!
      const s = mention.start - base
      if (s < cursor) continue
      const gap = text.slice(cursor, s)
      if (members.length === 0 ? gap.trim().length > 0 : !LIST_JOINER.test(gap)) break
      members.push(index)
      cursor = mention.end - base
    }
    if (members.length < 2) continue
    const clauseStart = startOf(structure.clauseStarts, at)
    const subjects = subjectSpans(text, clauseStart, at, members.length)
    const paired = subjects.length === members.length
    lists ??= new Map()
    for (let i = 0; i < members.length; i++) lists.set(members[i]!, paired ? subjects[i]! : null)
  }
  return lists
}

/**
 * The spans of the 、-separated subjects in `[from, to)`; when one short of `wanted`, the last one is split
 * at its last 和/及/与 (「调解和解、直接纠错和驳回的」 keeps 调解和解 whole).
 */
function subjectSpans(
  text: string,
  from: number,
  to: number,
  wanted: number,
): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = []
  let start = from
  for (let index = from; index <= to; index++) {
    if (index === to || text[index] === '、') {
      let end = index
      if (index === to && text[end - 1] === '的') end--
      spans.push({ start, end })
      start = index + 1
    }
  }
  const last = spans[spans.length - 1]
  if (last !== undefined && spans.length === wanted - 1) {
    const split = LAST_COORDINATOR.exec(text.slice(last.start, last.end))
    if (split !== null && split[1]!.length > 0) {
      const cut = last.start + split[1]!.length
      spans[spans.length - 1] = { start: last.start, end: cut }
      spans.push({ start: cut + split[0].length - split[1]!.length, end: last.end })
    }
  }
  return spans
}

/**
 * The context the next sentence of the paragraph may use: the cue phrases of the last bound fact's
 * family inside the subject phrases of the previous sentence's facts of that family (plus what was carried in).
 */
function carriedAtoms(carry: Carry, matcher: Matcher): ReadonlySet<number> {
  if (carry.atoms !== null) return carry.atoms
  const { family, inherited } = carry
  const atoms =
    inherited !== null && inherited.family === family
      ? new Set<number>(carriedAtoms(inherited, matcher))
      : new Set<number>()
  const { count, starts, ends, atoms: hitAtoms } = carry.hits.index
  for (const subject of carry.subjects) {
    if (subject.family !== family) continue
    for (let hit = firstStartAtOrAfter(carry.hits.index, subject.start); hit < count; hit++) {
      if (starts[hit]! >= subject.end) break
      if (ends[hit]! <= subject.end && matcher.usesAtom(hitAtoms[hit]!, family)) atoms.add(hitAtoms[hit]!)
    }
  }
  carry.atoms = atoms
  return atoms
}

/**
 * Where an organisation noun phrase right after a number ends (「33个部门」「892个人民调解组织」), or `-1`.
 */
function entityPhraseEnd(text: string, end: number, mention: Mention): number {
  const e = afterSoftBreak(text, end)
  // The patterns run on the text at `e` rather than on `text.slice(e, e + 5)` and `text.slice(e, e + 12)`:
  // no match reaches that far, so the slices' ends changed nothing.
  if (e < text.length && inCharSet(ENTITY_NOUN_FIRST, text.charCodeAt(e))) {
    ENTITY_NOUNS.lastIndex = e
    const match = ENTITY_NOUNS.exec(text)
    if (match !== null) return e + match[0].length
  }
  if (mention.type !== 'quantity' || !ENTITY_COUNTERS.has(mention.value.unit)) return -1
  ENTITY_PHRASE.lastIndex = e
  const phrase = ENTITY_PHRASE.exec(text)
  return phrase === null ? -1 : e + phrase[0].length
}

/** Whether `word` occurs at `at` in the text that ends at `end` (`text.startsWith(word, at)` within the end). */
function matchesAt(text: string, word: string, at: number, end: number): boolean {
  if (at + word.length > end) return false
  for (let index = 0; index < word.length; index++) {
    if (text.charCodeAt(at + index) !== word.charCodeAt(index)) return false
  }
  return true
}

/** Whether one of the first `count` mentions covers `offset`. */
function covered(mentions: readonly Mention[], count: number, offset: number): boolean {
  for (let index = 0; index < count; index++) {
    const mention = mentions[index]!
    if (mention.start <= offset && offset < mention.end) return true
  }
  return false
}

/** Mention order: by start, the longer first. */
function byMentionOrder(a: Mention, b: Mention): number {
  return a.start - b.start || b.end - a.end
}

/**
 * The sentence's quantity and percentage mentions, plus bare zeros (「…的案件为0」), sorted (the sentence's
 * own array when it already is; never changed).
 */
function collectMentions(sentence: SentenceView): readonly Mention[] {
  const { quantities, percentages, text } = sentence
  const list: readonly Mention[] =
    percentages.length === 0
      ? quantities
      : quantities.length === 0
        ? percentages
        : [...quantities, ...percentages]
  /** A copy of `list` once it needs changing. */
  let own: Mention[] | null = list === quantities || list === percentages ? null : (list as Mention[])
  const found = list.length
  BARE_ZERO.lastIndex = 0
  for (let match = BARE_ZERO.exec(text); match !== null; match = BARE_ZERO.exec(text)) {
    const start = sentence.start + match.index + match[0].length - 1
    if (covered(list, found, start)) continue
    own ??= [...list]
    own.push({
      type: 'quantity',
      start,
      end: start + 1,
      text: match[1]!,
      value: { value: 0, unit: '', unitClass: null, approx: 'exact', change: null },
    })
  }
  const mentions = own ?? list
  // A stable sort leaves a sorted list as it is.
  for (let index = 1; index < mentions.length; index++) {
    if (byMentionOrder(mentions[index - 1]!, mentions[index]!) > 0)
      return (own ?? [...list]).sort(byMentionOrder)
  }
  return mentions
}

/**
 * The cue of a parenthesised component (「(含去年结转」 → 去年结转), or `null` when the mention is not one.
 * The parenthesis may follow the total's clause (「事项1427项全部进驻中心(其中…152项)」) when the total was bound.
 */
function componentOf(
  text: string,
  parens: readonly number[],
  s: number,
  prevEnd: number,
  ownerBound: boolean,
): string | null {
  if (prevEnd === 0) return null
  // The parenthesis nearest before the number, after the previous one: it must open.
  const nearest = upperBound(parens, s - 1) - 1
  if (nearest < 0) return null
  const open = parens[nearest]!
  if (open < prevEnd || text.charCodeAt(open) !== 0x28 /* ( */) return null
  const between = text.slice(prevEnd, open).trim()
  if (between !== '' && (!ownerBound || hasClauseDelimiter(between))) return null
  const inner = text.slice(open, s)
  if (!COMPONENT_CUE.test(inner)) return null
  return inner.replace(COMPONENT_CUE, '').trim()
}

/**
 * The change a mention states, or one its window states (「增长率4.28%」「同比增加2007户」): the growth words
 * end the number's own window `[from, s)`; the basis (同比, 较上年 …) is read in the run `[runFrom, s)`.
 *
 * @param mention - The mention (its own `change`, if any, wins).
 * @param text - The sentence text.
 * @param from - Start of the number's own window.
 * @param runFrom - Start of the run before the number.
 * @param s - The mention's start.
 * @returns The change, or `null`.
 * @internal
 * @category Extractors
 * @example
 * ```ts
 * changeOf(mention, '同比增加2007户', 0, 0, 4) //=> { direction: 'up', basis: 'year_on_year' }
 * ```
 */
export function changeOf(
  mention: Mention,
  text: string,
  from: number,
  runFrom: number,
  s: number,
): Change | null {
  const stated = mention.value.change
  if (stated) {
    if (stated.basis !== null) return stated
    // 「同比增加2007户，增长率4.28%」: the basis stated earlier in the run carries over.
    const basis = basisIn(text, runFrom, s)
    return basis === null ? stated : { direction: stated.direction, basis }
  }
  // The growth words end the window: the patterns are only tried after a character one of them ends with.
  if (from >= s || !inCharSet(GROWTH_LAST, text.charCodeAt(s - 1))) return null
  const direction = endsWithGrowth(text, from, s, GROWTH_UP)
    ? 'up'
    : endsWithGrowth(text, from, s, GROWTH_DOWN)
      ? 'down'
      : null
  if (direction === null) return null
  // Only growth words that describe the number itself (「增长率4.28%」「同比增加2007户」).
  if (!(mention.type === 'percentage' || basisIn(text, from, s) !== null)) return null
  return { direction, basis: basisIn(text, runFrom, s) }
}

/** The basis a change stated in `[from, to)` has (同比 first, then a word of the previous year), or `null`. */
function basisIn(text: string, from: number, to: number): Change['basis'] {
  for (let at = from; at + 2 <= to; at++) {
    if (text.charCodeAt(at) === 0x540c /* 同 */ && text.charCodeAt(at + 1) === 0x6bd4 /* 比 */)
      return 'year_on_year'
  }
  for (let at = from; at + 2 <= to; at++) {
    const code = text.charCodeAt(at)
    if (code === 0x73af /* 环 */ && text.charCodeAt(at + 1) === 0x6bd4 /* 比 */) return 'previous'
    if (code === 0x8f83 /* 较 */ || code === 0x6bd4 /* 比 */) {
      for (const year of PREVIOUS_YEAR) if (matchesAt(text, year, at + 1, to)) return 'previous'
    }
  }
  return null
}

/**
 * Whether `[from, to)` ends with one of `words`, an optional 了 and an optional GROWTH_TAILS word: every way
 * the growth pattern can match at the end, tried in turn.
 */
function endsWithGrowth(text: string, from: number, to: number, words: readonly string[]): boolean {
  for (const tail of GROWTH_TAILS) {
    const afterLe = to - tail.length
    if (afterLe < from || !matchesAt(text, tail, afterLe, to)) continue
    // Without 了, then with it.
    for (let le = 0; le <= 1; le++) {
      if (le === 1 && !(afterLe - 1 >= from && text.charCodeAt(afterLe - 1) === LE)) continue
      const wordEnd = afterLe - le
      if (wordEnd <= from || !inCharSet(GROWTH_WORD_LAST, text.charCodeAt(wordEnd - 1))) continue
      for (const word of words) {
        if (wordEnd - word.length >= from && matchesAt(text, word, wordEnd - word.length, wordEnd))
          return true
      }
    }
  }
  return false
}

function classOf(mention: Mention): MentionClass {
  if (mention.type === 'percentage') return 'rate'
  if (mention.type === 'money') return 'money'
  if (AMBIGUOUS_COUNTERS.has(mention.value.unit)) return 'issue'
  return mention.value.unitClass
}

/** A mention's unit class as a column of UNIT_FIT. */
function classColumn(mention: Mention): number {
  return MENTION_CLASSES.indexOf(classOf(mention))
}

function hasClauseDelimiter(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (CLAUSE_DELIMITERS.has(text[index]!)) return true
  return false
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
    if (!endsWithCoordinator(text, from, nextStart)) return listItemEnd(text, from, nextStart)
    from = mentions[next]!.end - base
  }
  return listItemEnd(text, from, clauseEnd)
}

/** 「…材料300项、可告知承诺替代材料37项」: what follows a 、 is the next list item, not this number's subject. */
function listItemEnd(text: string, from: number, end: number): number {
  for (let index = from; index < end; index++) if (text.charCodeAt(index) === 0x3001 /* 、 */) return index
  return end
}

/** The number of the first hit starting at or after `offset`. */
function firstStartAtOrAfter(index: HitIndex, offset: number): number {
  const { starts } = index
  let low = 0
  let high = index.count
  while (low < high) {
    const middle = (low + high) >> 1
    if (starts[middle]! < offset) low = middle + 1
    else high = middle
  }
  return low
}

/** The floor of earlier cue parts of a family: context does not carry over a fact of another family. */
function familyFloor(scope: MentionScope, family: number): number {
  if (scope.lastFamily === -1) return 0
  return scope.lastFamily !== family ? scope.lastEnd : scope.otherEnd
}

/** The candidates whose last part is a hit inside `[from, to)`, on one side of the number. */
function candidates(scope: MentionScope, from: number, to: number, side: 'left' | 'right'): Candidate[] {
  const { env, structure, hits, s, e, text } = scope
  const { index } = hits
  const { count, starts, ends, atoms, longest } = index
  const table = env.matcher.cues
  const { byLastStart, byLast, unitMask, weight, hasExclusions, category } = table
  // The unit-class fit of each cue is read from its row of UNIT_FIT, in this mention's column.
  const column = scope.mentionClass
  const left = side === 'left'
  const found: Candidate[] = []
  for (let hit = firstStartAtOrAfter(index, from); hit < count; hit++) {
    const hitStart = starts[hit]!
    const hitEnd = ends[hit]!
    if (hitStart >= to) break
    if (hitEnd > to) continue
    const atom = atoms[hit]!
    const firstCue = byLastStart[atom]!
    const lastCue = byLastStart[atom + 1]!
    if (firstCue === lastCue) continue
    // A phrase inside a longer one ending at the same place (建议 in 提案建议) only counts
    // for local cues, which name the whole phrase themselves (「人大代表建议和政协委员提案」),
    // or when the longer phrase names nothing (金额 in 涉及金额 after 欠薪): see `dropContained`.
    const shadowed = longest[hit] === 0
    if (!left && inside(structure.titles, hitStart)) continue
    // 「欠薪工作措施共26条」: a noun between the cue and the number is what it counts.
    if (left && blocked(hits, hitEnd, s)) continue
    const length = hitEnd - hitStart
    const distance = left ? s - hitEnd : hitStart - e
    // The terms of the score that depend on the hit only (added in the same order as always: the same sums).
    const lengthBonus = Math.min(MAX_LENGTH_BONUS, LENGTH_BONUS * length)
    const distancePenalty = left
      ? Math.min(MAX_DISTANCE_PENALTY, DISTANCE_PENALTY * distance)
      : RIGHT_PENALTY + Math.min(MAX_RIGHT_DISTANCE_PENALTY, RIGHT_DISTANCE_PENALTY * distance)
    for (let next = firstCue; next < lastCue; next++) {
      const cue = byLast[next]!
      const unit = scope.anyUnit ? 0 : UNIT_FIT[unitMask[cue]! * FIT_COLUMNS + column]!
      if (unit === NO_FIT) continue
      if (hasExclusions[cue] === 1 && excluded(scope, table.list[cue]!, left ? from : scope.windowStart, to))
        continue
      if (!earlierParts(scope, cue, hitStart, side)) continue
      const near = PARTS.near
      const relative = near !== -1 && near < hitStart - 1 && text.charCodeAt(near) === 0x7684 /* 的 */
      let score =
        weight[cue]! + lengthBonus - distancePenalty + unit + PARTS.bonus - (relative ? RELATIVE_PENALTY : 0)
      if (category[cue] === env.topicId) score += TOPIC_BONUS
      found.push({
        cue: table.list[cue]!,
        hitStart,
        hitEnd,
        atom,
        side,
        score,
        first: PARTS.first,
        near,
        shadowed,
        carried: PARTS.carried,
      })
    }
  }
  return dropContained(found)
}

/**
 * Drop the candidates a nearer or longer phrase overrides:
 * - a phrase inside a longer phrase that binds (议案 in 复议案件, 审查 in 审查意见, 主体 in 经营主体);
 * - a two-part cue whose last part is modified by a whole cue of another indicator right before it
 *   (「劳动人事争议…，调处欠薪案件」: 欠薪 names the number, not the earlier 劳动人事争议 with 案件).
 */
function dropContained(found: Candidate[]): Candidate[] {
  if (found.length < 2) return found
  const kept: Candidate[] = []
  for (const candidate of found) if (!overridden(candidate, found)) kept.push(candidate)
  return kept
}

/** Whether another candidate overrides `candidate` (see {@link dropContained}). */
function overridden(candidate: Candidate, found: readonly Candidate[]): boolean {
  const { hitStart, hitEnd } = candidate
  for (const other of found) {
    if (other === candidate || other.score < THRESHOLD) continue
    const longer =
      other.hitStart <= hitStart &&
      other.hitEnd >= hitEnd &&
      other.hitEnd - other.hitStart > hitEnd - hitStart
    // A fallback phrase (weight < 1) does not override the verb-object cue of its first word
    // (「新收行政复议案件」: 新收…复议, not the bare 复议案件).
    if (longer && !candidate.cue.local && !(other.hitStart === hitStart && other.cue.weight < 1)) return true
    if (
      candidate.near !== -1 &&
      other.cue.indicator !== candidate.cue.indicator &&
      other.side === candidate.side &&
      other.first >= candidate.near &&
      other.hitEnd === hitStart
    ) {
      return true
    }
  }
  // A shadowed phrase whose longer phrase binds nothing stands for itself (金额 in 「涉及金额」).
  if (candidate.shadowed && !candidate.cue.local) {
    for (const other of found) {
      if (other.hitEnd === hitEnd && other.hitStart < hitStart) return true
    }
  }
  return false
}

/**
 * The atoms of the hits ending at `end` inside `[from, end)`: the counted noun's (「40家单位」 → 单位).
 * A cue word that only modifies the counted noun (公证 in 「5家公证机构」) does not name it.
 */
function atomsEndingAt(hits: SentenceHits, from: number, end: number): number[] {
  const found: number[] = []
  const { index } = hits
  const { count, starts, ends, atoms } = index
  for (let hit = firstStartAtOrAfter(index, from); hit < count; hit++) {
    if (starts[hit]! >= end) break
    if (ends[hit] === end) found.push(atoms[hit]!)
  }
  return found
}

/**
 * 「开展公平竞争审查，共审查21件」「落实公平竞争审查制度，全年组织专项审查三次」: the number's own
 * window repeats the head word (last two characters) of a one-part cue phrase earlier in the run.
 * The nearest such phrase binds, with a penalty.
 */
function anaphora(scope: MentionScope): Candidate | null {
  const { env, text, hits, windowStart, s } = scope
  if (windowStart >= s) return null
  const { index } = hits
  const { starts, ends, atoms, longest } = index
  let best: Candidate | null = null
  for (let hit = firstStartAtOrAfter(index, windowStart) - 1; hit >= 0; hit--) {
    const hitStart = starts[hit]!
    const hitEnd = ends[hit]!
    if (hitStart < scope.runStart || hitStart < s - LEFT_REACH) break
    if (hitEnd > windowStart || hitEnd - hitStart < 3 || longest[hit] === 0) continue
    // The last occurrence of the head word in the window.
    const at = lastOccurrence(text, hitEnd - 2, hitEnd, windowStart, s)
    // The phrase itself in the window is no anaphor; nor is a head word followed by another noun (「…材料37项」).
    if (at === -1 || lastOccurrence(text, hitStart, hitEnd, windowStart, s) !== -1) continue
    // The head word must govern the number itself (「共审查21件」, not 「进入诉讼程序的9件」).
    if (!onlyFillers(text, at + 2, s)) continue
    const distance = s - (at + 2)
    const atom = atoms[hit]!
    for (const cue of env.matcher.byLastAtom[atom]!) {
      if (cue.parts.length !== 1 || cue.local || hitStart < familyFloor(scope, cue.familyId)) continue
      const unit = UNIT_FIT[cue.unitMask * FIT_COLUMNS + scope.mentionClass]!
      if (unit === NO_FIT) continue
      let score =
        cue.weight +
        Math.min(MAX_LENGTH_BONUS, LENGTH_BONUS * (hitEnd - hitStart)) -
        Math.min(MAX_DISTANCE_PENALTY, DISTANCE_PENALTY * distance) -
        ANAPHORA_PENALTY +
        unit
      if (env.topic !== null && cue.indicator.category === env.topic) score += TOPIC_BONUS
      if (best === null || score > best.score) {
        best = {
          cue,
          hitStart,
          hitEnd,
          atom,
          side: 'left',
          score,
          first: hitStart,
          near: -1,
          shadowed: false,
          carried: false,
        }
      }
    }
    if (best !== null) return best
  }
  return best
}

/** The start of the last occurrence of `text.slice(start, end)` inside `[from, to)`, or `-1`. */
function lastOccurrence(text: string, start: number, end: number, from: number, to: number): number {
  const length = end - start
  for (let at = to - length; at >= from; at--) {
    let index = 0
    while (index < length && text.charCodeAt(at + index) === text.charCodeAt(start + index)) index++
    if (index === length) return at
  }
  return -1
}

/** Whether a block noun lies inside `[from, to)`. */
function blocked(hits: SentenceHits, from: number, to: number): boolean {
  const { blocks } = hits
  const count = blocks.length >> 1
  let low = 0
  let high = count
  while (low < high) {
    const middle = (low + high) >> 1
    if (blocks[middle * 2]! < from) low = middle + 1
    else high = middle
  }
  return low < count && blocks[low * 2 + 1]! <= to
}

/** Whether a phrase of the cue's exclusions lies inside `[from, to)`. */
function excluded(scope: MentionScope, cue: CompiledCue, from: number, to: number): boolean {
  const { index } = scope.hits
  const { count, starts, ends, atoms } = index
  for (let hit = firstStartAtOrAfter(index, from); hit < count; hit++) {
    if (starts[hit]! >= to) break
    if (ends[hit]! <= to && cue.exclusions.has(atoms[hit]!)) return true
  }
  return false
}

/**
 * What the last {@link earlierParts} call found (read right after it; no user code runs in between):
 * the context bonus, the start of the earliest part found in the sentence, the end of the part before
 * the last one, and whether a part came from the previous sentence.
 */
const PARTS = { bonus: 0, first: 0, near: -1, carried: false }

/**
 * Match the earlier parts of a cue, nearest first, in the run or the heading; the result is left in
 * {@link PARTS}. Context does not carry over a fact of another family (「…应诉案件共25件，经过本级复议后…的9件」:
 * the 收到 of the litigation clause does not make 9 a received reconsideration).
 * Looking right, earlier parts must be in the number's own clause or in a 《…》 title.
 *
 * @param cue - The cue's number (in the matcher's `cues`).
 * @param lastStart - Where the hit of the cue's last part starts.
 * @returns Whether every earlier part was found.
 */
function earlierParts(scope: MentionScope, cue: number, lastStart: number, side: 'left' | 'right'): boolean {
  const { env } = scope
  const table = env.matcher.cues
  const firstPart = table.partStart[cue]!
  const lastPart = table.partStart[cue + 1]! - 1
  if (firstPart === lastPart) {
    // A one-part cue: nothing to look for (what the loop below leaves for it).
    PARTS.bonus = 0
    PARTS.first = lastStart
    PARTS.near = -1
    PARTS.carried = false
    return true
  }
  const local = table.local[cue] === 1
  const familyId = table.family[cue]!
  const floor = local ? scope.windowStart : Math.max(scope.runStart, familyFloor(scope, familyId))
  // Looking right, earlier parts come from the number's own clause, or from the run when it is about
  // the cue's family already (「复议案件21件，…，另有4件因申请人撤回申请终止审理」) — for another measure than
  // the last one (「检查市场主体1528户，将952户…企业列入…」 is no second count of inspections).
  const runContext =
    side === 'left' ||
    (scope.lastFamily === familyId && scope.lastIndicator !== table.list[cue]!.indicator.id)
  let limit = lastStart
  let bonus = 0
  let first = lastStart
  let near = -1
  let carried = false
  const { alternativeStart, alternatives } = table
  const { starts, ends } = scope.hits.index
  for (let part = lastPart - 1; part >= firstPart; part--) {
    const from = alternativeStart[part]!
    const to = alternativeStart[part + 1]!
    let match = -1
    for (let next = from; next < to; next++) {
      const candidate = nearestBefore(scope, alternatives[next]!, floor, limit, runContext)
      if (candidate !== -1 && (match === -1 || ends[candidate]! > ends[match]!)) match = candidate
    }
    if (match !== -1) {
      const matchEnd = ends[match]!
      bonus += PART_BONUS + PART_NEAR_BONUS * Math.max(0, 1 - (limit - matchEnd) / NEAR_SPAN)
      limit = starts[match]!
      if (first !== -1) first = limit
      if (part === lastPart - 1) near = matchEnd
      continue
    }
    if (side !== 'left' || local) return false
    // The heading gives context to a number's left-hand subject only (「(二)行政复议」…「受理53件」),
    // when it is about the cue's category (「…法治化营商环境」 does not make 活动 a 法治宣传活动).
    let outside = 0
    if (env.topic === null || env.topicId === table.category[cue]) {
      const heading = headingAtomsOf(env)
      for (let next = from; next < to; next++)
        if (heading.has(alternatives[next]!)) outside = HEADING_PART_BONUS
    }
    // The previous sentence of the paragraph gives context while no other family has spoken.
    const { carry } = scope
    if (
      outside === 0 &&
      carry !== null &&
      carry.family === familyId &&
      familyFloor(scope, familyId) === 0 &&
      (scope.runStart === 0 || scope.lastFamily === familyId)
    ) {
      const carriedPhrases = carriedAtoms(carry, env.matcher)
      for (let next = from; next < to; next++)
        if (carriedPhrases.has(alternatives[next]!)) outside = -CARRY_PENALTY
    }
    if (outside === 0) return false
    if (outside < 0) carried = true
    bonus += outside
    first = -1
  }
  PARTS.bonus = bonus
  PARTS.first = first
  PARTS.near = near
  PARTS.carried = carried
  return true
}

/** The hit (number) of `atom` ending nearest before `limit` and starting at or after `floor`, or `-1`. */
function nearestBefore(
  scope: MentionScope,
  atom: number,
  floor: number,
  limit: number,
  runContext: boolean,
): number {
  const { index } = scope.hits
  const group = scope.env.matcher.groupOf(index, atom)
  if (group === -1) return -1
  const { order, starts, ends } = index
  // The group's hits, in `order[groupStart … groupEnd)`: a binary search by end, then back to the floor.
  const groupStart = index.groupStarts[group]!
  let low = groupStart
  let high = index.groupStarts[group + 1]!
  while (low < high) {
    const middle = groupStart + ((low - groupStart + high - groupStart) >> 1)
    if (ends[order[middle]!]! <= limit) low = middle + 1
    else high = middle
  }
  for (let at = low - 1; at >= groupStart; at--) {
    const hit = order[at]!
    const start = starts[hit]!
    if (start < floor) return -1
    if (!runContext && start < scope.clauseStart && !inside(scope.structure.titles, start)) continue
    return hit
  }
  return -1
}

/** Unit-class fit: a bonus, a penalty, or `null` when the classes cannot go together. */
function unitScore(classes: ReadonlySet<UnitClass>, mentionClass: MentionClass): number | null {
  if (mentionClass === 'rate' || mentionClass === 'money')
    return classes.has(mentionClass) ? UNIT_MATCH : null
  const counts =
    classes.has('cases') || classes.has('items') || classes.has('people') || classes.has('events')
  if (!counts) return null
  if (mentionClass === null) return 0
  // 「培训4期」「培训班6期」: sessions or issues, never the people trained.
  if (mentionClass === 'issue') return classes.has('events') || classes.has('items') ? 0 : UNIT_MISMATCH
  if (classes.has(mentionClass)) return UNIT_MATCH
  if (
    (mentionClass === 'cases' || mentionClass === 'items') &&
    (classes.has('cases') || classes.has('items'))
  ) {
    return 0
  }
  return UNIT_MISMATCH
}

/** The mention classes, in the order of UNIT_FIT's columns. */
const MENTION_CLASSES: readonly MentionClass[] = [
  'cases',
  'items',
  'people',
  'events',
  'money',
  'rate',
  'issue',
  null,
]
const FIT_COLUMNS = MENTION_CLASSES.length
/** UNIT_FIT's value where `unitScore` gives `null`. */
const NO_FIT = Number.NEGATIVE_INFINITY
/** `unitScore` for every set of unit classes (row: `CompiledCue.unitMask`) and mention class (column). */
const UNIT_FIT = new Float64Array(64 * FIT_COLUMNS)
for (let mask = 0; mask < 64; mask++) {
  const classes = new Set<UnitClass>()
  for (const unitClass of Object.keys(UNIT_BITS) as UnitClass[]) {
    if ((mask & UNIT_BITS[unitClass]) !== 0) classes.add(unitClass)
  }
  for (let column = 0; column < FIT_COLUMNS; column++) {
    UNIT_FIT[mask * FIT_COLUMNS + column] = unitScore(classes, MENTION_CLASSES[column]!) ?? NO_FIT
  }
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
  const { index } = hits
  const { starts, ends, atoms, longest } = index
  const chain = [best.cue.indicator.id]
  // Walk left from the chosen rate phrase over 「X率、Y率」 joined by 、和及与 (the longest phrase at each end).
  let rightStart = best.hitStart
  for (let hit = firstStartAtOrAfter(index, rightStart) - 1; hit >= 0; hit--) {
    if (longest[hit] === 0) continue
    const hitStart = starts[hit]!
    const hitEnd = ends[hit]!
    if (hitStart < windowStart || chain.length >= MAX_NAMED_RATES) break
    if (hitEnd > rightStart || !env.matcher.rateAtom[atoms[hit]!]) continue
    if (!RATE_JOINER.test(text.slice(hitEnd, rightStart))) break
    const candidate = pick(candidates(scope, hitStart, hitEnd, 'left'))
    if (candidate === null || candidate.score < THRESHOLD) break
    chain.unshift(candidate.cue.indicator.id)
    rightStart = hitStart
  }
  return chain.length > 1 ? chain : null
}
