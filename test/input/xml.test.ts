import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadSource } from '../../src/input/index.js'
import {
  escapeMarkup,
  expectLinesInOrder,
  expectSpanSamples,
  expectUnitMap,
  readSeed,
  seedNames,
  seedParagraphs,
  xmlSliceText,
} from './helpers.js'

const errorOf = (fn: () => unknown): { code?: unknown; details?: Record<string, unknown> } => {
  try {
    fn()
  } catch (error) {
    return error as { code?: unknown; details?: Record<string, unknown> }
  }
  return { code: 'no error' }
}

/** A crawler-style XML record around the seed paragraphs. */
function reportXml(paragraphs: readonly string[]): string {
  const body = paragraphs.map((p) => `    <para>${escapeMarkup(p, false)}</para>`).join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- exported by the crawler -->
<record id="1">
  <meta>
    <title>某某区2024年法治政府建设年度报告</title>
    <pubDate>2025-01-06</pubDate>
    <source>某某区司法局</source>
  </meta>
  <content>
${body}
  </content>
  <attachment><![CDATA[附件：无]]></attachment>
</record>
`
}

const tempDirs: string[] = []
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true })
})

describe('XML input', () => {
  for (const name of seedNames) {
    it(`flattens an XML record around seed ${name} with exact offsets`, () => {
      const paragraphs = seedParagraphs(readSeed(name))
      const xml = reportXml(paragraphs)
      const source = loadSource(new TextEncoder().encode(xml))
      expect(source.format).toBe('xml')
      expect(source.encoding).toBe('utf-8')
      expect(source.original).toBe(xml)
      expectLinesInOrder(source.text, [
        '某某区2024年法治政府建设年度报告',
        '2025-01-06',
        ...paragraphs,
        '附件:无',
      ])
      expect(source.hints).toEqual({ title: '某某区2024年法治政府建设年度报告', publishedAt: '2025-01-06' })
      expectUnitMap(source, xmlSliceText)
      expectSpanSamples(source, xmlSliceText, 200, name.length)
    })
  }

  it('selects the body with xmlTextPath (slash, dot and absolute forms)', () => {
    const paragraphs = seedParagraphs(readSeed(seedNames[1] as string)).slice(0, 5)
    const xml = reportXml(paragraphs)
    for (const path of ['content/para', 'record.content', '/record/content', 'para']) {
      const source = loadSource(xml, { xmlTextPath: path })
      expect(source.text.split('\n').filter((l) => l.trim() !== '').length, path).toBe(paragraphs.length)
      expectLinesInOrder(source.text, paragraphs)
      expect(source.text).not.toContain('某某区司法局')
    }
    const none = loadSource(xml, { xmlTextPath: 'nothing/here' })
    expect(none.text).toBe('')
    expect(none.warnings.map((w) => w.ruleId)).toEqual(['xml-text-path-unmatched'])
  })

  it('keeps inline markup of mixed content on one line', () => {
    const source = loadSource('<doc><p>全年办理<b>行政复议</b>案件<em>12</em>件。</p><p>第二段</p></doc>')
    expect(source.text).toBe('全年办理行政复议案件12件。\n第二段\n')
  })

  it('routes XHTML to the HTML reader', () => {
    const xhtml =
      '<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>标题</title><script>var a = 1;</script></head><body><p>正文&amp;内容</p></body></html>'
    const source = loadSource(xhtml)
    expect(source.format).toBe('html')
    expect(source.text.trim()).toBe('正文&内容')
    expect(source.hints.title).toBe('标题')
    expect(loadSource(xhtml, { format: 'xml' }).format).toBe('html')
  })

  it('expands internal entities with exact spans', () => {
    const xml = '<!DOCTYPE r [<!ENTITY org "某某区人民政府">]><r>&org;全年办理案件&#x31;&#50;件</r>'
    const source = loadSource(xml)
    expect(source.text).toBe('某某区人民政府全年办理案件12件\n')
    const span = source.toOriginal(0, 7)
    expect(xml.slice(span.start, span.end)).toBe('&org;')
    const twelve = source.toOriginal(13, 15)
    expect(xml.slice(twelve.start, twelve.end)).toBe('&#x31;&#50;')
  })

  it('never reads external entities (XXE)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-xxe-'))
    tempDirs.push(dir)
    const secret = join(dir, 'secret.txt')
    writeFileSync(secret, 'TOP-SECRET-CONTENT')
    const url = `file://${secret}`
    for (const xml of [
      `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "${url}">]><x>前&e;后</x>`,
      `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e PUBLIC "-//X//EN" "${url}">]><x>前&e;后</x>`,
      `<?xml version="1.0"?><!DOCTYPE x SYSTEM "${url}"><x>前后</x>`,
      `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY % p SYSTEM "${url}"> %p;]><x>前后</x>`,
    ]) {
      const source = loadSource(xml)
      expect(source.text).not.toContain('TOP-SECRET')
      expect(source.text.trim()).toBe('前后')
    }
    const source = loadSource(`<!DOCTYPE x [<!ENTITY e SYSTEM "${url}">]><x>前&e;后</x>`)
    expect(source.warnings.map((w) => w.ruleId)).toEqual(['external-entity-ignored'])
  })

  it('refuses a billion-laughs entity bomb at once', () => {
    const levels = ['<!ENTITY lol0 "lol">']
    for (let i = 1; i <= 9; i++) levels.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`)
    const xml = `<?xml version="1.0"?><!DOCTYPE lolz [${levels.join('')}]><lolz>&lol9;</lolz>`
    const started = performance.now()
    const error = errorOf(() => loadSource(xml))
    expect(performance.now() - started).toBeLessThan(500)
    expect(error.code).toBe('XML_ENTITY_LIMIT')
    expect(error.details?.limit).toBe(100_000)
  })

  it('limits the total expansion of many references to a large entity', () => {
    const big = 'x'.repeat(50_000)
    const xml = `<!DOCTYPE r [<!ENTITY big "${big}">]><r>${'&big;'.repeat(3)}</r>`
    expect(errorOf(() => loadSource(xml)).code).toBe('XML_ENTITY_LIMIT')
    expect(loadSource(xml, { maxXmlEntityExpansion: 200_000 }).text.length).toBe(150_001)
  })

  it('limits the number of declared entities', () => {
    const decls = Array.from({ length: 101 }, (_, i) => `<!ENTITY e${i} "v">`).join('')
    const error = errorOf(() => loadSource(`<!DOCTYPE r [${decls}]><r>&e1;</r>`))
    expect(error.code).toBe('XML_ENTITY_LIMIT')
    expect(error.details).toMatchObject({ limit: 100, actual: 101 })
  })

  it('rejects a recursive entity', () => {
    const xml = '<!DOCTYPE r [<!ENTITY a "&b;"><!ENTITY b "&a;">]><r>&a;</r>'
    expect(errorOf(() => loadSource(xml)).code).toBe('MALFORMED_XML')
  })

  it('rejects malformed XML with MALFORMED_XML', () => {
    for (const xml of [
      '<?xml version="1.0"?><a><b></a>',
      '<?xml version="1.0"?><a>',
      '<?xml version="1.0"?><a x="1></a>',
    ]) {
      expect(errorOf(() => loadSource(xml, { format: 'xml' })).code, xml).toBe('MALFORMED_XML')
    }
  })
})
