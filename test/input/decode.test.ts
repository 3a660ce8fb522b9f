import iconv from 'iconv-lite'
import * as OpenCC from 'opencc-js'
import { describe, expect, it } from 'vitest'
import { detectEncoding, loadSource, normalizeEncodingLabel } from '../../src/input/index.js'
import { normalizeView } from '../../src/text/normalize-view.js'
import { expectLinesInOrder, readSeed, seedNames, seedParagraphs } from './helpers.js'

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' })
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)
const codeOf = (fn: () => unknown): unknown => {
  try {
    fn()
  } catch (error) {
    return (error as { code?: unknown }).code
  }
  return 'no error'
}

describe('plain text input', () => {
  for (const name of seedNames) {
    it(`reads seed ${name} as a string and as UTF-8 bytes`, () => {
      const seed = readSeed(name)
      const fromString = loadSource(seed)
      expect(fromString.format).toBe('text')
      expect(fromString.encoding).toBeNull()
      expect(fromString.original).toBe(seed)
      expect(fromString.text).toBe(normalizeView(seed))
      expect(fromString.toOriginal(5, 42)).toEqual({ start: 5, end: 42 })
      expect(fromString.hints).toEqual({})

      const fromBytes = loadSource(utf8(seed))
      expect(fromBytes.encoding).toBe('utf-8')
      expect(fromBytes.original).toBe(seed)
      expect(fromBytes.text).toBe(fromString.text)
    })
  }

  it('strips a UTF-8 BOM from bytes and reads UTF-16 with a BOM', () => {
    const seed = readSeed(seedNames[0] as string)
    const bom = loadSource(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(seed)]))
    expect(bom.original).toBe(seed)
    const le = loadSource(new Uint8Array([0xff, 0xfe, ...iconv.encode(seed, 'utf16le')]))
    expect(le.encoding).toBe('utf-16le')
    expect(le.original).toBe(seed)
    const be = loadSource(new Uint8Array([0xfe, 0xff, ...iconv.encode(seed, 'utf16-be')]))
    expect(be.encoding).toBe('utf-16be')
    expect(be.original).toBe(seed)
  })

  it('accepts an ArrayBuffer and other typed-array views', () => {
    const bytes = utf8('全年办理行政复议案件12件。')
    expect(loadSource(bytes.buffer.slice(0) as ArrayBuffer).original).toBe('全年办理行政复议案件12件。')
    const padded = new Uint8Array(bytes.length + 4)
    padded.set(bytes, 2)
    expect(loadSource(new DataView(padded.buffer, 2, bytes.length) as unknown as Uint8Array).original).toBe(
      '全年办理行政复议案件12件。',
    )
  })

  it('maps spans of a normalized view one to one (full-width text)', () => {
    const text = '全年办理行政复议案件１２件，同比增长１２．５％。\r\n'
    const source = loadSource(text)
    expect(source.text).toBe('全年办理行政复议案件12件,同比增长12.5%。 \n')
    const i = source.text.indexOf('12.5%')
    const span = source.toOriginal(i, i + 5)
    expect(text.slice(span.start, span.end)).toBe('１２．５％')
  })
})

describe('encoding detection', () => {
  for (const name of seedNames) {
    it(`detects GBK and Big5 bytes of seed ${name}`, () => {
      const seed = readSeed(name)
      const gbkText = seed.replace(/\u00a0/g, ' ').replace(/©/g, '(c)')
      const gbk = loadSource(iconv.encode(gbkText, 'gbk'))
      expect(gbk.encoding).toBe('gb18030')
      expect(gbk.original).toBe(gbkText)

      const traditional = toTraditional(gbkText)
      const big5Bytes = iconv.encode(traditional, 'big5')
      const big5 = loadSource(big5Bytes)
      expect(big5.encoding).toBe('big5')
      expect(big5.original).toBe(new TextDecoder('big5').decode(big5Bytes))
      // The normalized view reads the traditional text back as (mostly) the simplified seed.
      const expected = normalizeView(gbkText)
      expect(big5.text.length).toBe(expected.length)
      let same = 0
      for (let i = 0; i < expected.length; i++) if (big5.text[i] === expected[i]) same++
      expect(same / expected.length).toBeGreaterThan(0.97)
    })
  }

  it('detects short GBK and Big5 strings', () => {
    expect(detectEncoding(iconv.encode('法治政府建设年度报告', 'gbk')).encoding).toBe('gb18030')
    expect(detectEncoding(iconv.encode('法治政府建設年度報告', 'big5')).encoding).toBe('big5')
    expect(detectEncoding(utf8('法治')).encoding).toBe('utf-8')
    expect(detectEncoding(utf8('plain ascii')).encoding).toBe('utf-8')
  })

  it('uses a declared encoding that is right', () => {
    const html = '<html><head><meta charset="gb2312"></head><body><p>法治政府建设</p></body></html>'
    const result = detectEncoding(iconv.encode(html, 'gbk'))
    expect(result).toEqual({ encoding: 'gb18030', source: 'declared', declared: 'gb2312' })
    const xml = '<?xml version="1.0" encoding="GBK"?><r>法治政府建设</r>'
    expect(detectEncoding(iconv.encode(xml, 'gbk'))).toEqual({
      encoding: 'gb18030',
      source: 'declared',
      declared: 'GBK',
    })
  })

  it('decodes right when <meta charset> is wrong (says GBK, bytes are UTF-8)', () => {
    const paragraphs = seedParagraphs(readSeed(seedNames[0] as string))
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"></head><body>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</body></html>`
    const source = loadSource(utf8(html))
    expect(source.encoding).toBe('utf-8')
    expect(source.original).toBe(html)
    expect(source.warnings.map((w) => w.ruleId)).toEqual(['declared-encoding-mismatch'])
    expectLinesInOrder(source.text, paragraphs)
  })

  it('decodes right when <meta charset> says UTF-8 but the bytes are GBK', () => {
    const html =
      '<html><head><meta charset="utf-8"></head><body><p>全年办理行政复议案件12件，依法行政。</p></body></html>'
    const source = loadSource(iconv.encode(html, 'gbk'))
    expect(source.encoding).toBe('gb18030')
    expect(source.original).toBe(html)
    expect(source.warnings.map((w) => w.ruleId)).toEqual(['declared-encoding-mismatch'])
  })

  it('decodes right when <meta charset> says GBK but the bytes are Big5', () => {
    const html =
      '<html><head><meta charset="gbk"></head><body><p>全年辦理行政復議案件十二件，依法行政，建設法治政府。</p></body></html>'
    const source = loadSource(iconv.encode(html, 'big5'))
    expect(source.encoding).toBe('big5')
    expect(source.text).toContain('全年办理行政复议案件十二件,依法行政,建设法治政府。')
  })

  it('ignores an unsupported declared encoding with a warning', () => {
    const source = loadSource(utf8('<?xml version="1.0" encoding="ISO-8859-1"?><r>法治</r>'))
    expect(source.encoding).toBe('utf-8')
    expect(source.warnings.map((w) => w.ruleId)).toEqual(['unknown-declared-encoding'])
  })

  it('lets the encoding option override detection and declarations (not a BOM)', () => {
    const bytes = iconv.encode('<meta charset="utf-8">法治', 'gbk')
    expect(loadSource(bytes, { encoding: 'GB2312' }).original).toBe('<meta charset="utf-8">法治')
    const big5 = iconv.encode('法治政府', 'big5')
    expect(loadSource(big5, { encoding: 'big5' }).encoding).toBe('big5')
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('法治')])
    expect(loadSource(withBom, { encoding: 'gbk' }).original).toBe('法治')
  })

  it('warns about a few replacement characters, fails on a forced encoding that does not fit', () => {
    const bytes = new Uint8Array([...iconv.encode('法治政府建设年度报告', 'gbk'), 0xff])
    const source = loadSource(bytes, { encoding: 'gbk' })
    expect(source.original).toBe('法治政府建设年度报告\ufffd')
    expect(source.warnings.map((w) => w.ruleId)).toEqual(['decode-replacement'])
    expect(codeOf(() => loadSource(utf8('法治政府建设年度报告'), { encoding: 'big5' }))).toBe('DECODE_FAILED')
  })

  it('detects UTF-16 without a BOM from its NUL bytes', () => {
    const text = '<html><body><p>Report 2024: 法治政府建设</p></body></html>'
    expect(loadSource(iconv.encode(text, 'utf16le')).original).toBe(text)
    expect(loadSource(iconv.encode(text, 'utf16-be')).original).toBe(text)
  })

  it('rejects an unknown encoding label with UNSUPPORTED_ENCODING', () => {
    expect(codeOf(() => loadSource(utf8('x'), { encoding: 'ebcdic' }))).toBe('UNSUPPORTED_ENCODING')
  })

  it('rejects binary garbage with DECODE_FAILED', () => {
    let x = 12345
    const garbage = new Uint8Array(20000)
    for (let i = 0; i < garbage.length; i++) {
      x = (x * 1103515245 + 12345) >>> 0
      garbage[i] = x >>> 24
    }
    garbage[0] = 0x01 // not a known magic number
    expect(codeOf(() => loadSource(garbage))).toBe('DECODE_FAILED')
    expect(codeOf(() => loadSource(new Uint8Array(5000)))).toBe('DECODE_FAILED')
  })

  it('normalizes encoding labels', () => {
    expect(normalizeEncodingLabel(' UTF8 ')).toBe('utf-8')
    expect(normalizeEncodingLabel('GB2312')).toBe('gb18030')
    expect(normalizeEncodingLabel('cp936')).toBe('gb18030')
    expect(normalizeEncodingLabel('Big5-HKSCS')).toBe('big5')
    expect(normalizeEncodingLabel('utf-16')).toBe('utf-16le')
    expect(normalizeEncodingLabel('latin1')).toBeNull()
    expect(normalizeEncodingLabel('__proto__')).toBeNull()
  })
})
