/**
 * Types of the indicator taxonomy (../shared/TAXONOMY.md as code).
 *
 * @module
 */

import type { UnitClass } from '../normalize/types.js'
import type { CategoryId, SectionKind } from '../types.js'

/**
 * Every indicator id the library knows, as keys. Augment it to make your own
 * ids type-safe, the way unified's `Data` is augmented.
 *
 * @category Taxonomy
 * @example
 * ```ts
 * declare module 'fazhi-report' {
 *   interface IndicatorMap {
 *     'adjudication.cases': true
 *   }
 * }
 * defaultTaxonomy.extend([{ id: 'adjudication.cases', name: '行政裁决案件', label: 'Adjudication cases',
 *   category: 'disputes', unitClass: 'cases' }])
 * ```
 */
export interface IndicatorMap {
  'leadership.law_study_sessions': true
  'leadership.rule_of_law_agenda': true
  'leadership.shufa_persons': true
  'leadership.cadre_exam_participants': true
  'leadership.court_hearing_attendees': true
  'leadership.law_list_items': true
  'leadership.inspections': true
  'functions.power_list_items': true
  'functions.delegated_powers': true
  'functions.service_items': true
  'functions.service_cases': true
  'functions.online_rate': true
  'functions.market_entities': true
  'functions.fair_competition_reviews': true
  'rules.regulations_made': true
  'rules.normative_docs_issued': true
  'rules.normative_docs_reviewed': true
  'rules.normative_docs_filed': true
  'rules.normative_docs_cleaned': true
  'rules.filing_rate': true
  'decisions.major_decisions': true
  'decisions.legality_reviews': true
  'decisions.legal_opinions': true
  'decisions.legal_advisers': true
  'decisions.public_consultations': true
  'decisions.amount_reviewed': true
  'enforcement.cases': true
  'enforcement.results_published': true
  'enforcement.certified_officers': true
  'enforcement.training_people': true
  'enforcement.training_sessions': true
  'enforcement.case_file_reviews': true
  'enforcement.supervision_actions': true
  'enforcement.fines': true
  'enforcement.random_inspections': true
  'enforcement.criminal_referrals': true
  'emergency.plans': true
  'emergency.drills': true
  'emergency.rescue_teams': true
  'reconsideration.applications_received': true
  'reconsideration.accepted': true
  'reconsideration.concluded': true
  'reconsideration.upheld': true
  'reconsideration.rejected': true
  'reconsideration.corrected': true
  'reconsideration.correction_rate': true
  'reconsideration.mediated': true
  'reconsideration.conclusion_rate': true
  'reconsideration.opinion_letters': true
  'litigation.cases': true
  'litigation.losses': true
  'litigation.loss_rate': true
  'litigation.head_appearances': true
  'litigation.head_appearance_rate': true
  'disputes.mediation_cases': true
  'disputes.mediation_success': true
  'disputes.mediation_success_rate': true
  'disputes.labor_cases': true
  'disputes.wage_arrears': true
  'disputes.petitions': true
  'oversight.npc_suggestions': true
  'oversight.cppcc_proposals': true
  'oversight.npc_cppcc_combined': true
  'oversight.suggestion_completion_rate': true
  'oversight.audit_projects': true
  'oversight.audit_findings': true
  'oversight.disclosure_proactive': true
  'oversight.disclosure_requests': true
  'oversight.disclosure_reply_rate': true
  'oversight.hotline_requests': true
  'oversight.hotline_ontime_rate': true
  'oversight.hotline_satisfaction': true
  'oversight.supervision_items': true
  'digital.platform_users': true
  'digital.online_items': true
  'legal_services.legal_aid_cases': true
  'legal_services.legal_help': true
  'legal_services.notarizations': true
  'legal_services.community_counsel': true
  'legal_services.recovered_amount': true
  'publicity.events': true
  'publicity.participants': true
  'publicity.materials': true
  'publicity.legal_aides': true
  'publicity.demo_villages': true
}

/**
 * An indicator id: a key of {@link IndicatorMap} (`reconsideration.accepted` …).
 *
 * @category Taxonomy
 * @example
 * ```ts
 * const id: IndicatorId = 'reconsideration.accepted'
 * ```
 */
export type IndicatorId = keyof IndicatorMap

/**
 * A binder cue: a phrase that, next to a number, says the number measures an
 * indicator.
 *
 * Syntax: parts separated by `…`, alternatives within a part separated by `|`.
 * The **last** part must occur in the number's own clause (left of it, or right
 * of it when nothing on the left matches); every earlier part must occur, in
 * order, before it in the same clause run (the sentence up to `;` or a run-in
 * marker such as 二是) or in the section heading.
 *
 * - `'公证'`: 公证 next to the number.
 * - `'复议…受理'`: 受理 next to the number, 复议 earlier (「共收到行政复议申请62宗，受理53宗」).
 * - `'审查|审核…规范性文件'`: 规范性文件 next to the number, 审查 or 审核 before it.
 *
 * An object form sets a weight (default `1`; use < 1 for generic words such as
 * 事项, > 1 for decisive predicates such as 下放) and `local: true` to require
 * every part in the number's own window (after the previous number), e.g.
 * `{ pattern: '人大…政协…提案', local: true }` for a combined total.
 *
 * @category Taxonomy
 * @example
 * ```ts
 * const cues: Cue[] = ['行政裁决', '复议…受理|办结', { pattern: '事项', weight: 0.4 }]
 * ```
 */
export type Cue =
  | string
  | { readonly pattern: string; readonly weight?: number | undefined; readonly local?: boolean | undefined }

/**
 * An indicator of the taxonomy (resolved: every field present).
 *
 * @category Taxonomy
 * @example
 * ```ts
 * defaultTaxonomy.get('reconsideration.accepted')
 * //=> { id: 'reconsideration.accepted', name: '受理', label: 'Reconsideration cases accepted',
 * //     category: 'disputes', unitClass: 'cases', phrasings: ['受理53宗', '受理89件'], cues: [...], … }
 * ```
 */
export interface Indicator {
  /** Stable id, `category.snake_case` (`reconsideration.accepted`). */
  readonly id: IndicatorId
  /** Chinese name (`受理`). */
  readonly name: string
  /** English label (`Reconsideration cases accepted`). */
  readonly label: string
  /** The category id (a 纲要 chapter, or your own). */
  readonly category: CategoryId | (string & {})
  /** The unit class(es) a value of this indicator comes in. */
  readonly unitClass: UnitClass | readonly UnitClass[]
  /** Example phrasings from real reports (documentation and tests; not used for binding). */
  readonly phrasings: readonly string[]
  /** The cues the fact binder looks for (see {@link Cue}). */
  readonly cues: readonly Cue[]
  /**
   * Phrases that, in the number's own clause, stop the binder from choosing
   * this indicator (「发布解读信息15条」 is not proactive disclosure: `['解读']`).
   */
  readonly exclusions: readonly string[]
  /** The section kinds the indicator usually appears in. */
  readonly sectionKinds: readonly SectionKind[]
}

/**
 * What you pass to create an indicator: like {@link Indicator}, with defaults
 * for `phrasings` (`[]`), `cues` (`[name]`), `exclusions` (`[]`) and
 * `sectionKinds` (`['achievements']`).
 *
 * @category Taxonomy
 * @example
 * ```ts
 * const definition: IndicatorDefinition = {
 *   id: 'adjudication.cases', name: '行政裁决案件', label: 'Administrative adjudication cases',
 *   category: 'disputes', unitClass: 'cases', cues: ['行政裁决'],
 * }
 * ```
 */
export interface IndicatorDefinition {
  /** Stable id; augment {@link IndicatorMap} to add your own. */
  readonly id: IndicatorId
  /** Chinese name. */
  readonly name: string
  /** English label. */
  readonly label: string
  /** Category id; must be one of the taxonomy's categories. */
  readonly category: CategoryId | (string & {})
  /** Unit class(es). */
  readonly unitClass: UnitClass | readonly UnitClass[]
  /** Example phrasings (default: `[]`). */
  readonly phrasings?: readonly string[] | undefined
  /** Binder cues (default: `[name]`). */
  readonly cues?: readonly Cue[] | undefined
  /** Phrases that veto this indicator in the number's clause (default: `[]`). */
  readonly exclusions?: readonly string[] | undefined
  /** Usual section kinds (default: `['achievements']`). */
  readonly sectionKinds?: readonly SectionKind[] | undefined
}

/**
 * An indicator category: a chapter of 《法治政府建设实施纲要（2021—2025年）》, or
 * `legal_services` / `publicity`, or your own.
 *
 * @category Taxonomy
 * @example
 * ```ts
 * defaultTaxonomy.category('disputes') //=> { id: 'disputes', name: '矛盾纠纷预防调处化解', label: '…', chapter: 7 }
 * ```
 */
export interface Category {
  /** Stable id (`disputes`). */
  readonly id: CategoryId | (string & {})
  /** Chinese name (`矛盾纠纷预防调处化解`). */
  readonly name: string
  /** English label (`Dispute prevention and resolution`). */
  readonly label: string
  /** The 纲要 (2021—2025) chapter number (2–10), or `null` when the category is not a chapter. */
  readonly chapter: number | null
}

/**
 * An immutable set of indicators and categories. Make one with
 * `createTaxonomy()`, or start from `defaultTaxonomy` and `extend` it.
 *
 * @category Taxonomy
 * @example
 * ```ts
 * const taxonomy: Taxonomy = defaultTaxonomy.extend([definition])
 * taxonomy.has('adjudication.cases') //=> true
 * ```
 */
export interface Taxonomy {
  /** Number of indicators. */
  readonly size: number
  /**
   * Get an indicator by id.
   *
   * @param id - The indicator id.
   * @returns The indicator.
   * @throws {FazhiReportError} `UNKNOWN_INDICATOR` when the taxonomy has no such id.
   */
  get(id: IndicatorId): Indicator
  /**
   * Whether the taxonomy has an indicator (a type guard for ids read from data).
   *
   * @param id - Any string.
   * @returns `true` when the taxonomy has it.
   */
  has(id: string): id is IndicatorId
  /**
   * Every indicator, in definition order.
   *
   * @returns The indicators.
   */
  list(): readonly Indicator[]
  /**
   * The indicators of one category, in definition order (`[]` for an unknown category).
   *
   * @param category - A category id.
   * @returns The indicators.
   */
  byCategory(category: CategoryId | (string & {})): readonly Indicator[]
  /**
   * Every category, in definition order.
   *
   * @returns The categories.
   */
  categories(): readonly Category[]
  /**
   * Get a category by id, or `undefined`.
   *
   * @param id - A category id.
   * @returns The category, or `undefined`.
   */
  category(id: CategoryId | (string & {})): Category | undefined
  /**
   * A new taxonomy with more indicators (and categories). The receiver is not changed.
   *
   * @param indicators - Indicators to add.
   * @param categories - Categories to add (for indicators of a new category).
   * @returns A new taxonomy.
   * @throws {FazhiReportError} `DUPLICATE_INDICATOR` when an id exists; `INVALID_ARGUMENT` for a malformed definition or an unknown category.
   */
  extend(indicators: readonly IndicatorDefinition[], categories?: readonly Category[]): Taxonomy
  /**
   * A new taxonomy without some indicators (e.g. to redefine one with `extend`).
   *
   * @param ids - Ids to remove.
   * @returns A new taxonomy.
   * @throws {FazhiReportError} `UNKNOWN_INDICATOR` for an id the taxonomy does not have.
   */
  omit(ids: readonly IndicatorId[]): Taxonomy
}
