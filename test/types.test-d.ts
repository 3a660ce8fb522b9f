import { describe, expectTypeOf, it } from 'vitest'
import {
  type Approx,
  createTaxonomy,
  type defaultTaxonomy,
  defineExtractor,
  type Fact,
  FazhiReportError,
  type FazhiReportErrorCode,
  type IndicatorId,
  parseChineseNumber,
  parseMoney,
  parseReport,
  parseReportDate,
  type Report,
  type ReportDate,
  type SectionKind,
} from '../src/index.js'

describe('public types', () => {
  it('parseReport takes text or bytes and returns a Report', () => {
    expectTypeOf(parseReport).parameter(0).toEqualTypeOf<string | Uint8Array | ArrayBuffer>()
    expectTypeOf(parseReport('')).toEqualTypeOf<Report>()
    expectTypeOf<Report['facts']>().toEqualTypeOf<Fact[]>()
    expectTypeOf<Report['schemaVersion']>().toEqualTypeOf<1>()
    // @ts-expect-error -- numbers are not reports
    parseReport(42)
    // @ts-expect-error -- unknown option
    parseReport('', { frobnicate: true })
  })

  it('normalizers return null, never NaN', () => {
    expectTypeOf(parseChineseNumber('')).toEqualTypeOf<number | null>()
    expectTypeOf(parseReportDate('')).toEqualTypeOf<ReportDate | null>()
    expectTypeOf(parseMoney('')).toMatchTypeOf<{ value: number; unit: '元' } | null>()
    expectTypeOf<Approx>().toEqualTypeOf<'exact' | 'over' | 'under' | 'about'>()
  })

  it('section kinds and indicator ids are literal unions', () => {
    expectTypeOf<'achievements'>().toMatchTypeOf<SectionKind>()
    expectTypeOf<'reconsideration.accepted'>().toMatchTypeOf<IndicatorId>()
    // @ts-expect-error -- not a section kind
    const kind: SectionKind = 'summary'
    void kind
  })

  it('errors carry a literal code union', () => {
    expectTypeOf(new FazhiReportError('ZIP_LIMIT', '').code).toEqualTypeOf<FazhiReportErrorCode>()
    // @ts-expect-error -- not a code
    new FazhiReportError('NOPE', '')
  })

  it('extractors and taxonomies are typed', () => {
    defineExtractor({
      name: 'x',
      sectionKinds: ['plans'],
      extract(section, context) {
        expectTypeOf(section.kind).toEqualTypeOf<SectionKind>()
        expectTypeOf(context.emit.fact).toBeFunction()
      },
    })
    defineExtractor({
      name: 'y',
      // @ts-expect-error -- not a section kind
      sectionKinds: ['nope'],
      extract() {},
    })
    expectTypeOf(createTaxonomy).returns.toEqualTypeOf<typeof defaultTaxonomy>()
  })
})
