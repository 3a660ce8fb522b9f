/**
 * The binder's hand-written readers give what the regular expressions they replace gave: the change of a
 * mention (growth words at the end of its window, the basis in its run), and the small character sets.
 */

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { changeOf } from '../../src/extractors/facts.js'
import { charSet, inCharSet } from '../../src/extractors/text.js'
import type { PercentageMention, QuantityMention } from '../../src/normalize/types.js'

const GROWTH_UP = /(?:增长率|增幅|增速|增长|增加|上升|提高|提升|净增)了?(?:为|达|达到|是)?$/
const GROWTH_DOWN = /(?:降幅|下降率|下降|减少|降低|净减)了?(?:为|达|达到|是)?$/
const GROWTH_LAST = new Set('率幅速长加升高增了为达到是降少低减')
const BASIS_YEAR = /同比/
const BASIS_PREVIOUS = /较上年|比上年|较去年|比去年|环比|较上一年|比上一年/

type Mention = QuantityMention | PercentageMention

/** `changeOf` as it was written with regular expressions on slices of the text. */
function changeOfByPatterns(mention: Mention, text: string, from: number, runFrom: number, s: number) {
  const basisOf = (part: string) =>
    BASIS_YEAR.test(part) ? 'year_on_year' : BASIS_PREVIOUS.test(part) ? 'previous' : null
  const stated = mention.value.change
  if (stated) {
    if (stated.basis !== null) return stated
    const basis = basisOf(text.slice(runFrom, s))
    return basis === null ? stated : { direction: stated.direction, basis }
  }
  if (from >= s || !GROWTH_LAST.has(text[s - 1]!)) return null
  const before = text.slice(from, s)
  const direction = GROWTH_UP.test(before) ? 'up' : GROWTH_DOWN.test(before) ? 'down' : null
  if (direction === null) return null
  if (!(mention.type === 'percentage' || basisOf(before) !== null)) return null
  return { direction, basis: basisOf(text.slice(runFrom, s)) }
}

/** Characters of the growth words, the bases and a few others. */
const ALPHABET = [...'增长率幅速加上升提高净降下减少低了为达到是同比较环去一年x,']

function mentionOf(type: 'quantity' | 'percentage', change: 'up' | null): Mention {
  const value = {
    value: 1,
    unit: type === 'percentage' ? '%' : '件',
    unitClass: null,
    approx: 'exact' as const,
    change: change === null ? null : { direction: change, basis: null },
  }
  return { type, start: 0, end: 1, text: '1', value } as unknown as Mention
}

describe('changeOf', () => {
  it('reads the growth words and the basis as the regular expressions did', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...ALPHABET), { maxLength: 24 }),
        fc.nat(24),
        fc.nat(24),
        fc.nat(24),
        fc.constantFrom('quantity' as const, 'percentage' as const),
        fc.constantFrom('up' as const, null),
        (chars, a, b, c, type, change) => {
          const text = chars.join('')
          const s = Math.min(c, text.length)
          const from = Math.min(a, s)
          const runFrom = Math.min(b, s)
          const mention = mentionOf(type, change)
          expect(changeOf(mention, text, from, runFrom, s)).toEqual(
            changeOfByPatterns(mention, text, from, runFrom, s),
          )
        },
      ),
      { numRuns: 3000 },
    )
  })

  it('finds the common cases', () => {
    expect(changeOf(mentionOf('quantity', null), '同比增加2007户', 0, 0, 4)).toEqual({
      direction: 'up',
      basis: 'year_on_year',
    })
    expect(changeOf(mentionOf('percentage', null), '较上年下降了9.7%', 0, 0, 6)).toEqual({
      direction: 'down',
      basis: 'previous',
    })
    expect(changeOf(mentionOf('quantity', null), '增加2007户', 0, 0, 2)).toBeNull()
  })
})

describe('charSet', () => {
  it('holds exactly its characters', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }),
        fc.integer({ min: 0, max: 0xffff }),
        (codes, probe) => {
          const set = charSet(codes.map((code) => String.fromCharCode(code)))
          for (const code of codes) expect(inCharSet(set, code)).toBe(true)
          expect(inCharSet(set, probe)).toBe(codes.includes(probe))
          expect(inCharSet(set, Number.NaN)).toBe(false)
        },
      ),
    )
  })
})
