/**
 * Fact accuracy against the gold files test/fixtures/<seed>.expected.json:
 * precision and recall of (indicator, value) multiset pairs per seed and per
 * category, plus the false positives/negatives with their sentence.
 *
 *     node --import tsx scripts/eval.ts            # table + errors
 *     node --import tsx scripts/eval.ts --quiet    # table only
 *
 * Each seed goes through the whole pipeline (`parseReport`).
 */

import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseReport } from '../src/parse-report.js'
import { defaultTaxonomy } from '../src/taxonomy/index.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const fixtures = join(root, 'test', 'fixtures')

/**
 * The annotated corpora: `seeds` (the five real reports the binder was developed on),
 * `heldout` (h1-h4: four reports written and annotated independently; measured once on the
 * first binder, then used as development data) and `heldout2` (h5-h8: written and annotated
 * independently, never looked at while tuning — the honest estimate on unseen text).
 */
export type Corpus = 'seeds' | 'heldout' | 'heldout2'
const corpora: Record<Corpus, { gold: string; text: string }> = {
  seeds: { gold: fixtures, text: join(fixtures, 'seeds') },
  heldout: { gold: join(fixtures, 'heldout'), text: join(fixtures, 'heldout') },
  heldout2: { gold: join(fixtures, 'heldout2'), text: join(fixtures, 'heldout2') },
}

/** One gold fact. */
export interface GoldFact {
  indicator: string
  value: number
  unit: string
  text: string
  quote: string
}

/** A predicted fact as the evaluation sees it. */
export interface PredictedFact {
  indicator: string
  value: number
  unit: string
  /** The fact's text in the original input. */
  text: string
  /** The sentence in the original input. */
  sentence: string
  /** Whether `text` equals `input.slice(start, end)`. */
  textMatches: boolean
}

/** Counts of one row of the table. */
export interface Score {
  truePositives: number
  predicted: number
  gold: number
}

/** The evaluation of one seed. */
export interface SeedEvaluation {
  seed: string
  score: Score
  byCategory: Map<string, Score>
  falsePositives: PredictedFact[]
  falseNegatives: GoldFact[]
  /** Matched pairs whose text equals the gold text (e.g. 「近120余人次」 with its qualifier). */
  sameText: number
  /** Facts whose `text` is not `input.slice(start, end)` (must be 0). */
  badSpans: number
}

/**
 * The seeds that have a gold file.
 *
 * @returns Seed names (without extension), sorted.
 */
export function goldSeeds(corpus: Corpus = 'seeds'): string[] {
  return readdirSync(corpora[corpus].gold)
    .filter((name) => name.endsWith('.expected.json'))
    .map((name) => name.slice(0, -'.expected.json'.length))
    .sort()
}

/**
 * Run the pipeline on one seed and return its facts.
 *
 * @param seed - Seed name.
 * @returns The predicted facts.
 */
export function predict(seed: string, corpus: Corpus = 'seeds'): PredictedFact[] {
  const input = readFileSync(join(corpora[corpus].text, `${seed}.txt`), 'utf8')
  return parseReport(input).facts.map((fact) => ({
    indicator: fact.indicator,
    value: fact.value,
    unit: fact.unit,
    text: fact.text,
    sentence: input.slice(fact.sentence.start, fact.sentence.end),
    textMatches: fact.text === input.slice(fact.start, fact.end),
  }))
}

/**
 * Evaluate one seed against its gold file.
 *
 * @param seed - Seed name.
 * @returns The evaluation.
 */
export function evaluateSeed(seed: string, corpus: Corpus = 'seeds'): SeedEvaluation {
  const gold = (
    JSON.parse(readFileSync(join(corpora[corpus].gold, `${seed}.expected.json`), 'utf8')) as {
      facts: GoldFact[]
    }
  ).facts
  const predicted = predict(seed, corpus)
  const remaining = new Map<string, GoldFact[]>()
  for (const fact of gold) {
    const key = keyOf(fact)
    remaining.set(key, [...(remaining.get(key) ?? []), fact])
  }
  const byCategory = new Map<string, Score>()
  const row = (indicator: string): Score => {
    const category = categoryOf(indicator)
    let score = byCategory.get(category)
    if (score === undefined) {
      score = { truePositives: 0, predicted: 0, gold: 0 }
      byCategory.set(category, score)
    }
    return score
  }
  const falsePositives: PredictedFact[] = []
  let truePositives = 0
  let sameText = 0
  for (const fact of predicted) {
    row(fact.indicator).predicted++
    const list = remaining.get(keyOf(fact))
    if (list !== undefined && list.length > 0) {
      // Prefer the gold entry with the same text (two 100% rates in one sentence …).
      const at = Math.max(
        0,
        list.findIndex((gold) => gold.text === fact.text),
      )
      const [gold] = list.splice(at, 1)
      if (gold?.text === fact.text) sameText++
      truePositives++
      row(fact.indicator).truePositives++
    } else {
      falsePositives.push(fact)
    }
  }
  for (const fact of gold) row(fact.indicator).gold++
  const falseNegatives = [...remaining.values()].flat()
  return {
    seed,
    score: { truePositives, predicted: predicted.length, gold: gold.length },
    byCategory,
    falsePositives,
    falseNegatives,
    sameText,
    badSpans: predicted.filter((fact) => !fact.textMatches).length,
  }
}

/**
 * Precision and recall of a score (1 when there is nothing to find or nothing found).
 *
 * @param score - Counts.
 * @returns `{ precision, recall }`.
 */
export function rates(score: Score): { precision: number; recall: number } {
  return {
    precision: score.predicted === 0 ? 1 : score.truePositives / score.predicted,
    recall: score.gold === 0 ? 1 : score.truePositives / score.gold,
  }
}

/**
 * Sum scores.
 *
 * @param scores - Scores.
 * @returns The pooled score.
 */
export function pool(scores: Iterable<Score>): Score {
  const total = { truePositives: 0, predicted: 0, gold: 0 }
  for (const score of scores) {
    total.truePositives += score.truePositives
    total.predicted += score.predicted
    total.gold += score.gold
  }
  return total
}

/**
 * Render the per-seed and per-category table.
 *
 * @param evaluations - Seed evaluations.
 * @returns The table text.
 */
export function formatTable(evaluations: readonly SeedEvaluation[]): string {
  const lines = [pad('seed', 24) + pad('gold', 6) + pad('pred', 6) + pad('tp', 6) + pad('P', 8) + 'R']
  const line = (name: string, score: Score): string => {
    const { precision, recall } = rates(score)
    return (
      pad(name, 24) +
      pad(String(score.gold), 6) +
      pad(String(score.predicted), 6) +
      pad(String(score.truePositives), 6) +
      pad(precision.toFixed(3), 8) +
      recall.toFixed(3)
    )
  }
  for (const evaluation of evaluations) lines.push(line(evaluation.seed, evaluation.score))
  lines.push(line('pooled', pool(evaluations.map((evaluation) => evaluation.score))))
  lines.push('', pad('category', 24) + pad('gold', 6) + pad('pred', 6) + pad('tp', 6) + pad('P', 8) + 'R')
  const categories = new Map<string, Score[]>()
  for (const evaluation of evaluations) {
    for (const [category, score] of evaluation.byCategory) {
      categories.set(category, [...(categories.get(category) ?? []), score])
    }
  }
  for (const category of [...categories.keys()].sort())
    lines.push(line(category, pool(categories.get(category)!)))
  return lines.join('\n')
}

function keyOf(fact: { indicator: string; value: number }): string {
  return `${fact.indicator}=${Math.round(fact.value * 1e6) / 1e6}`
}

function categoryOf(indicator: string): string {
  return defaultTaxonomy.has(indicator) ? defaultTaxonomy.get(indicator).category : indicator.split('.')[0]!
}

function pad(text: string, width: number): string {
  return text.padEnd(width)
}

const TITLES: Record<Corpus, string> = {
  seeds: 'seed reports (development set)',
  heldout: 'held-out set 1, h1-h4 (written independently; used for development after the first measurement)',
  heldout2: 'held-out set 2, h5-h8 (written independently; never seen while tuning)',
}

function main(): void {
  const quiet = process.argv.includes('--quiet')
  for (const corpus of ['seeds', 'heldout', 'heldout2'] as const) {
    const evaluations = goldSeeds(corpus).map((seed) => evaluateSeed(seed, corpus))
    console.log(`\n#### ${TITLES[corpus]}\n`)
    console.log(formatTable(evaluations))
    const matched = evaluations.reduce((sum, evaluation) => sum + evaluation.score.truePositives, 0)
    const sameText = evaluations.reduce((sum, evaluation) => sum + evaluation.sameText, 0)
    const badSpans = evaluations.reduce((sum, evaluation) => sum + evaluation.badSpans, 0)
    console.log(`\nmatched facts whose text equals the gold text: ${sameText}/${matched}`)
    console.log(`facts whose text is not input.slice(start, end): ${badSpans}`)
    if (quiet) continue
    for (const evaluation of evaluations) {
      if (evaluation.falsePositives.length + evaluation.falseNegatives.length === 0) continue
      console.log(`\n== ${evaluation.seed}`)
      for (const fact of evaluation.falsePositives) {
        console.log(
          `  FP ${fact.indicator} ${fact.value} «${fact.text}»  ${fact.sentence.trim().slice(0, 120)}`,
        )
      }
      for (const fact of evaluation.falseNegatives) {
        console.log(`  FN ${fact.indicator} ${fact.value} «${fact.text}»  ${fact.quote}`)
      }
    }
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main()
