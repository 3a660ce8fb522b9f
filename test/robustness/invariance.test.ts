/**
 * Metamorphic invariance: the same report written differently (full-width or
 * half-width forms, other line breaks, CRLF, HTML, GBK bytes, traditional
 * script, page chrome) gives the same sections, metadata and facts, and the
 * spans of each variant point into that variant's own input.
 */

import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { parseReport, type Report } from '../../src/index.js'
import { reportTextArb } from './generate.js'
import {
  factTexts,
  makeVariants,
  offsetString,
  signature,
  spanProblems,
  toOneLine,
  type Variant,
  type VariantName,
} from './variants.js'

const seedDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'seeds')
const seeds = readdirSync(seedDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ name: name.slice(0, 3), text: readFileSync(join(seedDir, name), 'utf8') }))

const VARIANTS: readonly VariantName[] = [
  'fullwidth',
  'halfwidth',
  'mixedwidth',
  'nobreaks',
  'extrabreaks',
  'crlf',
  'html',
  'gbk',
  'traditional',
  'chrome',
]

function parseVariant(variant: Variant): Report {
  return parseReport(variant.input, variant.format === undefined ? null : { format: variant.format })
}

/** Every difference between a variant's report and the original's, as lines (empty when invariant). */
function differences(original: Report, variant: Variant, report: Report): string[] {
  const out: string[] = []
  const input = offsetString(variant.input, report)
  out.push(...spanProblems(report, input).map((problem) => `span: ${problem}`))
  const a = signature(original)
  const b = signature(report)
  for (const key of Object.keys(a.meta) as (keyof typeof a.meta)[]) {
    if (a.meta[key] !== b.meta[key]) {
      out.push(`meta.${key}: ${JSON.stringify(a.meta[key])} → ${JSON.stringify(b.meta[key])}`)
    }
  }
  const diffList = (what: string, left: string[], right: string[]): void => {
    const rest = [...right]
    for (const item of left) {
      const at = rest.indexOf(item)
      if (at === -1) out.push(`${what} lost: ${item.trim()}`)
      else rest.splice(at, 1)
    }
    for (const item of rest) out.push(`${what} gained: ${item.trim()}`)
  }
  if (a.sections.join('\n') !== b.sections.join('\n')) diffList('section', a.sections, b.sections)
  diffList('fact', a.facts, b.facts)
  diffList('fact text', factTexts(original), factTexts(report))
  return out
}

const matrix = new Map<string, Map<string, string>>()
function record(seed: string, variant: string, result: string): void {
  if (!matrix.has(seed)) matrix.set(seed, new Map())
  matrix.get(seed)!.set(variant, result)
}

afterAll(() => {
  const columns = [...VARIANTS, 'oneline']
  const rows = [...matrix.entries()].map(([seed, results]) => [
    seed,
    ...columns.map((name) => results.get(name) ?? '·'),
  ])
  const header = ['seed', ...columns]
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)))
  console.log(
    `invariance (ok = invariant; n = number of differences; "=" = variant equals the original):\n${[
      header,
      ...rows,
    ]
      .map((row) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '))
      .join('\n')}`,
  )
})

describe.each(seeds)('seed $name', ({ name, text }) => {
  let original: Report | undefined
  const getOriginal = (): Report => {
    if (original === undefined) original = parseReport(text)
    return original
  }
  let variants: Variant[] | undefined
  const getVariants = (): Variant[] => {
    const report = getOriginal()
    variants ??= makeVariants(text, {
      title: report.meta.title,
      jurisdictionCode: report.meta.jurisdiction?.code ?? null,
    })
    return variants
  }

  it('the original parses and its spans are right', () => {
    const report = getOriginal()
    expect(spanProblems(report, text)).toEqual([])
    expect(report.sections.length).toBeGreaterThan(0)
  })

  it.each(VARIANTS)('%s', (variantName) => {
    const variant = getVariants().find((candidate) => candidate.name === variantName)!
    if (variant.input === text) {
      record(name, variantName, '=')
      return
    }
    const report = parseVariant(variant)
    const diff = differences(getOriginal(), variant, report)
    record(name, variantName, diff.length === 0 ? 'ok' : `FAIL ${diff.length}`)
    expect(diff).toEqual([])
  })

  it('oneline (every line break removed): same facts, spans follow the input', () => {
    const input = toOneLine(text)
    const report = parseReport(input)
    const problems = spanProblems(report, input)
    const a = signature(getOriginal()).facts
    const b = signature(report).facts
    record(name, 'oneline', problems.length === 0 && a.join('\n') === b.join('\n') ? 'ok' : 'FAIL')
    expect(problems).toEqual([])
    expect(b).toEqual(a)
  })
})

describe('generated reports', () => {
  it('are invariant under every variant', () => {
    const failures: string[] = []
    fc.assert(
      fc.property(reportTextArb, (text) => {
        const original = parseReport(text)
        const info = {
          title: original.meta.title,
          jurisdictionCode: original.meta.jurisdiction?.code ?? null,
        }
        for (const variant of makeVariants(text, info)) {
          if (variant.input === text) continue
          const diff = differences(original, variant, parseVariant(variant))
          if (diff.length > 0) {
            failures.push(`${variant.name}: ${diff.slice(0, 5).join('; ')}`)
            return false
          }
        }
        return true
      }),
      { numRuns: Number(process.env.INVARIANCE_RUNS ?? 30) },
    )
    expect(failures).toEqual([])
  }, 120_000)
})
