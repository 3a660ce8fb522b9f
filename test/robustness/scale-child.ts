/**
 * Child process of the memory checks (scale.test.ts, bench/full.ts): builds a
 * report file of the requested size (UTF-8 bytes) by repeating the seed
 * reports, parses the bytes once, and prints what it cost as one JSON line. Run
 * in its own process so that `maxRSS` is the peak of this parse alone.
 *
 * Usage: `node --expose-gc --import tsx test/robustness/scale-child.ts <bytes>`
 *
 * @module
 */

import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseReport } from '../../src/index.js'

const targetBytes = Number(process.argv[2] ?? 1_000_000)
const seedDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'seeds')
const body = readdirSync(seedDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(seedDir, name), 'utf8'))
  .join('\n\n')

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {})
const encoder = new TextEncoder()
const unit = encoder.encode(`${body}\n\n`)
const input = new Uint8Array(Math.floor(targetBytes / unit.length) * unit.length)
for (let at = 0; at < input.length; at += unit.length) input.set(unit, at)
gc()
const heapBefore = process.memoryUsage().heapUsed
const rssBefore = process.memoryUsage().rss
const t0 = performance.now()
const report = parseReport(input, { maxInputBytes: Math.max(input.length, 52_428_800) })
const ms = performance.now() - t0
const maxRssAfter = process.resourceUsage().maxRSS * 1024
gc()
const heapAfter = process.memoryUsage().heapUsed
console.log(
  JSON.stringify({
    inputBytes: input.length,
    chars: report.source.length,
    ms,
    heapBefore,
    heapRetained: heapAfter - heapBefore,
    rssBefore,
    // Peak resident memory during the parse above what the process held just before it (an upper bound).
    peakRssGrowth: Math.max(0, maxRssAfter - rssBefore),
    maxRss: maxRssAfter,
    facts: report.facts.length,
    quantities: report.quantities.length,
    sections: report.sections.length,
  }),
)
