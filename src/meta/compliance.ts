/**
 * Compliance checks: the five required contents and the publication deadline.
 *
 * @module
 */

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
/** Whether sentences of a section kind report what was done (not plans or problems). */
function isReportingKind(kind: string): boolean {
  return (
    kind === 'preamble' || kind === 'achievements' || kind === 'rectification' || kind === 'other_matters'
  )
}

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
  return completenessOf(sections, null)
}

/**
 * {@link checkCompleteness}, optionally given the normalized view the sections' sentences
 * are slices of (`sentence.text === text.slice(sentence.start, sentence.end)`, the
 * `SentenceView` contract): the 第一责任人 run-ins are then found with one search of `text`
 * instead of one per sentence.
 *
 * @param sections - The top-level sections.
 * @param text - The view the sentences come from, or `null` to read `sentence.text`.
 * @returns What {@link checkCompleteness} returns.
 * @internal
 */
export function completenessOf(sections: readonly SectionView[], text: string | null): Completeness {
  const items: Completeness['items'] = {
    achievements: { present: false, sections: [] },
    shortcomings: { present: false, sections: [] },
    leader_duties: { present: false, sections: [] },
    plans: { present: false, sections: [] },
    other_matters: { present: false, sections: [] },
  }
  const runIns: string[] = []
  visit(sections, null, items, runIns, text === null ? null : leaderDutyHits(text))
  const duties = items.leader_duties
  for (const id of runIns) {
    if (!duties.sections.includes(id)) duties.sections.push(id)
    duties.present = true
  }
  const missing: RequiredItem[] = []
  for (const item of REQUIRED_ITEMS) if (!items[item].present) missing.push(item)
  return { items, missing, score: REQUIRED_ITEMS.length - missing.length }
}

/** Depth-first walk of {@link completenessOf}: list sections by kind and collect run-in sections. */
function visit(
  list: readonly SectionView[],
  parentKind: string | null,
  items: Completeness['items'],
  runIns: string[],
  hits: readonly number[] | null,
): void {
  for (const section of list) {
    const entry = itemOf(items, section.kind)
    if (entry !== null && section.kind !== parentKind) {
      entry.present = true
      entry.sections.push(section.id)
    }
    if (isReportingKind(section.kind) && mentionsLeaderDuty(section, hits)) runIns.push(section.id)
    visit(section.children, section.kind, items, runIns, hits)
  }
}

/** The entry of `items` for a section kind that is a required item, else `null`. */
function itemOf(items: Completeness['items'], kind: string): Completeness['items'][RequiredItem] | null {
  switch (kind) {
    case 'achievements':
      return items.achievements
    case 'shortcomings':
      return items.shortcomings
    case 'leader_duties':
      return items.leader_duties
    case 'plans':
      return items.plans
    case 'other_matters':
      return items.other_matters
    default:
      return null
  }
}

/**
 * Offsets of every `LEADER_DUTY` (第一责任人) in `text`, found through its 任人, whose first unit
 * is rarer in these reports than 第 (so the engine's search stops less often).
 */
function leaderDutyHits(text: string): number[] {
  const found: number[] = []
  for (let at = text.indexOf('任人', 3); at !== -1; at = text.indexOf('任人', at + 1)) {
    if (text.startsWith('第一责', at - 3)) found.push(at - 3)
  }
  return found
}

/**
 * Whether a section's heading or one of its own sentences names the 第一责任人 duty. With
 * `hits` (every offset of `LEADER_DUTY` in the view), a sentence names it when a hit lies
 * wholly inside the sentence's span, which is what `sentence.text.includes(LEADER_DUTY)` tests.
 */
function mentionsLeaderDuty(section: SectionView, hits: readonly number[] | null): boolean {
  if (section.heading?.title.includes(LEADER_DUTY)) return true
  if (hits !== null && hits.length === 0) return false
  for (const paragraph of section.paragraphs) {
    for (const sentence of paragraph.sentences) {
      if (hits === null) {
        if (sentence.text.includes(LEADER_DUTY)) return true
        continue
      }
      const last = sentence.end - LEADER_DUTY.length
      for (const at of hits) if (at >= sentence.start && at <= last) return true
    }
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

const MS_PER_DAY = 86_400_000

/**
 * The day number of `YYYY-MM-DD` (days since 1970-01-01; `NaN` when malformed). The difference
 * of two is what date-fns `differenceInCalendarDays` gives for the same dates at local
 * midnight (it measures local calendar days, which are UTC days here).
 */
function dayNumber(iso: string): number {
  const year = digitsAt(iso, 0, 4)
  const month = digitsAt(iso, 5, 2)
  const day = digitsAt(iso, 8, 2)
  // The fields as `Number(iso.slice(…))` reads them (the slow path only for odd input).
  if (year < 0 || month < 0 || day < 0) {
    return (
      Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY
    )
  }
  return Date.UTC(year, month - 1, day) / MS_PER_DAY
}

/** The value of the `count` ASCII digits at `at` of `text`, or −1 when one is not a digit. */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0
  for (let index = at; index < at + count; index++) {
    const digit = text.charCodeAt(index) - 0x30
    if (!(digit >= 0 && digit <= 9)) return -1
    value = value * 10 + digit
  }
  return value
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
  const daysLate = dayNumber(publishedAt) - dayNumber(deadline)
  return { status: daysLate > 0 ? 'late' : 'on_time', deadline, publishedAt, daysLate }
}
