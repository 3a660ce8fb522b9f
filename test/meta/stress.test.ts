import { describe, expect, it } from 'vitest'
import { extractMeta, resolveJurisdiction } from '../../src/meta/index.js'
import { documentOf, textSource } from './helpers.js'

const MB = 1 << 20
const inputs: Record<string, string> = {
  digits: '1'.repeat(MB),
  han: '一二三'.repeat(MB / 3),
  enumeration: '、'.repeat(MB),
  paren: '('.repeat(MB),
  spaces: ' '.repeat(MB),
  newlines: '\n'.repeat(MB),
  'short lines': '发布日期: 2025-01-06 文号:\n'.repeat(MB / 20),
  'title lines': '濠江区2024年法治政府建设年度报告\n'.repeat(MB / 20),
  'date tail': `${'2025年1月1日'.repeat(MB / 10)}`,
  'place names': '汕头市濠江区朝阳区'.repeat(MB / 9),
}

describe('extractMeta on 1 MB of odd input', () => {
  for (const [name, text] of Object.entries(inputs)) {
    it(`stays fast on ${name}`, () => {
      const source = textSource(text, { title: text.slice(0, 4096) })
      const started = performance.now()
      const { meta } = extractMeta(source, documentOf(source, []))
      expect(performance.now() - started).toBeLessThan(1500)
      expect(meta).toBeTypeOf('object')
    })
  }

  it('bounds the work on a long clue', () => {
    const started = performance.now()
    resolveJurisdiction(['濠江区'.repeat(MB / 3)])
    expect(performance.now() - started).toBeLessThan(200)
  })
})
