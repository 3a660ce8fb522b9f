/**
 * Compliance checks: the five required contents and the publication deadline.
 *
 * @module
 */

import { differenceInCalendarDays } from 'date-fns'
import type { SectionView } from '../document.js'
import { FazhiReportError } from '../errors.js'
import type { Completeness, ReportMeta, RequiredItem, Timeliness } from '../types.js'
import { isoDate } from './dates.js'
import { META_RULES } from './rules.js'
import type { Deadline, MessageDraft, MetaOptions, MonthDay } from './types.js'

/**
 * The five required contents in statutory order (《法治政府建设与责任落实督察工作规定》).
 *
 * @category Metadata
 * @example
 * ```ts
 * REQUIRED_ITEMS[0] //=> 'achievements'
 * ```
 */
export const REQUIRED_ITEMS: readonly RequiredItem[] = [
  'achievements',
  'shortcomings',
  'leader_duties',
  'plans',
  'other_matters',
]

const ITEM_LABEL: Readonly<Record<RequiredItem, string>> = {
  achievements: '主要举措和成效',
  shortcomings: '存在的不足和原因',
  leader_duties: '党政主要负责人履行推进法治建设第一责任人职责情况',
  plans: '下一年度主要安排',
  other_matters: '其他需要报告的情况',
}

/** The default deadline: 1 April of the year after the report year (第二十四条「每年4月1日之前」). */
const DEFAULT_DEADLINE: MonthDay = { month: 4, day: 1 }

/** A performed-duty run-in (「二是扎实推进党政主要负责人履行推进法治建设第一责任人职责」). */
const LEADER_DUTY = '第一责任人'
/** Kinds whose sentences report what was done (not plans or problems). */
const REPORTING_KINDS: ReadonlySet<string> = new Set([
  'preamble',
  'achievements',
  'rectification',
  'other_matters',
])

/**
 * Which of the five required contents a report has. Sections are visited
 * depth-first (headed sections, subsections and unheaded parts alike), so a
 * `leader_duties` subsection inside `achievements` counts. A section is listed
 * for its kind only when its parent is of another kind (the children of an
 * `achievements` section are not listed again). `leader_duties` also counts
 * when a sentence of a preamble/achievements/rectification/other-matters
 * section names the 第一责任人 duty (a run-in 「二是…履行推进法治建设第一责任人职责」
 * or a `3.` item); that section's id is listed.
 *
 * @param sections - The top-level sections (subsections in `children`).
 * @returns Per-item presence with the satisfying section ids, the missing items in statutory order, and the score (0–5).
 * @category Metadata
 * @example
 * ```ts
 * const { missing, score } = checkCompleteness(document.sections)
 * missing //=> ['other_matters']
 * score //=> 4
 * ```
 */
export function checkCompleteness(sections: readonly SectionView[]): Completeness {
  const items = {} as Completeness['items']
  for (const item of REQUIRED_ITEMS) items[item] = { present: false, sections: [] }
  const runIns: string[] = []
  const visit = (list: readonly SectionView[], parentKind: string | null) => {
    for (const section of list) {
      const entry = (items as Partial<Completeness['items']>)[section.kind as RequiredItem]
      if (entry && section.kind !== parentKind) {
        entry.present = true
        entry.sections.push(section.id)
      }
      if (REPORTING_KINDS.has(section.kind) && mentionsLeaderDuty(section)) runIns.push(section.id)
      visit(section.children, section.kind)
    }
  }
  visit(sections, null)
  const duties = items.leader_duties
  for (const id of runIns) {
    if (!duties.sections.includes(id)) duties.sections.push(id)
    duties.present = true
  }
  const missing = REQUIRED_ITEMS.filter((item) => !items[item].present)
  return { items, missing, score: REQUIRED_ITEMS.length - missing.length }
}

function mentionsLeaderDuty(section: SectionView): boolean {
  if (section.heading?.title.includes(LEADER_DUTY)) return true
  for (const paragraph of section.paragraphs) {
    for (const sentence of paragraph.sentences) if (sentence.text.includes(LEADER_DUTY)) return true
  }
  return false
}

/**
 * One `required-content-missing` message (severity `info`) per missing required item.
 *
 * @param completeness - What {@link checkCompleteness} returned.
 * @returns The messages, in statutory order.
 * @category Metadata
 * @example
 * ```ts
 * completenessMessages(checkCompleteness([]))[0]?.reason
 * //=> 'Required content missing: 主要举措和成效 (achievements)'
 * ```
 */
export function completenessMessages(completeness: Readonly<Completeness>): MessageDraft[] {
  return completeness.missing.map((item) => ({
    ruleId: 'required-content-missing',
    reason: `Required content missing: ${ITEM_LABEL[item]} (${item})`,
    severity: META_RULES['required-content-missing'].severity,
    start: null,
    end: null,
    actual: null,
  }))
}

function monthDayIso(year: number, value: MonthDay, option: unknown): string {
  const iso =
    value !== null && typeof value === 'object' ? isoDate(year, Number(value.month), Number(value.day)) : null
  if (iso === null) {
    throw new FazhiReportError(
      'INVALID_OPTION',
      'deadline must be { month: 1–12, day: a day of that month }',
      {
        option: 'deadline',
        value: option,
      },
    )
  }
  return iso
}

/**
 * The publication deadline for a report year, as ISO `YYYY-MM-DD`.
 *
 * @param reportYear - The year the report covers.
 * @param deadline - Month/day of the next year, or a function (default: `{ month: 4, day: 1 }`).
 * @param meta - Passed to a deadline function.
 * @returns The deadline.
 * @throws {FazhiReportError} `INVALID_OPTION` when the deadline is not a real date or the function returns something else.
 * @category Metadata
 * @example
 * ```ts
 * deadlineFor(2024) //=> '2025-04-01'
 * deadlineFor(2024, { month: 3, day: 1 }) //=> '2025-03-01'
 * ```
 */
export function deadlineFor(
  reportYear: number,
  deadline?: Deadline | null,
  meta?: Readonly<ReportMeta>,
): string {
  const rule = deadline ?? DEFAULT_DEADLINE
  if (typeof rule !== 'function') return monthDayIso(reportYear + 1, rule, rule)
  const value = meta === undefined ? rule(reportYear) : rule(reportYear, meta)
  if (typeof value === 'string') {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
    const iso = match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : null
    if (iso === null) {
      throw new FazhiReportError(
        'INVALID_OPTION',
        'a deadline function must return an ISO date (YYYY-MM-DD)',
        {
          option: 'deadline',
          value,
        },
      )
    }
    return iso
  }
  return monthDayIso(reportYear + 1, value, value)
}

function localDate(iso: string): Date {
  return new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)))
}

/**
 * Whether a report was published by the deadline: by default 1 April of the
 * year after the report year (第二十四条「每年4月1日之前」). The deadline day
 * itself counts as on time (a report published on 2025-04-01 for 2024 is
 * `on_time`, `daysLate: 0`); local rules can be stricter (`{ month: 3, day: 1 }`).
 *
 * @param meta - The metadata (`reportYear`, `publishedAt`; a deadline function also gets it).
 * @param options - `deadline` (default: `{ month: 4, day: 1 }`).
 * @returns `on_time`/`late` with the days after the deadline, or `unknown` without a publish date or report year.
 * @throws {FazhiReportError} `INVALID_OPTION` for an invalid deadline.
 * @category Metadata
 * @example
 * ```ts
 * checkTimeliness({ ...meta, reportYear: 2024, publishedAt: '2025-04-11' })
 * //=> { status: 'late', deadline: '2025-04-01', publishedAt: '2025-04-11', daysLate: 10 }
 * ```
 */
export function checkTimeliness(
  meta: Readonly<ReportMeta>,
  options?: Readonly<MetaOptions> | null,
): Timeliness {
  const { reportYear, publishedAt } = meta
  if (reportYear === null) return { status: 'unknown', deadline: null, publishedAt, daysLate: null }
  const deadline = deadlineFor(reportYear, options?.deadline ?? null, meta)
  if (publishedAt === null) return { status: 'unknown', deadline, publishedAt: null, daysLate: null }
  const daysLate = differenceInCalendarDays(localDate(publishedAt), localDate(deadline))
  return { status: daysLate > 0 ? 'late' : 'on_time', deadline, publishedAt, daysLate }
}
