/**
 * The binder's one-pass sentence scan: the cue trie, the character marks it notes on the way, the
 * sentence structure read from those marks, and the dispatcher's copy of the facts.
 */

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type BindTrace,
  bindFacts,
  createExtractorRegistry,
  defaultExtractors,
  defineExtractor,
  runExtractors,
} from '../../src/extractors/index.js'
import { compileMatcher, type HitIndex } from '../../src/extractors/matcher.js'
import { analyzeSentence, findRunInMarkers, STRUCTURE_CHARS } from '../../src/extractors/text.js'
import { defaultTaxonomy } from '../../src/taxonomy/index.js'
import { makeDocument, sentenceOf } from './helpers.js'

const matcher = compileMatcher(defaultTaxonomy)

/** Every occurrence of every atom, found the slow way: sorted by start then end. */
function bruteHits(text: string): { start: number; end: number; atom: number }[] {
  const hits: { start: number; end: number; atom: number }[] = []
  for (let start = 0; start < text.length; start++) {
    for (let end = start + 1; end <= text.length; end++) {
      const atom = matcher.atoms.indexOf(text.slice(start, end))
      if (atom !== -1) hits.push({ start, end, atom })
    }
  }
  return hits
}

const SAMPLES = [
  '2024年,共收到行政复议申请62宗,受理53宗,办结58宗(含去年结转18宗)。',
  '一是审查规范性文件12件;二是办理人大代表建议和政协委员提案共91件。',
  '全区《行政复议法》宣传活动开展“送法进企业”36场,每个村至少有3名法律明白人。',
  '另一方面,统一是关键,其三是行政应诉案件共25件。',
]

/** The hits of an index as objects. */
function hitList(index: HitIndex): { start: number; end: number; atom: number; longest: boolean }[] {
  const hits: { start: number; end: number; atom: number; longest: boolean }[] = []
  for (let hit = 0; hit < index.count; hit++) {
    hits.push({
      start: index.starts[hit]!,
      end: index.ends[hit]!,
      atom: index.atoms[hit]!,
      longest: index.longest[hit] === 1,
    })
  }
  return hits
}

/** The hits of the group of an atom, as objects (`undefined` when the atom does not occur). */
function groupList(index: HitIndex, atom: number) {
  const group = matcher.groupOf(index, atom)
  if (group === -1) return undefined
  const all = hitList(index)
  return [...index.order.subarray(index.groupStarts[group]!, index.groupStarts[group + 1]!)].map(
    (hit) => all[hit]!,
  )
}

/** Characters of the cue phrases (and a few others): random texts over them are full of phrases. */
const PHRASE_CHARS = [...new Set(matcher.atoms.slice(0, 120).join('') + '行政复议案件,。的')]

describe('the cue scan of a sentence', () => {
  it('finds every occurrence of every cue phrase, nested and overlapping ones included', () => {
    for (const text of SAMPLES) {
      const hits = hitList(matcher.index(text)).map(({ start, end, atom }) => ({ start, end, atom }))
      expect(hits).toEqual(bruteHits(text))
    }
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...matcher.atoms), fc.constantFrom(...PHRASE_CHARS))),
        (parts) => {
          const text = parts.join('')
          const hits = hitList(matcher.index(text)).map(({ start, end, atom }) => ({ start, end, atom }))
          expect(hits).toEqual(bruteHits(text))
        },
      ),
    )
  })

  it('scans a span of a longer string as it scans the span on its own, reusing an index', () => {
    const into = matcher.index('')
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...matcher.atoms), fc.constantFrom(...PHRASE_CHARS, '\n', ' '))),
        fc.nat(60),
        fc.nat(60),
        (parts, a, b) => {
          const text = parts.join('')
          const from = Math.min(a, b, text.length)
          const to = Math.min(Math.max(a, b), text.length)
          const span = matcher.index(text, STRUCTURE_CHARS, from, to, into)
          const alone = matcher.index(text.slice(from, to), STRUCTURE_CHARS)
          expect(hitList(span)).toEqual(hitList(alone))
          expect([...span.marked.subarray(0, span.markedCount)]).toEqual([
            ...alone.marked.subarray(0, alone.markedCount),
          ])
        },
      ),
    )
  })

  it('finds a phrase across a soft line break as it finds it without the break', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...matcher.atoms), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        (parts, at) => {
          const text = parts.join('')
          const k = 1 + (at % Math.max(1, text.length - 1))
          const broken = `${text.slice(0, k)}\n  ${text.slice(k)}`
          const shift = (offset: number, after: boolean) => offset + (after ? 3 : 0)
          const expected = hitList(matcher.index(text)).map((hit) => ({
            ...hit,
            start: shift(hit.start, hit.start >= k),
            end: shift(hit.end, hit.end > k),
          }))
          expect(hitList(matcher.index(broken))).toEqual(expected)
        },
      ),
    )
  })

  it('flags the longest phrase at each end', () => {
    for (const text of SAMPLES) {
      const all = hitList(matcher.index(text))
      for (const hit of all) {
        const longer = all.some((other) => other.end === hit.end && other.start < hit.start)
        expect(hit.longest).toBe(!longer)
      }
    }
    expect(hitList(matcher.index(SAMPLES[0]!))).toEqual(matcher.scan(SAMPLES[0]!))
  })

  it('notes exactly the offsets of the marked (1) and flagged (2) code units, in order', () => {
    const marks = new Uint8Array(0x10000)
    for (const char of ',;。') marks[char.charCodeAt(0)] = 1
    for (const char of '(件') marks[char.charCodeAt(0)] = 2
    marks['宗'.charCodeAt(0)] = 3
    for (const text of SAMPLES) {
      const offsets = (bit: number) =>
        [...text].flatMap((char, index) => ((marks[char.charCodeAt(0)]! & bit) !== 0 ? [index] : []))
      const index = matcher.index(text, marks)
      expect([...index.marked.subarray(0, index.markedCount)]).toEqual(offsets(1))
      expect([...index.flagged.subarray(0, index.flaggedCount)]).toEqual(offsets(2))
    }
  })

  it('groups the hits of each atom, also after another sentence was indexed in between', () => {
    const first = matcher.index(SAMPLES[0]!)
    const second = matcher.index(SAMPLES[1]!)
    for (const index of [first, second, first]) {
      const all = hitList(index)
      for (const hit of all) {
        expect(groupList(index, hit.atom)).toEqual(all.filter((other) => other.atom === hit.atom))
      }
    }
    const absent = matcher.atoms.findIndex((atom) => !SAMPLES[0]!.includes(atom))
    expect(matcher.groupOf(first, absent)).toBe(-1)
  })

  it('adds the atoms of a text to a set', () => {
    const atoms = new Set<number>()
    matcher.addAtoms(SAMPLES[1]!, atoms)
    expect(atoms).toEqual(new Set(bruteHits(SAMPLES[1]!).map((hit) => hit.atom)))
  })
})

describe('analyzeSentence', () => {
  const alphabet = [...'另一二三十方面其是统第,;。:《》“”x1']

  it('splits runs at the run-in markers the RUNIN pattern finds (outside titles, not 统一是)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const text = chars.join('')
        const { runStarts, titles } = analyzeSentence(text)
        const inTitle = (offset: number) =>
          titles.some((title) => title.start <= offset && offset < title.end)
        const markers = findRunInMarkers(text)
          .map((marker) => marker.start)
          .filter((start) => start !== 0 && !inTitle(start))
        for (const start of markers) expect(runStarts).toContain(start)
        // Every other run starts after a run delimiter.
        for (const start of runStarts) {
          if (start !== 0 && !markers.includes(start)) expect(';。').toContain(text[start - 1])
        }
      }),
    )
  })

  it('gives the same structure from the positions a scan noted as from the whole text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const text = chars.join('')
        const positions = [...text].flatMap((char, index) =>
          STRUCTURE_CHARS[char.charCodeAt(0)] === 1 ? [index] : [],
        )
        expect(analyzeSentence(text, positions)).toEqual(analyzeSentence(text))
      }),
    )
  })
})

describe('bindFacts with a trace that binds another sentence', () => {
  it('binds as it does without one', () => {
    const text = '共收到行政复议申请62宗,受理53宗,办结58宗(含去年结转18宗)。'
    const plain = bindFacts(sentenceOf(text), defaultTaxonomy)
    const nested = bindFacts(sentenceOf(text), defaultTaxonomy, {
      trace: (_trace: BindTrace) => {
        bindFacts(
          sentenceOf('一是审查规范性文件12件;二是办理人大代表建议和政协委员提案共91件。'),
          defaultTaxonomy,
        )
      },
    })
    expect(nested).toEqual(plain)
  })
})

describe('runExtractors: the facts it returns', () => {
  const document = makeDocument([
    {
      title: '行政复议',
      kind: 'achievements',
      topic: 'disputes',
      paragraphs: ['共收到行政复议申请62宗,受理53宗,办结58宗(含去年结转18宗)。'],
    },
  ])

  it('are the drafts with their category, keys in draft order, category last', () => {
    const facts = runExtractors(document, defaultExtractors(), defaultTaxonomy).facts
    const concluded = facts.find((fact) => fact.indicator === 'reconsideration.concluded')!
    expect(Object.keys(concluded)).toEqual([
      'indicator',
      'value',
      'unit',
      'approx',
      'change',
      'start',
      'end',
      'mention',
      'sentence',
      'sectionId',
      'components',
      'category',
    ])
    expect(concluded.components).toHaveLength(1)
    expect(Object.keys(facts[0]!).at(-1)).toBe('category')
  })

  it('keep whatever else a custom extractor put in its drafts', () => {
    const custom = defineExtractor({
      name: 'custom',
      sectionKinds: ['achievements'],
      extract(section, context) {
        const draft = {
          indicator: 'reconsideration.accepted' as const,
          value: 1,
          unit: '件',
          approx: 'exact' as const,
          change: null,
          start: section.start,
          end: section.start + 1,
          mention: { start: section.start, end: section.start + 1 },
          sentence: { start: section.start, end: section.end },
          sectionId: section.id,
          note: 'kept',
        }
        context.emit.fact(draft)
      },
    })
    const facts = runExtractors(document, createExtractorRegistry([custom]), defaultTaxonomy).facts
    expect(facts[0]).toMatchObject({ note: 'kept', category: 'disputes' })
  })
})
