import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  findDates,
  findPercentages,
  findQuantities,
  findTemplateResidue,
  parseChineseNumber,
  parseMoney,
  parsePercentage,
  parseQuantity,
  parseReportDate,
} from '../../src/normalize/index.js'

const RUNS = { numRuns: 300 }

// ---------------------------------------------------------------------------
// Our own renderer: numbers → every written style the parser must read back.
// ---------------------------------------------------------------------------

const LOWER = '零一二三四五六七八九'
const UPPER = '零壹贰叁肆伍陆柒捌玖'
const SMALL_LOWER = ['', '十', '百', '千']
const SMALL_UPPER = ['', '拾', '佰', '仟']

/** One 4-digit section (1–9999) in positional form, with 零 for inner gaps. */
function section(n: number, digits: string, units: string[]): string {
  let out = ''
  let zero = false
  for (let pos = 3; pos >= 0; pos--) {
    const d = Math.floor(n / 10 ** pos) % 10
    if (d === 0) {
      if (out !== '') zero = true
    } else {
      if (zero) out += digits[0]
      zero = false
      out += digits[d] + (units[pos] ?? '')
    }
  }
  return out
}

/** Standard positional Chinese for a non-negative integer below 10^16 (一千零六十三, 一万亿零五). */
function positional(n: number, digits = LOWER, units = SMALL_LOWER): string {
  if (n === 0) return digits[0] ?? '零'
  const render = (v: number): string => {
    if (v >= 1e8) {
      const high = Math.floor(v / 1e8)
      const low = v % 1e8
      return render(high) + '亿' + (low === 0 ? '' : (low < 1e7 ? digits[0] : '') + render(low))
    }
    if (v >= 1e4) {
      const high = Math.floor(v / 1e4)
      const low = v % 1e4
      return (
        section(high, digits, units) +
        '万' +
        (low === 0 ? '' : (low < 1000 ? digits[0] : '') + section(low, digits, units))
      )
    }
    return section(v, digits, units)
  }
  return render(n)
}

/** 两 where speakers use it: before 千/百/万/亿 at the start of a group. */
function withLiang(s: string): string {
  return s.replace(/二(?=[千百万亿])/g, '两')
}

/** 十二 instead of 一十二 at the very start. */
function colloquialTen(s: string): string {
  return s.startsWith('一十') ? s.slice(1) : s
}

function digitByDigit(digits: string): string {
  return [...digits].map((d) => (d === '0' ? '〇' : LOWER[Number(d)])).join('')
}

function withCommas(int: string): string {
  return int.replace(/\B(?=(\d{3})+$)/g, ',')
}

function fullWidth(s: string): string {
  return s.replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
}

/** Moves the decimal point of a plain decimal string `k` places left (exact, by string). */
function shiftLeft(dec: string, k: number): string {
  const [int = '', frac = ''] = dec.split('.')
  const padded = int.padStart(k + 1, '0')
  const head = padded.slice(0, padded.length - k).replace(/^0+(?=\d)/, '')
  const tail = (padded.slice(padded.length - k) + frac).replace(/0+$/, '')
  return tail === '' ? head : `${head}.${tail}`
}

/** Every integer style we support. */
function integerStyles(n: number): string[] {
  const s = String(n)
  const lower = positional(n)
  const styles = [s, withCommas(s), fullWidth(withCommas(s)), lower, colloquialTen(lower), withLiang(lower)]
  styles.push(positional(n, UPPER, SMALL_UPPER))
  if (n >= 10) styles.push(digitByDigit(s))
  if (n >= 1e4) styles.push(`${shiftLeft(s, 4)}万`)
  if (n >= 1e8) styles.push(`${shiftLeft(s, 8)}亿`)
  return styles
}

/** Every decimal style we support, for int.frac with a non-empty fraction. */
function decimalStyles(int: number, frac: string): string[] {
  const dec = `${int}.${frac}`
  return [
    dec,
    `${withCommas(String(int))}.${frac}`,
    fullWidth(dec),
    `${positional(int)}点${digitByDigit(frac).replace(/〇/g, '零')}`,
    `${shiftLeft(dec, 4)}万`,
    `${shiftLeft(dec, 8)}亿`,
  ]
}

describe('renderer sanity', () => {
  it('renders the forms of the issue', () => {
    expect(positional(1063)).toBe('一千零六十三')
    expect(withLiang(positional(23000))).toBe('两万三千')
    expect(colloquialTen(positional(19))).toBe('十九')
    expect(positional(120, UPPER, SMALL_UPPER)).toBe('壹佰贰拾')
    expect(positional(1e12)).toBe('一万亿')
    expect(digitByDigit('2035')).toBe('二〇三五')
    expect(`${shiftLeft('205600', 4)}万`).toBe('20.56万')
    expect(`${shiftLeft('159000000', 8)}亿`).toBe('1.59亿')
    expect(positional(100010)).toBe('一十万零一十')
    expect(positional(1e12 + 5)).toBe('一万亿零五')
  })
})

describe('round trip: render → parseChineseNumber', () => {
  it('reads every integer style back exactly', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 1e15 })), (n) => {
        for (const style of integerStyles(n)) {
          expect({ style, value: parseChineseNumber(style) }).toEqual({ style, value: n })
        }
      }),
      RUNS,
    )
  })

  it('reads every decimal style back exactly', () => {
    const frac = fc.stringMatching(/^\d{0,5}[1-9]$/)
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), frac, (int, f) => {
        const expected = Number(`${int}.${f}`)
        for (const style of decimalStyles(int, f)) {
          expect({ style, value: parseChineseNumber(style) }).toEqual({ style, value: expected })
        }
      }),
      RUNS,
    )
  })

  it('reads negatives and quantities built from the same styles', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e8 }), fc.constantFrom('件', '宗', '人次', '项'), (n, unit) => {
        expect(parseChineseNumber(`负${positional(n)}`)).toBe(-n)
        expect(parseChineseNumber(`-${n}`)).toBe(-n)
        expect(parseQuantity(`${positional(n)}${unit}`)?.value).toBe(n)
        expect(parseQuantity(`${n}余${unit}`)).toMatchObject({ value: n, unit, approx: 'over' })
        expect(parseMoney(`${shiftLeft(String(n), 4)}万元`)?.value).toBe(n)
        expect(parsePercentage(`百分之${positional(n)}`)?.value).toBe(n)
      }),
      RUNS,
    )
  })
})

// ---------------------------------------------------------------------------
// Finders: valid, ordered, non-overlapping spans on any text; nothing throws.
// ---------------------------------------------------------------------------

const TOKENS = [
  ...'0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿点',
  ...'件宗项人名次场个元年月日号%％,.，。、：:-—~至到（）()《》“”「」第届余多近约超过以上左右 \n',
  '2024年',
  '10月22日',
  '万元',
  '个百分点',
  '百分之',
  '分之',
  '同比增长',
  '较上年减少',
  '截至',
  '上半年',
  '第一季度',
  '年底',
  '人次',
  '*次',
  'XX件',
]

const reportLike = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((parts) => parts.join(''))
const anyText = fc.oneof(
  reportLike,
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ maxLength: 80 }),
)

function checkSpans(
  text: string,
  mentions: ReadonlyArray<{ start: number; end: number; text: string }>,
): void {
  let last = 0
  for (const m of mentions) {
    expect(Number.isInteger(m.start) && Number.isInteger(m.end)).toBe(true)
    expect(m.start).toBeGreaterThanOrEqual(last)
    expect(m.end).toBeGreaterThan(m.start)
    expect(m.end).toBeLessThanOrEqual(text.length)
    expect(text.slice(m.start, m.end)).toBe(m.text)
    last = m.end
  }
}

function finite(value: unknown): void {
  if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true)
}

describe('finders on arbitrary text', () => {
  it('return ordered, non-overlapping, in-range spans whose text is the slice', () => {
    fc.assert(
      fc.property(
        anyText,
        fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: undefined }),
        (text, year) => {
          const quantities = findQuantities(text)
          checkSpans(text, quantities)
          for (const q of quantities) finite(q.value.value)
          const percentages = findPercentages(text)
          checkSpans(text, percentages)
          for (const p of percentages) finite(p.value.value)
          const dates = findDates(text, { reportYear: year })
          checkSpans(text, dates)
          for (const d of dates) expect(d.value.start <= d.value.end).toBe(true)
          checkSpans(text, findTemplateResidue(text))
        },
      ),
      RUNS,
    )
  })

  it('the parsers never throw and never return NaN on a string', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        finite(parseChineseNumber(text))
        finite(parseQuantity(text)?.value)
        finite(parseMoney(text)?.value)
        finite(parsePercentage(text)?.value)
        const d = parseReportDate(text, { reportYear: 2024 })
        if (d !== null) expect(d.start <= d.end).toBe(true)
      }),
      RUNS,
    )
  })

  it('a found mention parses the same on its own (whole-string parsers agree with the finders)', () => {
    fc.assert(
      fc.property(reportLike, (text) => {
        for (const m of findQuantities(text)) {
          if (m.value.change !== null) continue
          const alone = m.type === 'money' ? parseMoney(m.text) : parseQuantity(m.text)
          expect({ text: m.text, value: alone?.value }).toEqual({ text: m.text, value: m.value.value })
        }
        for (const p of findPercentages(text)) {
          if (p.value.kind === 'point' || p.value.change !== null) continue
          expect({ text: p.text, value: parsePercentage(p.text)?.value }).toEqual({
            text: p.text,
            value: p.value.value,
          })
        }
      }),
      RUNS,
    )
  })
})
