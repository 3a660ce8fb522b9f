import { describe, expect, it } from 'vitest'
import { analyzeStructure, type Sec } from '../../src/structure/index.js'
import { readSeed, rows, seeds } from './helpers.js'

const variants: Array<[string, (text: string) => string]> = [
  ['blank lines between paragraphs', (text) => text.replace(/\n/g, '\n\n')],
  ['CRLF line ends (\\r kept or turned into a space)', (text) => text.replace(/\n/g, '\r\n')],
  ['CR as space', (text) => text.replace(/\n/g, ' \n')],
  ['all line breaks removed', (text) => text.replace(/\n+/g, ' ')],
]

function checkSpans(sections: readonly Sec[], lower: number, upper: number): void {
  let previous = lower
  for (const sec of sections) {
    expect(sec.start).toBeGreaterThanOrEqual(previous)
    expect(sec.end).toBeLessThanOrEqual(upper)
    expect(sec.start).toBeLessThanOrEqual(sec.end)
    checkSpans(
      sec.items.filter((item): item is Sec => 'items' in item),
      sec.start,
      sec.end,
    )
    previous = sec.end
  }
}

describe('layout variants give the same outline', () => {
  for (const name of seeds) {
    const text = readSeed(name)
    const expected = rows(analyzeStructure(text).sections)
    for (const [label, transform] of variants) {
      it(`${name}: ${label}`, () => {
        const variant = transform(text)
        const { sections } = analyzeStructure(variant)
        expect(rows(sections)).toEqual(expected)
        checkSpans(sections, 0, variant.length)
      })
    }
  }
})
