import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FazhiReportError } from '../../src/errors.js'
import {
  type BatchError,
  CSV_LONG_COLUMNS,
  CSV_WIDE_COLUMNS,
  csvHeader,
  csvRows,
  toCSV,
} from '../../src/output/index.js'
import { defaultTaxonomy } from '../../src/taxonomy/index.js'
import { makeFact, makeReport, parseCsv } from './helpers.js'

const failed: BatchError = {
  file: 'broken/a,"b".docx',
  error: { code: 'MALFORMED_DOCX', message: 'not a zip, "PK" missing' },
}

/** Rows as objects keyed by the header. */
function records(csv: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(csv)
  return rows.map((row) => {
    expect(row).toHaveLength(header!.length)
    return Object.fromEntries(header!.map((name, i) => [name, row[i]!]))
  })
}

describe('toCSV long layout', () => {
  it('writes the documented header and one row per fact, in report order', () => {
    const csv = toCSV([{ file: 'x/2024.txt', report: makeReport() }], { layout: 'long' })
    expect(parseCsv(csv)[0]).toEqual([...CSV_LONG_COLUMNS])
    const rows = records(csv)
    expect(rows.map((row) => row.indicator)).toEqual([
      'reconsideration.applications_received',
      'reconsideration.concluded',
      'functions.online_rate',
      'litigation.cases',
      'litigation.cases',
      'litigation.cases',
    ])
    expect(rows[0]).toMatchObject({
      file: 'x/2024.txt',
      title: '濠江区2024年法治政府建设年度报告',
      jurisdiction_name: '濠江区',
      jurisdiction_code: '440512',
      tier: 'county',
      report_year: '2024',
      published_at: '2025-01-06',
      category: 'reconsideration',
      value: '62',
      unit: '宗',
      approx: 'exact',
      change_direction: '',
      change_basis: '',
      text: '62宗',
      start: '200',
      end: '203',
      section: '2024年度法治政府建设情况 > 化解矛盾纠纷',
      error_code: '',
      error_message: '',
    })
    expect(rows[2]!.value).toBe('93.03')
    expect(rows[3]).toMatchObject({ change_direction: 'up', change_basis: 'year_on_year', value: '17.1' })
  })

  it('uses CRLF record ends and no byte-order mark', () => {
    const csv = toCSV(makeReport())
    expect(csv.startsWith('file,title,')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('keeps a report without facts as one row with empty fact columns', () => {
    const rows = records(toCSV(makeReport({ facts: [] })))
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ title: '濠江区2024年法治政府建设年度报告', indicator: '', value: '' })
  })

  it('filters facts by indicator', () => {
    const rows = records(toCSV(makeReport(), { indicators: ['litigation.cases'] }))
    expect(rows.map((row) => row.text)).toEqual(['同比增长17.1%', '13宗', '9宗'])
  })

  it('writes null metadata as empty cells', () => {
    const report = makeReport()
    const rows = records(
      toCSV(makeReport({ meta: { ...report.meta, title: null, jurisdiction: null, reportYear: null } })),
    )
    expect(rows[0]).toMatchObject({ title: '', jurisdiction_name: '', tier: '', report_year: '' })
  })

  it('writes a BatchError as a row with file, error_code and error_message only', () => {
    const csv = toCSV([makeReport(), failed])
    const rows = records(csv)
    const last = rows.at(-1)!
    expect(last).toMatchObject({
      file: 'broken/a,"b".docx',
      error_code: 'MALFORMED_DOCX',
      error_message: 'not a zip, "PK" missing',
    })
    const filled = Object.entries(last).filter(([, value]) => value !== '')
    expect(filled.map(([key]) => key)).toEqual(['file', 'error_code', 'error_message'])
  })

  it('omits the header with header: false', () => {
    const csv = toCSV(makeReport(), { header: false })
    expect(csv.startsWith(',濠江区2024年法治政府建设年度报告,')).toBe(true)
    expect(parseCsv(csv)).toHaveLength(6)
  })
})

describe('toCSV quoting (RFC 4180)', () => {
  const tricky = fc.constantFrom('"', ',', '\r', '\n', ' ', 'a', '报', '\uFEFF')

  it('quotes quotes, commas and line breaks and reads back exactly', () => {
    const nasty = '他说"好",然后\n换行\r\n再换行,"结束"'
    const report = makeReport({
      facts: [makeFact({ indicator: 'litigation.cases', value: 1, text: nasty, section: ['a > b', 'c,d'] })],
    })
    const rows = records(
      toCSV({ file: 'f,"1".txt', report: { ...report, meta: { ...report.meta, title: nasty } } }),
    )
    expect(rows[0]).toMatchObject({ file: 'f,"1".txt', title: nasty, text: nasty, section: 'a > b > c,d' })
  })

  it('round-trips arbitrary strings in every text column', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.string({ unit: tricky }),
        fc.string({ unit: tricky }),
        (title, text, file) => {
          const report = makeReport()
          const withText = {
            ...report,
            meta: { ...report.meta, title },
            facts: [makeFact({ indicator: 'litigation.cases', value: 3, text })],
          }
          for (const layout of ['long', 'wide'] as const) {
            const rows = records(
              toCSV({ file, report: withText }, { layout, indicators: ['litigation.cases'] }),
            )
            expect(rows).toHaveLength(1)
            expect(rows[0]!.title).toBe(title)
            expect(rows[0]!.file).toBe(file)
            if (layout === 'long') expect(rows[0]!.text).toBe(text)
          }
        },
      ),
      { numRuns: 200 },
    )
  })
})

describe('toCSV wide layout', () => {
  const ids = [
    'reconsideration.applications_received',
    'litigation.cases',
    'functions.online_rate',
    'emergency.plans',
  ]

  it('writes report columns, one column per indicator id, then the error columns', () => {
    const csv = toCSV([{ file: 'a.txt', report: makeReport() }], { layout: 'wide', indicators: ids })
    expect(parseCsv(csv)[0]).toEqual([...CSV_WIDE_COLUMNS, ...ids, 'error_code', 'error_message'])
    const rows = records(csv)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      file: 'a.txt',
      timeliness: 'on_time',
      completeness_score: '2',
      missing: 'leader_duties;plans;other_matters',
      'reconsideration.applications_received': '62',
      'functions.online_rate': '93.03',
      'emergency.plans': '',
    })
  })

  it('takes the first level fact in document order and never a change', () => {
    const base = makeReport()
    const shuffled = [...base.facts].reverse()
    const rows = records(toCSV(makeReport({ facts: shuffled }), { layout: 'wide', indicators: ids }))
    // 同比增长17.1% (start 400, a change) is skipped; 13宗 (start 420) precedes 9宗 (start 480).
    expect(rows[0]!['litigation.cases']).toBe('13')
    const onlyChange = makeReport({ facts: base.facts.filter((fact) => fact.change !== null) })
    expect(records(toCSV(onlyChange, { layout: 'wide', indicators: ids }))[0]!['litigation.cases']).toBe('')
  })

  it('writes BatchError rows with the same column count', () => {
    const rows = records(toCSV([makeReport(), failed], { layout: 'wide', indicators: ids }))
    expect(rows).toHaveLength(2)
    expect(rows[1]).toMatchObject({ file: failed.file, error_code: 'MALFORMED_DOCX', 'litigation.cases': '' })
  })

  it('defaults the indicator columns to every id of the default taxonomy', () => {
    const header = parseCsv(toCSV(makeReport(), { layout: 'wide' }))[0]!
    const all = defaultTaxonomy.list().map((indicator) => indicator.id)
    expect(all.length).toBeGreaterThan(50)
    expect(header.slice(CSV_WIDE_COLUMNS.length, -2)).toEqual(all)
  })
})

describe('csvHeader / csvRows', () => {
  it('stream the same bytes toCSV writes', () => {
    const batch = [{ file: 'a.txt', report: makeReport() }, failed, makeReport({ facts: [] })]
    for (const layout of ['long', 'wide'] as const) {
      const indicators = layout === 'wide' ? ['litigation.cases'] : undefined
      const streamed =
        csvHeader(layout, indicators) + batch.map((r) => csvRows(r, layout, indicators)).join('')
      expect(streamed).toBe(toCSV(batch, { layout, indicators }))
    }
  })

  it('reject an unknown layout with INVALID_OPTION', () => {
    expect(() => csvHeader('tall' as 'long')).toThrow(FazhiReportError)
    expect(() => toCSV(makeReport(), { layout: 'tall' as 'long' })).toThrow(/layout/)
    try {
      csvRows(makeReport(), 'tall' as 'long')
    } catch (error) {
      expect((error as FazhiReportError).code).toBe('INVALID_OPTION')
    }
    expect.assertions(3)
  })
})
