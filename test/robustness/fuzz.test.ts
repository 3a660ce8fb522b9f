/**
 * Property-based fuzzing of every public entry point (bounded runs for CI; the
 * long mode is `npm run fuzz -- --runs 100000`). Properties: only typed
 * `FazhiReportError`s are thrown; every span is inside the input and
 * `input.slice(start, end) === text`; sections nest without overlapping; the
 * output is deterministic; `JSON.stringify` loses nothing.
 *
 * Reproduce a failure with `FUZZ_SEED=<seed> npx vitest run test/robustness/fuzz.test.ts`
 * (fast-check also prints the seed and path of every counterexample).
 */

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { api, buildProperties, OPTIONAL_ENTRY_POINTS, REQUIRED_ENTRY_POINTS } from './properties.js'

const seed =
  process.env.FUZZ_SEED === undefined
    ? Date.now() ^ (Math.random() * 0x7fffffff)
    : Number(process.env.FUZZ_SEED)
const RUNS = Number(process.env.FUZZ_RUNS ?? 200)
fc.configureGlobal({ seed, numRuns: RUNS })
console.log(`fuzz: seed ${seed} (reproduce with FUZZ_SEED=${seed}), ${RUNS} runs per property`)

describe('fuzz', () => {
  it('every required entry point is exported from the package root', () => {
    const missing = REQUIRED_ENTRY_POINTS.filter((name) => typeof api[name] !== 'function')
    expect(missing).toEqual([])
  })

  const properties = buildProperties()
  for (const prop of properties) {
    const optional = (OPTIONAL_ENTRY_POINTS as readonly string[]).includes(prop.entry)
    if (prop.property === null) {
      if (!optional) it(prop.name, () => expect.fail(`${prop.entry} is not exported, so it cannot be fuzzed`))
      else console.log(`fuzz: ${prop.entry} is not exported; "${prop.name}" not run`)
      continue
    }
    const property = prop.property
    it(prop.name, () => {
      fc.assert(property, { seed, numRuns: RUNS })
    }, 120_000)
  }
})
