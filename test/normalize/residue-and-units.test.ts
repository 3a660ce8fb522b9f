import { describe, expect, it } from 'vitest'
import { COUNTER_UNITS, findTemplateResidue, unitClassOf } from '../../src/normalize/index.js'

describe('findTemplateResidue', () => {
  it('finds placeholders with their unit', () => {
    const text = '共召开会议*次，办理案件XX件，xx年，**万元，满意率X%，____人，＊＊次，ＸＸ件，…件'
    const found = findTemplateResidue(text)
    expect(found.map((r) => r.text)).toEqual([
      '*次',
      'XX件',
      'xx年',
      '**万元',
      'X%',
      '____人',
      '＊＊次',
      'ＸＸ件',
      '…件',
    ])
    for (const r of found) expect(text.slice(r.start, r.end)).toBe(r.text)
  })

  it('ignores letters that are part of a word and real numbers', () => {
    expect(findTemplateResidue('MAX件，IPv6，共62宗，2024年')).toEqual([])
  })

  it('returns [] for empty text and throws on a non-string', () => {
    expect(findTemplateResidue('')).toEqual([])
    expect(() => findTemplateResidue({} as unknown as string)).toThrow(/expects a string/)
  })
})

describe('unitClassOf', () => {
  it.each([
    ['件', 'cases'],
    ['宗', 'cases'],
    ['起', 'cases'],
    ['件次', 'cases'],
    ['项', 'items'],
    ['户', 'items'],
    ['家', 'items'],
    ['张', 'items'],
    ['册', 'items'],
    ['支', 'items'],
    ['人', 'people'],
    ['名', 'people'],
    ['人次', 'people'],
    ['次', 'events'],
    ['场次', 'events'],
    ['批', 'events'],
    ['元', 'money'],
    ['万元', 'money'],
    ['亿元', 'money'],
    ['百万元', 'money'],
    ['%', 'rate'],
    ['个百分点', 'rate'],
    ['家次', null],
    ['平方米', null],
    ['美元', null],
    ['', null],
  ])('%j → %s', (counter, expected) => {
    expect(unitClassOf(counter)).toBe(expected)
  })

  it('returns null for a non-string', () => {
    expect(unitClassOf(3 as unknown as string)).toBeNull()
  })

  it('covers every counter of the taxonomy unit table', () => {
    const table: Record<string, string> = {
      件: 'cases',
      宗: 'cases',
      起: 'cases',
      项: 'items',
      条: 'items',
      份: 'items',
      个: 'items',
      部: 'items',
      卷: 'items',
      篇: 'items',
      期: 'items',
      人: 'people',
      名: 'people',
      人次: 'people',
      次: 'events',
      场: 'events',
      场次: 'events',
      轮: 'events',
      批: 'events',
    }
    for (const [counter, cls] of Object.entries(table)) expect(COUNTER_UNITS[counter]).toBe(cls)
    expect(Object.isFrozen(COUNTER_UNITS)).toBe(true)
  })
})
