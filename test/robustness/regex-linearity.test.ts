/**
 * Every regex in src/ scans adversarial input in linear time: long runs of
 * digits, 一二三, 、, `(`, whitespace, heading markers, dates and the pattern's own
 * characters, each ending in a character that makes the match fail. Scaling is
 * judged by comparing 100 KB with 1 MB (or 10 KB with 100 KB) in the same run,
 * never by an absolute time limit.
 */

import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { listTsFiles, literalChars, scanRegexes } from './regex-inventory.js'
import {
  type Generator,
  measurePatterns,
  type PatternJob,
  type PatternResult,
  STANDARD_GENERATORS,
  sizeLabel,
  worstInput,
} from './regex-timing.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const srcDir = join(root, 'src')
const LIMIT = 30
const selfPath = fileURLToPath(import.meta.url)

/** Regexes built at run time while the src modules load (captured by wrapping the global `RegExp`). */
async function captureRuntimeRegexes(): Promise<{ where: string; source: string; flags: string }[]> {
  const captured: { where: string; source: string; flags: string }[] = []
  const Original = globalThis.RegExp
  const srcPrefix = `${srcDir}/`
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      const made = Reflect.construct(
        target,
        args,
        newTarget === globalThis.RegExp ? target : newTarget,
      ) as RegExp
      // The first frame outside this file is the code that built the regex: keep it only when it is in src/.
      const frame = (new Error().stack ?? '')
        .split('\n')
        .slice(1)
        .find((line) => !line.includes(selfPath) && !line.includes('new <anonymous>'))
      if (frame?.includes(srcPrefix)) {
        const match = /\(?([^()\s]+):(\d+):\d+\)?\s*$/.exec(frame)
        const where = match ? `${relative(root, match[1]!.replace(/^file:\/\//, ''))}:${match[2]}` : 'src/?'
        captured.push({ where: `${where} (run time)`, source: made.source, flags: made.flags })
      }
      return made
    },
  })
  try {
    for (const file of listTsFiles(srcDir)) {
      const rel = relative(srcDir, file)
      if (rel.startsWith('cli/') || rel.startsWith('cli\\')) continue
      try {
        await import(file)
      } catch (error) {
        console.warn(`[regex-linearity] could not import ${rel}: ${String(error).slice(0, 200)}`)
      }
    }
  } finally {
    globalThis.RegExp = Original
  }
  return captured
}

function ownGenerators(source: string): Generator[] {
  const chars = literalChars(source)
  if (chars.length === 0) return []
  const standard = new Set(STANDARD_GENERATORS.map((gen) => gen.unit))
  const extra: Generator[] = [{ kind: 'own-chars', unit: chars.join('') }]
  for (const char of chars.slice(0, 3)) {
    if (!standard.has(char)) extra.push({ kind: `own-run:${JSON.stringify(char)}`, unit: char })
  }
  return extra
}

function fmt(ms: number | undefined): string {
  return ms === undefined || Number.isNaN(ms) ? '-' : ms < 10 ? ms.toFixed(2) : ms.toFixed(0)
}

function table(results: PatternResult[]): string {
  const rows = results.map((result) => {
    const worst = worstInput(result)
    const pattern = `/${result.source}/${result.flags}`
    return [
      result.ok ? 'ok' : 'FAIL',
      result.where,
      pattern.length > 48 ? `${pattern.slice(0, 45)}...` : pattern,
      result.error ?? worst?.kind ?? '(all noise)',
      worst?.compared ?? '-',
      worst?.ratio == null ? '-' : worst.ratio.toFixed(1),
      worst ? worst.sizes.map((size, i) => `${sizeLabel(size)} ${fmt(worst.times[i])}`).join(' · ') : '-',
    ]
  })
  const header = ['', 'where', 'pattern', 'worst input', 'sizes', 'ratio', 'best-of-3 ms per size']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)))
  const line = (cells: string[]): string => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')
  return [line(header), ...rows.map(line)].join('\n')
}

describe('regex linearity', () => {
  it('flags a known quadratic pattern and passes a linear one (the detector works)', async () => {
    const results = await measurePatterns(
      [
        { where: 'quadratic', source: '[0-9]+x', flags: '', extra: [] },
        { where: 'linear', source: '[0-9]+', flags: 'g', extra: [] },
      ],
      { kinds: ['digits'], limit: LIMIT },
    )
    expect(results.map((result) => result.ok)).toEqual([false, true])
  })

  it('every regex in src/ scales linearly on adversarial input', async () => {
    const inventory = scanRegexes(srcDir, root)
    const runtime = await captureRuntimeRegexes()
    const seen = new Map<string, PatternJob>()
    const add = (where: string, source: string, flags: string): void => {
      const key = `${flags}\u0000${source}`
      const known = seen.get(key)
      if (known) {
        if (!known.where.includes(where))
          known.where += known.where.split(', ').length < 3 ? `, ${where}` : ''
        return
      }
      seen.set(key, { where, source, flags, extra: ownGenerators(source) })
    }
    for (const found of inventory.patterns) add(found.where, found.source, found.flags)
    const dynamicChecked = runtime.filter((found) => !seen.has(`${found.flags}\u0000${found.source}`))
    for (const found of dynamicChecked) add(found.where, found.source, found.flags)
    const jobs = [...seen.values()]

    const started = performance.now()
    const results = await measurePatterns(jobs, { limit: LIMIT })
    const seconds = (performance.now() - started) / 1000

    const failures = results.filter((result) => !result.ok)
    const measured = results.filter((result) => worstInput(result) !== undefined).length
    console.log(
      [
        `regex linearity: ${inventory.files} files, ${inventory.patterns.length} regex sites, ${jobs.length} distinct patterns ` +
          `(${dynamicChecked.length} built at run time), ${STANDARD_GENERATORS.length} standard inputs + own-character inputs each, ` +
          `${measured} with measurable times, ${failures.length} failing, ${seconds.toFixed(1)} s`,
        table(results),
        inventory.dynamic.length === 0
          ? 'dynamic RegExp sites: none'
          : `dynamic RegExp sites (${inventory.dynamic.length}; those built at module load are measured above as "(run time)", ` +
            'the rest are covered through the public functions in scale.test.ts):\n' +
            inventory.dynamic.map((site) => `  ${site.where}  ${site.code}`).join('\n'),
      ].join('\n\n'),
    )
    expect(
      failures.map((result) => {
        const worst = worstInput(result)
        return `${result.where} /${result.source}/${result.flags}: ${result.error ?? `${worst?.kind} ${worst?.compared} ratio ${worst?.ratio?.toFixed(1) ?? '-'} ${worst?.note ?? ''}`}`
      }),
    ).toEqual([])
  }, 240_000)
})
