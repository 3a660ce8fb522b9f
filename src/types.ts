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
 */
export type SectionKind = keyof SectionKindMap

/**
 * Indicator categories (纲要 chapters) of ../shared/TAXONOMY.md.
 *
 * @category Taxonomy
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
 */
export type RequiredItem = 'achievements' | 'shortcomings' | 'leader_duties' | 'plans' | 'other_matters'

/**
 * Which of the five required contents are present.
 *
 * @category Report
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
 */
// biome-ignore lint/suspicious/noEmptyInterface: an augmentation point, like unified's `Data`.
export interface ReportExtensions {}

/**
 * The result of `parseReport`: plain JSON-serializable data.
 *
 * @category Report
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
