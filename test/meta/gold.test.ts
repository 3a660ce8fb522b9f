import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkCompleteness, checkTimeliness, extractMeta } from '../../src/meta/index.js'
import { documentFromGold, type Gold, seed, textSource } from './helpers.js'

// Gold files (test/fixtures/<seed>.expected.json) are written by annotators from the seed text.
// The document view is built from the gold section list, so these tests check the metadata stage alone.
const fixtures = new URL('../fixtures/', import.meta.url)
const golds = readdirSync(fixtures)
  .filter((file) => file.endsWith('.expected.json'))
  .sort()

describe('metadata against the gold files', () => {
  it('has a gold file for every seed', () => {
    const seeds = readdirSync(new URL('seeds/', fixtures)).filter((file) => file.endsWith('.txt'))
    expect(golds.map((file) => file.replace('.expected.json', '.txt'))).toEqual(seeds.sort())
  })

  for (const file of golds) {
    const gold = JSON.parse(readFileSync(new URL(file, fixtures), 'utf8')) as Gold
    const name = gold.file.replace(/\.txt$/, '')

    describe(name, () => {
      const source = textSource(seed(name))
      const document = documentFromGold(source, gold)
      const { meta } = extractMeta(source, document)

      it('matches the gold meta block', () => {
        const { titleSpan: _, ...rest } = meta
        expect(rest).toEqual(gold.meta)
      })

      it('matches the gold completeness', () => {
        const { items } = checkCompleteness(document.sections)
        const present = Object.fromEntries(
          Object.entries(items).map(([item, value]) => [item, value.present]),
        )
        expect(present).toEqual(gold.completeness)
      })

      it('matches the gold timeliness', () => {
        expect(checkTimeliness(meta).status).toBe(gold.timeliness)
      })
    })
  }
})
