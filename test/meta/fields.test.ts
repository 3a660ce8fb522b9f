import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lineStartOf, readFields } from '../../src/meta/fields.js'
import { normalizeView } from '../../src/text/normalize-view.js'

const pieces = [
  '来源',
  '发布日期',
  '主办',
  '主办单位',
  '文号',
  '索引号',
  '名称',
  '作者',
  ' ',
  '  ',
  '\t',
  '\u3000',
  ':',
  '：',
  '|',
  '【',
  '】',
  '\n',
  'x',
  '本网',
  '2025-01-06',
  '发布',
  'x'.repeat(120),
  '文'.repeat(150),
]
const texts = fc
  .array(fc.constantFrom(...pieces), { maxLength: 30 })
  .map((parts) => normalizeView(parts.join('')))
const spans = fc
  .array(fc.record({ start: fc.nat(80), length: fc.nat(20) }), { maxLength: 4 })
  .map((list) => list.map(({ start, length }) => ({ start, end: start + length })))

describe('readFields on a normalized view', () => {
  it('finds the same fields visiting only lines with a colon or a space (property)', () => {
    fc.assert(
      fc.property(texts, spans, (text, skip) => {
        expect(readFields(text, skip, true)).toEqual(readFields(text, skip, false))
      }),
      { numRuns: 3000 },
    )
  })

  it('reads a line of exactly 240 units and skips one of 241', () => {
    const line = (length: number) => `来源:${'本'.repeat(length - 3)}`
    expect(readFields(`a\n${line(240)}`, [], true)).toHaveLength(1)
    expect(readFields(`a\n${line(241)}`, [], true)).toHaveLength(0)
    expect(readFields(`a\n${line(240)}`, [], false)).toHaveLength(1)
  })
})

describe('lineStartOf', () => {
  it('finds the start of the line holding an offset, within reach', () => {
    expect(lineStartOf('ab\ncd', 4, 0, 240)).toBe(3)
    expect(lineStartOf('abcd', 3, 0, 240)).toBe(0)
    expect(lineStartOf('ab\ncdef', 6, 0, 3)).toBe(3)
    expect(lineStartOf('ab\ncdef', 6, 0, 2)).toBe(-1)
    expect(lineStartOf('ab\ncdef', 6, 0, -1)).toBe(-1)
  })
})
