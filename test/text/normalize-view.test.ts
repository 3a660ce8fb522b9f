import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeView, toSimplified } from '../../src/text/normalize-view.js'
import { T2S_FROM, T2S_TO } from '../../src/text/t2s-data.js'

/** Any string of UTF-16 code units, lone surrogates included. */
const anyUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 }).map((codes) => {
  let s = ''
  for (const c of codes) s += String.fromCharCode(c)
  return s
})

describe('normalizeView', () => {
  it('maps full-width ASCII to ASCII', () => {
    expect(normalizeView('２０２３年，增长１２．５％（同比）：ＡＢＣ！')).toBe('2023年,增长12.5%(同比):ABC!')
  })

  it('maps ideographic, no-break and other spaces to a space', () => {
    expect(normalizeView('\u3000\u3000一、总体\u00a0情况\u2002\u2003\u2009\u200a\u202f!')).toBe(
      '  一、总体 情况     !',
    )
  })

  it('maps \\r\\n to space + \\n, a lone \\r to \\n, tabs and controls to spaces', () => {
    expect(normalizeView('a\r\nb\rc\td\u0000e\u000bf\u007fg\u0085h\u2028i')).toBe('a \nb\nc d e f g\nh\ni')
  })

  it('keeps \\n, CJK punctuation and ordinary text', () => {
    const s = '一、总体情况\n全年办理行政复议案件1,234件，同比增长12.5%。“放管服”《条例》'
    expect(normalizeView(s)).toBe('一、总体情况\n全年办理行政复议案件1,234件,同比增长12.5%。“放管服”《条例》')
  })

  it('converts traditional characters to simplified ones, one to one', () => {
    expect(normalizeView('法治政府建設年度報告：行政復議機關負責人出庭應訴率達到100％')).toBe(
      '法治政府建设年度报告:行政复议机关负责人出庭应诉率达到100%',
    )
    expect(normalizeView('以後於是徵收')).toBe('以后于是征收')
  })

  it('keeps characters that are also valid simplified characters', () => {
    expect(normalizeView('显著成效，乾隆，干部，发展')).toBe('显著成效,乾隆,干部,发展')
  })

  it('returns the same string instance when nothing changes', () => {
    const s = '全年办理行政复议案件12件。\n'
    expect(normalizeView(s)).toBe(s)
  })

  it('keeps surrogate pairs and lone surrogates unchanged', () => {
    expect(normalizeView('😀，\ud800，\udc00，𠀀')).toBe('😀,\ud800,\udc00,𠀀')
  })

  it('handles long inputs (chunked conversion) with and without surrogates', () => {
    const long = '２０２３年，依法行政。'.repeat(5000)
    expect(normalizeView(long)).toBe('2023年,依法行政。'.repeat(5000))
    const withSurrogate = `${'ａ'.repeat(20000)}\ud800`
    expect(normalizeView(withSurrogate)).toBe(`${'a'.repeat(20000)}\ud800`)
  })

  it('preserves length for any string, lone surrogates included (property)', () => {
    fc.assert(
      fc.property(anyUnits, (s) => {
        expect(normalizeView(s).length).toBe(s.length)
      }),
      { numRuns: 2000 },
    )
  })

  it('keeps a full-width comma between two ASCII digits, where it separates two numbers', () => {
    expect(normalizeView('受理120，150件')).toBe('受理120，150件')
    // Typed all full-width, or not between digits: mapped as usual.
    expect(normalizeView('受理１，１４６件')).toBe('受理1,146件')
    expect(normalizeView('1，a，2，')).toBe('1,a,2,')
  })

  it('maps each unit independently of its neighbours except \\r before \\n and ， between digits (property)', () => {
    fc.assert(
      fc.property(anyUnits, anyUnits, (a, b) => {
        fc.pre(!a.endsWith('\r') && !a.endsWith('\uff0c') && !b.startsWith('\uff0c'))
        expect(normalizeView(a + b)).toBe(normalizeView(a) + normalizeView(b))
      }),
      { numRuns: 1000 },
    )
  })

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(anyUnits, (s) => {
        const once = normalizeView(s)
        expect(normalizeView(once)).toBe(once)
      }),
      { numRuns: 1000 },
    )
  })

  it('is idempotent on every mapped traditional character', () => {
    const once = normalizeView(T2S_FROM)
    expect(normalizeView(once)).toBe(once)
  })
})

describe('toSimplified', () => {
  it('converts traditional characters only', () => {
    expect(toSimplified('２０２３年，法治政府建設年度報告')).toBe('２０２３年，法治政府建设年度报告')
  })

  it('preserves length (property)', () => {
    fc.assert(
      fc.property(anyUnits, (s) => {
        expect(toSimplified(s).length).toBe(s.length)
      }),
    )
  })

  it('keeps a leading U+FEFF, in sparse and dense text alike', () => {
    expect(toSimplified('\ufeff國')).toBe('\ufeff国')
    const dense = `\ufeff${'國'.repeat(200)}`
    expect(toSimplified(dense)).toBe(`\ufeff${'国'.repeat(200)}`)
  })
})

describe('normalizeView and toSimplified read each unit once (sparse and dense paths agree)', () => {
  const unitwise = (s: string, f: (u: string) => string) => [...s].map((u) => f(u)).join('')
  it('maps a string like mapping it unit by unit, whatever the density of changes', () => {
    // Without `\r` and `，` (their rules look at neighbours) and surrogates (`[...s]` pairs them).
    const units = fc.array(fc.constantFrom('a', '法', '國', '　', '\u00a0', 'Ａ', '１', '\t', '體', '。'), {
      maxLength: 400,
    })
    fc.assert(
      fc.property(units, (parts) => {
        const s = parts.join('')
        expect(normalizeView(s)).toBe(unitwise(s, normalizeView))
        expect(toSimplified(s)).toBe(unitwise(s, toSimplified))
      }),
      { numRuns: 300 },
    )
  })
})

describe('t2s table', () => {
  it('has one simplified BMP character per traditional BMP character, sorted and unique', () => {
    expect(T2S_FROM.length).toBe(T2S_TO.length)
    expect(T2S_FROM.length).toBeGreaterThan(2500)
    for (let i = 0; i < T2S_FROM.length; i++) {
      const from = T2S_FROM.charCodeAt(i)
      const to = T2S_TO.charCodeAt(i)
      expect(from >= 0xd800 && from <= 0xdfff).toBe(false)
      expect(to >= 0xd800 && to <= 0xdfff).toBe(false)
      expect(from).not.toBe(to)
      if (i > 0) expect(from).toBeGreaterThan(T2S_FROM.charCodeAt(i - 1))
    }
  })

  it('covers common traditional characters of reports', () => {
    const pairs: Array<[string, string]> = [
      ['國', '国'],
      ['們', '们'],
      ['報', '报'],
      ['與', '与'],
      ['後', '后'],
      ['於', '于'],
      ['會', '会'],
      ['議', '议'],
      ['裡', '里'],
      ['為', '为'],
    ]
    for (const [from, to] of pairs) expect(toSimplified(from)).toBe(to)
  })

  it('does not map GB 2312 characters used in simplified text', () => {
    for (const c of ['著', '乾', '干', '发', '么', '台', '吃', '才', '核'])
      expect(T2S_FROM.includes(c)).toBe(false)
  })
})

describe('normalizeView output (what readers of a loadSource view rely on)', () => {
  it('has no white space but a space and a line feed, and no full-width digit, letter, ％ or ．', () => {
    for (let code = 0; code < 0x10000; code++) {
      const view = normalizeView(String.fromCharCode(code))
      if (/\s/.test(view)) expect(view === ' ' || view === '\n').toBe(true)
      expect(/[\uff05\uff0e\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/.test(view)).toBe(false)
    }
    expect(normalizeView('\r\n')).toBe(' \n')
  })
})
