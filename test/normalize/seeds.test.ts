import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { findDates, findPercentages, findQuantities, findTemplateResidue } from '../../src/normalize/index.js'

const dir = path.resolve(import.meta.dirname, '..', 'fixtures', 'seeds')
const seeds = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => [f, readFileSync(path.join(dir, f), 'utf8')] as const)

function texts(mentions: ReadonlyArray<{ text: string }>): string[] {
  return mentions.map((m) => m.text)
}

describe('finders on the seed reports', () => {
  it.each(seeds)('%s: spans are valid and never overlap', (_, text) => {
    for (const found of [
      findQuantities(text),
      findPercentages(text),
      findDates(text, { reportYear: 2024 }),
    ]) {
      let last = 0
      for (const m of found) {
        expect(m.start).toBeGreaterThanOrEqual(last)
        expect(text.slice(m.start, m.end)).toBe(m.text)
        last = m.end
      }
    }
    expect(findTemplateResidue(text)).toEqual([])
  })

  it('000 (濠江区): counts, money, rates and the page dates', () => {
    const text = seeds[0]?.[1] ?? ''
    const q = texts(findQuantities(text))
    expect(q).toEqual(
      expect.arrayContaining(['62宗', '53宗', '58宗', '18宗', '4368万元', '近120余人次', '近5500名', '47项']),
    )
    // Slogans, ordinals, hotlines and IDs are never quantities.
    for (const t of q) expect(t).not.toMatch(/^(1310|12345|二十|七次|三项|一)/)
    const money = findQuantities(text).find((m) => m.text === '4368万元')
    expect(money?.type === 'money' && money.value.value).toBe(43680000)
    expect(texts(findPercentages(text))).toEqual(
      expect.arrayContaining(['93.03%', '99.95%', '95.27%', '81.97%']),
    )
    const dates = findDates(text)
    expect(texts(dates).slice(0, 3)).toEqual(['2025-01-06', '2024年', '2025-01-06'])
    expect(dates.find((d) => d.text === '2023—2025年')?.value).toMatchObject({
      kind: 'range',
      end: '2025-12-31',
    })
  })

  it('001 (高要区): changes and as-of dates', () => {
    const text = seeds[1]?.[1] ?? ''
    const byText = new Map(findQuantities(text).map((m) => [m.text, m]))
    expect(byText.get('48865户')?.value.change).toBeNull()
    expect(byText.get('2007户')?.value.change).toEqual({ direction: 'up', basis: 'year_on_year' })
    expect(byText.get('4万余户')?.value).toMatchObject({ value: 40000, approx: 'over' })
    expect(byText.get('约1006亿元')?.value).toMatchObject({ value: 100600000000, approx: 'about' })
    const pct = new Map(findPercentages(text).map((m) => [m.text, m.value]))
    expect(pct.get('9.7%')?.change).toEqual({ direction: 'down', basis: 'year_on_year' })
    expect(pct.get('98%以上')?.approx).toBe('over')
    const asOf = findDates(text, { reportYear: 2021 }).filter((d) => d.value.kind === 'as_of')
    expect(texts(asOf)).toEqual(['截至2021年12月31日', '截至12月底'])
  })

  it('004 (汉滨区): a percentage-point change', () => {
    const text = seeds[4]?.[1] ?? ''
    const point = findPercentages(text).find((m) => m.value.kind === 'point')
    expect(point?.text).toBe('2.1个百分点')
    expect(point?.value.change).toEqual({ direction: 'up', basis: 'year_on_year' })
  })
})

describe('linear time on adversarial input', () => {
  const MB = 1 << 20
  it.each([
    ['digits', '1'.repeat(MB)],
    ['Chinese numerals', '一二三'.repeat(MB / 3)],
    ['enumeration commas', '、'.repeat(MB)],
    ['parentheses', '('.repeat(MB)],
    ['whitespace', ' \t\u3000'.repeat(MB / 3)],
    ['thousands groups', '1,111'.repeat(MB / 5)],
    ['years', '年'.repeat(MB)],
    ['a date before whitespace', `2024年1月1日${' '.repeat(MB)}x`],
  ])('%s (1 MB) completes', (_, text) => {
    expect(findQuantities(text)).toEqual([])
    expect(findPercentages(text)).toEqual([])
    expect(findDates(text, { reportYear: 2024 }).length).toBeLessThanOrEqual(1)
    expect(findTemplateResidue(text)).toEqual([])
  })
})
