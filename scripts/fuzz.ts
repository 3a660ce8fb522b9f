/**
 * Long fuzz run: the properties of test/robustness/properties.ts (the same ones
 * the CI suite runs briefly) with many more runs.
 *
 * Usage:
 *   npm run fuzz -- --runs 100000 [--seed N] [--only parseReport] [--time-limit 600]
 *
 * `--runs` is the number of runs of each property (those that parse several
 * inputs per run, such as the generated-report one, get `runs / cost`);
 * `--time-limit` caps each property in seconds. Prints one line per property and every
 * counterexample with the seed and path that reproduce it; exits 1 on a failure.
 *
 * @module
 */

import fc from 'fast-check'
import { buildProperties, OPTIONAL_ENTRY_POINTS, runsFor } from '../test/robustness/properties.js'

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`)
  if (index !== -1) return process.argv[index + 1]
  const inline = process.argv.find((arg) => arg.startsWith(`--${name}=`))
  return inline?.slice(name.length + 3)
}

const runs = Number(option('runs') ?? 10_000)
const seed = option('seed') === undefined ? Date.now() ^ (Math.random() * 0x7fffffff) : Number(option('seed'))
const only = option('only')
const timeLimit = option('time-limit') === undefined ? undefined : Number(option('time-limit')) * 1000

function show(value: unknown): string {
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof Uint8Array) {
      const hex = Buffer.from(item.subarray(0, 64)).toString('hex')
      return `<${item.length} bytes: ${hex}${item.length > 64 ? '…' : ''}>`
    }
    if (item instanceof ArrayBuffer) return `<ArrayBuffer ${item.byteLength} bytes>`
    return item
  })
  return text === undefined
    ? String(value)
    : text.length > 2000
      ? `${text.slice(0, 2000)}… (${text.length} chars)`
      : text
}

console.log(
  `fuzz: seed ${seed}, ${runs} runs per property${only ? `, only "${only}"` : ''}${timeLimit ? `, ${timeLimit / 1000} s per property` : ''}`,
)
let failed = 0
let total = 0
const started = performance.now()
for (const prop of buildProperties()) {
  if (only !== undefined && !prop.name.includes(only)) continue
  if (prop.property === null) {
    const optional = (OPTIONAL_ENTRY_POINTS as readonly string[]).includes(prop.entry)
    console.log(`${optional ? 'skip' : 'MISSING'}  ${prop.name}: ${prop.entry} is not exported`)
    if (!optional) failed++
    continue
  }
  const t0 = performance.now()
  // Every property is synchronous, so fc.check returns the details directly.
  const details = fc.check(prop.property, {
    seed,
    numRuns: runsFor(prop, runs),
    ...(timeLimit === undefined ? {} : { interruptAfterTimeLimit: timeLimit }),
  }) as fc.RunDetails<unknown>
  const seconds = ((performance.now() - t0) / 1000).toFixed(1)
  total += details.numRuns
  if (details.failed) {
    failed++
    console.log(
      `FAIL  ${prop.name}: failed after ${details.numRuns} runs, ${details.numShrinks} shrinks (${seconds} s)`,
    )
    console.log(`  counterexample: ${show(details.counterexample)}`)
    console.log(
      `  reproduce: fc.assert(property, { seed: ${details.seed}, path: ${JSON.stringify(details.counterexamplePath)} })`,
    )
    console.log(
      `  ${String(
        details.errorInstance instanceof Error ? details.errorInstance.message : details.errorInstance,
      )
        .split('\n')
        .join('\n  ')}`,
    )
  } else {
    console.log(
      `ok    ${prop.name}: ${details.numRuns} runs${details.numSkips > 0 ? `, ${details.numSkips} skipped` : ''}${details.interrupted ? ' (time limit)' : ''} (${seconds} s)`,
    )
  }
}
console.log(
  `fuzz: ${total} runs in ${((performance.now() - started) / 1000).toFixed(0)} s, ${failed} failing properties (seed ${seed})`,
)
process.exitCode = failed > 0 ? 1 : 0
