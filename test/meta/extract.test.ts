import { describe, expect, it } from 'vitest'
import type { DocumentView } from '../../src/document.js'
import { extractMeta, governmentName, kindOf, META_RULES, parseMetaDate } from '../../src/meta/index.js'
import { documentOf, textSource } from './helpers.js'

const run = (text: string, hints: Parameters<typeof textSource>[1] = {}, options = {}) => {
  const source = textSource(text, hints)
  return extractMeta(source, documentOf(source, []), options)
}
const rules = (result: ReturnType<typeof extractMeta>) => result.messages.map((message) => message.ruleId)

describe('title', () => {
  it('takes the 名称 field when there is no standalone title line', () => {
    const text =
      '索引号: 11440512754542113A/2025-00008\n名称: 濠江区2024年法治政府建设年度报告\n\n2024年,我区…'
    const { meta } = run(text)
    expect(meta.title).toBe('濠江区2024年法治政府建设年度报告')
    expect(text.slice(meta.titleSpan?.start, meta.titleSpan?.end)).toBe(meta.title)
  })

  it('takes the last breadcrumb item', () => {
    const { meta } = run('首页 > 法治政府建设 > 梅州市司法局2024年法治政府建设年度报告\n2024年,我局…')
    expect(meta.title).toBe('梅州市司法局2024年法治政府建设年度报告')
    expect(meta.reporter).toBe('梅州市司法局')
    expect(meta.issuerKind).toBe('department')
    expect(meta.jurisdiction).toMatchObject({ name: '梅州市', tier: 'city', code: '441400' })
  })

  it('ignores numbered headings and long lines', () => {
    const result = run('一、2024年度法治政府建设情况\n(一)法治政府建设情况\n2024年,我区…')
    expect(result.meta.title).toBeNull()
    expect(rules(result)).toContain('missing-title')
  })

  it('falls back to the markup title without the site suffix', () => {
    const hints = { title: '濠江区2024年法治政府建设年度报告_汕头市濠江区人民政府' }
    const { meta } = run('2024年,濠江区全面贯彻…', hints)
    expect(meta.title).toBe('濠江区2024年法治政府建设年度报告')
    expect(meta.titleSpan).toBeNull()
    expect(run('正文', { title: '高要区2021年法治政府建设年度报告 - 肇庆市高要区政府网' }).meta.title).toBe(
      '高要区2021年法治政府建设年度报告',
    )
    expect(run('正文', { title: '   ' }).meta.title).toBeNull()
  })

  it('gives the markup title a span when the text repeats it', () => {
    const text =
      '正文开始\n濠江区2024年法治政府建设年度报告(全文发布稿)的说明文字很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长'
    const { meta } = run(text, { title: '濠江区2024年法治政府建设年度报告 | 政府网' })
    expect(meta.titleSpan).toEqual({ start: 5, end: 23 })
  })

  it('maps the title span to the original (traditional script, full-width)', () => {
    const original =
      '濠江區2024年法治政府建設年度報告\n發佈日期：2025-01-06\n索引號：11440512754542113A/2025-00008\n'
    const view =
      '濠江区2024年法治政府建设年度报告\n发布日期:2025-01-06\n索引号:11440512754542113A/2025-00008\n'
    expect(view.length).toBe(original.length)
    const source = textSource(view, {}, original)
    const { meta } = extractMeta(source, documentOf(source, []))
    expect(meta.title).toBe('濠江区2024年法治政府建设年度报告')
    expect(original.slice(meta.titleSpan?.start, meta.titleSpan?.end)).toBe(
      '濠江區2024年法治政府建設年度報告',
    )
    expect(meta.publishedAt).toBe('2025-01-06')
    expect(meta.indexNo).toBe('11440512754542113A/2025-00008')
  })
})

describe('report year', () => {
  it('warns when the title and the preamble disagree, and keeps the title year', () => {
    const text =
      '濠江区2023年法治政府建设年度报告\n发布日期:2025-01-06\n2024年,濠江区全面贯彻…现将有关情况报告如下:'
    const result = run(text)
    expect(result.meta.reportYear).toBe(2023)
    const message = result.messages.find((entry) => entry.ruleId === 'report-year-ambiguous')
    expect(message).toMatchObject({ severity: 'warning', actual: '2024' })
    expect(text.slice(message?.start ?? 0, message?.end ?? 0)).toBe('2024')
  })

  it('reads the 现将…年度 clause of the preamble', () => {
    const result = run('中共兴宁市委: 我市…。现将我市2024年度法治政府建设工作情况汇报如下:')
    expect(result.meta.reportYear).toBe(2024)
    expect(rules(result)).not.toContain('report-year-inferred')
  })

  it('reads the year of the first achievements heading', () => {
    const source = textSource('报告\n我区坚持…\n一、2022年度法治政府建设情况\n内容')
    const document = documentOf(source, [
      { at: '我区坚持', kind: 'preamble' },
      { at: '一、2022年度法治政府建设情况', kind: 'achievements', heading: true },
    ])
    expect(extractMeta(source, document).meta.reportYear).toBe(2022)
  })

  it('infers publication year − 1 with an info message', () => {
    const result = run('法治政府建设年度报告\n发布时间: 2025-03-11 10:34\n我区坚持…')
    expect(result.meta.reportYear).toBe(2024)
    expect(result.messages.find((entry) => entry.ruleId === 'report-year-inferred')?.severity).toBe('info')
    // From the written date when there is no publish date.
    expect(run('成文日期: 2024年04月02日\n我区坚持…').meta.reportYear).toBe(2023)
    expect(run('我区坚持…').meta.reportYear).toBeNull()
  })

  it('takes an explicit reportYear option', () => {
    expect(run('濠江区2023年法治政府建设年度报告', {}, { reportYear: 2020 }).meta.reportYear).toBe(2020)
  })
})

describe('header fields', () => {
  it('reads labels without colons and leaves empty fields null', () => {
    const text = [
      '文件名称 汉滨区2023年度法治政府建设工作总结',
      '索引号 /2024-0000 公开目录: 政府法制',
      '公开责任部门 公开形式: 主动公开',
      '文号 成文日期: 2024年04月02日',
      '有效性 有效 公开日期: 2024-04-02 10:28',
    ].join('\n')
    const { meta } = run(text)
    expect(meta).toMatchObject({
      title: '汉滨区2023年度法治政府建设工作总结',
      indexNo: '/2024-0000',
      docNo: null,
      writtenAt: '2024-04-02',
      publishedAt: '2024-04-02',
      issuer: null,
    })
  })

  it('reads 文号, 发布机构 and skips 来源:本网', () => {
    const { meta } = run(
      '来源:本网 编辑: 发布时间:2022-02-23\n发布机构: 梅州市司法局 文号: 梅市司〔2025〕3号\n',
    )
    expect(meta.docNo).toBe('梅市司〔2025〕3号')
    expect(meta.issuer).toBe('梅州市司法局')
  })

  it('reads publish dates from markup hints', () => {
    expect(run('正文', { publishedAt: '2025-03-21 09:00' }).meta.publishedAt).toBe('2025-03-21')
    expect(run('正文', { meta: { pubdate: '2025/3/21' } }).meta.publishedAt).toBe('2025-03-21')
    expect(run('正文', { publishedAt: 'soon', meta: { other: 'x' } }).meta.publishedAt).toBeNull()
    expect(rules(run('正文'))).toContain('missing-publish-date')
  })

  it('prefers 发布日期 over 日期 and 更新时间', () => {
    expect(run('更新时间: 2025-03-30\n日期: 2025-03-29\n发布日期: 2025-03-28').meta.publishedAt).toBe(
      '2025-03-28',
    )
    expect(run('更新时间: 2025-03-30\n日期: 2025-03-29').meta.publishedAt).toBe('2025-03-29')
    expect(run('更新时间: 2025-03-30').meta.publishedAt).toBe('2025-03-30')
  })
})

describe('signature block, addressee, reporter', () => {
  it('reads a two-line joint signature in a closing section', () => {
    const text = [
      '中共濠江区委 汕头市濠江区人民政府关于2024年法治政府建设情况的报告',
      '汕头市委、市政府:',
      '2024年,我区…现将有关情况报告如下:',
      '一、主要举措和成效',
      '内容。',
      '中共汕头市濠江区委员会',
      '汕头市濠江区人民政府',
      '二〇二五年二月十五日',
    ].join('\n')
    const source = textSource(text)
    const document = documentOf(source, [
      { at: '2024年,我区', kind: 'preamble' },
      { at: '一、主要举措和成效', kind: 'achievements', heading: true },
      { at: '中共汕头市濠江区委员会', kind: 'closing' },
    ])
    const { meta } = extractMeta(source, document)
    expect(meta.writtenAt).toBe('2025-02-15')
    expect(meta.addressee).toBe('汕头市委、市政府')
    expect(meta.reporter).toBe('中共濠江区委 汕头市濠江区人民政府')
    expect(meta.issuerKind).toBe('joint')
    expect(meta.issuer).toBe('中共汕头市濠江区委员会 汕头市濠江区人民政府')
    expect(meta.jurisdiction?.code).toBe('440512')
  })

  it('reads a signature at the end of the text, and a yearless date with a reference date', () => {
    const base = '我县…现将有关情况报告如下。\n一、工作情况\n内容。\n平远县人民政府\n'
    expect(run(base + '2025年2月1日\n').meta).toMatchObject({
      writtenAt: '2025-02-01',
      issuer: '平远县人民政府',
      reporter: '平远县人民政府',
      jurisdiction: { name: '平远县', code: '441426' },
    })
    expect(run(base + '2月1日').meta.writtenAt).toBeNull()
    expect(run(base + '2月1日', {}, { referenceDate: new Date(2025, 5, 1) }).meta.writtenAt).toBe(
      '2025-02-01',
    )
  })

  it('does not take a date ending a body sentence as a signature', () => {
    const { meta } = run('我区…现将有关情况报告如下。\n全面完成整改工作于2024年12月31日')
    expect(meta.writtenAt).toBeNull()
    expect(meta.issuer).toBeNull()
    // A lone date on its own line is a signature date.
    expect(run('我区…。\n工作完成。\n2025年1月15日').meta.writtenAt).toBe('2025-01-15')
  })

  it('cuts page chrome off the end before looking for the signature', () => {
    const text = '正文内容。\n兴宁市人民政府 2025年1月15日\n关闭窗口'
    const source = textSource(text)
    const document: DocumentView = {
      ...documentOf(source, [{ at: '正文内容', kind: 'preamble' }]),
      nonContent: [{ start: text.indexOf('关闭窗口'), end: text.length }],
    }
    expect(extractMeta(source, document).meta).toMatchObject({
      writtenAt: '2025-01-15',
      issuer: '兴宁市人民政府',
    })
  })

  it('reads an addressee line of its own before the body', () => {
    const source = textSource('市委:\n\n2024年,我市…')
    const document = documentOf(source, [{ at: '2024年,我市', kind: 'preamble' }])
    expect(extractMeta(source, document).meta.addressee).toBe('市委')
  })

  it('builds the government name from the place when the title names only the place', () => {
    expect(run('2024年上海市法治政府建设情况报告').meta.reporter).toBe('上海市人民政府')
    expect(run('北京市朝阳区2024年法治政府建设年度报告').meta.reporter).toBe('北京市朝阳区人民政府')
    expect(run('兴宁市2024年法治政府建设年度报告').meta.reporter).toBe('兴宁市人民政府')
    // 法治建设 alone may be a party report: no reporter is invented.
    expect(run('兴宁市2024年法治建设工作报告').meta.reporter).toBeNull()
  })

  it('warns on unresolved and ambiguous places', () => {
    const unresolved = run('关于2024年度法治政府建设情况的报告\n发布日期: 2025-03-01')
    expect(unresolved.meta.jurisdiction).toBeNull()
    expect(rules(unresolved)).toEqual(['jurisdiction-unresolved'])
    const text = '朝阳区2024年法治政府建设年度报告\n发布日期: 2025-03-01'
    const ambiguous = run(text)
    const message = ambiguous.messages.find((entry) => entry.ruleId === 'jurisdiction-ambiguous')
    expect(message).toMatchObject({ severity: 'warning', actual: '朝阳区', start: 0, end: 3 })
    expect(ambiguous.meta.reporter).toBe('朝阳区人民政府')
  })
})

describe('helpers', () => {
  it('classifies bodies', () => {
    expect(kindOf('中共兴宁市委')).toBe('party_committee')
    expect(kindOf('中共梅州市委全面依法治市委员会办公室')).toBe('party_committee')
    expect(kindOf('五通桥区政府办')).toBe('government')
    expect(kindOf('汕头市濠江区人民政府办公室')).toBe('government')
    expect(kindOf('广澳街道办事处')).toBe('government')
    expect(kindOf('梅州市司法局')).toBe('department')
    expect(kindOf('梅州市发展和改革委员会')).toBe('department')
    expect(kindOf('中共濠江区委 汕头市濠江区人民政府')).toBe('joint')
    expect(kindOf('XX县委县政府')).toBe('joint')
    expect(kindOf('本网')).toBeNull()
    expect(kindOf(null)).toBeNull()
  })

  it('names governments', () => {
    const place = { province: '广东省', city: '汕头市', code: '440512' }
    expect(governmentName({ ...place, name: '濠江区', tier: 'county' })).toBe('汕头市濠江区人民政府')
    expect(
      governmentName({ name: '广澳街道', tier: 'township', province: null, city: null, code: null }),
    ).toBe('广澳街道办事处')
    expect(
      governmentName({ name: '小龙门乡', tier: 'township', province: null, city: null, code: null }),
    ).toBe('小龙门乡人民政府')
    expect(
      governmentName({ name: '中华人民共和国', tier: 'central', province: null, city: null, code: null }),
    ).toBe('国务院')
  })

  it('parses dates', () => {
    expect(parseMetaDate('2022-02-23 14:58:44')).toBe('2022-02-23')
    expect(parseMetaDate('2024年04月02日')).toBe('2024-04-02')
    expect(parseMetaDate('2025.1.6')).toBe('2025-01-06')
    expect(parseMetaDate('二〇二五年一月十五日')).toBe('2025-01-15')
    expect(parseMetaDate('二〇二四年十二月三十一日')).toBe('2024-12-31')
    expect(parseMetaDate('二〇二四年二月二十九日')).toBe('2024-02-29')
    expect(parseMetaDate('二〇二五年二月二十九日')).toBeNull()
    expect(parseMetaDate('二〇二五年十十月一日')).toBeNull()
    expect(parseMetaDate('2023年2月30日')).toBeNull()
    expect(parseMetaDate('1850-01-01')).toBeNull()
    expect(parseMetaDate('-')).toBeNull()
  })

  it('lists every rule with a severity and a description', () => {
    expect(Object.keys(META_RULES).sort()).toEqual([
      'jurisdiction-ambiguous',
      'jurisdiction-unresolved',
      'missing-publish-date',
      'missing-title',
      'report-year-ambiguous',
      'report-year-inferred',
      'required-content-missing',
    ])
    for (const rule of Object.values(META_RULES)) expect(rule.description.length).toBeGreaterThan(10)
  })
})

describe('fallbacks', () => {
  it('takes the publisher as reporter when nothing else names one', () => {
    const title = '关于2024年度法治政府建设情况的报告'
    expect(run(`${title}\n信息来源: 梅州市司法局`).meta).toMatchObject({
      reporter: '梅州市司法局',
      issuerKind: 'department',
      jurisdiction: { name: '梅州市', code: '441400' },
    })
    expect(run(`${title}\n发布机构: 汕头市濠江区人民政府办公室`).meta.reporter).toBe('汕头市濠江区人民政府')
    expect(run(`${title}\n发布机构: 某某人民政府办公室`).meta.reporter).toBe('某某人民政府')
    expect(run(`${title}\n发布机构: 融媒体`).meta.reporter).toBeNull()
  })

  it('reads a title year in Chinese numerals', () => {
    expect(run('濠江区二〇二四年度法治政府建设情况报告').meta.reportYear).toBe(2024)
  })

  it('does not take a field label as the addressee', () => {
    expect(run('主办: 肇庆市高要区人民政府\n').meta.addressee).toBeNull()
    const source = textSource('主办:\n2024年,我市…')
    const document = documentOf(source, [{ at: '2024年,我市', kind: 'preamble' }])
    expect(extractMeta(source, document).meta.addressee).toBeNull()
  })
})
