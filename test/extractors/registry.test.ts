import type { Root } from 'nlcst'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { FazhiReportError } from '../../src/errors.js'
import {
  createExtractorRegistry,
  defaultExtractors,
  defineExtractor,
  type Extractor,
  reportExtract,
  resolveExtractors,
  runExtractors,
} from '../../src/extractors/index.js'
import { defaultTaxonomy } from '../../src/taxonomy/index.js'
import { makeDocument } from './helpers.js'

function named(name: string, sectionKinds: Extractor['sectionKinds'] = '*', seen?: string[]): Extractor {
  return defineExtractor({
    name,
    sectionKinds,
    extract(section) {
      seen?.push(`${name}:${section.id}`)
    },
  })
}

function codeOf(run: () => unknown): string | undefined {
  try {
    run()
  } catch (error) {
    return error instanceof FazhiReportError ? error.code : 'not a FazhiReportError'
  }
  return undefined
}

const document = makeDocument([
  { kind: 'preamble', paragraphs: ['2024年,我区坚持依法行政。'] },
  {
    title: '主要举措和成效',
    kind: 'achievements',
    children: [
      {
        title: '行政复议',
        kind: 'achievements',
        topic: 'disputes',
        paragraphs: ['共收到行政复议申请62宗,受理53宗。'],
      },
    ],
  },
  { title: '存在的不足', kind: 'shortcomings', paragraphs: ['一是思想认识有待提高。二是执法能力有待提升。'] },
  { title: '下一步工作打算', kind: 'plans', paragraphs: ['完善复议制度。强化执法监督。'] },
])

describe('ExtractorRegistry', () => {
  it('has the built-ins in order', () => {
    expect(defaultExtractors().names()).toEqual([
      'facts',
      'shortcomings',
      'plans',
      'leader-duties',
      'rectification',
    ])
    expect(
      defaultExtractors()
        .list()
        .map((extractor) => extractor.name),
    ).toEqual(defaultExtractors().names())
  })

  it('returns a fresh registry each time', () => {
    defaultExtractors().disable('plans')
    expect(defaultExtractors().isEnabled('plans')).toBe(true)
  })

  it('pushes, inserts before/after, replaces in place', () => {
    const registry = createExtractorRegistry([named('a'), named('c')])
    registry.before('c', named('b')).after('c', named('d')).push(named('e'))
    expect(registry.names()).toEqual(['a', 'b', 'c', 'd', 'e'])
    registry.replace('c', named('c2'))
    expect(registry.names()).toEqual(['a', 'b', 'c2', 'd', 'e'])
    expect(registry.has('c')).toBe(false)
  })

  it('enables and disables by name; list() holds only enabled extractors', () => {
    const registry = createExtractorRegistry([named('a'), named('b'), named('c')])
    registry.disable(['a', 'c'])
    expect(registry.list().map((extractor) => extractor.name)).toEqual(['b'])
    expect(registry.names()).toEqual(['a', 'b', 'c'])
    registry.enable('c')
    expect(registry.list().map((extractor) => extractor.name)).toEqual(['b', 'c'])
    expect(registry.isEnabled('a')).toBe(false)
  })

  it('throws UNKNOWN_EXTRACTOR for an unknown name and changes nothing', () => {
    const registry = createExtractorRegistry([named('a'), named('b')])
    expect(codeOf(() => registry.before('x', named('y')))).toBe('UNKNOWN_EXTRACTOR')
    expect(codeOf(() => registry.after('x', named('y')))).toBe('UNKNOWN_EXTRACTOR')
    expect(codeOf(() => registry.replace('x', named('y')))).toBe('UNKNOWN_EXTRACTOR')
    expect(codeOf(() => registry.disable(['a', 'x']))).toBe('UNKNOWN_EXTRACTOR')
    expect(codeOf(() => registry.isEnabled('x'))).toBe('UNKNOWN_EXTRACTOR')
    expect(registry.isEnabled('a')).toBe(true)
    expect(registry.names()).toEqual(['a', 'b'])
  })

  it('throws DUPLICATE_EXTRACTOR for a taken name', () => {
    const registry = createExtractorRegistry([named('a'), named('b')])
    expect(codeOf(() => registry.push(named('a')))).toBe('DUPLICATE_EXTRACTOR')
    expect(codeOf(() => registry.replace('a', named('b')))).toBe('DUPLICATE_EXTRACTOR')
    expect(codeOf(() => createExtractorRegistry([named('a'), named('a')]))).toBe('DUPLICATE_EXTRACTOR')
    expect(registry.replace('a', named('a')).names()).toEqual(['a', 'b'])
  })

  it('rejects malformed extractors with INVALID_ARGUMENT', () => {
    expect(codeOf(() => defineExtractor({ name: '', sectionKinds: '*', extract() {} }))).toBe(
      'INVALID_ARGUMENT',
    )
    expect(codeOf(() => defineExtractor({ name: 'x', sectionKinds: 'plans' as never, extract() {} }))).toBe(
      'INVALID_ARGUMENT',
    )
    expect(codeOf(() => createExtractorRegistry().push({ name: 'x', sectionKinds: '*' } as never))).toBe(
      'INVALID_ARGUMENT',
    )
  })

  it('clones independently', () => {
    const registry = createExtractorRegistry([named('a')])
    const copy = registry.clone().push(named('b')).disable('a')
    expect(registry.names()).toEqual(['a'])
    expect(registry.isEnabled('a')).toBe(true)
    expect(copy.names()).toEqual(['a', 'b'])
  })

  it('resolves the extractors option', () => {
    expect(resolveExtractors(undefined).names()).toEqual(defaultExtractors().names())
    expect(
      resolveExtractors([named('extra')])
        .names()
        .at(-1),
    ).toBe('extra')
    const own = createExtractorRegistry([named('only')])
    const resolved = resolveExtractors(own)
    expect(resolved.names()).toEqual(['only'])
    resolved.push(named('more'))
    expect(own.names()).toEqual(['only'])
    expect(codeOf(() => resolveExtractors({} as never))).toBe('INVALID_OPTION')
    expect(codeOf(() => resolveExtractors([named('facts')]))).toBe('DUPLICATE_EXTRACTOR')
  })
})

describe('runExtractors', () => {
  it('runs each extractor once per section of its kinds, in document order then registry order', () => {
    const seen: string[] = []
    const registry = createExtractorRegistry([
      named('plans-only', ['plans'], seen),
      named('everything', '*', seen),
      named('achievements', ['achievements'], seen),
    ])
    runExtractors(document, registry, defaultTaxonomy)
    expect(seen).toEqual([
      'everything:s1',
      'everything:s2',
      'achievements:s2',
      'everything:s2.1',
      'achievements:s2.1',
      'everything:s3',
      'plans-only:s4',
      'everything:s4',
    ])
  })

  it('collects facts, statements, extensions, messages and the bound map', () => {
    const probe = defineExtractor({
      name: 'probe',
      sectionKinds: ['plans'],
      extract(section, context) {
        context.emit.set('planSections', [section.id])
        context.emit.message({
          ruleId: 'probe',
          reason: 'seen a plans section',
          start: section.start,
          end: section.end,
        })
      },
    })
    const result = runExtractors(document, defaultExtractors().push(probe), defaultTaxonomy)
    expect(result.facts.map((fact) => [fact.indicator, fact.value, fact.category])).toEqual([
      ['reconsideration.applications_received', 62, 'disputes'],
      ['reconsideration.accepted', 53, 'disputes'],
    ])
    const text = document.source.text
    for (const fact of result.facts) {
      expect(result.bound.get(fact.mention.start)).toBe(fact.indicator)
      expect(text.slice(fact.start, fact.end)).toMatch(/^\d+宗$/)
      expect(fact.sectionId).toBe('s2.1')
    }
    expect(result.statements.shortcomings.map((item) => item.marker)).toEqual(['一是', '二是'])
    expect(result.statements.plans.map((item) => text.slice(item.start, item.end))).toEqual([
      '完善复议制度。',
      '强化执法监督。',
    ])
    expect(result.extensions).toEqual({ planSections: ['s4'] })
    const plans = document.flat.find((section) => section.kind === 'plans')!
    expect(result.messages).toEqual([
      {
        ruleId: 'probe',
        reason: 'seen a plans section',
        severity: 'warning',
        start: plans.start,
        end: plans.end,
        actual: null,
      },
    ])
  })

  it('skips disabled extractors', () => {
    const result = runExtractors(document, defaultExtractors().disable(['facts', 'plans']), defaultTaxonomy)
    expect(result.facts).toEqual([])
    expect(result.statements.plans).toEqual([])
    expect(result.statements.shortcomings).toHaveLength(2)
  })

  it('throws UNKNOWN_INDICATOR when an extractor emits a fact for an indicator the taxonomy lacks', () => {
    const rogue = defineExtractor({
      name: 'rogue',
      sectionKinds: ['preamble'],
      extract(section, context) {
        context.emit.fact({
          indicator: 'nope.nope',
          value: 1,
          unit: '件',
          approx: 'exact',
          change: null,
          start: section.start,
          end: section.start + 1,
          mention: { start: section.start, end: section.start + 1 },
          sentence: { start: section.start, end: section.end },
          sectionId: section.id,
        })
      },
    })
    expect(codeOf(() => runExtractors(document, createExtractorRegistry([rogue]), defaultTaxonomy))).toBe(
      'UNKNOWN_INDICATOR',
    )
  })

  it('leaves a mention an earlier extractor bound to that extractor', () => {
    const first = defineExtractor({
      name: 'first',
      sectionKinds: ['achievements'],
      extract(section, context) {
        const sentence = section.paragraphs[0]?.sentences[0]
        const mention = sentence?.quantities[0]
        if (!sentence || !mention) return
        context.emit.fact({
          indicator: 'litigation.cases',
          value: mention.value.value,
          unit: '宗',
          approx: 'exact',
          change: null,
          start: mention.start,
          end: mention.end,
          mention: { start: mention.start, end: mention.end },
          sentence: { start: sentence.start, end: sentence.end },
          sectionId: section.id,
        })
      },
    })
    const result = runExtractors(document, defaultExtractors().before('facts', first), defaultTaxonomy)
    expect(result.facts.map((fact) => fact.indicator)).toEqual([
      'litigation.cases',
      'reconsideration.accepted',
    ])
  })
})

describe('reportExtract (unified plugin)', () => {
  function withDocument(): VFile {
    return new VFile({ value: document.source.text, data: { document } })
  }
  const emptyTree: Root = { type: 'RootNode', children: [] }

  it('writes file.data.extraction, with extractors other plugins add to this.data()', () => {
    const seen: string[] = []
    function addCounter(this: ReturnType<typeof unified>) {
      const list = this.data('reportExtractors') ?? []
      list.push(named('counter', ['plans'], seen))
      this.data('reportExtractors', list)
    }
    const processor = unified().use(addCounter).use(reportExtract).freeze()
    const file = withDocument()
    processor.runSync(emptyTree, file)
    expect(file.data.extraction?.facts).toHaveLength(2)
    expect(seen).toEqual(['counter:s4'])
  })

  it('takes extractors and taxonomy options', () => {
    const taxonomy = defaultTaxonomy.omit(['reconsideration.accepted'])
    const processor = unified()
      .use(reportExtract, { extractors: createExtractorRegistry(), taxonomy })
      .freeze()
    const file = withDocument()
    processor.runSync(emptyTree, file)
    expect(file.data.extraction?.facts).toEqual([])
    const withFacts = unified().use(reportExtract, { taxonomy }).freeze()
    const other = withDocument()
    withFacts.runSync(emptyTree, other)
    expect(other.data.extraction?.facts.map((fact) => fact.indicator)).toEqual([
      'reconsideration.applications_received',
    ])
  })

  it('throws INVALID_ARGUMENT without a document', () => {
    const processor = unified().use(reportExtract).freeze()
    expect(codeOf(() => processor.runSync(emptyTree, new VFile('text')))).toBe('INVALID_ARGUMENT')
  })
})
