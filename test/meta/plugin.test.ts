import type { Root } from 'nlcst'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { FazhiReportError } from '../../src/errors.js'
import { reportMeta } from '../../src/meta/plugin.js'
import { documentOf, type SectionSpec, seed, textSource } from './helpers.js'

/** A stand-in for reportParse: sets file.data.source/document from hand-made sections. */
function fakeParse(specs: SectionSpec[]) {
  return function (this: ReturnType<typeof unified>) {
    this.parser = (value: string, file: VFile): Root => {
      const source = textSource(value)
      file.data.source = source
      file.data.document = documentOf(source, specs)
      return { type: 'RootNode', children: [] }
    }
  }
}

const specs002: SectionSpec[] = [
  { at: '2024年,我市坚持', kind: 'preamble' },
  { at: '一、深入贯彻落实', kind: 'achievements', heading: true },
  { at: '三、存在的主要问题和不足', kind: 'shortcomings', heading: true },
  { at: '四、下一步工作打算', kind: 'plans', heading: true },
]

describe('reportMeta', () => {
  it('emits messages that are errors with an empty stack, and restores Error.stackTraceLimit', () => {
    const processor = unified().use(fakeParse(specs002)).use(reportMeta)
    const file = new VFile({ value: seed('002_12f066875d9f6aed') })
    const limit = Error.stackTraceLimit
    processor.runSync(processor.parse(file) as Root, file)
    expect(Error.stackTraceLimit).toBe(limit)
    expect(file.messages.length).toBeGreaterThan(0)
    for (const message of file.messages) {
      expect(message).toBeInstanceOf(Error)
      expect(Object.getOwnPropertyDescriptor(message, 'stack')).toEqual({
        value: '',
        writable: true,
        enumerable: false,
        configurable: true,
      })
    }
  })

  it('stores meta, completeness and timeliness and reports messages', () => {
    const processor = unified().use(fakeParse(specs002)).use(reportMeta)
    const file = new VFile({ value: seed('002_12f066875d9f6aed') })
    processor.runSync(processor.parse(file) as Root, file)
    expect(file.data.meta?.reporter).toBe('兴宁市人民政府')
    expect(file.data.completeness?.missing).toEqual(['other_matters'])
    expect(file.data.timeliness).toEqual({
      status: 'unknown',
      deadline: '2025-04-01',
      publishedAt: null,
      daysLate: null,
    })
    expect(file.messages.map((message) => message.ruleId)).toEqual([
      'missing-title',
      'missing-publish-date',
      'required-content-missing',
    ])
    expect(file.messages.every((message) => message.source === 'fazhi-report')).toBe(true)
  })

  it('passes reportYear and deadline through, and positions messages in the original', () => {
    const text = '朝阳区2023年法治政府建设年度报告\n发布日期: 2024-03-15\n2023年,我区…'
    const processor = unified()
      .use(fakeParse([{ at: '2023年,我区', kind: 'preamble' }]))
      .use(reportMeta, { reportYear: 2023, deadline: { month: 3, day: 1 } })
    const file = new VFile({ value: text })
    processor.runSync(processor.parse(file) as Root, file)
    expect(file.data.timeliness).toMatchObject({ status: 'late', deadline: '2024-03-01', daysLate: 14 })
    const ambiguous = file.messages.find((message) => message.ruleId === 'jurisdiction-ambiguous')
    expect(ambiguous?.place).toMatchObject({ start: { line: 1, column: 1, offset: 0 }, end: { offset: 3 } })
    expect(ambiguous?.actual).toBe('朝阳区')
  })

  it('throws INVALID_OPTION for an impossible deadline and INVALID_ARGUMENT without a document', () => {
    expect(() =>
      unified()
        .use(reportMeta, { deadline: { month: 2, day: 31 } })
        .freeze(),
    ).toThrow(FazhiReportError)
    const processor = unified().use(reportMeta)
    expect(() => processor.runSync({ type: 'RootNode', children: [] }, new VFile(''))).toThrow(
      /reportMeta needs file.data.document/,
    )
  })
})
