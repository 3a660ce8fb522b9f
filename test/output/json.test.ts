import { describe, expect, it } from 'vitest'
import { isBatchError, isReportRecord, toJSON } from '../../src/output/index.js'
import { makeReport } from './helpers.js'

describe('toJSON', () => {
  it('serializes the report as is, keys in the report’s own order', () => {
    const report = makeReport()
    const json = toJSON(report)
    expect(JSON.parse(json)).toEqual(report)
    expect(Object.keys(JSON.parse(json))).toEqual(Object.keys(report))
    expect(json.startsWith('{"schemaVersion":1,"source":')).toBe(true)
    expect(json).not.toContain('\n')
  })

  it('pretty-prints with two spaces', () => {
    const json = toJSON(makeReport(), { pretty: true })
    expect(json.split('\n')[1]).toBe('  "schemaVersion": 1,')
  })

  it('writes batch records as {file, report} and {file, error}', () => {
    expect(toJSON({ file: 'a.txt', error: { code: 'EMPTY_FILE', message: 'empty' } })).toBe(
      '{"file":"a.txt","error":{"code":"EMPTY_FILE","message":"empty"}}',
    )
    expect(toJSON({ file: 'b.txt', report: makeReport() }).startsWith('{"file":"b.txt","report":{')).toBe(
      true,
    )
  })

  it('escapes lone surrogates so the text is valid UTF-8', () => {
    const report = makeReport()
    const json = toJSON({ ...report, meta: { ...report.meta, title: 'a\uD800b' } })
    expect(json).toContain('a\\ud800b')
  })
})

describe('record guards', () => {
  it('tell reports, report records and errors apart', () => {
    const report = makeReport()
    const error = { file: 'a', error: { code: 'X', message: 'y' } }
    expect([isBatchError(report), isBatchError({ file: 'a', report }), isBatchError(error)]).toEqual([
      false,
      false,
      true,
    ])
    expect([isReportRecord(report), isReportRecord({ file: 'a', report }), isReportRecord(error)]).toEqual([
      false,
      true,
      false,
    ])
  })
})
