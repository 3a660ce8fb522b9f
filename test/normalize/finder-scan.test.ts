/**
 * The finders skip ahead by character class and read common shapes without their
 * regexes. These cases sit on the edges of those shortcuts (where a number run ends,
 * which counter wins, a four-digit anchor before a connector, full-width text, leap
 * days, enclosures); the expectations are what the plain global-regex scan returned.
 */

import { describe, expect, it } from 'vitest'
import { findDates, findPercentages, findQuantities } from '../../src/normalize/index.js'
import { paragraphMentions } from '../../src/parser/mentions.js'

describe('findQuantities at the edges of the scan', () => {
  const cases: Array<[string, string[]]> = [
    ['共5千米道路', ['5千米=5000米']],
    ['办理1个工作日内', ['1个工作日=1个工作日']],
    ['用时3个月', ['3个月=3个月']],
    ['接待5件次', ['5件次=5件次']],
    ['12345热线受理12345件', []],
    ['受理1,234件', ['1,234件=1234件']],
    ['受理1,2345件', []],
    ['投入1.5万元', ['1.5万元=15000元']],
    ['发放300元5角', ['300元5角=300.5元']],
    ['1余1余件', ['1余件=1件']],
    ['编号A12件', []],
    ['第3件', []],
    ['收到“三项制度”5件', ['5件=5件']],
    ['印发《关于3件事的通知》5件', ['5件=5件']],
    ['「3件」与『4件』外5件', ['5件=5件']],
    ['受理５３宗，结案４０件', ['５３宗=53宗', '４０件=40件']],
    ['开展十余次', ['十余次=10次']],
    ['举办两场', ['两场=2场']],
    ['百余份', ['百余份=100份']],
    ['千家万户', []],
    ['5兆件', []],
    ['2.8万余人次', ['2.8万余人次=28000人次']],
    ['近5500名', ['近5500名=5500名']],
    ['500余万元', ['500余万元=5000000元']],
    // Chinese numbers read without the regex: the whole numeral run, then the unit.
    ['一千米', ['一千米=1000米']],
    ['三千米道路', ['三千米=3000米']],
    ['五千件', ['五千件=5000件']],
    ['两千余件', ['两千余件=2000件']],
    ['研究议题九项，', ['九项=9项']],
    ['十二人', ['十二人=12人']],
    ['一百万元', ['一百万元=1000000元']],
    ['三万元', ['三万元=30000元']],
    ['三五天', []],
    ['一二件', []],
  ]
  it.each(cases)('%s', (text, expected) => {
    const found = findQuantities(text).map(
      (m) => `${m.text}=${m.value.value}${m.type === 'money' ? '元' : m.value.unit}`,
    )
    expect(found).toEqual(expected)
  })
})

describe('findDates at the edges of the scan', () => {
  const cases: Array<[string, number, string[]]> = [
    ['2021-2025年规划', 2024, ['2021-2025年=2021-01-01..2025-12-31']],
    ['2021 - 2025', 2024, ['2021 - 2025=2021-01-01..2025-12-31']],
    ['12021-2025', 2024, []],
    ['截至2021年12月31日', 2024, ['截至2021年12月31日=2021-12-31..2021-12-31']],
    ['2023—2025年', 2024, ['2023—2025年=2023-01-01..2025-12-31']],
    ['2024年2月29日', 2024, ['2024年2月29日=2024-02-29..2024-02-29']],
    ['2100年2月29日', 2024, []],
    ['２０２４年３月', 2024, ['２０２４年３月=2024-03-01..2024-03-31']],
    ['2019年4月12-19日', 2024, ['2019年4月12-19日=2019-04-12..2019-04-19']],
    ['2018年1-9月', 2024, ['2018年1-9月=2018-01-01..2018-09-30']],
    ['2021年8月至11月', 2024, ['2021年8月至11月=2021-08-01..2021-11-30']],
    ['发布日期:2025-01-06 10:28', 2024, ['2025-01-06 10:28=2025-01-06..2025-01-06']],
    ['今年2月29日', 2024, ['今年2月29日=2024-02-29..2024-02-29']],
    // Years below 100 go through `Date`, which reads them as 19xx (1950 is no leap year).
    ['今年2月29日', 50, []],
    ['今年2月29日', 100, []],
    ['前三季度', 50, ['前三季度=0050-01-01..0050-09-30']],
    // Plain years (read without the atom regex) and the shapes next to them.
    ['2024年度报告', 2024, ['2024年度=2024-01-01..2024-12-31']],
    ['2024年内', 2024, ['2024年内=2024-01-01..2024-12-31']],
    ['2024年 3月', 2024, ['2024年 3月=2024-03-01..2024-03-31']],
    ['2024年底', 2024, ['2024年底=2024-12-01..2024-12-31']],
    ['2024年度第一季度', 2024, ['2024年度第一季度=2024-01-01..2024-03-31']],
    ['2024年前三季度', 2024, ['2024年前三季度=2024-01-01..2024-09-30']],
    ['2023至2024年', 2024, ['2023至2024年=2023-01-01..2024-12-31']],
    ['2024年2025年', 2024, ['2024年=2024-01-01..2024-12-31', '2025年=2025-01-01..2025-12-31']],
    ['12024年', 2024, []],
    ['第2024年', 2024, []],
    ['3024年', 2024, []],
    ['青年和年度', 2024, []],
  ]
  it.each(cases)('%s (report year %i)', (text, reportYear, expected) => {
    const found = findDates(text, { reportYear }).map((m) => `${m.text}=${m.value.start}..${m.value.end}`)
    expect(found).toEqual(expected)
  })
})

describe('findPercentages at the edges of the scan', () => {
  const cases: Array<[string, string[]]> = [
    ['百分之五十', ['百分之五十=50%']],
    ['三百分之一', []],
    ['同比提高2.1个百分点', ['2.1个百分点=2.1个百分点']],
    ['９９．６％', ['９９．６％=99.6%']],
    ['超过90%以上', ['超过90%以上=90%']],
  ]
  it.each(cases)('%s', (text, expected) => {
    expect(findPercentages(text).map((m) => `${m.text}=${m.value.value}${m.value.unit}`)).toEqual(expected)
  })
})

describe('paragraphMentions', () => {
  it('finds what the finders find in the paragraph, in view offsets', () => {
    const text = '前言。2024年共受理53宗，同比增长12%；《方案》印发“三项制度”5件，会议*次。后记'
    const found = paragraphMentions(text, 3, text.length - 3, { reportYear: 2024 })
    const spans = (list: Array<{ start: number; end: number; text: string }>) =>
      list.map((m) => [m.start, m.end, m.text])
    expect(spans(found.quantities)).toEqual([
      [11, 14, '53宗'],
      [35, 37, '5件'],
    ])
    expect(spans(found.percentages)).toEqual([[19, 22, '12%']])
    expect(spans(found.dates)).toEqual([[3, 8, '2024年']])
    expect(found.residue).toEqual([{ start: 40, end: 42, text: '*次' }])
    expect(found.titles).toEqual([{ start: 24, end: 26 }])
  })

  it('skips numbers without a unit and counts inside titles and quotes', () => {
    const text = '前言。编号2024、受理5件，《关于“三项”的通知》3件，“4件”外6份。后记'
    const found = paragraphMentions(text, 3, text.length - 3, { reportYear: 2024 })
    expect(found.quantities.map((m) => [m.start, m.end, m.text])).toEqual([
      [12, 14, '5件'],
      [26, 28, '3件'],
      [34, 36, '6份'],
    ])
    expect(found.titles).toEqual([{ start: 16, end: 25 }])
  })
})
