// Runs every example once, against the built package (examples import
// 'fazhi-report', which resolves to this package's own dist/ through the
// `exports` self-reference). Each example prints `true` and exits 0 when its
// result is right; anything else fails.
import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'

const examples = readdirSync(new URL('../examples/', import.meta.url))
  .filter((name) => /\.(ts|mjs|cjs)$/.test(name))
  .sort()
let failed = 0
for (const name of examples) {
  const args = name.endsWith('.ts') ? ['--import', 'tsx', `examples/${name}`] : [`examples/${name}`]
  try {
    const output = execFileSync('node', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
    const last = output.trim().split('\n').at(-1)
    if (last !== 'true') throw new Error(`last line was ${JSON.stringify(last)}`)
    console.log(`ok   ${name}`)
  } catch (error) {
    failed++
    console.log(`FAIL ${name}: ${error instanceof Error ? error.message : error}`)
  }
}
console.log(`${examples.length - failed} passed, ${failed} failed`)
if (failed > 0) process.exit(1)
