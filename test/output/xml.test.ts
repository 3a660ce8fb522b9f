import fc from 'fast-check'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import {
  type BatchError,
  OUTPUT_SCHEMA_VERSION,
  toXML,
  xmlFooter,
  xmlHeader,
  xmlRecord,
} from '../../src/output/index.js'
import { makeFact, makeReport } from './helpers.js'

// biome-ignore lint/suspicious/noExplicitAny: parsed XML is untyped
type Node = Record<string, any>

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  htmlEntities: true,
  isArray: (name, _path, _leaf, isAttribute) =>
    !isAttribute &&
    ['section', 'fact', 'title', 'statement', 'message', 'item', 'report', 'error'].includes(name),
})

/** Characters XML 1.0 cannot hold, and markup that should have been escaped inside values. */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

function wellFormed(xml: string): void {
  expect(XMLValidator.validate(xml)).toBe(true)
  expect(xml).not.toMatch(FORBIDDEN)
  // Every attribute value is free of raw markup characters and line breaks.
  for (const [, value] of xml.matchAll(/="([^"]*)"/g))
    expect(value).not.toMatch(/[<>\r\n\t]|&(?!(amp|lt|gt|quot|apos|#\d+);)/)
}

describe('toXML', () => {
  it('writes a declaration and a versioned <report> root', () => {
    const xml = toXML(makeReport())
    wellFormed(xml)
    const lines = xml.split('\n')
    expect(lines[0]).toBe('<?xml version="1.0" encoding="UTF-8"?>')
    expect(lines[1]).toBe(`<report schemaVersion="${OUTPUT_SCHEMA_VERSION}" reportSchemaVersion="1">`)
    expect(xml.endsWith('</report>\n')).toBe(true)
  })

  it('round-trips the key values: scalars as attributes, lists as elements', () => {
    const report = makeReport()
    const root = parser.parse(toXML(report)).report[0] as Node
    expect(root.meta.title).toBe(report.meta.title)
    expect(root.meta.reportYear).toBe('2024')
    expect(root.meta.jurisdiction).toMatchObject({ name: '濠江区', code: '440512', tier: 'county' })
    expect(root.meta).not.toHaveProperty('docNo') // null is omitted
    expect(root.facts.fact.map((fact: Node) => [fact.indicator, Number(fact.value), fact.unit])).toEqual(
      report.facts.map((fact) => [fact.indicator, fact.value, fact.unit]),
    )
    expect(root.facts.fact[1].components.component).toMatchObject({ label: 'carried_over', value: '18' })
    expect(root.facts.fact[3].change).toEqual({ direction: 'up', basis: 'year_on_year' })
    expect(root.facts.fact[0].section[0].title).toEqual(['2024年度法治政府建设情况', '化解矛盾纠纷'])
    const [, achievements] = root.sections.section
    expect(achievements.heading).toMatchObject({
      marker: '一、',
      title: '2024年度法治政府建设情况',
      ordinal: '1',
    })
    expect(achievements.children.section[0]).toMatchObject({
      id: 's1.1',
      topic: 'disputes',
      kind: 'achievements',
    })
    expect(root.completeness.score).toBe('2')
    expect(root.completeness.missing.item).toEqual(['leader_duties', 'plans', 'other_matters'])
    expect(root.completeness.items.achievements).toMatchObject({
      present: 'true',
      sections: { section: ['s1'] },
    })
    expect(root.completeness.items.plans).toEqual({ present: 'false', sections: '' })
    expect(root.timeliness).toMatchObject({ status: 'on_time', daysLate: '-85' })
    expect(root.quantities.quantity[1]).toMatchObject({
      type: 'money',
      value: { value: '159000000', currency: 'CNY' },
    })
    expect(root.shortcomings.statement[0]).toMatchObject({ marker: '一是', sectionId: 's2' })
    expect(root.messages.message[0]).toMatchObject({ ruleId: 'template-residue', actual: 'XX件' })
  })

  it('escapes markup, quotes, tabs and line breaks, and replaces characters XML cannot hold', () => {
    const title = `<报告 a="1" b='2'> & ]]> --\tx\r\ny\u0001\uD800\uFFFF`
    const report = makeReport()
    const xml = toXML({ ...report, meta: { ...report.meta, title } })
    wellFormed(xml)
    expect((parser.parse(xml).report[0] as Node).meta.title).toBe(
      `<报告 a="1" b='2'> & ]]> --\tx\r\ny\uFFFD\uFFFD\uFFFD`,
    )
  })

  it('round-trips arbitrary text and stays well-formed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const report = makeReport({ facts: [makeFact({ indicator: 'litigation.cases', value: 1, text })] })
        const xml = toXML(report)
        wellFormed(xml)
        const read = (parser.parse(xml).report[0] as Node).facts.fact[0].text as string
        expect(read).toBe(text.replace(FORBIDDEN_GLOBAL, '\uFFFD'))
      }),
      { numRuns: 200 },
    )
  })

  it('writes keys that are not XML names as <entry key="…">', () => {
    const report = { ...makeReport(), 'custom data': { '2024年': 3, ok: 'yes' } }
    const xml = toXML(report)
    wellFormed(xml)
    const entry = (parser.parse(xml).report[0] as Node).entry
    expect(entry).toMatchObject({
      key: 'custom data',
      value: { ok: 'yes', entry: { key: '2024年', value: '3' } },
    })
  })
})

const FORBIDDEN_GLOBAL = new RegExp(FORBIDDEN.source, 'g')

describe('batch XML', () => {
  const failed: BatchError = {
    file: 'bad&<1>.xml',
    error: { code: 'XML_ENTITY_LIMIT', message: 'too many "entities"' },
  }

  it('wraps records in a versioned <reports> root with file attributes and <error> elements', () => {
    const xml = toXML([{ file: 'a.txt', report: makeReport() }, failed, makeReport()])
    wellFormed(xml)
    const root = parser.parse(xml).reports as Node
    expect(root.schemaVersion).toBe(String(OUTPUT_SCHEMA_VERSION))
    expect(root.report).toHaveLength(2)
    expect(root.report[0].file).toBe('a.txt')
    expect(root.report[1].file).toBeUndefined()
    expect(root.report[0].schemaVersion).toBeUndefined()
    expect(root.error).toEqual([
      { file: 'bad&<1>.xml', code: 'XML_ENTITY_LIMIT', message: 'too many "entities"' },
    ])
  })

  it('streams the same bytes with xmlHeader, xmlRecord and xmlFooter', () => {
    const batch = [{ file: 'a.txt', report: makeReport() }, failed]
    expect(xmlHeader() + batch.map(xmlRecord).join('') + xmlFooter()).toBe(toXML(batch))
    expect(xmlRecord(failed)).toBe(
      '  <error file="bad&amp;&lt;1&gt;.xml" code="XML_ENTITY_LIMIT" message="too many &quot;entities&quot;"/>\n',
    )
  })

  it('writes a lone error record as an <error> document', () => {
    const xml = toXML(failed)
    wellFormed(xml)
    expect(parser.parse(xml).error[0]).toMatchObject({ code: 'XML_ENTITY_LIMIT', schemaVersion: '1' })
  })
})
