import { describe, expect, it } from 'vitest'
import { formatSummary } from '../../src/cli/summary.js'
import { makeReport } from '../output/helpers.js'

describe('formatSummary', () => {
  const text = formatSummary(makeReport(), 'x/2024.txt')
  const lines = text.split('\n')

  it('shows the metadata with bilingual labels', () => {
    expect(lines[0]).toMatch(/^文件 File +x\/2024\.txt$/)
    expect(text).toMatch(/标题 Title +濠江区2024年法治政府建设年度报告\n/)
    expect(text).toMatch(/地区 Jurisdiction +濠江区 \(440512 · county 县级 · 广东省 · 汕头市\)\n/)
    expect(text).toMatch(/年度 Year +2024\n/)
    expect(text).toMatch(/发布日期 Published +2025-01-06\n/)
    expect(text).toMatch(
      /时效 Timeliness +按时 on time \(deadline 截止 2025-04-01, 85 days before 提前85天\)\n/,
    )
  })

  it('marks each required item present or missing', () => {
    expect(text).toMatch(/完整性 Completeness +2\/5\n/)
    expect(lines).toContain('  ✓ 主要举措和成效 achievements  (s1)')
    expect(lines).toContain('  ✗ 下一年度主要安排 plans')
  })

  it('outlines the sections with their kinds and topics', () => {
    const outline = lines.slice(lines.indexOf('结构 Outline') + 1, lines.indexOf('要点 Headline facts') - 1)
    expect(outline).toEqual([
      '  （前言）  [preamble]',
      '  一、2024年度法治政府建设情况  [achievements]',
      '    一、化解矛盾纠纷  [achievements · disputes]',
      '  一、存在问题  [shortcomings]',
    ])
  })

  it('lists headline facts: the first level fact per indicator, in taxonomy order, never a change', () => {
    const facts = lines.slice(
      lines.indexOf('要点 Headline facts') + 1,
      lines.indexOf('要点 Headline facts') + 5,
    )
    expect(facts.map((line) => line.trim().split(/\s+/))).toEqual([
      ['网上可办率/全程网办率', '93.03%', 'functions.online_rate'],
      ['收到/新收复议申请', '62宗', 'reconsideration.applications_received'],
      ['审结/办结', '58宗', 'reconsideration.concluded'],
      ['行政应诉案件', '13宗', 'litigation.cases'],
    ])
    expect(text).toContain('! template-residue: Template residue `XX件`')
  })
})
