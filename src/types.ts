/**
 * The `Report` model: plain JSON-serializable data (no class instances, no
 * cycles). Every offset is a UTF-16 code-unit offset into the *original*
 * input string (for byte input: into the decoded string; for DOCX: into the
 * decoded `word/document.xml`), half-open.
 *
 * @module
 */

import type {
  Approx,
  Change,
  DatePrecision,
  Money,
  Percentage,
  Quantity,
  ReportDate,
} from './normalize/types.js'

/**
 * Section kinds of ../shared/TAXONOMY.md. Users may add kinds by augmenting {@link SectionKindMap}.
 *
 * @category Report
 * @example
 * ```ts
 * declare module 'fazhi-report' {
 *   interface SectionKindMap {
 *     party_building: true
 *   }
 * }
 * const kind: SectionKind = 'party_building'
 * ```
 */
export interface SectionKindMap {
  preamble: true
  achievements: true
  leader_duties: true
  shortcomings: true
  rectification: true
  plans: true
  other_matters: true
  closing: true
}

/**
 * A section kind id (`achievements`, `shortcomings` …).
 *
 * @category Report
 * @example
 * ```ts
 * const kinds: SectionKind[] = parseReport(text).sections.map((section) => section.kind)
 * //=> ['preamble', 'achievements', 'shortcomings', 'plans'] (haojiang-2024)
 * ```
 */
export type SectionKind = keyof SectionKindMap

/**
 * Indicator categories (纲要 chapters) of ../shared/TAXONOMY.md.
 *
 * @category Taxonomy
 * @example
 * ```ts
 * const topic: CategoryId | null = parseReport(text).sections[1].children[0].topic
 * //=> 'leadership' (haojiang-2024: (一)把准政治方向,党对法治政府建设的领导坚强有力)
 * ```
 */
export type CategoryId =
  | 'leadership'
  | 'functions'
  | 'rules'
  | 'decisions'
  | 'enforcement'
  | 'emergency'
  | 'disputes'
  | 'oversight'
  | 'digital'
  | 'legal_services'
  | 'publicity'

/**
 * A half-open span `[start, end)` into the original input.
 *
 * @category Report
 * @example
 * ```ts
 * const report = parseReport('2024年，我区…。\n一、主要举措和成效\n共收到行政复议申请62宗，受理53宗。')
 * const { start, end }: Span = report.facts[1]
 * text.slice(start, end) //=> '53宗'
 * ```
 */
export interface Span {
  /** Offset of the first code unit. */
  start: number
  /** Offset after the last code unit. */
  end: number
}

/**
 * How a heading is numbered.
 *
 * - `cn-comma` 一、 · `cn-paren` （一） or (一) · `arabic` 1. 1、 1． · `arabic-paren` （1） ·
 *   `runin` 一是… · `cn-ordinal` 第一部分/第一章 · `none` an unnumbered heading line.
 *
 * @category Report
 * @example
 * ```ts
 * const styles: HeadingStyle[] = parseReport(text).sections[1].children.map((s) => s.heading?.style ?? 'none')
 * //=> ['cn-paren', 'cn-paren', …] (haojiang-2024: (一) (二) …)
 * ```
 */
export type HeadingStyle =
  | 'cn-comma'
  | 'cn-paren'
  | 'arabic'
  | 'arabic-paren'
  | 'runin'
  | 'cn-ordinal'
  | 'none'

/**
 * A section heading.
 *
 * @category Report
 * @example
 * ```ts
 * const heading: ReportHeading | null = parseReport(text).sections[1].heading
 * //=> { start: 327, end: 343, text: '一、2024年度法治政府建设情况', title: '2024年度法治政府建设情况',
 * //     marker: '一、', style: 'cn-comma', ordinal: 1 } (haojiang-2024)
 * ```
 */
export interface ReportHeading extends Span {
  /** The heading as written in the input (`input.slice(start, end)`), marker included. */
  text: string
  /** The heading text without its marker, normalized (half-width, simplified script). */
  title: string
  /** The marker as written (`一、`, `(一)`, `1.`), or `null`. */
  marker: string | null
  /** The marker's numbering style. */
  style: HeadingStyle
  /** The ordinal the marker states (一 → 1), or `null`. */
  ordinal: number | null
}

/**
 * A node of the section tree.
 *
 * @category Report
 * @example
 * ```ts
 * const section: ReportSection = parseReport('2024年，我区…。\n一、主要举措和成效\n共收到行政复议申请62宗，受理53宗。').sections[1]
 * //=> { id: 's1', level: 1, heading: { start: 11, end: 20, text: '一、主要举措和成效', title: '主要举措和成效',
 * //     marker: '一、', style: 'cn-comma', ordinal: 1 }, kind: 'achievements', topic: null,
 * //     path: ['主要举措和成效'], start: 11, end: 40, children: [] }
 * ```
 */
export interface ReportSection extends Span {
  /** A stable id within the report: `s1`, `s1.2`, `preamble`, `closing` … */
  id: string
  /** Outline depth: 1 for top-level sections; 0 for preamble/closing and unheaded parts at the top. */
  level: number
  /** The section's heading, or `null` for unheaded parts (preamble, an inferred shortcomings part …). */
  heading: ReportHeading | null
  /** What the section is (inherited from the nearest classified ancestor when its own heading says nothing). */
  kind: SectionKind
  /** The 纲要 chapter the section reports on, or `null`. */
  topic: CategoryId | null
  /** Titles of the headings from the root to this section. */
  path: string[]
  /** Subsections. */
  children: ReportSection[]
}

/**
 * Where a report comes from, place-wise.
 *
 * @category Report
 * @example
 * ```ts
 * const place: Jurisdiction | null = parseReport(text).meta.jurisdiction
 * //=> { name: '濠江区', tier: 'county', province: '广东省', city: '汕头市', code: '440512' } (haojiang-2024)
 * ```
 */
export interface Jurisdiction {
  /** The place name as resolved (`兴宁市`). */
  name: string
  /** Administrative tier. */
  tier: 'central' | 'province' | 'city' | 'county' | 'township'
  /** Province name (`广东省`), or `null` for central. */
  province: string | null
  /** Prefecture-level city name (`梅州市`), or `null`. */
  city: string | null
  /** GB/T 2260 six-digit code (`441481`), or `null` when not resolved to a code. */
  code: string | null
}

/**
 * The report's metadata.
 *
 * @category Report
 * @example
 * ```ts
 * const meta: ReportMeta = parseReport(text).meta // haojiang-2024
 * meta.title //=> '濠江区2024年法治政府建设年度报告'
 * meta.reportYear //=> 2024
 * meta.publishedAt //=> '2025-01-06'
 * meta.issuer //=> '汕头市濠江区人民政府办公室'
 * meta.indexNo //=> '11440512754542113A/2025-00008'
 * ```
 */
export interface ReportMeta {
  /** The report title, or `null`. */
  title: string | null
  /** Where the title was found. */
  titleSpan: Span | null
  /** The year the report covers (not the publication year), or `null`. */
  reportYear: number | null
  /** Publication date (发布日期/发布时间/公开日期 or HTML meta), ISO `YYYY-MM-DD`, or `null`. */
  publishedAt: string | null
  /** Date written/signed (成文日期 or the signature block), ISO `YYYY-MM-DD`, or `null`. */
  writtenAt: string | null
  /** The publishing office (发布机构), or the signing body when no publisher is named. */
  issuer: string | null
  /** The reporting body (the government or department that reports), or `null`. */
  reporter: string | null
  /** The reporting body's place. */
  jurisdiction: Jurisdiction | null
  /** What kind of body reports. */
  issuerKind: 'government' | 'department' | 'party_committee' | 'joint' | null
  /** 索引号, or `null`. */
  indexNo: string | null
  /** 文号, or `null`. */
  docNo: string | null
  /** Whom the report is addressed to (`中共兴宁市委`), or `null`. */
  addressee: string | null
}

/**
 * The five required contents of an annual report.
 *
 * @category Report
 * @example
 * ```ts
 * const missing: RequiredItem[] = parseReport(text).completeness.missing
 * //=> ['other_matters'] (haojiang-2024)
 * ```
 */
export type RequiredItem = 'achievements' | 'shortcomings' | 'leader_duties' | 'plans' | 'other_matters'

/**
 * Which of the five required contents are present.
 *
 * @category Report
 * @example
 * ```ts
 * const completeness: Completeness = parseReport(text).completeness // haojiang-2024
 * completeness.score //=> 4
 * completeness.missing //=> ['other_matters']
 * completeness.items.leader_duties //=> { present: true, sections: ['s1.1.3'] }
 * ```
 */
export interface Completeness {
  /** Per required item: present or not, and the ids of the sections that satisfy it. */
  items: Record<RequiredItem, { present: boolean; sections: string[] }>
  /** The required items that are missing, in statutory order. */
  missing: RequiredItem[]
  /** Number of present items (0–5). */
  score: number
}

/**
 * Whether the report was published by the deadline.
 *
 * @category Report
 * @example
 * ```ts
 * const timeliness: Timeliness = parseReport(text).timeliness
 * //=> { status: 'on_time', deadline: '2025-04-01', publishedAt: '2025-01-06', daysLate: -85 } (haojiang-2024)
 * ```
 */
export interface Timeliness {
  /** `on_time`, `late`, or `unknown` (no publish date or no report year). */
  status: 'on_time' | 'late' | 'unknown'
  /** The deadline used (ISO), or `null` when the report year is unknown. */
  deadline: string | null
  /** The publish date used (ISO), or `null`. */
  publishedAt: string | null
  /** Days after the deadline (positive when late, ≤ 0 when on time), or `null`. */
  daysLate: number | null
}

/**
 * A part of a fact (含去年结转18宗 inside 办结58宗).
 *
 * @category Report
 * @example
 * ```ts
 * const concluded = parseReport(text).facts.find((fact) => fact.indicator === 'reconsideration.concluded')
 * const components: FactComponent[] | undefined = concluded?.components
 * //=> [{ label: 'carried_over', value: 18, unit: '宗', text: '18宗', start: 2072, end: 2075 }]
 * //   (haojiang-2024: 办结58宗(含去年结转18宗))
 * ```
 */
export interface FactComponent extends Span {
  /** What the component is (`carried_over`, `of_which` …) or the cue word as written. */
  label: string
  /** The value. */
  value: number
  /** The unit as written. */
  unit: string
  /** `input.slice(start, end)`. */
  text: string
}

/**
 * One number in the text bound to one indicator.
 *
 * @category Report
 * @example
 * ```ts
 * const fact: Fact = parseReport('2024年，我区…。\n一、主要举措和成效\n共收到行政复议申请62宗，受理53宗。').facts[1]
 * //=> { indicator: 'reconsideration.accepted', category: 'disputes', value: 53, unit: '宗',
 * //     approx: 'exact', change: null, text: '53宗', start: 36, end: 39,
 * //     sentence: { start: 21, end: 40 }, section: ['主要举措和成效'] }
 * ```
 */
export interface Fact extends Span {
  /** The indicator id (`reconsideration.accepted`). */
  indicator: string
  /** The indicator's category. */
  category: string
  /** The value after multipliers (元 for money, percent for rates). */
  value: number
  /** The unit: counter word as written, `元` or `%` / `个百分点`. */
  unit: string
  /** What the text claims about the number. */
  approx: Approx
  /** Set when the number is a change, not a level. */
  change: Change | null
  /** `input.slice(start, end)`: the number with its unit and qualifiers. */
  text: string
  /** The sentence the fact was read from. */
  sentence: Span
  /** Titles of the headings from the root to the fact's section. */
  section: string[]
  /** Parts of the number (含…, 其中…). */
  components?: FactComponent[]
}

/**
 * A quantity, money amount or percentage mention, bound to an indicator or not.
 *
 * @category Report
 * @example
 * ```ts
 * const [record]: QuantityRecord[] = parseReport('2024年，我区…。\n一、主要举措和成效\n全年共办理行政复议案件1,234件。').quantities
 * //=> { start: 32, end: 38, text: '1,234件', sectionId: 's1', indicator: 'reconsideration.accepted',
 * //     type: 'quantity', value: { value: 1234, unit: '件', unitClass: 'cases', approx: 'exact', change: null } }
 * ```
 */
export type QuantityRecord = Span & {
  /** `input.slice(start, end)`. */
  text: string
  /** Id of the section the mention is in. */
  sectionId: string
  /** The indicator the mention was bound to, or `null` when no extractor bound it. */
  indicator: string | null
} & (
    | { type: 'quantity'; value: Quantity }
    | { type: 'money'; value: Money }
    | { type: 'percentage'; value: Percentage }
  )

/**
 * A date mention in the body.
 *
 * @category Report
 * @example
 * ```ts
 * const [date]: DateRecord[] = parseReport('2024年，我区…。\n一、主要举措和成效\n共收到行政复议申请62宗，受理53宗。').dates
 * //=> { start: 0, end: 5, text: '2024年', sectionId: 'preamble', value: { start: '2024-01-01',
 * //     end: '2024-12-31', precision: 'year', kind: 'point', impliedYear: false } }
 * ```
 */
export interface DateRecord extends Span {
  /** `input.slice(start, end)`. */
  text: string
  /** The parsed date. */
  value: ReportDate
  /** Id of the section the mention is in. */
  sectionId: string
}

/**
 * A statement pulled out of a section (a problem, a planned action, a duty performed …).
 *
 * @category Report
 * @example
 * ```ts
 * const report = parseReport('2024年，我区…。\n二、存在的不足和原因\n一是执法人员力量不足；二是数字化水平不高。')
 * const problems: Statement[] = report.shortcomings
 * //=> [{ start: 24, end: 32, text: '执法人员力量不足', sectionId: 's1', marker: '一是' },
 * //    { start: 35, end: 43, text: '数字化水平不高。', sectionId: 's1', marker: '二是' }]
 * ```
 */
export interface Statement extends Span {
  /** `input.slice(start, end)`. */
  text: string
  /** Id of the section the statement is in. */
  sectionId: string
  /** The run-in marker (一是, 二是 …) or list marker, or `null`. */
  marker: string | null
}

/**
 * A warning about odd content, with a stable `ruleId` (see `docs/messages.md`).
 *
 * @category Report
 * @example
 * ```ts
 * const [message]: ReportMessage[] = parseReport('2024年，我区…。\n一、主要举措和成效\n共收到行政复议申请62宗，受理53宗。').messages
 * //=> { ruleId: 'missing-title', reason: 'No report title found', severity: 'warning', place: null, actual: null }
 * ```
 */
export interface ReportMessage {
  /** Stable rule id (`missing-title`, `template-residue` …). */
  ruleId: string
  /** Human-readable reason. */
  reason: string
  /** `warning` for problems, `info` for notes. */
  severity: 'warning' | 'info'
  /** Where: a span into the original input, or `null` for whole-document messages. */
  place: Span | null
  /** The offending text, when there is one. */
  actual: string | null
}

/**
 * Input format and decoding.
 *
 * @category Report
 * @example
 * ```ts
 * const source: ReportSource = parseReport(new TextEncoder().encode('2024年，我区…。')).source
 * //=> { format: 'text', encoding: 'utf-8', length: 10 }
 * parseReport('2024年，我区…。').source.encoding //=> null
 * ```
 */
export interface ReportSource {
  /** The format that was parsed. */
  format: 'text' | 'html' | 'xml' | 'docx'
  /** The encoding bytes were decoded from, or `null` for string input. */
  encoding: string | null
  /** Length (UTF-16 code units) of the string offsets point into. */
  length: number
}

/**
 * Extra report fields written by custom extractors. Augment it to type them:
 *
 * ```ts
 * declare module 'fazhi-report' {
 *   interface ReportExtensions { citedDocuments?: string[] }
 * }
 * ```
 *
 * @category Report
 * @example
 * ```ts
 * // with the augmentation above and an extractor that calls context.emit.set('citedDocuments', titles)
 * const report = parseReport(text, { extractors: defaultExtractors().push(citedDocuments) })
 * const cited: string[] | undefined = report.citedDocuments
 * ```
 */
// biome-ignore lint/suspicious/noEmptyInterface: an augmentation point, like unified's `Data`.
export interface ReportExtensions {}

/**
 * The result of `parseReport`: plain JSON-serializable data.
 *
 * @category Report
 * @example
 * ```ts
 * const report: Report = parseReport('2024年，我区…。\n一、主要举措和成效\n共收到行政复议申请62宗，受理53宗。')
 * report.schemaVersion //=> 1
 * report.meta.reportYear //=> 2024
 * report.facts.map((fact) => [fact.indicator, fact.value])
 * //=> [['reconsideration.applications_received', 62], ['reconsideration.accepted', 53]]
 * ```
 */
export interface Report extends ReportExtensions {
  /** Version of this data shape (see `docs/report.schema.json`). */
  schemaVersion: 1
  /** Input format and decoding. */
  source: ReportSource
  /** Metadata. */
  meta: ReportMeta
  /** The section tree (top-level sections; subsections in `children`). */
  sections: ReportSection[]
  /** Indicator facts. */
  facts: Fact[]
  /** Every quantity, money and percentage mention in the body, bound or not. */
  quantities: QuantityRecord[]
  /** Every date mention in the body. */
  dates: DateRecord[]
  /** Problem statements from `shortcomings` sections. */
  shortcomings: Statement[]
  /** Planned actions from `plans` sections. */
  plans: Statement[]
  /** Duties performed, from `leader_duties` sections. */
  leaderDuties: Statement[]
  /** Items fixed, from `rectification` sections. */
  rectifications: Statement[]
  /** Which required contents are present. */
  completeness: Completeness
  /** Whether it was published on time. */
  timeliness: Timeliness
  /** Warnings about odd content. */
  messages: ReportMessage[]
}

export type { Approx, Change, DatePrecision, Money, Percentage, Quantity, ReportDate }
