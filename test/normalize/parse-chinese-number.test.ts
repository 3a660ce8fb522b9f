import { describe, expect, it } from 'vitest'
import { isFazhiReportError } from '../../src/errors.js'
import { parseChineseNumber } from '../../src/normalize/index.js'

describe('parseChineseNumber', () => {
  it.each([
    // Arabic
    ['1,024', 1024],
    ['１２３', 123],
    ['12.5', 12.5],
    ['-.5', -0.5],
    ['1,050,000,000', 1050000000],
    ['４，５６５', 4565],
    ['２．７８９０', 2.789],
    // Chinese positional
    ['一千零六十三', 1063],
    ['两万三千', 23000],
    ['十九', 19],
    ['廿三', 23],
    ['卅三', 33],
    ['壹佰贰拾', 120],
    ['一万亿', 1e12],
    ['十', 10],
    ['零', 0],
    ['〇', 0],
    ['一百零一', 101],
    ['一千零十', 1010],
    ['十万零一千', 101000],
    ['四千零五万', 40050000],
    ['一亿二千三百四十五万六千七百八十九', 123456789],
    ['一万二千三百零一亿二千三百零一万二千三百零一', 1230123012301],
    ['五兆六十二亿四万五千二', 5006200045200],
    ['四万万', 400000000],
    ['兩千六', 2600],
    ['參萬肆仟伍佰陸拾柒', 34567],
    // shorthand
    ['三万五', 35000],
    ['一百二', 120],
    ['两千六', 2600],
    ['千三', 1300],
    ['萬九', 19000],
    ['百二萬', 1200000],
    ['五万零三', 50003],
    // decimals and signs
    ['三点五', 3.5],
    ['负三', -3],
    ['零点零一', 0.01],
    ['两千万点五五四四', 20000000.5544],
    ['负零点一', -0.1],
    ['十五点七', 15.7],
    // digit by digit
    ['二〇三五', 2035],
    ['二〇二五', 2025],
    ['一七二零点一三四', 1720.134],
    ['幺八九', 189],
    // mixed
    ['20.56万', 205600],
    ['1.59亿', 159000000],
    ['0.1万', 1000],
    ['4.78万亿', 4780000000000],
    ['3万4000', 34000],
    ['2千零30万', 20300000],
    ['1,100万', 11000000],
    ['1,100.9亿', 110090000000],
    ['200亿零四千230', 20000004230],
    ['8千3', 8300],
    ['1百01', 101],
    ['１１.92亿', 1192000000],
    // whitespace is ignored
    ['一百 五 十 二', 152],
    ['7 万5 千4 百', 75400],
    ['  42  ', 42],
  ])('%s → %d', (input, expected) => {
    expect(parseChineseNumber(input)).toBe(expected)
  })

  it('scales on the decimal string, never in floating point', () => {
    // Float multiplication gets these wrong: 0.07 * 1e4 = 700.0000000000001, 1.15 * 1e8 = 114999999.99999999.
    expect(0.07 * 1e4).not.toBe(700)
    expect(1.15 * 1e8).not.toBe(115000000)
    expect(parseChineseNumber('0.1万')).toBe(1000)
    expect(parseChineseNumber('0.07万')).toBe(700)
    expect(parseChineseNumber('1.15亿')).toBe(115000000)
    expect(parseChineseNumber('0.29万')).toBe(2900)
  })

  it.each([
    ['三分之二', 2 / 3],
    ['二分之一', 0.5],
    ['一百分之二', 0.02],
    ['一千分之一', 0.001],
    ['一百分之五十五点五七九', 0.55579],
    ['三百五十又三分之一', 350 + 1 / 3],
    ['负一又二分之一', -1.5],
    ['负３分之负一百五十七', 157 / 3],
    ['3/5', 0.6],
    ['-3/2', -1.5],
    ['1 3/5', 1.6],
    ['４ ６／３', 6],
  ])('fraction %s', (input, expected) => {
    expect(parseChineseNumber(input)).toBeCloseTo(expected, 12)
  })

  it('reads power-of-ten fractions exactly', () => {
    expect(parseChineseNumber('一百分之十万零六百五十一')).toBe(1006.51)
    expect(parseChineseNumber('五百分之2333')).toBe(4.666)
  })

  it.each([
    '',
    '   ',
    'abc',
    '460余份',
    '十余万',
    '三千多',
    '十一十二',
    '10.1万零100',
    '10..1万',
    '点零',
    '零点点',
    '零点零大',
    '元整',
    '1,2',
    '三分之',
    '一分之',
    '零分之一',
    '1/0',
    '五万亿点',
    '一万点五万',
    '年',
    'NaN',
    'Infinity',
    '1e5',
  ])('%j → null', (input) => {
    expect(parseChineseNumber(input)).toBeNull()
  })

  it('never returns NaN or -0', () => {
    for (const s of ['负零', '-0', '负零点零']) {
      const v = parseChineseNumber(s)
      expect(Object.is(v, 0)).toBe(true)
    }
  })

  it('throws INVALID_ARGUMENT for a non-string', () => {
    expect(() => parseChineseNumber(42 as unknown as string)).toThrow(/expects a string/)
    try {
      parseChineseNumber(null as unknown as string)
    } catch (error) {
      expect(isFazhiReportError(error, 'INVALID_ARGUMENT')).toBe(true)
    }
  })
})
