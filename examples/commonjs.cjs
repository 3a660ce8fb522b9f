// CommonJS consumers: `require('fazhi-report')` (Node ≥ 20.19).
//
//     node examples/commonjs.cjs   # prints true
const { parseChineseNumber, parseMoney, parseReport } = require('fazhi-report')

const report = parseReport(
  '2024年，我县坚持依法行政。现将有关情况报告如下：\n一、主要举措和成效\n共收到行政复议申请62宗，受理53宗。',
)
const ok =
  parseChineseNumber('二〇二五') === 2025 &&
  parseMoney('1.59亿元')?.value === 159000000 &&
  report.facts.some((fact) => fact.indicator === 'reconsideration.accepted' && fact.value === 53)

console.log(ok)
if (!ok) process.exit(1)
