/**
 * Parse a real report (bundled in examples/reports) and check what comes out.
 *
 *     node --import tsx examples/basic.ts   # prints the summary, then true
 */

import { readFileSync } from 'node:fs'
import { parseReport } from 'fazhi-report'

const input = readFileSync(new URL('./reports/haojiang-2024.txt', import.meta.url), 'utf8')
const report = parseReport(input)

console.log(report.meta.title, report.meta.reportYear, report.meta.jurisdiction?.code)
for (const fact of report.facts.filter((fact) => fact.indicator.startsWith('reconsideration.'))) {
  console.log(fact.indicator, fact.value, fact.unit, JSON.stringify(input.slice(fact.start, fact.end)))
}

const received = report.facts.find((fact) => fact.indicator === 'reconsideration.applications_received')
const ok =
  report.meta.title === '濠江区2024年法治政府建设年度报告' &&
  report.meta.reportYear === 2024 &&
  report.meta.jurisdiction?.code === '440512' &&
  report.timeliness.status === 'on_time' &&
  received?.value === 62 &&
  input.slice(received.start, received.end) === received.text &&
  report.facts.every((fact) => input.slice(fact.start, fact.end) === fact.text)

console.log(ok)
if (!ok) process.exit(1)
