import { describe, expect, it } from 'vitest'
import { parseReport } from '../../src/parse-report.js'
import { readSeed, seeds } from '../structure/helpers.js'

/** Break every line after `width` characters, as fixed-width text and PDF conversions do. */
function hardWrap(text: string, width: number): string {
  const cut = new RegExp(`.{1,${width}}`, 'gu')
  return text
    .split('\n')
    .map((line) => line.match(cut)?.join('\n') ?? line)
    .join('\n')
}

const factKeys = (input: string): string[] =>
  parseReport(input).facts.map((fact) => `${fact.indicator}=${fact.value}`)

describe('hard-wrapped text', () => {
  it('reads a number and a cue phrase across a soft line break, with spans into the input', () => {
    const body =
      '全年共收到行政复议申请62宗，受理53宗，办结58宗，按时办结率9\n9.95%，群众满\n意率95.27%，同比增长1\n2.5%，'
    const input = `一、主要举措和成效\n${hardWrap(`${body.replace(/\n/g, '')}${'依法行政水平持续提升。'.repeat(6)}`, 30)}`
    const report = parseReport(input)
    const rates = report.quantities.filter((q) => q.type === 'percentage').map((q) => q.value.value)
    expect(rates).toEqual([99.95, 95.27, 12.5])
    for (const quantity of report.quantities)
      expect(input.slice(quantity.start, quantity.end)).toBe(quantity.text)
    expect(factKeys(input)).toEqual(expect.arrayContaining(['oversight.hotline_satisfaction=95.27']))
  })

  it('keeps at least 95% of the seeds’ facts, and invents none, when they are hard-wrapped', () => {
    let kept = 0
    let total = 0
    const invented: string[] = []
    for (const seed of seeds) {
      const text = readSeed(seed)
      const flat = factKeys(text)
      for (const width of [30, 38]) {
        const left = new Map<string, number>()
        for (const key of flat) left.set(key, (left.get(key) ?? 0) + 1)
        for (const key of factKeys(hardWrap(text, width))) {
          const count = left.get(key) ?? 0
          if (count > 0) {
            left.set(key, count - 1)
            kept++
          } else invented.push(`${seed} @${width}: ${key}`)
        }
        total += flat.length
      }
    }
    expect(invented).toEqual([])
    expect(kept / total).toBeGreaterThanOrEqual(0.95)
  })
})
