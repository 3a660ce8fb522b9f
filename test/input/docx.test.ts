import { deflateSync, strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { loadSource } from '../../src/input/index.js'
import {
  buildDocx,
  coreXml,
  documentXml,
  expectLinesInOrder,
  expectSpanSamples,
  expectUnitMap,
  readSeed,
  seedNames,
  seedParagraphs,
  W_NS,
  xmlSliceText,
} from './helpers.js'

const errorOf = (
  fn: () => unknown,
): { code?: unknown; details?: Record<string, unknown>; message?: string } => {
  try {
    fn()
  } catch (error) {
    return error as { code?: unknown; details?: Record<string, unknown> }
  }
  return { code: 'no error' }
}

const u32 = (b: Uint8Array, o: number): number =>
  ((b[o] as number) | ((b[o + 1] as number) << 8) | ((b[o + 2] as number) << 16)) +
  (b[o + 3] as number) * 0x1000000
const setU32 = (b: Uint8Array, o: number, v: number): void => {
  b[o] = v & 0xff
  b[o + 1] = (v >>> 8) & 0xff
  b[o + 2] = (v >>> 16) & 0xff
  b[o + 3] = (v >>> 24) & 0xff
}

/** Rewrite the declared uncompressed size of `name` in both the local header and the central directory. */
function patchDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice()
  const nameBytes = strToU8(name)
  const matches = (at: number): boolean => nameBytes.every((b, i) => out[at + i] === b)
  for (let o = 0; o + 46 < out.length; o++) {
    const sig = u32(out, o)
    if (sig === 0x04034b50 && matches(o + 30)) setU32(out, o + 22, size)
    if (sig === 0x02014b50 && matches(o + 46)) setU32(out, o + 24, size)
  }
  return out
}

const simpleDoc = (text: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`

describe('DOCX input', () => {
  for (const name of seedNames) {
    it(`reads a DOCX built from seed ${name} with exact offsets into document.xml`, () => {
      const paragraphs = seedParagraphs(readSeed(name))
      const xml = documentXml(paragraphs, new Set([1]))
      const docx = buildDocx(xml, {}, coreXml('某某区2024年法治政府建设年度报告'))
      const source = loadSource(docx)
      expect(source.format).toBe('docx')
      expect(source.encoding).toBe('utf-8')
      expect(source.original).toBe(xml)
      expect(source.warnings).toEqual([])
      expectLinesInOrder(source.text, paragraphs)
      // The heading paragraph (index 1) has a blank line before and after it.
      if (paragraphs.length > 2) {
        const heading = source.text.indexOf(`\n\n${paragraphs[1]?.replace(/\u00a0/g, ' ') ?? ''}\n\n`)
        expect(heading).toBeGreaterThan(0)
      }
      expect(source.hints).toEqual({
        title: '某某区2024年法治政府建设年度报告',
        meta: {
          'dc:title': '某某区2024年法治政府建设年度报告',
          'dc:creator': '司法局',
          'dcterms:created': '2025-01-06T08:00:00Z',
        },
      })
      expectUnitMap(source, xmlSliceText)
      expectSpanSamples(source, xmlSliceText, 200, name.length)
    })
  }

  it('handles runs split mid-word, tabs, breaks, entities and skips deletions, tab stops and fallbacks', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>
<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr><w:r><w:t>全年办理行政复</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>议案件</w:t></w:r><w:r><w:t xml:space="preserve">1</w:t></w:r><w:r><w:t>2件&amp;</w:t><w:tab/><w:t>完</w:t><w:br/><w:t>成</w:t></w:r><w:del w:author="x"><w:r><w:delText>删除</w:delText></w:r></w:del><w:r><w:instrText> PAGE </w:instrText></w:r></w:p>
<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>12件</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
</w:body></w:document>`
    const source = loadSource(buildDocx(xml))
    expect(source.text).toBe('全年办理行政复议案件12件& 完\n成\n文本框\n指标\n12件\n')
    const span = (needle: string): string => {
      const i = source.text.indexOf(needle)
      const s = source.toOriginal(i, i + needle.length)
      return xml.slice(s.start, s.end)
    }
    expect(span('复议')).toBe('复</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>议')
    expect(span('&')).toBe('&amp;')
    expect(span('& ')).toBe('&amp;</w:t><w:tab/>')
    expect(span('12件&')).toBe('1</w:t></w:r><w:r><w:t>2件&amp;')
  })

  it('marks heading paragraphs by style name from styles.xml', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>导语</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="1"/></w:pPr><w:r><w:t>一、总体情况</w:t></w:r></w:p><w:p><w:r><w:t>正文</w:t></w:r></w:p></w:body></w:document>`
    const styles = `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W_NS}"><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style></w:styles>`
    const source = loadSource(buildDocx(xml, { 'word/styles.xml': strToU8(styles) }))
    expect(source.text).toBe('导语\n\n一、总体情况\n\n正文\n')
  })

  it('rejects a truncated DOCX with MALFORMED_DOCX', () => {
    const docx = buildDocx(documentXml(['全年办理行政复议案件12件。']))
    for (const cut of [docx.length - 10, Math.floor(docx.length / 2), 10]) {
      expect(errorOf(() => loadSource(docx.subarray(0, cut))).code, `cut at ${cut}`).toBe('MALFORMED_DOCX')
    }
  })

  it('rejects corrupt entry data and malformed document.xml with MALFORMED_DOCX', () => {
    const docx = buildDocx(documentXml(['全年办理行政复议案件12件。'.repeat(20)]))
    const corrupt = docx.slice()
    const local = (() => {
      for (let o = 0; o < corrupt.length; o++) {
        if (
          u32(corrupt, o) === 0x04034b50 &&
          new TextDecoder().decode(corrupt.subarray(o + 30, o + 47)) === 'word/document.xml'
        )
          return o
      }
      return -1
    })()
    const dataStart =
      local + 30 + 17 + ((corrupt[local + 28] as number) | ((corrupt[local + 29] as number) << 8))
    corrupt.fill(0xff, dataStart, dataStart + 40)
    expect(errorOf(() => loadSource(corrupt)).code).toBe('MALFORMED_DOCX')
    expect(errorOf(() => loadSource(buildDocx('<w:document><w:body></w:document>'))).code).toBe(
      'MALFORMED_DOCX',
    )
  })

  it('stops an entry that inflates past its declared size (lying zip bomb) with ZIP_LIMIT', () => {
    const huge = simpleDoc('法'.repeat(4_000_000)) // 12 MB of XML, compresses to a few KB
    const docx = patchDeclaredSize(buildDocx(huge), 'word/document.xml', 1000)
    const started = performance.now()
    const error = errorOf(() => loadSource(docx))
    expect(performance.now() - started).toBeLessThan(1000)
    expect(error.code).toBe('ZIP_LIMIT')
    expect(error.details).toMatchObject({ entry: 'word/document.xml', limit: 1000 })
  })

  it('refuses an entry whose compression ratio is over the limit before inflating it', () => {
    const docx = buildDocx(simpleDoc(' '.repeat(2_000_000)))
    const error = errorOf(() => loadSource(docx))
    expect(error.code).toBe('ZIP_LIMIT')
    expect(error.details).toMatchObject({ entry: 'word/document.xml', limit: 200 })
    expect(error.details?.actual as number).toBeGreaterThan(200)
    expect(loadSource(docx, { maxZipRatio: 100_000 }).text).toBe(`${' '.repeat(2_000_000)}\n`)
  })

  it('refuses an entry that declares more than maxZipEntryBytes, and a total over maxZipTotalBytes', () => {
    const docx = buildDocx(simpleDoc('全年办理行政复议案件12件。'.repeat(200)))
    expect(errorOf(() => loadSource(docx, { maxZipEntryBytes: 1000 })).details).toMatchObject({
      entry: 'word/document.xml',
      limit: 1000,
    })
    expect(errorOf(() => loadSource(docx, { maxZipEntryBytes: 1000 })).code).toBe('ZIP_LIMIT')
    const lying = patchDeclaredSize(docx, 'word/document.xml', 3_000_000_000)
    expect(errorOf(() => loadSource(lying)).code).toBe('ZIP_LIMIT')
    const withCore = buildDocx(simpleDoc('正文'.repeat(300)), {}, coreXml('标题'))
    expect(errorOf(() => loadSource(withCore, { maxZipTotalBytes: 1500 })).code).toBe('ZIP_LIMIT')
  })

  it('refuses an archive with too many entries', () => {
    const files: Record<string, Uint8Array> = {}
    for (let i = 0; i < 1001; i++) files[`word/media/image${i}.png`] = new Uint8Array(1)
    const docx = buildDocx(simpleDoc('正文'), files)
    const error = errorOf(() => loadSource(docx))
    expect(error.code).toBe('ZIP_LIMIT')
    expect(error.details).toMatchObject({ limit: 1000, actual: 1004 })
    expect(loadSource(docx, { maxZipEntries: 2000 }).text).toBe('正文\n')
  })

  it('reports other ZIP formats and legacy formats as UNSUPPORTED_FORMAT', () => {
    const xlsx = zipSync({
      'xl/workbook.xml': strToU8('<workbook/>'),
      '[Content_Types].xml': strToU8('<Types/>'),
    })
    const error = errorOf(() => loadSource(xlsx))
    expect(error.code).toBe('UNSUPPORTED_FORMAT')
    expect(error.message).toContain('Excel')
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(512)])
    const docError = errorOf(() => loadSource(doc))
    expect(docError.code).toBe('UNSUPPORTED_FORMAT')
    expect(docError.message).toContain('.docx')
    const pdf = strToU8('%PDF-1.7\n%âãÏÓ\n1 0 obj')
    const pdfError = errorOf(() => loadSource(pdf))
    expect(pdfError.code).toBe('UNSUPPORTED_FORMAT')
    expect(pdfError.message).toContain('text')
  })

  it('rejects non-ZIP bytes forced as docx and a string forced as docx', () => {
    expect(errorOf(() => loadSource(strToU8('hello'), { format: 'docx' })).code).toBe('MALFORMED_DOCX')
    expect(errorOf(() => loadSource('hello', { format: 'docx' })).code).toBe('INVALID_ARGUMENT')
  })

  it('reads a stored (uncompressed) document part', () => {
    const xml = simpleDoc('全年办理行政复议案件12件。')
    const docx = zipSync({ 'word/document.xml': [strToU8(xml), { level: 0 }] })
    expect(loadSource(docx).text).toBe('全年办理行政复议案件12件。\n')
    expect(deflateSync(strToU8(xml)).length).toBeGreaterThan(0)
  })
})
