/**
 * A custom indicator: 行政裁决案件 (administrative adjudication cases), which
 * the built-in taxonomy does not have. Extend the taxonomy, make the id
 * type-safe by augmenting `IndicatorMap`, and parse with it.
 *
 *     node --import tsx examples/custom-indicator.ts   # prints true
 */

import { defaultTaxonomy, parseReport } from 'fazhi-report'

// Type-safe ids.
declare module 'fazhi-report' {
  interface IndicatorMap {
    'adjudication.cases': true
  }
}

const taxonomy = defaultTaxonomy.extend([
  {
    id: 'adjudication.cases',
    name: '行政裁决案件',
    label: 'Administrative adjudication cases',
    category: 'disputes',
    unitClass: 'cases',
    phrasings: ['办理行政裁决案件12件'],
    // 行政裁决 next to a number (or 裁决 with 行政裁决 earlier in the clause run).
    cues: ['行政裁决', '裁决案件', '行政裁决…受理|办结|裁决'],
  },
])

const text = [
  '2024年，我区坚持依法行政，现将有关情况报告如下：',
  '一、主要举措和成效',
  '（一）加强行政裁决工作',
  '全年共办理行政裁决案件12件，同比增加3件，共收到行政复议申请62宗。',
].join('\n')

const report = parseReport(text, { taxonomy })
const level = report.facts.find((fact) => fact.indicator === 'adjudication.cases' && fact.change === null)
const change = report.facts.find((fact) => fact.indicator === 'adjudication.cases' && fact.change !== null)
const ok =
  level?.value === 12 &&
  level.text === '12件' &&
  level.category === 'disputes' &&
  text.slice(level.start, level.end) === level.text &&
  change?.value === 3 &&
  change.change?.direction === 'up' &&
  report.facts.some(
    (fact) => fact.indicator === 'reconsideration.applications_received' && fact.value === 62,
  ) &&
  taxonomy.get('adjudication.cases').name === '行政裁决案件'

console.log(ok)
if (!ok) process.exit(1)
