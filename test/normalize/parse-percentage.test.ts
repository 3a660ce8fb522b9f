import { describe, expect, it } from 'vitest'
import { findPercentages, parsePercentage } from '../../src/normalize/index.js'

describe('parsePercentage', () => {
  it.each([
    ['93.03%', 93.03, '%', 'percent', 'exact'],
    ['９９．６％', 99.6, '%', 'percent', 'exact'],
    ['100%', 100, '%', 'percent', 'exact'],
    ['-22.2%', -22.2, '%', 'percent', 'exact'],
    ['负3.9%', -3.9, '%', 'percent', 'exact'],
    ['百分之九十五点三', 95.3, '%', 'percent', 'exact'],
    ['百分之百', 100, '%', 'percent', 'exact'],
    ['百分之２．４', 2.4, '%', 'percent', 'exact'],
    ['百分之1,669', 1669, '%', 'percent', 'exact'],
    ['千分之三', 0.3, '%', 'percent', 'exact'],
    ['千分之２．４', 0.24, '%', 'percent', 'exact'],
    ['万分之三', 0.03, '%', 'percent', 'exact'],
    ['百万分之五', 0.0005, '%', 'percent', 'exact'],
    ['2.1个百分点', 2.1, '个百分点', 'point', 'exact'],
    ['三个百分点', 3, '个百分点', 'point', 'exact'],
    ['0.5百分点', 0.5, '个百分点', 'point', 'exact'],
    ['超过90%', 90, '%', 'percent', 'over'],
    ['98%以上', 98, '%', 'percent', 'over'],
    ['近80%', 80, '%', 'percent', 'under'],
    ['约50%', 50, '%', 'percent', 'about'],
    ['百 分 之 2.4', 2.4, '%', 'percent', 'exact'],
  ])('%s → %d %s', (input, value, unit, kind, approx) => {
    const p = parsePercentage(input)
    expect(p).toMatchObject({ value, unit, kind, approx })
  })

  it('sets change for growth rates and always for points', () => {
    expect(parsePercentage('同比下降9.7%')?.change).toEqual({ direction: 'down', basis: 'year_on_year' })
    expect(parsePercentage('93.03%')?.change).toBeNull()
    expect(parsePercentage('2.1个百分点')?.change).toEqual({ direction: 'up', basis: null })
    expect(parsePercentage('下降2.1个百分点')?.change).toEqual({ direction: 'down', basis: null })
    expect(parsePercentage('较上年提高3个百分点')?.change).toEqual({ direction: 'up', basis: 'previous' })
  })

  it.each(['', '93.03', '%', '百分之', '三分之一', '15美元', '100%%', '12k%', '百分之15K'])(
    '%j → null',
    (input) => {
      expect(parsePercentage(input)).toBeNull()
    },
  )
})

describe('findPercentages', () => {
  it('finds every form with exact offsets', () => {
    const text =
      '网上可办率达93.03%，调解成功率９９．６％，满意率百分之九十五点三，事故率千分之三，同比提高2.1个百分点。'
    const found = findPercentages(text)
    expect(found.map((m) => [m.text, m.value.value, m.value.kind])).toEqual([
      ['93.03%', 93.03, 'percent'],
      ['９９．６％', 99.6, 'percent'],
      ['百分之九十五点三', 95.3, 'percent'],
      ['千分之三', 0.3, 'percent'],
      ['2.1个百分点', 2.1, 'point'],
    ])
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text)
  })

  it('reads qualifiers and changes', () => {
    const text =
      '调解成功率达98%以上，超过90%的事项，增长率4.28%，同比下降9.7%，压缩办理时限75%，提高到95%，低于全省2个百分点'
    expect(findPercentages(text).map((m) => [m.text, m.value.approx, m.value.change])).toEqual([
      ['98%以上', 'over', null],
      ['超过90%', 'over', null],
      ['4.28%', 'exact', { direction: 'up', basis: null }],
      ['9.7%', 'exact', { direction: 'down', basis: 'year_on_year' }],
      ['75%', 'exact', { direction: 'down', basis: null }],
      ['95%', 'exact', null],
      ['2个百分点', 'exact', { direction: 'down', basis: null }],
    ])
  })

  it('defaults a point change without a verb to up', () => {
    expect(findPercentages('两者相差2个百分点')[0]?.value.change).toEqual({ direction: 'up', basis: null })
  })

  it('reads a range as two percentages and thousands separators', () => {
    expect(findPercentages('95%-98%，百分之1,669').map((m) => m.value.value)).toEqual([95, 98, 1669])
  })

  it.each([
    ['fractions', '三百分之一的人'],
    ['ordinals', '第5%'],
    ['versions', 'v6%，1.2.3%'],
    ['no number', '百分比，百分点，%'],
    ['an unparseable numeral', '十一十二%'],
  ])('never reports %s', (_, text) => {
    expect(findPercentages(text)).toEqual([])
  })

  it('skips separators that belong to a clause', () => {
    expect(findPercentages('受理53宗,100%办结').map((m) => m.text)).toEqual(['100%'])
    expect(findPercentages('办结率,%').map((m) => m.text)).toEqual([])
  })
})
