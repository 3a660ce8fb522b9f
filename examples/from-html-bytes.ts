/**
 * A GBK-encoded government web page (bytes), with page chrome around the body:
 * the encoding is detected, chrome is not content, and every span points into
 * the decoded HTML string.
 *
 *     node --import tsx examples/from-html-bytes.ts   # prints true
 */

import { parseReport } from 'fazhi-report'
import iconv from 'iconv-lite'

const html = `<!DOCTYPE html><html><head><meta charset="gb2312"><title>某县2024年法治政府建设年度报告_某县人民政府</title></head>
<body><div class="nav">网站首页 | 政务公开 | 互动交流</div>
<div class="position">您现在的位置：首页 &gt; 政务公开 &gt; 法治政府建设</div>
<h1>某县2024年法治政府建设年度报告</h1><div class="info">发布日期：2025-03-20</div>
<div id="zoom"><p>2024年，我县坚持以习近平法治思想为指导。现将有关情况报告如下：</p>
<p>一、主要举措和成效</p><p>全年共收到行政复议申请&nbsp;62宗，受理53宗，办结58宗（含去年结转18宗）。行政机关负责人出庭应诉率100%。</p>
<p>二、存在的不足和原因</p><p>一是执法队伍专业化水平不高。</p></div>
<div class="footer">版权所有：某县人民政府 网站标识码：1234567890</div></body></html>`

const bytes = new Uint8Array(iconv.encode(html, 'gbk'))
const report = parseReport(bytes)
const decoded = new TextDecoder('gbk').decode(bytes)

const facts = report.facts.map((fact) => `${fact.indicator}=${fact.value}`)
console.log(report.source, report.meta.title, report.meta.publishedAt, facts)

const ok =
  report.source.format === 'html' &&
  report.meta.publishedAt === '2025-03-20' &&
  facts.includes('reconsideration.accepted=53') &&
  facts.includes('litigation.head_appearance_rate=100') &&
  report.facts.every((fact) => decoded.slice(fact.start, fact.end) === fact.text) &&
  report.shortcomings.length === 1

console.log(ok)
if (!ok) process.exit(1)
