import { describe, expect, it } from 'vitest'
import { checkTimeliness, extractMeta } from '../../src/meta/index.js'
import type { ReportMeta } from '../../src/types.js'
import { documentOf, type SectionSpec, seed, textSource } from './helpers.js'

// Expectations written by reading each seed (test/fixtures/seeds/*.txt).
interface SeedCase {
  name: string
  meta: Omit<ReportMeta, 'titleSpan'>
  sections: SectionSpec[]
  rules: string[]
  timeliness: { status: 'on_time' | 'late' | 'unknown'; daysLate: number | null }
}

const cases: SeedCase[] = [
  {
    name: '000_0414d3b711716db3',
    meta: {
      title: '濠江区2024年法治政府建设年度报告', // 名称: field and the standalone line
      reportYear: 2024,
      publishedAt: '2025-01-06', // 发布日期: 2025-01-06
      writtenAt: '2025-01-06', // 成文日期: 2025-01-06
      issuer: '汕头市濠江区人民政府办公室', // 发布机构
      reporter: '汕头市濠江区人民政府', // the title names only 濠江区
      jurisdiction: { name: '濠江区', tier: 'county', province: '广东省', city: '汕头市', code: '440512' },
      issuerKind: 'government',
      indexNo: '11440512754542113A/2025-00008',
      docNo: null, // 「文号: 发布日期: …」 — empty
      addressee: null,
    },
    sections: [
      { at: '2024年,濠江区全面贯彻', kind: 'preamble' },
      { at: '一、2024年度法治政府建设情况', kind: 'achievements', heading: true },
      { at: '二、存在问题和原因', kind: 'shortcomings', heading: true },
      { at: '三、2025年度工作计划', kind: 'plans', heading: true },
    ],
    rules: [],
    timeliness: { status: 'on_time', daysLate: -85 },
  },
  {
    name: '001_b84440f565a32dda',
    meta: {
      title: '高要区2021年法治政府建设年度报告',
      reportYear: 2021,
      publishedAt: '2022-02-23', // 发布时间:2022-02-23 14:58:44
      writtenAt: null, // no 成文日期, no signature
      issuer: '肇庆市高要区人民政府', // 来源:本网 is not a body; footer 主办:
      reporter: '肇庆市高要区人民政府',
      jurisdiction: { name: '高要区', tier: 'county', province: '广东省', city: '肇庆市', code: '441204' },
      issuerKind: 'government',
      indexNo: null,
      docNo: null,
      addressee: null,
    },
    sections: [
      { at: '2021年,全区各级行政机关', kind: 'preamble' },
      { at: '一、主要工作措施和成效', kind: 'achievements', heading: true },
      { at: '二、存在问题', kind: 'shortcomings', heading: true },
      { at: '三、2022年工作计划', kind: 'plans', heading: true },
    ],
    rules: [],
    timeliness: { status: 'on_time', daysLate: -37 },
  },
  {
    name: '002_12f066875d9f6aed',
    meta: {
      title: null, // no header at all
      reportYear: 2024, // 「2024年,我市…」「现将我市2024年度…」
      publishedAt: null,
      writtenAt: '2025-01-15', // 「兴宁市人民政府 2025年1月15日」
      issuer: '兴宁市人民政府', // the signing body
      reporter: '兴宁市人民政府',
      jurisdiction: { name: '兴宁市', tier: 'county', province: '广东省', city: '梅州市', code: '441481' },
      issuerKind: 'government',
      indexNo: null,
      docNo: null,
      addressee: '中共兴宁市委',
    },
    sections: [
      { at: '2024年,我市坚持', kind: 'preamble' },
      {
        at: '一、深入贯彻落实',
        kind: 'achievements',
        heading: true,
        children: [{ at: '(二)切实履行法治建设第一责任人职责', kind: 'leader_duties', heading: true }],
      },
      { at: '二、主要举措和成效', kind: 'achievements', heading: true },
      { at: '三、存在的主要问题和不足', kind: 'shortcomings', heading: true },
      { at: '四、下一步工作打算', kind: 'plans', heading: true },
      { at: '兴宁市人民政府 2025年1月15日', kind: 'closing' },
    ],
    rules: ['missing-title', 'missing-publish-date'],
    timeliness: { status: 'unknown', daysLate: null },
  },
  {
    name: '003_0f3b6fe8336d67dc',
    meta: {
      title: '乐山市五通桥区人民政府关于2024年度法治政府建设工作情况的报告',
      reportYear: 2024,
      publishedAt: '2025-03-11', // 发布时间: 2025-03-11 10:34
      writtenAt: null,
      issuer: '五通桥区政府办', // 文章来源:
      reporter: '乐山市五通桥区人民政府', // 「…人民政府关于…的报告」
      jurisdiction: { name: '五通桥区', tier: 'county', province: '四川省', city: '乐山市', code: '511112' },
      issuerKind: 'government',
      indexNo: null,
      docNo: null,
      addressee: null,
    },
    sections: [
      { at: '2024年,我区坚持', kind: 'preamble' },
      { at: '一、主要举措和成效', kind: 'achievements', heading: true },
      { at: '二、存在的不足', kind: 'shortcomings', heading: true },
      { at: '三、下一步工作打算', kind: 'plans', heading: true },
    ],
    rules: [],
    timeliness: { status: 'on_time', daysLate: -21 },
  },
  {
    name: '004_27068fbfb0d05908',
    meta: {
      title: '汉滨区2023年度法治政府建设工作总结',
      reportYear: 2023,
      publishedAt: '2024-04-02', // 公开日期: 2024-04-02 10:28
      writtenAt: '2024-04-02', // 成文日期: 2024年04月02日
      issuer: null, // 公开责任部门 empty, no signature
      reporter: '安康市汉滨区人民政府',
      jurisdiction: { name: '汉滨区', tier: 'county', province: '陕西省', city: '安康市', code: '610902' },
      issuerKind: 'government',
      indexNo: '/2024-0000', // kept as written
      docNo: null, // 「文号 成文日期: …」 — empty
      addressee: null,
    },
    sections: [
      { at: '2023年,汉滨区坚持', kind: 'preamble' },
      { at: '一、坚持党的领导', kind: 'achievements', heading: true },
      { at: '二、坚持转变职能', kind: 'achievements', heading: true },
      { at: '过去一年,虽然汉滨区', kind: 'shortcomings' },
      { at: '下一步,汉滨区将', kind: 'plans' },
    ],
    rules: [],
    timeliness: { status: 'late', daysLate: 1 },
  },
]

describe('extractMeta on the seeds', () => {
  for (const entry of cases) {
    describe(entry.name, () => {
      const source = textSource(seed(entry.name))

      it('reads the metadata with hand-made sections', () => {
        const { meta, messages } = extractMeta(source, documentOf(source, entry.sections))
        const { titleSpan, ...rest } = meta
        expect(rest).toEqual(entry.meta)
        expect(messages.map((message) => message.ruleId)).toEqual(entry.rules)
        if (meta.title === null) expect(titleSpan).toBeNull()
        else expect(source.original.slice(titleSpan?.start, titleSpan?.end)).toBe(meta.title)
      })

      it('reads the same metadata without any sections', () => {
        const { meta } = extractMeta(source, documentOf(source, []))
        const { titleSpan: _, ...rest } = meta
        expect(rest).toEqual(entry.meta)
      })

      it('judges timeliness against 1 April of the next year', () => {
        const { meta } = extractMeta(source, documentOf(source, entry.sections))
        const timeliness = checkTimeliness(meta)
        expect(timeliness.status).toBe(entry.timeliness.status)
        expect(timeliness.daysLate).toBe(entry.timeliness.daysLate)
      })
    })
  }
})
