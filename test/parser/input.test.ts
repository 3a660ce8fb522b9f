import { describe, expect, it } from 'vitest'
import { loadSource } from '../../src/input/index.js'
import { findQuantities } from '../../src/normalize/index.js'
import { parseReport } from '../../src/parse-report.js'
import { buildDocument } from '../../src/parser/index.js'
import type { SectionNode } from '../../src/parser/types.js'
import { analyzeStructure } from '../../src/structure/index.js'
import { readSeed, rows } from '../structure/helpers.js'

/** Full-width punctuation and digits, as many pages are written. */
function fullWidth(text: string): string {
  return text.replace(/[0-9,():;!?]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
}

function outline(
  sections: readonly {
    level: number
    kind: string
    heading: { marker: string | null; title: string } | null
    children: readonly unknown[]
  }[],
): unknown[] {
  return sections.map((s) => [
    s.level,
    s.heading?.marker ?? null,
    s.heading?.title ?? null,
    s.kind,
    outline(s.children as typeof sections),
  ])
}

describe('through loadSource', () => {
  const seed = readSeed('000_0414d3b711716db3')
  const plain = buildDocument(loadSource(seed))

  it('gives the same outline for full-width input (titles in the normalized view)', () => {
    const wide = fullWidth(seed)
    const result = buildDocument(loadSource(wide))
    expect(outline(result.document.sections)).toEqual(outline(plain.document.sections))
    expect(rows(analyzeStructure(loadSource(wide).text).sections)).toEqual(
      rows(analyzeStructure(seed).sections),
    )
  })

  it('positions point into the full-width original', () => {
    const wide = fullWidth(seed)
    const source = loadSource(wide)
    const { tree } = buildDocument(source)
    const s1 = tree.children.find((c) => c.type === 'SectionNode' && c.data.id === 's1') as SectionNode
    const heading = s1.children[0]!
    expect(wide.slice(heading.position!.start.offset, heading.position!.end.offset)).toBe(
      '一、２０２４年度法治政府建设情况',
    )
  })

  it('gives the same outline for the report as HTML paragraphs', () => {
    const html = `<html><body>${seed
      .split('\n')
      .map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
      .join('')}</body></html>`
    const result = buildDocument(loadSource(html))
    expect(outline(result.document.sections)).toEqual(outline(plain.document.sections))
  })
})

describe('a full-width comma between digits', () => {
  it('separates two numbers in a parsed report instead of grouping thousands', () => {
    const input = '一、主要举措和成效\n全年受理行政复议案件120，150件。'
    const report = parseReport(input)
    expect(report.quantities.map((q) => q.text)).toEqual(['150件'])
    expect(report.quantities.some((q) => q.type === 'quantity' && q.value.value === 120150)).toBe(false)
    // The same reading as the standalone normalizer.
    expect(findQuantities('全年受理行政复议案件120，150件。').map((m) => m.text)).toEqual(['150件'])
  })

  it('still groups thousands when the whole number is typed full-width', () => {
    const report = parseReport('一、主要举措和成效\n全年受理行政复议案件１，１４６件。')
    expect(report.quantities.map((q) => [q.text, q.type === 'quantity' ? q.value.value : null])).toEqual([
      ['１，１４６件', 1146],
    ])
  })
})
