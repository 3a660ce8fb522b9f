import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { loadSource } from '../../src/input/index.js'
import { buildDocx, coreXml, W_NS } from './helpers.js'

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

const doc = (body: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}"><w:body>${body}</w:body></w:document>`

/** Offsets of every central-directory entry of a ZIP written by fflate. */
function centralEntries(zip: Uint8Array): number[] {
  const out: number[] = []
  for (let o = 0; o + 4 <= zip.length; o++) {
    if (zip[o] === 0x50 && zip[o + 1] === 0x4b && zip[o + 2] === 0x01 && zip[o + 3] === 0x02) out.push(o)
  }
  return out
}

/** A ZIP of stored entries whose central directory uses ZIP64 extra fields for sizes and offsets. */
function zip64Stored(files: Record<string, string>): Uint8Array {
  const parts: number[] = []
  const central: number[] = []
  const push16 = (a: number[], v: number): void => {
    a.push(v & 0xff, (v >>> 8) & 0xff)
  }
  const push32 = (a: number[], v: number): void => {
    a.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff)
  }
  const push64 = (a: number[], v: number): void => {
    push32(a, v >>> 0)
    push32(a, Math.floor(v / 0x100000000))
  }
  let count = 0
  for (const [name, text] of Object.entries(files)) {
    const nameBytes = [...strToU8(name)]
    const data = [...strToU8(text)]
    const offset = parts.length
    push32(parts, 0x04034b50)
    push16(parts, 45) // version
    push16(parts, 0) // flags
    push16(parts, 0) // stored
    push32(parts, 0) // time/date
    push32(parts, 0) // crc (not checked)
    push32(parts, data.length)
    push32(parts, data.length)
    push16(parts, nameBytes.length)
    push16(parts, 0)
    parts.push(...nameBytes, ...data)
    push32(central, 0x02014b50)
    push16(central, 45)
    push16(central, 45)
    push16(central, 0)
    push16(central, 0)
    push32(central, 0)
    push32(central, 0)
    push32(central, 0xffffffff)
    push32(central, 0xffffffff)
    push16(central, nameBytes.length)
    push16(central, 28) // extra length
    push16(central, 0)
    push16(central, 0)
    push16(central, 0)
    push32(central, 0)
    push32(central, 0xffffffff)
    central.push(...nameBytes)
    push16(central, 1) // ZIP64 extra
    push16(central, 24)
    push64(central, data.length)
    push64(central, data.length)
    push64(central, offset)
    count++
  }
  const cdOffset = parts.length
  const eocd: number[] = []
  push32(eocd, 0x06054b50)
  push16(eocd, 0)
  push16(eocd, 0)
  push16(eocd, count)
  push16(eocd, count)
  push32(eocd, central.length)
  push32(eocd, cdOffset)
  push16(eocd, 0)
  return new Uint8Array([...parts, ...central, ...eocd])
}

describe('DOCX edge cases', () => {
  it('reads ZIP64 size and offset fields', () => {
    const docx = zip64Stored({ 'word/document.xml': doc('<w:p><w:r><w:t>全年办理12件</w:t></w:r></w:p>') })
    expect(loadSource(docx).text).toBe('全年办理12件\n')
  })

  it('reports an encrypted entry as UNSUPPORTED_FORMAT', () => {
    const docx = zipSync({ 'word/document.xml': strToU8(doc('<w:p/>')) })
    for (const o of centralEntries(docx)) docx[o + 8] = (docx[o + 8] as number) | 1
    expect(errorOf(() => loadSource(docx)).code).toBe('UNSUPPORTED_FORMAT')
  })

  it('rejects an unknown compression method, a stored entry with inconsistent sizes, a directory outside the file', () => {
    const deflated = zipSync({ 'word/document.xml': strToU8(doc('<w:p/>')) })
    for (const o of centralEntries(deflated)) deflated[o + 10] = 12
    expect(errorOf(() => loadSource(deflated)).details).toMatchObject({ method: 12 })

    const stored = zipSync({ 'word/document.xml': [strToU8(doc('<w:p/>')), { level: 0 }] })
    for (const o of centralEntries(stored)) stored[o + 20] = 1
    expect(errorOf(() => loadSource(stored)).code).toBe('MALFORMED_DOCX')

    const moved = zipSync({ 'word/document.xml': strToU8(doc('<w:p/>')) })
    moved[moved.length - 5] = 0x7f // central directory offset far past the end
    expect(errorOf(() => loadSource(moved)).code).toBe('MALFORMED_DOCX')

    expect(errorOf(() => loadSource(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).code).toBe('MALFORMED_DOCX')
  })

  it('follows _rels/.rels to the main part and reads line breaks, hyphens and outline levels', () => {
    const main = doc(
      '<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:t>一、总体情况</w:t></w:r></w:p>' +
        '<w:p><w:r><w:t>上</w:t><w:cr/><w:t>下</w:t><w:noBreakHyphen/><w:t>行</w:t></w:r></w:p><w:p/>' +
        '<w:p><w:r><w:t><![CDATA[甲<乙]]></w:t></w:r></w:p>',
    )
    const docx = zipSync({
      '_rels/.rels': strToU8(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>',
      ),
      'word/document2.xml': strToU8(main),
    })
    const source = loadSource(docx)
    expect(source.text).toBe('一、总体情况\n\n上\n下-行\n甲<乙\n')
    const i = source.text.indexOf('甲<乙')
    const span = source.toOriginal(i, i + 3)
    expect(main.slice(span.start, span.end)).toBe('甲<乙')
  })

  it('warns, and still reads the body, when styles.xml or core.xml is broken', () => {
    const docx = buildDocx(
      doc('<w:p><w:r><w:t>正文</w:t></w:r></w:p>'),
      { 'word/styles.xml': strToU8('<w:styles><w:style></w:styles>') },
      '<cp:coreProperties><dc:title>x</cp:coreProperties>',
    )
    const source = loadSource(docx)
    expect(source.text).toBe('正文\n')
    expect(source.warnings.map((w) => w.ruleId).sort()).toEqual([
      'docx-core-unreadable',
      'docx-styles-unreadable',
    ])
  })

  it('decodes entities in core properties and ignores an empty title', () => {
    const withEntity = loadSource(buildDocx(doc('<w:p/>'), {}, coreXml('A&B 报告')))
    expect(withEntity.hints.title).toBe('A&B 报告')
    const empty = loadSource(buildDocx(doc('<w:p/>'), {}, coreXml('')))
    expect(empty.hints.title).toBeUndefined()
  })

  it('turns a malformed main part into MALFORMED_DOCX with the entry name', () => {
    const error = errorOf(() => loadSource(buildDocx(doc('<w:p><w:r><w:t>正文</w:r></w:p>'))))
    expect(error.code).toBe('MALFORMED_DOCX')
    expect(error.details).toMatchObject({ entry: 'word/document.xml' })
  })
})

describe('XML edge cases', () => {
  it('expands nested internal entities with character references', () => {
    const xml = '<!DOCTYPE r [<!ENTITY a "x&amp;y"><!ENTITY b "&a;-&a;&#x4e00;&undeclared;&bare">]><r>&b;</r>'
    expect(loadSource(xml).text).toBe('x&y-x&y一&undeclared;&bare\n')
  })

  it('maps invalid character references to U+FFFD and keeps unknown entities literally', () => {
    const xml = '<r>&#0;&#xD800;&#x110000;&foo;&#;</r>'
    expect(loadSource(xml).text).toBe('\ufffd\ufffd\ufffd&foo;&#;\n')
  })

  it('decodes entities in captured titles', () => {
    expect(loadSource('<r><title>A &amp; B &#x62A5;告</title><p>x</p></r>').hints.title).toBe('A & B 报告')
  })

  it('rejects markup the validator lets through', () => {
    expect(errorOf(() => loadSource('<r>a<!x>b</r>')).code).toBe('MALFORMED_XML')
  })

  it('rejects unterminated comments, CDATA sections, processing instructions and DOCTYPEs', () => {
    for (const xml of ['<r><!-- x </r>', '<r><![CDATA[ x </r>', '<r><?pi x </r>', '<!DOCTYPE r [ <r/>']) {
      expect(errorOf(() => loadSource(xml, { format: 'xml' })).code, xml).toBe('MALFORMED_XML')
    }
  })

  it('reports parameter entities as ignored', () => {
    const source = loadSource(
      '<!DOCTYPE r [<!ENTITY % p "<!ENTITY q \'x\'>"> <!-- c --> <!ELEMENT r ANY>]><r>正文</r>',
    )
    expect(source.text).toBe('正文\n')
    expect(source.warnings.map((w) => w.ruleId)).toEqual(['parameter-entity-ignored'])
  })
})
