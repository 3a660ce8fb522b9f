/**
 * `fazhi-report summary`: a human-readable, bilingual view of one report. Node-only.
 *
 * @module
 */

import { defaultTaxonomy } from '../taxonomy/index.js'
import type { Fact, Report, ReportSection, RequiredItem, SectionKind } from '../types.js'

const KIND_NAMES: Readonly<Record<SectionKind, string>> = {
  preamble: '前言',
  achievements: '主要举措和成效',
  leader_duties: '第一责任人职责',
  shortcomings: '存在的不足',
  rectification: '问题整改',
  plans: '下一年度安排',
  other_matters: '其他情况',
  closing: '落款',
}

const REQUIRED: readonly [RequiredItem, string][] = [
  ['achievements', '主要举措和成效'],
  ['shortcomings', '存在的不足和原因'],
  ['leader_duties', '第一责任人履职情况'],
  ['plans', '下一年度主要安排'],
  ['other_matters', '其他需要报告的情况'],
]

const TIERS: Readonly<Record<string, string>> = {
  central: '中央',
  province: '省级',
  city: '市级',
  county: '县级',
  township: '乡镇',
}

const TIMELINESS: Readonly<Record<string, string>> = {
  on_time: '按时 on time',
  late: '逾期 late',
  unknown: '未知 unknown',
}

/** Characters a terminal shows two columns wide (CJK, full-width forms). */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/g
const LABEL_WIDTH = 22
/** Outline depth shown (top-level sections and their subsections). */
const OUTLINE_DEPTH = 2

/** Terminal columns a string takes. */
function width(text: string): number {
  return text.length + (text.match(WIDE)?.length ?? 0)
}

function pad(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(1, columns - width(text)))
}

function row(label: string, value: string): string {
  return pad(label, LABEL_WIDTH) + value
}

function isHeadline(id: string): boolean {
  return id.startsWith('reconsideration.') || id.startsWith('litigation.') || id.endsWith('_rate')
}

/** First level fact (no change) per headline indicator, in document order. */
function headlineFacts(report: Report): Fact[] {
  const chosen = new Map<string, Fact>()
  for (const fact of report.facts) {
    if (fact.change !== null || !isHeadline(fact.indicator)) continue
    const current = chosen.get(fact.indicator)
    if (current === undefined || fact.start < current.start) chosen.set(fact.indicator, fact)
  }
  const order = new Map(defaultTaxonomy.list().map((indicator, i) => [indicator.id as string, i]))
  return [...chosen.values()].sort(
    (a, b) =>
      (order.get(a.indicator) ?? Infinity) - (order.get(b.indicator) ?? Infinity) || a.start - b.start,
  )
}

function outline(sections: readonly ReportSection[], depth: number, lines: string[]): void {
  for (const section of sections) {
    const indent = '  '.repeat(depth + 1)
    const title = section.heading?.text.trim() ?? `（${KIND_NAMES[section.kind] ?? section.kind}）`
    const tags = [section.kind, section.topic].filter((tag) => tag !== null).join(' · ')
    lines.push(`${indent}${title}  [${tags}]`)
    if (depth + 1 < OUTLINE_DEPTH) outline(section.children, depth + 1, lines)
  }
}

function describeDays(daysLate: number | null): string {
  if (daysLate === null) return ''
  if (daysLate > 0) return `, ${daysLate} days late 逾期${daysLate}天`
  return `, ${-daysLate} days before 提前${-daysLate}天`
}

/**
 * Formats a report for reading in a terminal: title, jurisdiction, year, dates,
 * completeness (✓/✗ per required item), timeliness, the section outline with kinds,
 * the headline facts (reconsideration, litigation, rates) and a message count.
 *
 * @param report - The report.
 * @param file - The file it came from, shown first (optional).
 * @returns The text, newline-terminated.
 */
export function formatSummary(report: Report, file?: string): string {
  const { meta, completeness, timeliness } = report
  const lines: string[] = []
  if (file !== undefined) lines.push(row('文件 File', file))
  lines.push(row('标题 Title', meta.title ?? '—'))
  const place = meta.jurisdiction
  if (place === null) {
    lines.push(row('地区 Jurisdiction', '—'))
  } else {
    const parents = [place.province, place.city].filter((name) => name !== null && name !== place.name)
    const details = [place.code ?? 'no code', `${place.tier} ${TIERS[place.tier] ?? ''}`.trim(), ...parents]
    lines.push(row('地区 Jurisdiction', `${place.name} (${details.join(' · ')})`))
  }
  if (meta.reporter !== null) lines.push(row('报告主体 Reporter', meta.reporter))
  lines.push(row('年度 Year', meta.reportYear === null ? '—' : String(meta.reportYear)))
  lines.push(row('发布日期 Published', meta.publishedAt ?? '—'))
  if (meta.writtenAt !== null && meta.writtenAt !== meta.publishedAt)
    lines.push(row('成文日期 Written', meta.writtenAt))
  const deadline = timeliness.deadline === null ? '' : ` (deadline 截止 ${timeliness.deadline}`
  lines.push(
    row(
      '时效 Timeliness',
      `${TIMELINESS[timeliness.status] ?? timeliness.status}${deadline}${deadline ? describeDays(timeliness.daysLate) + ')' : ''}`,
    ),
  )
  lines.push(row('完整性 Completeness', `${completeness.score}/5`))
  for (const [item, chinese] of REQUIRED) {
    const entry = completeness.items[item]
    const where = entry.present && entry.sections.length > 0 ? `  (${entry.sections.join(', ')})` : ''
    lines.push(`  ${entry.present ? '✓' : '✗'} ${chinese} ${item}${where}`)
  }

  lines.push('', '结构 Outline')
  if (report.sections.length === 0) lines.push('  —')
  outline(report.sections, 0, lines)

  lines.push('', '要点 Headline facts')
  const facts = headlineFacts(report)
  if (facts.length === 0) lines.push('  —')
  const names = facts.map((fact) =>
    defaultTaxonomy.has(fact.indicator) ? defaultTaxonomy.get(fact.indicator).name : fact.indicator,
  )
  const nameWidth = Math.max(0, ...names.map(width)) + 2
  const valueWidth = Math.max(0, ...facts.map((fact) => width(fact.text))) + 2
  facts.forEach((fact, i) => {
    lines.push(`  ${pad(names[i]!, nameWidth)}${pad(fact.text, valueWidth)}${fact.indicator}`)
  })
  const indicators = new Set(report.facts.map((fact) => fact.indicator)).size
  lines.push('', row('指标事实 Facts', `${report.facts.length} (${indicators} indicators 项指标)`))

  const warnings = report.messages.filter((message) => message.severity === 'warning')
  const notes = report.messages.length - warnings.length
  lines.push(row('提示 Messages', `${warnings.length} warning(s) 警告, ${notes} note(s) 说明`))
  for (const message of warnings) lines.push(`  ! ${message.ruleId}: ${message.reason}`)
  return lines.join('\n') + '\n'
}
