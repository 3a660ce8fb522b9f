import { differenceInCalendarDays } from 'date-fns'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FazhiReportError } from '../../src/errors.js'
import { completenessOf } from '../../src/meta/compliance.js'
import {
  checkCompleteness,
  checkTimeliness,
  completenessMessages,
  deadlineFor,
  REQUIRED_ITEMS,
} from '../../src/meta/index.js'
import type { ReportMeta } from '../../src/types.js'
import { documentOf, textSource } from './helpers.js'

const baseMeta: ReportMeta = {
  title: null,
  titleSpan: null,
  reportYear: null,
  publishedAt: null,
  writtenAt: null,
  issuer: null,
  reporter: null,
  jurisdiction: null,
  issuerKind: null,
  indexNo: null,
  docNo: null,
  addressee: null,
}
const meta = (reportYear: number | null, publishedAt: string | null): ReportMeta => ({
  ...baseMeta,
  reportYear,
  publishedAt,
})

describe('checkTimeliness (DOMAIN.md examples)', () => {
  it('小龙门乡 2024 report published 2025-04-11 is late by 10 days', () => {
    expect(checkTimeliness(meta(2024, '2025-04-11'))).toEqual({
      status: 'late',
      deadline: '2025-04-01',
      publishedAt: '2025-04-11',
      daysLate: 10,
    })
  })

  it('上海 2024 report published 2025-03-21 is on time', () => {
    expect(checkTimeliness(meta(2024, '2025-03-21'))).toEqual({
      status: 'on_time',
      deadline: '2025-04-01',
      publishedAt: '2025-03-21',
      daysLate: -11,
    })
  })

  it('counts the deadline day itself as on time', () => {
    expect(checkTimeliness(meta(2024, '2025-04-01'))).toMatchObject({ status: 'on_time', daysLate: 0 })
    expect(checkTimeliness(meta(2024, '2025-04-02'))).toMatchObject({ status: 'late', daysLate: 1 })
  })

  it('applies a 3月1日 rule', () => {
    const options = { deadline: { month: 3, day: 1 } }
    expect(checkTimeliness(meta(2024, '2025-03-21'), options)).toEqual({
      status: 'late',
      deadline: '2025-03-01',
      publishedAt: '2025-03-21',
      daysLate: 20,
    })
    expect(checkTimeliness(meta(2023, '2024-03-01'), options)).toMatchObject({
      status: 'on_time',
      daysLate: 0,
    })
  })

  it('accepts a deadline function (ISO or month/day), which also gets the metadata', () => {
    const endOfJanuary = (year: number) => `${year + 1}-01-31`
    expect(checkTimeliness(meta(2025, '2026-01-31'), { deadline: endOfJanuary })).toMatchObject({
      status: 'on_time',
      deadline: '2026-01-31',
    })
    const perProvince = (_year: number, report?: Readonly<ReportMeta>) =>
      report?.jurisdiction?.province === '广东省' ? { month: 3, day: 1 } : { month: 4, day: 1 }
    const guangdong: ReportMeta = {
      ...meta(2024, '2025-03-11'),
      jurisdiction: { name: '濠江区', tier: 'county', province: '广东省', city: '汕头市', code: '440512' },
    }
    expect(checkTimeliness(guangdong, { deadline: perProvince })).toMatchObject({
      status: 'late',
      daysLate: 10,
    })
    expect(checkTimeliness(meta(2024, '2025-03-11'), { deadline: perProvince }).status).toBe('on_time')
  })

  it('is unknown without a publish date or a report year', () => {
    expect(checkTimeliness(meta(2024, null))).toEqual({
      status: 'unknown',
      deadline: '2025-04-01',
      publishedAt: null,
      daysLate: null,
    })
    expect(checkTimeliness(meta(null, '2025-03-01'))).toEqual({
      status: 'unknown',
      deadline: null,
      publishedAt: '2025-03-01',
      daysLate: null,
    })
  })

  it('throws INVALID_OPTION for a deadline that is not a date', () => {
    const bad = [
      { month: 2, day: 30 },
      { month: 13, day: 1 },
      { month: 0, day: 1 },
      () => '1 April',
      () => '2025-02-30',
      () => ({ month: 4, day: 31 }),
    ]
    for (const deadline of bad) {
      expect(() => checkTimeliness(meta(2024, '2025-03-01'), { deadline })).toThrow(FazhiReportError)
    }
    const error = (() => {
      try {
        deadlineFor(2024, { month: 2, day: 30 })
      } catch (caught) {
        return caught
      }
      return null
    })()
    expect(error).toBeInstanceOf(FazhiReportError)
    expect((error as FazhiReportError).code).toBe('INVALID_OPTION')
  })

  it('computes deadlines', () => {
    expect(deadlineFor(2024)).toBe('2025-04-01')
    expect(deadlineFor(2023, { month: 2, day: 29 })).toBe('2024-02-29')
    expect(deadlineFor(2024, () => '2025-01-31')).toBe('2025-01-31')
  })
})

describe('checkTimeliness days', () => {
  it('counts calendar days as date-fns differenceInCalendarDays does (property)', () => {
    const iso = (date: Date) =>
      `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.integer({ min: -400, max: 800 }),
        (year, offset) => {
          const published = new Date(year + 1, 3, 1 + offset)
          const result = checkTimeliness(meta(year, iso(published)))
          expect(result.daysLate).toBe(differenceInCalendarDays(published, new Date(year + 1, 3, 1)))
        },
      ),
      { numRuns: 500 },
    )
  })
})

describe('checkCompleteness', () => {
  const text = [
    '2024年,我区坚持…现将有关情况报告如下:',
    '一、主要举措和成效',
    '(一)加强党的领导',
    '二是扎实推进党政主要负责人履行推进法治建设第一责任人职责。',
    '(二)依法全面履行政府职能',
    '二、存在的不足和原因',
    '三、2025年工作计划',
    '继续压实第一责任人职责。',
    '四、其他需要报告的情况',
  ].join('\n')
  const source = textSource(text)

  it('lists the satisfying sections and nothing missing', () => {
    const document = documentOf(source, [
      { at: '2024年,我区坚持', kind: 'preamble' },
      {
        at: '一、主要举措和成效',
        kind: 'achievements',
        heading: true,
        children: [
          { at: '(一)加强党的领导', kind: 'achievements', heading: true },
          { at: '(二)依法全面履行政府职能', kind: 'achievements', heading: true },
        ],
      },
      { at: '二、存在的不足和原因', kind: 'shortcomings', heading: true },
      { at: '三、2025年工作计划', kind: 'plans', heading: true },
      { at: '四、其他需要报告的情况', kind: 'other_matters', heading: true },
    ])
    const result = checkCompleteness(document.sections)
    expect(result.missing).toEqual([])
    expect(result.score).toBe(5)
    const achievements = document.sections[1]
    // The parent, not its same-kind children.
    expect(result.items.achievements.sections).toEqual([achievements?.id])
    // The run-in inside (一) counts; the plan that mentions 第一责任人 does not.
    expect(result.items.leader_duties.sections).toEqual([achievements?.children[0]?.id])
    expect(completenessMessages(result)).toEqual([])
  })

  it('counts a leader_duties subsection and reports missing items in statutory order', () => {
    const document = documentOf(source, [
      {
        at: '一、主要举措和成效',
        kind: 'achievements',
        heading: true,
        children: [{ at: '(一)加强党的领导', kind: 'leader_duties', heading: true }],
      },
    ])
    const result = checkCompleteness(document.sections)
    expect(result.items.leader_duties.present).toBe(true)
    expect(result.missing).toEqual(['shortcomings', 'plans', 'other_matters'])
    expect(result.score).toBe(2)
    const messages = completenessMessages(result)
    expect(messages.map((message) => message.ruleId)).toEqual([
      'required-content-missing',
      'required-content-missing',
      'required-content-missing',
    ])
    expect(messages[0]).toEqual({
      ruleId: 'required-content-missing',
      reason: 'Required content missing: 存在的不足和原因 (shortcomings)',
      severity: 'info',
      start: null,
      end: null,
      actual: null,
    })
  })

  it('does not count 第一责任人 in plans or shortcomings', () => {
    const document = documentOf(source, [{ at: '三、2025年工作计划', kind: 'plans', heading: true }])
    expect(checkCompleteness(document.sections).items.leader_duties.present).toBe(false)
  })

  it('counts a heading that names the duty', () => {
    const other = textSource('一、主要举措\n(一)履行第一责任人职责情况\n内容。')
    const document = documentOf(other, [
      {
        at: '一、主要举措',
        kind: 'achievements',
        heading: true,
        children: [{ at: '(一)履行第一责任人职责情况', kind: 'achievements', heading: true }],
      },
    ])
    document.flat[1]!.paragraphs = []
    expect(checkCompleteness(document.sections).items.leader_duties.sections).toEqual([document.flat[1]?.id])
  })

  it('finds the same run-ins when given the view the sentences are slices of', () => {
    const specs = [
      { at: '2024年,我区坚持', kind: 'preamble' as const },
      {
        at: '一、主要举措和成效',
        kind: 'achievements' as const,
        heading: true,
        children: [{ at: '(一)加强党的领导', kind: 'achievements' as const, heading: true }],
      },
      { at: '三、2025年工作计划', kind: 'plans' as const, heading: true },
    ]
    const document = documentOf(source, specs)
    expect(completenessOf(document.sections, text)).toEqual(checkCompleteness(document.sections))
    expect(completenessOf(document.sections, text).items.leader_duties.sections).toEqual([
      document.sections[1]?.children[0]?.id,
    ])
    // A 第一责任人 split across two sentences is in neither.
    const split = textSource('2024年,落实第一责。任人职责。')
    const splitDocument = documentOf(split, [{ at: '2024年', kind: 'preamble' }])
    expect(completenessOf(splitDocument.sections, split.text).items.leader_duties.present).toBe(false)
  })

  it('handles no sections', () => {
    const result = checkCompleteness([])
    expect(result.missing).toEqual([...REQUIRED_ITEMS])
    expect(result.score).toBe(0)
  })
})
