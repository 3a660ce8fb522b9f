import { describe, expect, it } from 'vitest'
import { regionCodeOfIndexNo, resolveJurisdiction } from '../../src/meta/index.js'

const resolve = (...clues: string[]) => resolveJurisdiction(clues)

describe('resolveJurisdiction', () => {
  it('tells a county-level city (兴宁市) from its prefecture (梅州市)', () => {
    expect(resolve('兴宁市人民政府').jurisdiction).toEqual({
      name: '兴宁市',
      tier: 'county',
      province: '广东省',
      city: '梅州市',
      code: '441481',
    })
    expect(resolve('梅州市人民政府').jurisdiction).toEqual({
      name: '梅州市',
      tier: 'city',
      province: '广东省',
      city: '梅州市',
      code: '441400',
    })
    // Both named: the more specific place wins.
    expect(resolve('梅州市兴宁市2024年法治政府建设年度报告').jurisdiction?.code).toBe('441481')
  })

  it('reads full names, bare county names and unique short forms', () => {
    expect(resolve('汕头市濠江区人民政府办公室').jurisdiction?.code).toBe('440512')
    expect(resolve('濠江区2024年法治政府建设年度报告').jurisdiction?.code).toBe('440512')
    expect(resolve('濠江2024年法治政府建设年度报告').jurisdiction?.name).toBe('濠江区')
    expect(resolve('高要法治政府建设').jurisdiction?.code).toBe('441204')
    expect(resolve('汉滨区').jurisdiction?.city).toBe('安康市')
    expect(resolve('五通桥区政府办').jurisdiction?.city).toBe('乐山市')
  })

  it('does not read short forms inside words', () => {
    expect(resolve('云南县级政府法治建设').status).toBe('unresolved')
    expect(resolve('关于2024年度法治政府建设情况的报告').status).toBe('unresolved')
  })

  it('reports 朝阳区 without context as ambiguous', () => {
    const result = resolve('朝阳区2024年法治政府建设年度报告')
    expect(result.status).toBe('ambiguous')
    expect(result.jurisdiction).toEqual({
      name: '朝阳区',
      tier: 'county',
      province: null,
      city: null,
      code: null,
    })
    expect(result.candidates.map((candidate) => candidate.code).sort()).toEqual(['110105', '220104'])
    expect(result.mention).toEqual({ text: '朝阳区', start: null, end: null })
  })

  it('disambiguates 朝阳区 with 北京市 or 长春市 named nearby', () => {
    expect(resolve('朝阳区2024年法治政府建设年度报告', '北京市朝阳区人民政府办公室').jurisdiction).toEqual({
      name: '朝阳区',
      tier: 'county',
      province: '北京市',
      city: null, // a municipality's district has no prefecture
      code: '110105',
    })
    expect(resolve('朝阳区2024年法治政府建设年度报告', '长春市人民政府').jurisdiction).toEqual({
      name: '朝阳区',
      tier: 'county',
      province: '吉林省',
      city: '长春市',
      code: '220104',
    })
    expect(resolve('北京市朝阳区2024年法治政府建设年度报告').jurisdiction?.code).toBe('110105')
  })

  it('disambiguates with the 索引号 region code', () => {
    const clues = ['朝阳区2024年法治政府建设年度报告']
    expect(resolveJurisdiction(clues, { indexNo: '11220104MB1234567X/2025-00001' }).jurisdiction?.code).toBe(
      '220104',
    )
    expect(resolveJurisdiction(clues, { indexNo: '11110105000000000A/2025-00001' }).jurisdiction?.code).toBe(
      '110105',
    )
    // No place named at all: the region code is the place.
    expect(
      resolveJurisdiction(['法治政府建设年度报告'], { indexNo: '11440512754542113A/2025-00008' })
        .jurisdiction,
    ).toEqual({ name: '濠江区', tier: 'county', province: '广东省', city: '汕头市', code: '440512' })
  })

  it('keeps what same-named candidates share', () => {
    const result = resolve('市中区法治政府建设年度报告')
    expect(result.status).toBe('ambiguous')
    expect(result.candidates).toHaveLength(4)
    expect(
      resolve('市中区法治政府建设年度报告', '山东省')
        .candidates.map((c) => c.city)
        .sort(),
    ).toEqual(['枣庄市', '济南市'])
    expect(resolve('市中区法治政府建设年度报告', '山东省').jurisdiction?.province).toBe('山东省')
    expect(resolve('市中区', '乐山市').jurisdiction?.code).toBe('511102')
    // Mixed tiers (朝阳市, 朝阳区, 朝阳县): no jurisdiction.
    const mixed = resolve('朝阳法治政府建设')
    expect(mixed.status).toBe('ambiguous')
    expect(mixed.jurisdiction).toBeNull()
  })

  it('resolves a township with its county context and no code', () => {
    expect(resolve('小龙门乡人民政府关于2024年度法治政府建设情况的报告').jurisdiction).toEqual({
      name: '小龙门乡',
      tier: 'township',
      province: null,
      city: null,
      code: null,
    })
    expect(resolve('周至县小龙门乡2024年度法治政府建设情况报告').jurisdiction).toEqual({
      name: '小龙门乡',
      tier: 'township',
      province: '陕西省',
      city: '西安市',
      code: null,
    })
    expect(resolve('汕头市濠江区广澳街道办事处').jurisdiction).toMatchObject({
      name: '广澳街道',
      tier: 'township',
    })
    expect(resolve('全区各乡镇').status).toBe('unresolved')
  })

  it('resolves provinces and municipalities', () => {
    expect(resolve('广东省人民政府关于2024年法治政府建设情况的报告').jurisdiction).toEqual({
      name: '广东省',
      tier: 'province',
      province: '广东省',
      city: null,
      code: '440000',
    })
    expect(resolve('2024年上海市法治政府建设情况报告').jurisdiction).toEqual({
      name: '上海市',
      tier: 'province',
      province: '上海市',
      city: null,
      code: '310000',
    })
    expect(resolve('北京市东城区人民政府').jurisdiction).toMatchObject({
      province: '北京市',
      city: null,
      code: '110101',
    })
    expect(resolve('吉林2024年法治政府建设').jurisdiction?.code).toBe('220000')
    expect(resolve('吉林市2024年法治政府建设').jurisdiction?.code).toBe('220200')
    expect(resolve('广西2024年法治政府建设').jurisdiction?.name).toBe('广西壮族自治区')
    expect(resolve('延边2024年法治政府建设').jurisdiction?.name).toBe('延边朝鲜族自治州')
  })

  it('gives province-administered county-level cities no prefecture', () => {
    expect(resolve('仙桃市人民政府').jurisdiction).toEqual({
      name: '仙桃市',
      tier: 'county',
      province: '湖北省',
      city: null,
      code: '429004',
    })
  })

  it('resolves a department to its place', () => {
    expect(resolve('梅州市司法局2024年法治政府建设年度报告').jurisdiction).toMatchObject({
      name: '梅州市',
      tier: 'city',
      code: '441400',
    })
  })

  it('resolves central bodies', () => {
    for (const clue of [
      '司法部2023年法治政府建设年度报告',
      '国务院',
      '国家税务总局关于2023年法治政府建设情况的报告',
    ]) {
      expect(resolve(clue).jurisdiction).toEqual({
        name: '中华人民共和国',
        tier: 'central',
        province: null,
        city: null,
        code: null,
      })
    }
  })

  it('skips places inside 《》 and prefers the first clue that names a place', () => {
    const result = resolve('关于贯彻落实《广东省法治政府建设实施纲要》情况的报告', '梅州市司法局')
    expect(result.jurisdiction?.code).toBe('441400')
    expect(resolve('濠江区2024年法治政府建设年度报告', '兴宁市人民政府').jurisdiction?.code).toBe('440512')
  })

  it('maps the mention to view offsets', () => {
    const result = resolveJurisdiction([{ text: '汕头市濠江区人民政府', offset: 100 }])
    expect(result.mention).toEqual({ text: '濠江区', start: 103, end: 106 })
  })

  it('reads 2-character county names only at a boundary', () => {
    expect(resolve('赵县人民政府').jurisdiction?.code).toBe('130133')
    expect(resolve('石家庄市赵县人民政府').jurisdiction?.code).toBe('130133')
  })

  it('ignores empty and missing clues', () => {
    expect(resolveJurisdiction([null, undefined, '', { text: '' }]).status).toBe('unresolved')
  })
})

describe('regionCodeOfIndexNo', () => {
  it('reads characters 3–8 of a unified social credit code', () => {
    expect(regionCodeOfIndexNo('11440512754542113A/2025-00008')).toBe('440512')
    expect(regionCodeOfIndexNo('11441481007052645G/2025-00001')).toBe('441481')
  })

  it('returns null for other 索引号', () => {
    expect(regionCodeOfIndexNo('/2024-0000')).toBeNull()
    expect(regionCodeOfIndexNo('000014349/2024-00123')).toBeNull()
    expect(regionCodeOfIndexNo(null)).toBeNull()
    expect(regionCodeOfIndexNo('')).toBeNull()
  })
})
