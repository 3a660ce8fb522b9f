import { describe, expect, it } from 'vitest'
import { isFazhiReportError } from '../../src/errors.js'
import { findDates, parseReportDate, type ReportDate } from '../../src/normalize/index.js'

const day = (d: string, implied = false): ReportDate => ({
  start: d,
  end: d,
  precision: 'day',
  kind: 'point',
  impliedYear: implied,
})

describe('parseReportDate', () => {
  it.each([
    ['2025-01-06', day('2025-01-06')],
    ['2024-04-02 10:28', day('2024-04-02')],
    ['2022-02-23 14:58:44', day('2022-02-23')],
    ['1994-11-05T08:15:30-05:30', day('1994-11-05')],
    ['2019/04/19', day('2019-04-19')],
    ['2019.9.6', day('2019-09-06')],
    ['2024年04月02日', day('2024-04-02')],
    ['2025年1月15日', day('2025-01-15')],
    ['2024 年 1 月 15 日', day('2024-01-15')],
    ['２０２５年１月１５日', day('2025-01-15')],
    ['二〇二五年一月十五日', day('2025-01-15')],
    ['二○二四年十二月三十一日', day('2024-12-31')],
    ['二零零四年八月十五', day('2004-08-15')],
    ['两千零四年八月十五', day('2004-08-15')],
    ['2016年09月03号', day('2016-09-03')],
    ['2019年6月28日下午3:00', day('2019-06-28')],
    ['20240307', day('2024-03-07')],
    ['2020年2月29日', day('2020-02-29')],
    ['1987年1月11日八点', day('1987-01-11')],
  ])('%s', (input, expected) => {
    expect(parseReportDate(input)).toEqual(expected)
  })

  it.each([
    ['2021年8月', '2021-08-01', '2021-08-31', 'month'],
    ['2024年2月', '2024-02-01', '2024-02-29', 'month'],
    ['2018年十二月', '2018-12-01', '2018-12-31', 'month'],
    ['2024年', '2024-01-01', '2024-12-31', 'year'],
    ['2024年度', '2024-01-01', '2024-12-31', 'year'],
    ['2024', '2024-01-01', '2024-12-31', 'year'],
    ['2024年上半年', '2024-01-01', '2024-06-30', 'half'],
    ['2024年下半年', '2024-07-01', '2024-12-31', 'half'],
    ['2018年前半年', '2018-01-01', '2018-06-30', 'half'],
    ['2024年第一季度', '2024-01-01', '2024-03-31', 'quarter'],
    ['2024年三季度', '2024-07-01', '2024-09-30', 'quarter'],
    ['2022年首季度', '2022-01-01', '2022-03-31', 'quarter'],
    ['2013年一季度末', '2013-03-01', '2013-03-31', 'month'],
    ['2024年底', '2024-12-01', '2024-12-31', 'month'],
    ['2024年年底', '2024-12-01', '2024-12-31', 'month'],
    ['2024年初', '2024-01-01', '2024-01-31', 'month'],
    ['2018年10月底', '2018-10-01', '2018-10-31', 'month'],
  ])('%s → %s..%s (%s)', (input, start, end, precision) => {
    expect(parseReportDate(input)).toEqual({ start, end, precision, kind: 'point', impliedYear: false })
  })

  it.each([
    ['2023—2025年', '2023-01-01', '2025-12-31', 'year'],
    ['2021-2025', '2021-01-01', '2025-12-31', 'year'],
    ['2008年——2018年', '2008-01-01', '2018-12-31', 'year'],
    ['2021年8月至11月', '2021-08-01', '2021-11-30', 'month'],
    ['2017年8月11日至8月22日', '2017-08-11', '2017-08-22', 'day'],
    ['2017年8月15日至2018年3月29日', '2017-08-15', '2018-03-29', 'day'],
    ['2017年五月至2018年四月', '2017-05-01', '2018-04-30', 'month'],
    ['2019年4月12-19日', '2019-04-12', '2019-04-19', 'day'],
    ['2018年1－9月份', '2018-01-01', '2018-09-30', 'month'],
    ['从2015年1月至12月', '2015-01-01', '2015-12-31', 'month'],
    ['自2020-05-26至2020-05-29止', '2020-05-26', '2020-05-29', 'day'],
    ['2023年10月至3月', '2023-10-01', '2024-03-31', 'month'],
    ['2024年前三季度', '2024-01-01', '2024-09-30', 'quarter'],
    ['2022年前十一个月', '2022-01-01', '2022-11-30', 'month'],
    ['2019年6月上旬', '2019-06-01', '2019-06-10', 'day'],
    ['1999年7月下旬', '1999-07-21', '1999-07-31', 'day'],
    ['2008.03.01-2009.02.28', '2008-03-01', '2009-02-28', 'day'],
  ])('range %s → %s..%s', (input, start, end, precision) => {
    expect(parseReportDate(input)).toEqual({ start, end, precision, kind: 'range', impliedYear: false })
  })

  it('reads as-of dates', () => {
    expect(parseReportDate('截至2021年12月31日')).toEqual({ ...day('2021-12-31'), kind: 'as_of' })
    expect(parseReportDate('截止到2024年6月')?.kind).toBe('as_of')
  })

  it('takes the year of yearless dates from reportYear, else referenceDate', () => {
    expect(parseReportDate('10月22日', { reportYear: 2024 })).toEqual(day('2024-10-22', true))
    expect(parseReportDate('10月22日', { referenceDate: new Date(2023, 5, 1) })).toEqual(
      day('2023-10-22', true),
    )
    expect(
      parseReportDate('10月22日', { reportYear: 2024, referenceDate: new Date(2020, 0, 1) })?.start,
    ).toBe('2024-10-22')
    expect(parseReportDate('第一季度', { reportYear: 2024 })).toEqual({
      start: '2024-01-01',
      end: '2024-03-31',
      precision: 'quarter',
      kind: 'point',
      impliedYear: true,
    })
    expect(parseReportDate('年底', { reportYear: 2024 })).toMatchObject({
      start: '2024-12-01',
      precision: 'month',
    })
    expect(parseReportDate('上半年', { reportYear: 2024 })).toMatchObject({
      end: '2024-06-30',
      impliedYear: true,
    })
    expect(parseReportDate('6月上旬', { reportYear: 2021 })).toMatchObject({
      start: '2021-06-01',
      end: '2021-06-10',
    })
    expect(parseReportDate('一月二十三', { reportYear: 2020 })?.start).toBe('2020-01-23')
    expect(parseReportDate('10月12号，星期一', { reportYear: 2017 })?.start).toBe('2017-10-12')
  })

  it('resolves 今年/去年/明年', () => {
    const options = { reportYear: 2024 }
    expect(parseReportDate('今年', options)).toMatchObject({
      start: '2024-01-01',
      precision: 'year',
      impliedYear: true,
    })
    expect(parseReportDate('去年上半年', options)).toMatchObject({ start: '2023-01-01', end: '2023-06-30' })
    expect(parseReportDate('明年3月份', options)).toMatchObject({ start: '2025-03-01', end: '2025-03-31' })
    expect(parseReportDate('上一年', options)?.start).toBe('2023-01-01')
    expect(parseReportDate('次年年末', options)?.start).toBe('2025-12-01')
    expect(parseReportDate('今年', null)).toBeNull()
  })

  it.each([
    ['2023年2月30日'],
    ['2019年2月29日'],
    ['2024年13月'],
    ['2024-02-30'],
    ['10月22日'],
    ['第一季度'],
    [''],
    ['abc'],
    ['15年3月2日'],
    ['2025年前'],
    ['自2018年以来'],
    ['2020年3月左右'],
    ['2025—2023年'],
    ['三六七年一月一日'],
    ['两千零四万年'],
  ])('%j → null', (input) => {
    expect(parseReportDate(input)).toBeNull()
  })

  it('throws typed errors on misuse', () => {
    expect(() => parseReportDate(1 as unknown as string)).toThrow(/expects a string/)
    const bad: unknown[] = [
      { reportYear: 2024.5 },
      { reportYear: '2024' },
      { referenceDate: new Date(Number.NaN) },
      5,
    ]
    for (const options of bad) {
      try {
        parseReportDate('2024年', options as never)
        expect.unreachable()
      } catch (error) {
        expect(isFazhiReportError(error, 'INVALID_OPTION')).toBe(true)
      }
    }
  })
})

describe('findDates', () => {
  it('finds the dates of a report page', () => {
    const text =
      '发布日期:2025-01-06  浏览次数:-\n公开日期: 2024-04-02 10:28\n成文日期: 2024年04月02日\n' +
      '2024年，濠江区全面贯彻落实党的二十大。2021年8月，印发《方案》。梅州第三督察组于10月22日到我市。兴宁市人民政府 2025年1月15日'
    const found = findDates(text, { reportYear: 2024 })
    expect(found.map((m) => [m.text, m.value.start, m.value.end, m.value.precision])).toEqual([
      ['2025-01-06', '2025-01-06', '2025-01-06', 'day'],
      ['2024-04-02 10:28', '2024-04-02', '2024-04-02', 'day'],
      ['2024年04月02日', '2024-04-02', '2024-04-02', 'day'],
      ['2024年', '2024-01-01', '2024-12-31', 'year'],
      ['2021年8月', '2021-08-01', '2021-08-31', 'month'],
      ['10月22日', '2024-10-22', '2024-10-22', 'day'],
      ['2025年1月15日', '2025-01-15', '2025-01-15', 'day'],
    ])
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text)
  })

  it('finds ranges, as-of dates and relative years', () => {
    const text =
      '《纲要（2021—2025年）》，2021年8月至11月，截至2021年12月31日，今年上半年，去年底，2024年前三季度'
    expect(
      findDates(text, { reportYear: 2024 }).map((m) => [m.text, m.value.kind, m.value.start, m.value.end]),
    ).toEqual([
      ['2021—2025年', 'range', '2021-01-01', '2025-12-31'],
      ['2021年8月至11月', 'range', '2021-08-01', '2021-11-30'],
      ['截至2021年12月31日', 'as_of', '2021-12-31', '2021-12-31'],
      ['今年上半年', 'point', '2024-01-01', '2024-06-30'],
      ['去年底', 'point', '2023-12-01', '2023-12-31'],
      ['2024年前三季度', 'range', '2024-01-01', '2024-09-30'],
    ])
  })

  it('skips yearless dates without a year to use', () => {
    expect(findDates('10月22日到我市，第一季度，年底').map((m) => m.text)).toEqual([])
    expect(findDates('10月22日到我市，2024年', {}).map((m) => m.text)).toEqual(['2024年'])
  })

  it.each([
    ['durations', '三年行动，近10年，3个月，每月'],
    ['Chinese month names alone', '十月革命，三月'],
    ['every year', '每年3月，每年底'],
    ['invalid dates (whole, never a shorter piece)', '2019年2月29日，2023年2月30日'],
    ['IDs', '索引号: 11440512754542113A/2025-00008'],
    ['amounts that look like year ranges', '1000-2000元，1950-2000件'],
    ['words with 初', '2024年初步建立'],
  ])('never reports %s', (_, text) => {
    expect(findDates(text, { reportYear: 2024 }).map((m) => m.text)).toEqual(
      text === '2024年初步建立' ? ['2024年'] : [],
    )
  })

  it('reads full-width digits and spaced dates', () => {
    const found = findDates('２０２５年１月１５日，2024 年 4 月 2 日', null)
    expect(found.map((m) => m.value.start)).toEqual(['2025-01-15', '2024-04-02'])
  })
})
