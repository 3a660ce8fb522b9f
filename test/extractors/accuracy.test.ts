import { describe, expect, it } from 'vitest'
import { evaluateSeed, formatTable, goldSeeds, pool, rates } from '../../scripts/eval.js'

describe('fact accuracy against the gold files (test/fixtures/*.expected.json)', () => {
  const seeds = goldSeeds()
  const evaluations = seeds.map((seed) => evaluateSeed(seed))

  it('has gold for the five seeds', () => {
    expect(seeds).toHaveLength(5)
  })

  it('reaches precision ≥ 0.95 and recall ≥ 0.90 over all seeds pooled', () => {
    console.log(formatTable(evaluations))
    const { precision, recall } = rates(pool(evaluations.map((evaluation) => evaluation.score)))
    expect(precision).toBeGreaterThanOrEqual(0.95)
    expect(recall).toBeGreaterThanOrEqual(0.9)
  })

  it('gives every fact a text equal to input.slice(start, end)', () => {
    for (const evaluation of evaluations) expect(evaluation.badSpans, evaluation.seed).toBe(0)
  })
})

describe('fact accuracy on the held-out reports (test/fixtures/heldout)', () => {
  const evaluations = goldSeeds('heldout').map((seed) => evaluateSeed(seed, 'heldout'))

  it('stays at precision ≥ 0.95 and recall ≥ 0.93 pooled on text the binder was not written for', () => {
    const { precision, recall } = rates(pool(evaluations.map((evaluation) => evaluation.score)))
    expect(precision).toBeGreaterThanOrEqual(0.95)
    expect(recall).toBeGreaterThanOrEqual(0.93)
  })
})
